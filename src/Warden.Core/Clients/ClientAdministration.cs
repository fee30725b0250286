using Microsoft.IdentityModel.Tokens;
using Warden.Core.Grants;
using Warden.Core.Keys;
using Warden.Core.Protocol;
using Warden.Core.Security;
using Methods = Warden.Core.Protocol.OAuthNames.ClientAuthenticationMethods;

namespace Warden.Core.Clients;

/// <summary>A client secret in plaintext: it exists only in this value, returned once at creation or rotation.</summary>
public sealed record IssuedSecret(Guid Id, string Value, DateTimeOffset? ExpiresAt);

/// <summary>
/// Creating, changing and deleting clients and rotating their secrets, with every rule about what a client may be.
/// Used by the CLI and by dynamic registration; invalidates this process's client cache on every change. A client for
/// people created or replaced without scopes gets the <see cref="DefaultClientScopes"/>.
/// </summary>
public sealed class ClientAdministration(IClientStore store, ClientDirectory directory, SecretHasher hasher,
    DefaultClientScopes defaultScopes, SupportedGrantTypes grantTypes, TimeProvider time)
{
    /// <summary>What a client for people created without scopes gets.</summary>
    public DefaultClientScopes DefaultScopes => defaultScopes;

    /// <summary>The grant types a client may be given: those the server has a grant handler for.</summary>
    public IReadOnlyList<string> KnownGrantTypes => grantTypes.Names;

    /// <summary>The shortest secret an operator may give a client (32 characters: well beyond guessing).</summary>
    public const int MinGivenSecretLength = 32;

    /// <param name="secretHash">
    /// The <see cref="SecretHasher"/> hash of a secret the operator already has (see <see cref="HashGivenSecret"/>); the
    /// returned secret is then null. Null: a secret is generated when the client authenticates with one.
    /// </param>
    public async Task<(Client Client, IssuedSecret? Secret)> CreateAsync(string tenantId, ClientSpecification specification,
        string? clientId = null, byte[]? secretHash = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        specification = await defaultScopes.ApplyAsync(tenantId, specification, cancellationToken);
        var client = Build(tenantId, clientId ?? RandomValues.Identifier(), specification, now, now);
        Require(secretHash is null || ClientAuthenticator.AcceptsSecret(client), $"client {client.ClientId} authenticates with {client.TokenEndpointAuthMethod}, not a secret");
        await store.CreateAsync(client, cancellationToken);
        IssuedSecret? secret = null;
        if (secretHash is not null)
            await store.AddSecretAsync(new ClientSecret(tenantId, client.ClientId, Guid.CreateVersion7(), secretHash, now, null), cancellationToken);
        else if (ClientAuthenticator.AcceptsSecret(client))
            secret = await AddSecretAsync(client, now, cancellationToken);
        directory.Invalidate(tenantId, client.ClientId);
        return (client, secret);
    }

    /// <summary>Replaces the client's settings; false when it does not exist.</summary>
    public async Task<Client?> UpdateAsync(string tenantId, string clientId, Func<ClientSpecification, ClientSpecification> change,
        CancellationToken cancellationToken = default)
    {
        var existing = await store.FindAsync(tenantId, clientId, cancellationToken);
        if (existing is null)
            return null;
        var specification = await defaultScopes.ApplyAsync(tenantId, change(ClientSpecification.From(existing)), cancellationToken);
        var updated = Build(tenantId, clientId, specification, existing.CreatedAt, time.GetUtcNow());
        if (!await store.UpdateAsync(updated, cancellationToken))
            return null;
        directory.Invalidate(tenantId, clientId);
        return updated;
    }

    public async Task<bool> DeleteAsync(string tenantId, string clientId, CancellationToken cancellationToken = default)
    {
        var deleted = await store.DeleteAsync(tenantId, clientId, cancellationToken);
        directory.Invalidate(tenantId, clientId);
        return deleted;
    }

    /// <summary>
    /// Adds a new secret, valid at once; the client's other secrets keep working for <paramref name="overlap"/> (so
    /// deployments can switch without downtime) and then expire. Null when the client does not exist.
    /// </summary>
    public async Task<IssuedSecret?> RotateSecretAsync(string tenantId, string clientId, TimeSpan overlap,
        CancellationToken cancellationToken = default)
    {
        IssuedSecret? issued = null;
        await RotateAsync(tenantId, clientId, overlap, async (client, now) => (issued = await AddSecretAsync(client, now, cancellationToken)).Id,
            cancellationToken);
        return issued;
    }

    /// <summary>
    /// Like <see cref="RotateSecretAsync"/>, with a secret the operator brings (its hash, see <see cref="HashGivenSecret"/>)
    /// instead of a generated one. False when the client does not exist.
    /// </summary>
    public Task<bool> RotateToGivenSecretAsync(string tenantId, string clientId, byte[] secretHash, TimeSpan overlap,
        CancellationToken cancellationToken = default) =>
        RotateAsync(tenantId, clientId, overlap, async (client, now) =>
        {
            var id = Guid.CreateVersion7();
            await store.AddSecretAsync(new ClientSecret(tenantId, client.ClientId, id, secretHash, now, null), cancellationToken);
            return id;
        }, cancellationToken);

    private async Task<bool> RotateAsync(string tenantId, string clientId, TimeSpan overlap, Func<Client, DateTimeOffset, Task<Guid>> addSecret,
        CancellationToken cancellationToken)
    {
        var client = await store.FindAsync(tenantId, clientId, cancellationToken);
        if (client is null)
            return false;
        if (!ClientAuthenticator.AcceptsSecret(client))
            throw new InvalidClientSpecificationException($"client {clientId} authenticates with {client.TokenEndpointAuthMethod}, not a secret");
        var now = time.GetUtcNow();
        var secretId = await addSecret(client, now);
        await store.ExpireOtherSecretsAsync(tenantId, clientId, secretId, now + overlap, cancellationToken);
        directory.Invalidate(tenantId, clientId);
        return true;
    }

    /// <summary>
    /// The hash of a secret an operator brings (one a deployed client already uses): it must have
    /// <see cref="MinGivenSecretLength"/> to <see cref="SecretHasher.MaxIssuedLength"/> characters, since the fast keyed
    /// hash is only safe for secrets that cannot be guessed.
    /// </summary>
    public byte[] HashGivenSecret(string secret)
    {
        Require(secret.Length is >= MinGivenSecretLength and <= SecretHasher.MaxIssuedLength,
            $"a client secret must have {MinGivenSecretLength} to {SecretHasher.MaxIssuedLength} characters (this one has {secret.Length})");
        return hasher.Hash(secret);
    }

    private async Task<IssuedSecret> AddSecretAsync(Client client, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var value = RandomValues.Secret();
        var id = Guid.CreateVersion7();
        await store.AddSecretAsync(new ClientSecret(client.TenantId, client.ClientId, id, hasher.Hash(value), now, null), cancellationToken);
        return new IssuedSecret(id, value, null);
    }

    /// <summary>The client a specification describes, or <see cref="InvalidClientSpecificationException"/> for the first rule it breaks.</summary>
    internal Client Build(string tenantId, string clientId, ClientSpecification spec, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        Require(!string.IsNullOrWhiteSpace(spec.Name) && spec.Name.Length <= 200, "name is required (at most 200 characters)");
        Require(Client.IsValidId(clientId), $"client_id must be 1-{Client.MaxIdLength} printable ASCII characters");
        var method = spec.TokenEndpointAuthMethod ?? (spec.Type == ClientType.Public ? Methods.None : Methods.SecretBasic);
        Require(ClientAuthenticator.SupportedMethods.Contains(method),
            $"token_endpoint_auth_method '{method}' is not one of {string.Join(", ", ClientAuthenticator.SupportedMethods)}");
        Require(spec.Type == ClientType.Public == (method == Methods.None),
            "public clients authenticate with 'none' and confidential clients with a secret or private_key_jwt");
        Require(!(spec.Jwks is not null && spec.JwksUri is not null), "jwks and jwks_uri are mutually exclusive");
        Require(method != Methods.PrivateKeyJwt || spec.Jwks is not null || spec.JwksUri is not null,
            "private_key_jwt needs the client's jwks or jwks_uri");
        if (spec.Jwks is not null)
            Require(IsJwkSet(spec.Jwks), "jwks must be a JWK Set with at least one public signing key");
        if (spec.JwksUri is not null)
            Require(Uri.TryCreate(spec.JwksUri, UriKind.Absolute, out var jwksUri)
                    && (jwksUri.Scheme == "https" || (jwksUri.Scheme == "http" && jwksUri.IsLoopback)),
                "jwks_uri must be an https URL (http only on loopback)");
        Require(spec.GrantTypes.Count > 0, "at least one grant type is required");
        var unknownGrant = spec.GrantTypes.FirstOrDefault(grant => !KnownGrantTypes.Contains(grant));
        Require(unknownGrant is null, $"grant type '{unknownGrant}' is not one of {string.Join(", ", KnownGrantTypes)}");
        Require(!(spec.Type == ClientType.Public && spec.GrantTypes.Contains(OAuthNames.GrantTypes.ClientCredentials)),
            "public clients cannot use client_credentials");
        Require(!spec.GrantTypes.Contains(OAuthNames.GrantTypes.AuthorizationCode) || spec.RedirectUris.Count > 0,
            "authorization_code needs at least one redirect URI");
        var badScope = spec.Scopes.FirstOrDefault(scope => scope.Length == 0 || scope.Any(c => c < 0x21 || c > 0x7E || c is '"' or '\\'));
        Require(badScope is null, $"scope '{badScope}' has characters RFC 6749 §3.3 does not allow");
        foreach (var uri in spec.RedirectUris.Concat(spec.PostLogoutRedirectUris))
            Require(Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && uri.StartsWith(parsed.Scheme + ":", StringComparison.OrdinalIgnoreCase)
                    && parsed.Fragment.Length == 0 && !uri.Contains('#'),
                $"redirect URI '{uri}' must be absolute and without a fragment");
        foreach (var resource in spec.Resources)
            Require(Uri.TryCreate(resource, UriKind.Absolute, out _) && !resource.Contains('#'), $"resource '{resource}' must be an absolute URI without a fragment");
        Require(spec.AccessTokenLifetime is null || (spec.AccessTokenLifetime > TimeSpan.Zero && spec.AccessTokenLifetime <= OAuthServerOptions.MaxAccessTokenLifetime),
            $"access token lifetime must be between 1 second and {OAuthServerOptions.MaxAccessTokenLifetime.TotalHours} hours");
        Require(spec.Origin is ClientOrigins.Cli or ClientOrigins.Registration, $"origin '{spec.Origin}' is not cli or registration");
        Require(spec.SigningAlgorithm is null || SigningCredential.SupportedAlgorithms.Contains(spec.SigningAlgorithm),
            $"signing algorithm must be one of {string.Join(", ", SigningCredential.SupportedAlgorithms)}");

        return new Client
        {
            TenantId = tenantId, ClientId = clientId, Name = spec.Name.Trim(), Type = spec.Type,
            RedirectUris = spec.RedirectUris.Distinct().ToArray(), PostLogoutRedirectUris = spec.PostLogoutRedirectUris.Distinct().ToArray(),
            GrantTypes = spec.GrantTypes.Distinct().ToArray(), Scopes = spec.Scopes.Distinct().ToArray(), TokenEndpointAuthMethod = method,
            FirstParty = spec.FirstParty, IntrospectAll = spec.IntrospectAll, AccessTokenFormat = spec.AccessTokenFormat,
            AccessTokenLifetime = spec.AccessTokenLifetime is { } lifetime ? TimeSpan.FromSeconds(Math.Floor(lifetime.TotalSeconds)) : null,
            SigningAlgorithm = spec.SigningAlgorithm, Resources = spec.Resources.Distinct().ToArray(), Jwks = spec.Jwks, JwksUri = spec.JwksUri,
            Origin = spec.Origin, RegistrationMetadata = spec.RegistrationMetadata,
            CreatedAt = createdAt, UpdatedAt = updatedAt,
        };
    }

    private static bool IsJwkSet(string json)
    {
        try
        {
            var set = new JsonWebKeySet(json);
            return set.Keys.Count > 0 && set.Keys.All(key => !key.HasPrivateKey);
        }
        catch (Exception exception) when (exception is ArgumentException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
            throw new InvalidClientSpecificationException(message);
    }
}
