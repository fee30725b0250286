using Warden.Core.Clients;
using Warden.Core.Protocol;

namespace Warden.Core.Authorization;

/// <summary>How the authorization response travels to the client (OAuth 2.0 Multiple Response Types, Form Post Response Mode).</summary>
public enum ResponseMode
{
    Query,
    FormPost,
}

/// <summary>An authorization request (RFC 6749 §4.1.1, OpenID Connect Core §3.1.2.1) that passed validation.</summary>
public sealed record AuthorizationRequest
{
    public required Client Client { get; init; }
    public required string RedirectUri { get; init; }

    /// <summary>Whether the request named <see cref="RedirectUri"/> (it may be left out when the client has only one).</summary>
    public bool RedirectUriInRequest { get; init; }
    public required ResponseMode ResponseMode { get; init; }
    public string? State { get; init; }
    public required IReadOnlyList<string> Scopes { get; init; }
    public string? Nonce { get; init; }
    public string? CodeChallenge { get; init; }
    public string? CodeChallengeMethod { get; init; }
    public IReadOnlySet<string> Prompts { get; init; } = new HashSet<string>();
    public TimeSpan? MaxAge { get; init; }
    public string? LoginHint { get; init; }

    /// <summary>
    /// Whether <c>acr_values</c> names <see cref="Passkeys.PasskeyEvidence.PhishingResistant"/>: the request is answered
    /// only for a session started with a passkey, so another session must sign in again (with a passkey).
    /// </summary>
    public bool RequiresPhishingResistant =>
        (Parameters["acr_values"] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(Passkeys.PasskeyEvidence.PhishingResistant);

    /// <summary>The parameters as received, to resume the request after sign-in.</summary>
    public required ProtocolParameters Parameters { get; init; }

    public bool IsOpenId => Scopes.Contains(OAuthNames.Scopes.OpenId);
}

/// <summary>
/// The outcome of validating an authorization request: the request, or an error. An error found before the client
/// and redirect URI are known to be good has no <see cref="Redirect"/> and must be shown to the user, never redirected.
/// </summary>
/// <param name="RedirectClient">The client whose redirect URI <see cref="Redirect"/> goes to; null without a redirect.</param>
public sealed record AuthorizationValidation(AuthorizationRequest? Request, Errors.OAuthError? Error, AuthorizationResponse? Redirect,
    Client? RedirectClient = null);
