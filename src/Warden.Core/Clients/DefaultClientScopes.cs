using Warden.Core.Protocol;
using Warden.Core.Scopes;

namespace Warden.Core.Clients;

/// <summary>
/// The scopes a client for people (authorization code or device grant) gets when it is created without any: the
/// configured names (<c>registration.default_scopes</c>) that are defined on the server. RFC 7591 §2 lets the server
/// choose a default for a registered client that sends no <c>scope</c>, as most relying-party libraries do; the same
/// default serves <c>warden clients create</c>. Machine clients keep exactly what they were given. A reserved scope
/// (<see cref="ReservedScopes"/>) is never a default.
/// </summary>
public sealed class DefaultClientScopes(IScopeStore scopes, IReadOnlyList<string> names)
{
    /// <summary>The default of <c>registration.default_scopes</c>.</summary>
    public static readonly IReadOnlyList<string> OpenIdConnect = [OAuthNames.Scopes.OpenId, "profile", "email", OAuthNames.Scopes.OfflineAccess];

    /// <summary>The configured names, defined on the server or not.</summary>
    public IReadOnlyList<string> Configured => names;

    public static bool ServesPeople(IEnumerable<string> grantTypes) =>
        grantTypes.Any(grant => grant is OAuthNames.GrantTypes.AuthorizationCode or OAuthNames.GrantTypes.DeviceCode);

    /// <summary>The specification with the default scopes when it names none and serves people; otherwise unchanged.</summary>
    public async Task<ClientSpecification> ApplyAsync(string tenantId, ClientSpecification specification, CancellationToken cancellationToken)
    {
        if (specification.Scopes.Count > 0 || !ServesPeople(specification.GrantTypes) || names.Count == 0)
            return specification;
        var defined = (await scopes.ListAsync(tenantId, cancellationToken)).Select(scope => scope.Name).ToHashSet(StringComparer.Ordinal);
        return specification with { Scopes = names.Where(name => defined.Contains(name) && !ReservedScopes.IsReserved(name)).ToArray() };
    }
}
