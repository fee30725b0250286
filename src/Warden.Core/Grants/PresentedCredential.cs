using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Warden.Core.Security;

namespace Warden.Core.Grants;

/// <summary>What a grant found for the code or token the client presented: the stored item and the hash that found it.</summary>
public sealed record PresentedCredential<T>(T? Item, byte[]? Hash, OAuthError? Missing) where T : class;

/// <summary>
/// The first step every grant on a presented secret shares (authorization code, refresh token, device code): the
/// parameter must be there; it is looked up by its keyed hash; what it names counts only if it belongs to the
/// authenticated client in the same tenant, so another client's code or token is indistinguishable from an unknown one.
/// </summary>
public static class PresentedCredentials
{
    public static async Task<PresentedCredential<T>> FindAsync<T>(ProtocolParameters parameters, string name, Client client, SecretHasher hasher,
        Func<byte[], Task<T?>> find, Func<T, (string TenantId, string ClientId)> owner) where T : class
    {
        if (parameters[name] is not { } value)
            return new PresentedCredential<T>(null, null, OAuthError.From(ErrorCatalog.Grant.CredentialMissing, arguments: [name]));
        if (hasher.HashPresented(value) is not { } hash)
            return new PresentedCredential<T>(null, null, null);
        var item = await find(hash);
        return item is not null && owner(item) == (client.TenantId, client.ClientId)
            ? new PresentedCredential<T>(item, hash, null)
            : new PresentedCredential<T>(null, hash, null);
    }
}
