using Warden.Core.Tenants;
using System.Text.Json;
using System.Text.Json.Nodes;
using Warden.Core.Audit;
using Warden.Core.Caching;
using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Warden.Core.Scopes;
using Warden.Core.Security;

namespace Warden.Core.Registration;

/// <summary>What a registration endpoint answers: a status with a JSON body, or an error (401 errors are RFC 6750 challenges).</summary>
public sealed record RegistrationResult(int Status, JsonObject? Body, OAuthError? Error)
{
    public static RegistrationResult Failed(OAuthError error) => new(error.StatusCode, null, error);

    public static RegistrationResult InvalidToken() =>
        Failed(OAuthError.From(ErrorCatalog.Registration.TokenInvalid));
}

/// <summary>
/// Dynamic client registration (RFC 7591) and client configuration management (RFC 7592). A registered client is an
/// ordinary client with origin "registration", bounded by the policy's allow-lists on registration and on every
/// update. Its registration access token is stored only as a keyed hash; a wrong or missing token gets the same 401
/// whether or not the client exists.
/// </summary>
public sealed class ClientRegistration(
    ClientAdministration administration,
    IClientStore clients,
    IRegistrationTokenStore tokens,
    ScopeCatalog scopes,
    ICacheStore cache,
    SecretHasher hasher,
    RegistrationOptions options,
    TenantDirectory tenants,
    AuditTrail audit,
    TimeProvider time)
{
    private static readonly TimeSpan RateWindow = TimeSpan.FromHours(1);

    /// <summary>Whether POST /register is open in the tenant (its own policy, else registration.policy).</summary>
    public async ValueTask<bool> IsEnabledAsync(string tenantId, CancellationToken cancellationToken) =>
        await PolicyAsync(tenantId, cancellationToken) != RegistrationPolicy.Disabled;

    private async ValueTask<RegistrationPolicy> PolicyAsync(string tenantId, CancellationToken cancellationToken) =>
        (await tenants.FindAsync(tenantId, cancellationToken))?.Tenant.Settings.Registration ?? options.Policy;

    public async ValueTask<string> ClientUriAsync(string tenantId, string clientId, CancellationToken cancellationToken) =>
        (await tenants.ForAsync(tenantId, cancellationToken)).RegistrationEndpoint + "/" + Uri.EscapeDataString(clientId);

    public async Task<RegistrationResult> RegisterAsync(RequestContext context, string? bearer, JsonElement metadata, CancellationToken cancellationToken)
    {
        var policy = await PolicyAsync(context.TenantId, cancellationToken);
        if (policy == RegistrationPolicy.Disabled)
            return RegistrationResult.Failed(OAuthError.From(ErrorCatalog.Registration.Disabled));
        if (await cache.IncrementAsync("registration:" + (context.IpAddress ?? "unknown"), RateWindow, cancellationToken) > options.RequestsPerHour)
            return RegistrationResult.Failed(OAuthError.From(ErrorCatalog.Registration.RateLimited,
                $"more than {options.RequestsPerHour} registrations an hour from this address"));
        if (policy == RegistrationPolicy.InitialAccessToken && !await UseInitialAccessTokenAsync(context.TenantId, bearer, cancellationToken))
            return RegistrationResult.InvalidToken();

        var (specification, error) = ClientMetadata.Read(metadata, await AllowanceAsync(context.TenantId, cancellationToken),
            administration.KnownGrantTypes);
        if (error is not null)
            return RegistrationResult.Failed(error);
        Client client;
        IssuedSecret? secret;
        try
        {
            (client, secret) = await administration.CreateAsync(context.TenantId, specification!, cancellationToken: cancellationToken);
        }
        catch (InvalidClientSpecificationException exception)
        {
            return RegistrationResult.Failed(OAuthError.From(ErrorCatalog.Registration.SpecificationRefused, arguments: [exception.Message]));
        }

        var body = ClientMetadata.Describe(client);
        if (secret is not null)
        {
            body["client_secret"] = secret.Value;
            body["client_secret_expires_at"] = 0;
        }
        body["registration_access_token"] = await IssueAccessTokenAsync(client, cancellationToken);
        body["registration_client_uri"] = await ClientUriAsync(client.TenantId, client.ClientId, cancellationToken);
        audit.Record(context.TenantId, "client_registered", "success", client.ClientId, null, context.IpAddress,
            new { grant_types = client.GrantTypes, token_endpoint_auth_method = client.TokenEndpointAuthMethod });
        return new RegistrationResult(201, body, null);
    }

    public async Task<RegistrationResult> ReadAsync(RequestContext context, string clientId, string? bearer, CancellationToken cancellationToken)
    {
        if (await AuthorizedClientAsync(context.TenantId, clientId, bearer, cancellationToken) is not { } client)
            return RegistrationResult.InvalidToken();
        var body = ClientMetadata.Describe(client);
        body["registration_access_token"] = bearer;
        body["registration_client_uri"] = await ClientUriAsync(client.TenantId, client.ClientId, cancellationToken);
        return new RegistrationResult(200, body, null);
    }

    /// <summary>RFC 7592 §2.2: the request replaces every field; client_id must match and a client_secret, if sent, too.</summary>
    public async Task<RegistrationResult> ReplaceAsync(RequestContext context, string clientId, string? bearer, JsonElement metadata,
        CancellationToken cancellationToken)
    {
        if (await AuthorizedClientAsync(context.TenantId, clientId, bearer, cancellationToken) is not { } existing)
            return RegistrationResult.InvalidToken();
        if (metadata.ValueKind != JsonValueKind.Object || !metadata.TryGetProperty("client_id", out var id) || id.ValueKind != JsonValueKind.String
            || id.GetString() != clientId)
            return RegistrationResult.Failed(OAuthError.From(ErrorCatalog.Registration.ClientIdMismatch));
        if (metadata.TryGetProperty("client_secret", out var sentSecret)
            && (sentSecret.ValueKind != JsonValueKind.String || !await SecretMatchesAsync(existing, sentSecret.GetString()!, cancellationToken)))
            return RegistrationResult.Failed(OAuthError.From(ErrorCatalog.Registration.SecretChosen));

        var (specification, error) = ClientMetadata.Read(metadata, await AllowanceAsync(context.TenantId, cancellationToken),
            administration.KnownGrantTypes);
        if (error is not null)
            return RegistrationResult.Failed(error);
        if (specification!.Type != existing.Type)
            return RegistrationResult.Failed(OAuthError.From(ErrorCatalog.Registration.ClientTypeChange));
        Client? updated;
        try
        {
            // The operator's introspect_all stays as it was: registration metadata can neither set nor clear it.
            updated = await administration.UpdateAsync(context.TenantId, clientId,
                current => specification with { IntrospectAll = current.IntrospectAll }, cancellationToken);
        }
        catch (InvalidClientSpecificationException exception)
        {
            return RegistrationResult.Failed(OAuthError.From(ErrorCatalog.Registration.SpecificationRefused, arguments: [exception.Message]));
        }
        if (updated is null)
            return RegistrationResult.InvalidToken();

        var body = ClientMetadata.Describe(updated);
        body["registration_access_token"] = options.RotateAccessToken ? await IssueAccessTokenAsync(updated, cancellationToken) : bearer;
        body["registration_client_uri"] = await ClientUriAsync(context.TenantId, clientId, cancellationToken);
        audit.Record(context.TenantId, "client_registration_updated", "success", clientId, null, context.IpAddress,
            new { rotated_access_token = options.RotateAccessToken });
        return new RegistrationResult(200, body, null);
    }

    public async Task<RegistrationResult> DeleteAsync(RequestContext context, string clientId, string? bearer, CancellationToken cancellationToken)
    {
        if (await AuthorizedClientAsync(context.TenantId, clientId, bearer, cancellationToken) is null)
            return RegistrationResult.InvalidToken();
        await administration.DeleteAsync(context.TenantId, clientId, cancellationToken);
        audit.Record(context.TenantId, "client_registration_deleted", "success", clientId, null, context.IpAddress);
        return new RegistrationResult(204, null, null);
    }

    /// <summary>The client when <paramref name="bearer"/> is its registration access token; null otherwise, whatever the reason.</summary>
    private async Task<Client?> AuthorizedClientAsync(string tenantId, string clientId, string? bearer, CancellationToken cancellationToken)
    {
        if (bearer is null || hasher.HashPresented(bearer) is not { } hash)
            return null;
        var token = await tokens.FindAsync(hash, cancellationToken);
        if (token is not { Kind: RegistrationTokenKind.RegistrationAccess } || token.TenantId != tenantId || token.ClientId != clientId
            || !await tokens.TryUseAsync(hash, time.GetUtcNow(), cancellationToken))
            return null;
        return await clients.FindAsync(tenantId, clientId, cancellationToken);
    }

    private async Task<bool> UseInitialAccessTokenAsync(string tenantId, string? bearer, CancellationToken cancellationToken)
    {
        if (bearer is null || hasher.HashPresented(bearer) is not { } hash)
            return false;
        var token = await tokens.FindAsync(hash, cancellationToken);
        return token is { Kind: RegistrationTokenKind.InitialAccess } && token.TenantId == tenantId
            && await tokens.TryUseAsync(hash, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Replaces the client's registration access tokens with a new one and returns it.</summary>
    private async Task<string> IssueAccessTokenAsync(Client client, CancellationToken cancellationToken)
    {
        var value = RandomValues.Secret();
        await tokens.DeleteForClientAsync(client.TenantId, client.ClientId, cancellationToken);
        await tokens.CreateAsync(new RegistrationToken
        {
            TenantId = client.TenantId,
            Id = Guid.CreateVersion7(),
            Hash = hasher.Hash(value),
            Kind = RegistrationTokenKind.RegistrationAccess,
            ClientId = client.ClientId,
            CreatedAt = time.GetUtcNow(),
        }, cancellationToken);
        return value;
    }

    private async Task<bool> SecretMatchesAsync(Client client, string secret, CancellationToken cancellationToken)
    {
        var secrets = await clients.ListSecretsAsync(client.TenantId, client.ClientId, cancellationToken);
        var now = time.GetUtcNow();
        return secrets.Any(stored => stored.IsValidAt(now) & hasher.Matches(secret, stored.Hash));
    }

    /// <summary>The policy's allow-lists for this tenant: the same for open and initial-access-token registration, and for updates.</summary>
    private async Task<RegistrationAllowance> AllowanceAsync(string tenantId, CancellationToken cancellationToken)
    {
        var defined = await scopes.GetAsync(tenantId, cancellationToken);
        var registrable = defined.Values.Where(scope => scope.Registrable).Select(scope => scope.Name).Concat(options.AllowedScopes)
            .Where(scope => !Scopes.ReservedScopes.IsReserved(scope));
        return new RegistrationAllowance(defined.Keys.ToHashSet(StringComparer.Ordinal), registrable.ToHashSet(StringComparer.Ordinal),
            options.AllowedGrantTypes.ToHashSet(StringComparer.Ordinal), options.AllowedAuthMethods);
    }
}
