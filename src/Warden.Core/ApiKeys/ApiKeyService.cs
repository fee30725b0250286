using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Protocol;
using Warden.Core.Scopes;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Users;

namespace Warden.Core.ApiKeys;

/// <summary>What a new key is to be: exactly one owner, its scopes, and a lifetime or none.</summary>
public sealed record ApiKeyRequest
{
    public required string Name { get; init; }
    public Guid? UserId { get; init; }
    public string? ClientId { get; init; }
    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>How long the key lives; null gives the policy's maximum lifetime (unless <see cref="NoExpiry"/>).</summary>
    public TimeSpan? Lifetime { get; init; }

    /// <summary>The key never expires; refused unless the tenant's policy allows it.</summary>
    public bool NoExpiry { get; init; }
}

/// <summary>A created key: the stored record and the key itself, which exists only here and in the one answer that shows it.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Value);

/// <summary>The outcome of checking a presented key: the active key, or why it was not accepted (for the log and the audit trail only).</summary>
public sealed record ApiKeyCheck(ApiKey? Key, string? Refusal, string? PublicId);

/// <summary>Who acts on keys, for the audit trail: a client through the HTTP API, or the operator's CLI.</summary>
public sealed record ApiKeyActor(string? ClientId, string Via);

/// <summary>A request for a key that breaks a rule; the message says which and is safe to show.</summary>
public sealed class InvalidApiKeyException(string message) : Exception(message);

/// <summary>
/// API keys: creation under the tenant's <see cref="ApiKeyPolicy"/>, checking a presented key (by public id, then the
/// keyed hash in constant time, then revocation, expiry and whether its owner may still act), listing and revocation.
/// Creation and revocation are audited; uses are recorded through <see cref="ApiKeyUseRecorder"/>, never written one by one.
/// </summary>
public sealed class ApiKeyService(
    IApiKeyStore store,
    IApiKeyPolicySource policies,
    IScopeStore scopes,
    IUserStore users,
    ClientDirectory clients,
    SecretHasher hasher,
    ApiKeyUseRecorder uses,
    AuditTrail audit,
    TimeProvider time)
{
    public const int MaxNameLength = 100;

    public async Task<CreatedApiKey> CreateAsync(RequestContext context, ApiKeyRequest request, ApiKeyActor actor, CancellationToken cancellationToken = default)
    {
        var name = request.Name.Trim();
        if (name.Length is 0 or > MaxNameLength || name.Any(char.IsControl))
            throw new InvalidApiKeyException($"the name must be 1 to {MaxNameLength} characters without control characters");
        if ((request.UserId is null) == (request.ClientId is null))
            throw new InvalidApiKeyException("a key has exactly one owner: a user or a client");
        if (request.UserId is { } userId && await users.FindByIdAsync(context.TenantId, userId, cancellationToken) is null)
            throw new InvalidApiKeyException($"there is no user '{userId}'");
        if (request.ClientId is { } clientId && await clients.FindAsync(context.TenantId, clientId, cancellationToken) is null)
            throw new InvalidApiKeyException($"there is no client '{clientId}'");

        var policy = await policies.GetAsync(context.TenantId, cancellationToken);
        var keyScopes = request.Scopes.Distinct(StringComparer.Ordinal).ToArray();
        if (keyScopes.Length == 0)
            throw new InvalidApiKeyException("a key needs at least one scope");
        foreach (var scope in keyScopes)
        {
            if (!policy.AllowsScope(scope))
                throw new InvalidApiKeyException($"scope '{scope}' is not allowed for API keys");
            if (await scopes.FindAsync(context.TenantId, scope, cancellationToken) is null)
                throw new InvalidApiKeyException($"scope '{scope}' is not defined");
        }

        var now = StoredTime.Truncate(time.GetUtcNow());
        DateTimeOffset? expiresAt;
        if (request.NoExpiry)
        {
            if (request.Lifetime is not null)
                throw new InvalidApiKeyException("give a lifetime or no expiry, not both");
            if (!policy.AllowNoExpiry)
                throw new InvalidApiKeyException("keys without expiry are not allowed");
            expiresAt = null;
        }
        else
        {
            var lifetime = request.Lifetime ?? policy.MaxLifetime;
            if (lifetime <= TimeSpan.Zero || lifetime > policy.MaxLifetime)
                throw new InvalidApiKeyException($"the lifetime must be more than 0 and at most {(long)policy.MaxLifetime.TotalSeconds} seconds");
            expiresAt = now + lifetime;
        }

        var (publicId, value) = ApiKeyFormat.Generate();
        var key = new ApiKey
        {
            TenantId = context.TenantId, PublicId = publicId, Name = name, SecretHash = hasher.Hash(value), UserId = request.UserId,
            ClientId = request.ClientId, Scopes = keyScopes, CreatedAt = now, ExpiresAt = expiresAt,
        };
        await store.CreateAsync(key, cancellationToken);
        audit.Record(context.TenantId, "api_key_created", "success", actor.ClientId, key.UserId?.ToString(), context.IpAddress,
            new { via = actor.Via, api_key = publicId, owner_client_id = key.ClientId, scopes = keyScopes, expires_at = expiresAt });
        return new CreatedApiKey(key, value);
    }

    public Task<IReadOnlyList<ApiKey>> ListAsync(string tenantId, CancellationToken cancellationToken = default) =>
        store.ListAsync(tenantId, cancellationToken);

    /// <summary>The key named by its public id (or by the <c>wdn_</c> form of it), in whatever state, or null.</summary>
    public Task<ApiKey?> FindAsync(string tenantId, string publicId, CancellationToken cancellationToken = default) =>
        Normalise(publicId) is { } id ? store.FindAsync(tenantId, id, cancellationToken) : Task.FromResult<ApiKey?>(null);

    /// <summary>The revoked key; null when there is no such key in the tenant. Revoking a revoked key changes nothing.</summary>
    public async Task<ApiKey?> RevokeAsync(RequestContext context, string publicId, ApiKeyActor actor, CancellationToken cancellationToken = default)
    {
        if (Normalise(publicId) is not { } id)
            return null;
        if (await store.RevokeAsync(context.TenantId, id, time.GetUtcNow(), cancellationToken))
        {
            audit.Record(context.TenantId, "api_key_revoked", "success", actor.ClientId, null, context.IpAddress,
                new { via = actor.Via, api_key = id });
        }
        return await store.FindAsync(context.TenantId, id, cancellationToken);
    }

    /// <summary>
    /// Checks a presented key in the tenant: its shape, the stored key by public id, the keyed hash compared in constant
    /// time, not revoked, not expired, and its owner still there (and, for a user, active). An accepted use is recorded.
    /// </summary>
    public async Task<ApiKeyCheck> CheckAsync(string tenantId, string presented, CancellationToken cancellationToken = default)
    {
        if (ApiKeyFormat.PublicIdOf(presented) is not { } publicId)
            return new ApiKeyCheck(null, "not the shape of an API key", null);
        var key = await store.FindAsync(tenantId, publicId, cancellationToken);
        // Hash and compare even for an unknown key, so the answer takes as long either way.
        var matches = hasher.Matches(presented, key?.SecretHash ?? new byte[32]);
        if (key is null || !matches)
            return new ApiKeyCheck(null, key is null ? "unknown key" : "wrong secret", publicId);
        var now = time.GetUtcNow();
        if (key.RevokedAt is not null)
            return new ApiKeyCheck(null, "revoked", publicId);
        if (!key.IsActiveAt(now))
            return new ApiKeyCheck(null, "expired", publicId);
        if (key.UserId is { } userId)
        {
            if (await users.FindByIdAsync(tenantId, userId, cancellationToken) is not { IsActive: true })
                return new ApiKeyCheck(null, "the owning user is deactivated", publicId);
        }
        else if (await clients.FindAsync(tenantId, key.ClientId!, cancellationToken) is null)
        {
            return new ApiKeyCheck(null, "the owning client no longer exists", publicId);
        }
        uses.Record(tenantId, publicId, now);
        return new ApiKeyCheck(key, null, publicId);
    }

    /// <summary>A public id as given, or taken from <c>wdn_&lt;id&gt;</c>; null when it is neither.</summary>
    private static string? Normalise(string publicId)
    {
        var id = publicId.StartsWith(ApiKeyFormat.Prefix, StringComparison.Ordinal) ? publicId[ApiKeyFormat.Prefix.Length..] : publicId;
        return ApiKeyFormat.IsPublicId(id) ? id : null;
    }
}
