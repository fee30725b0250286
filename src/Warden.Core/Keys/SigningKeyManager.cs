using System.Collections.Concurrent;
using System.Security.Cryptography;
using Warden.Core.Security;

namespace Warden.Core.Keys;

/// <summary>
/// Owns the signing keys: creates them on first start, keeps a snapshot of the published ones per tenant (reread
/// every <see cref="SigningKeyOptions.RefreshInterval"/>), picks the key that signs, and rotates.
/// </summary>
public sealed class SigningKeyManager(ISigningKeyStore store, KeyProtector protector, SigningKeyOptions options, TimeProvider time)
    : IDisposable
{
    private sealed record Snapshot(DateTimeOffset LoadedAt, IReadOnlyList<SigningCredential> Published);

    private readonly ConcurrentDictionary<string, Snapshot> _snapshots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SigningCredential> _loaded = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refreshGate = new(1, 1);

    public SigningKeyOptions Options => options;

    /// <summary>Makes sure the tenant has a key that can sign now for every supported algorithm.</summary>
    public async Task EnsureKeysAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var snapshot = await RefreshAsync(tenantId, cancellationToken);
        var now = time.GetUtcNow();
        var created = false;
        foreach (var algorithm in SigningCredential.SupportedAlgorithms)
        {
            if (snapshot.Published.Any(key => key.Algorithm == algorithm && key.CanSignAt(now)))
                continue;
            await store.AddAsync(SigningCredential.Generate(tenantId, algorithm, now, now, data => protector.Protect(data)), cancellationToken);
            created = true;
        }
        if (created)
            await RefreshAsync(tenantId, cancellationToken);
    }

    /// <summary>The key that signs now for <paramref name="algorithm"/>: the most recently activated one.</summary>
    public async ValueTask<SigningCredential> GetSigningCredentialAsync(string tenantId, string algorithm, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var snapshot = await CurrentAsync(tenantId, cancellationToken);
        var credential = Pick(snapshot, algorithm, now);
        if (credential is null)
        {
            await EnsureKeysAsync(tenantId, cancellationToken);
            credential = Pick(await CurrentAsync(tenantId, cancellationToken), algorithm, time.GetUtcNow());
        }
        return credential ?? throw new InvalidOperationException($"no {algorithm} key can sign for tenant {tenantId}");
    }

    /// <summary>Every key published in the JWKS: current, upcoming and retired-but-unexpired.</summary>
    public async ValueTask<IReadOnlyList<SigningCredential>> GetPublishedAsync(string tenantId, CancellationToken cancellationToken = default) =>
        (await CurrentAsync(tenantId, cancellationToken)).Published;

    /// <summary>A published key by id; rereads once on a miss, since another instance may have rotated.</summary>
    public async ValueTask<SigningCredential?> FindPublishedAsync(string tenantId, string keyId, CancellationToken cancellationToken = default)
    {
        var found = (await CurrentAsync(tenantId, cancellationToken)).Published.FirstOrDefault(key => key.KeyId == keyId);
        if (found is not null)
            return found;
        var snapshot = await RefreshAsync(tenantId, cancellationToken);
        return snapshot.Published.FirstOrDefault(key => key.KeyId == keyId);
    }

    /// <summary>
    /// Adds a new key, published at once and signing after <paramref name="activationDelay"/> (default from the options);
    /// the keys it replaces stop signing then and leave the JWKS once every token they signed has expired.
    /// </summary>
    public async Task<SigningKey> RotateAsync(string tenantId, string algorithm, TimeSpan? activationDelay = null,
        CancellationToken cancellationToken = default)
    {
        if (!SigningCredential.SupportedAlgorithms.Contains(algorithm))
            throw new ArgumentException($"unsupported signing algorithm '{algorithm}'", nameof(algorithm));
        var now = time.GetUtcNow();
        var activatesAt = now + (activationDelay ?? options.ActivationDelay);
        var replaced = (await store.ListPublishedAsync(tenantId, now, cancellationToken))
            .Where(key => key.Algorithm == algorithm && key.RetiredAt is null)
            .ToList();
        var added = SigningCredential.Generate(tenantId, algorithm, now, activatesAt, data => protector.Protect(data));
        await store.AddAsync(added, cancellationToken);
        foreach (var key in replaced)
            await store.RetireAsync(tenantId, key.KeyId, activatesAt, activatesAt + options.MaxTokenLifetime, cancellationToken);
        await RefreshAsync(tenantId, cancellationToken);
        return added;
    }

    public void Dispose()
    {
        foreach (var credential in _loaded.Values)
            credential.Dispose();
        _refreshGate.Dispose();
    }

    private static SigningCredential? Pick(Snapshot snapshot, string algorithm, DateTimeOffset now) =>
        snapshot.Published
            .Where(key => key.Algorithm == algorithm && key.CanSignAt(now))
            .MaxBy(key => key.Stored.ActivatesAt);

    private async ValueTask<Snapshot> CurrentAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (_snapshots.TryGetValue(tenantId, out var snapshot) && time.GetUtcNow() - snapshot.LoadedAt < options.RefreshInterval)
            return snapshot;
        return await RefreshAsync(tenantId, cancellationToken);
    }

    private async Task<Snapshot> RefreshAsync(string tenantId, CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var stored = await store.ListPublishedAsync(tenantId, now, cancellationToken);
            var published = stored.Select(key => _loaded.AddOrUpdate(key.KeyId, _ => Load(key),
                    (_, existing) => existing.Stored == key ? existing : Load(key)))
                .ToList();
            var snapshot = new Snapshot(now, published);
            _snapshots[tenantId] = snapshot;
            return snapshot;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private SigningCredential Load(SigningKey key)
    {
        try
        {
            return SigningCredential.Load(key, data => protector.Unprotect(data));
        }
        catch (CryptographicException exception)
        {
            throw new InvalidOperationException(
                $"signing key {key.KeyId} cannot be decrypted with this instance's master key; every instance sharing a " +
                "database needs the same keys.encryption_key (WARDEN_MASTER_KEY)", exception);
        }
    }
}
