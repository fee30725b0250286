using Warden.Core.Errors;

namespace Warden.Core.Protocol;

/// <summary>Scope and resource indicator rules shared by the grants.</summary>
public static class ScopeRules
{
    /// <summary>
    /// RFC 6749 §3.3: the requested scopes must be a subset of the allowed ones; none requested means all allowed.
    /// Each scope token is NQCHAR (printable ASCII except space, quote and backslash).
    /// </summary>
    public static (IReadOnlyList<string>? Scopes, OAuthError? Error) Grant(string? requested, IReadOnlyList<string> allowed)
    {
        if (requested is null)
            return (allowed, null);
        var scopes = requested.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        var malformed = scopes.FirstOrDefault(scope => scope.Any(c => c < 0x21 || c > 0x7E || c is '"' or '\\'));
        if (malformed is not null)
            return (null, OAuthError.From(ErrorCatalog.Scope.Malformed));
        var refused = scopes.Where(scope => !allowed.Contains(scope, StringComparer.Ordinal)).ToList();
        return refused.Count == 0
            ? (scopes, null)
            : (null, OAuthError.From(ErrorCatalog.Scope.NotAllowed, arguments: [string.Join(' ', refused.Take(5))]));
    }

    /// <summary>
    /// RFC 8707: each resource is an absolute URI without fragment, and one the client may ask for. None requested means
    /// the client's registered resources, or the issuer when it has none.
    /// </summary>
    public static (IReadOnlyList<string>? Audiences, OAuthError? Error) Audiences(IReadOnlyList<string> requested,
        IReadOnlyList<string> allowed, string issuer)
    {
        if (requested.Count == 0)
            return (allowed.Count > 0 ? allowed : [issuer], null);
        foreach (var resource in requested)
        {
            if (!Uri.TryCreate(resource, UriKind.Absolute, out var uri) || uri.Fragment.Length > 0 || resource.Contains('#'))
                return (null, OAuthError.From(ErrorCatalog.Scope.ResourceMalformed));
            if (!allowed.Contains(resource, StringComparer.Ordinal))
                return (null, OAuthError.From(ErrorCatalog.Scope.ResourceNotAllowed));
        }
        return (requested.Distinct(StringComparer.Ordinal).ToList(), null);
    }
}
