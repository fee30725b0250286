using System.Globalization;

namespace Warden.Core.Errors;

/// <summary>
/// One entry of <see cref="ErrorCatalog"/>: a stable identifier, the protocol error code, the HTTP status when the error
/// is answered directly (JSON body or error page; the authorization endpoint sends most of its errors to the redirect
/// URI instead) and the description the client sees. The description may hold <c>{0}</c>-style placeholders for
/// values the client sent or may know (a parameter name, a limit). An identifier is never more specific than its
/// description: reasons a client must not be able to tell apart share one entry, and the reason goes to the detail.
/// </summary>
public sealed record ErrorDefinition(string Id, string Code, int StatusCode, string Description);

/// <summary>
/// A protocol refusal (RFC 6749 §4.1.2.1 and §5.2, RFC 6750 §3, RFC 7591 §3.2.2, RFC 8628 §3.5): the error code,
/// the client-safe <see cref="Description"/>, the stable <see cref="Id"/> from <see cref="ErrorCatalog"/> (sent as
/// the <c>error_id</c> extension member) and the private <see cref="Detail"/>, which only the log and the audit trail
/// get. Built only from a catalogue entry, with <see cref="From"/>.
/// </summary>
public sealed record OAuthError
{
    private OAuthError(string id, string error, string description, int statusCode, string? detail)
    {
        Id = id;
        Error = error;
        Description = description;
        StatusCode = statusCode;
        Detail = detail;
    }

    /// <summary>The stable identifier, such as WARDEN-GRANT-0007, listed in docs/errors.md.</summary>
    public string Id { get; }

    /// <summary>The protocol error code (the <c>error</c> member), such as invalid_grant.</summary>
    public string Error { get; }

    /// <summary>What the client is told (<c>error_description</c>); helps a legitimate client, tells an attacker nothing new.</summary>
    public string Description { get; }

    public int StatusCode { get; }

    /// <summary>Why exactly, for the operator: written to the log and the audit trail, never to the client. Never a secret.</summary>
    public string? Detail { get; }

    /// <param name="detail">The private reason, for the log and the audit trail; null when the description says it all.</param>
    /// <param name="arguments">The values of the description's placeholders, in order.</param>
    public static OAuthError From(ErrorDefinition definition, string? detail = null, IReadOnlyList<string>? arguments = null) =>
        new(definition.Id, definition.Code, arguments is { Count: > 0 }
                ? string.Format(CultureInfo.InvariantCulture, definition.Description, [.. arguments])
                : definition.Description,
            definition.StatusCode, detail);
}
