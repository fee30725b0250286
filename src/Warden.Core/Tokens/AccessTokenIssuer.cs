using Warden.Core.Tenants;
using Warden.Core.Clients;
using Warden.Core.Keys;
using Warden.Core.Protocol;
using Warden.Core.Security;

namespace Warden.Core.Tokens;

/// <summary>Issues access tokens in the client's format: a signed JWT (nothing stored) or a stored reference handle.</summary>
public sealed class AccessTokenIssuer(
    SigningKeyManager keys,
    IReferenceTokenStore referenceTokens,
    SecretHasher hasher,
    TenantDirectory tenants,
    TimeProvider time)
{
    /// <param name="jwtId">A jti chosen by the caller, to be able to revoke the token later without having seen it; random otherwise.</param>
    /// <param name="user">The person the token is for, whose security stamp a reference token is bound to; null for a client's own token.</param>
    /// <param name="notAfter">The latest expiry the token may have (the end of the credential it was exchanged for); null for none.</param>
    public async Task<IssuedAccessToken> IssueAsync(Client client, string subject, IReadOnlyList<string> scopes,
        IReadOnlyList<string> audiences, CancellationToken cancellationToken, string? jwtId = null, Users.User? user = null,
        DateTimeOffset? notAfter = null)
    {
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().ToUnixTimeSeconds());
        var expiresAt = issuedAt + (client.AccessTokenLifetime ?? (await tenants.ForAsync(client.TenantId, cancellationToken)).AccessTokenLifetime);
        if (notAfter is { } limit && limit < expiresAt)
            expiresAt = DateTimeOffset.FromUnixTimeSeconds(limit.ToUnixTimeSeconds());
        var description = new AccessTokenDescription(client.TenantId, client.AccessTokenFormat, jwtId ?? RandomValues.Identifier(), client.ClientId,
            subject, scopes, audiences, issuedAt, expiresAt);

        if (client.AccessTokenFormat == AccessTokenFormat.Reference)
        {
            var handle = RandomValues.Secret();
            await referenceTokens.CreateAsync(new ReferenceToken(client.TenantId, hasher.Hash(handle), client.ClientId, subject, scopes,
                audiences, description.JwtId, issuedAt, description.ExpiresAt, null)
            {
                UserId = user?.Id,
                SecurityStamp = user?.SecurityStamp,
            }, cancellationToken);
            return new IssuedAccessToken(handle, description);
        }

        var key = await keys.GetSigningCredentialAsync(client.TenantId, client.SigningAlgorithm ?? keys.Options.DefaultAlgorithm, cancellationToken);
        return new IssuedAccessToken(JwtAccessTokenWriter.Write(key, (await tenants.ForAsync(client.TenantId, cancellationToken)).Issuer, description), description);
    }
}
