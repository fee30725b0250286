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
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastMissReread = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refreshGate = new(1, 1);

    /// <summary>The least time between two rereads caused by an unknown kid.</summary>
    public static readonly TimeSpan KeyMissRereadInterval = TimeSpan.FromSeconds(5);

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

    /// <summary>
    /// A published key by id. On a miss the keys are reread, since another instance may have rotated, but at most once
    /// per <see cref="KeyMissRereadInterval"/>: tokens with made-up kids cannot make every request read the store.
    /// </summary>
    public async ValueTask<SigningCredential?> FindPublishedAsync(string tenantId, string keyId, CancellationToken cancellationToken = default)
    {
        var found = (await CurrentAsync(tenantId, cancellationToken)).Published.FirstOrDefault(key => key.KeyId == keyId);
        var now = time.GetUtcNow();
        if (found is not null || _lastMissReread.TryGetValue(tenantId, out var last) && now - last < KeyMissRereadInterval)
            return found;
        _lastMissReread[tenantId] = now;
        var snapshot = await RefreshAsync(tenantId, cancellationToken);
        return snapshot.Published.FirstOrDefault(key => key.KeyId == keyId);
    }

    /// <summary>
    /// Ends a compromised key now: it leaves the JWKS and stops verifying, so the tokens it signed become inactive here
    /// at once and on other instances at their next reread (<see cref="SigningKeyOptions.RefreshInterval"/>). Refused
    /// when it is the only key of its algorithm that can sign, unless <paramref name="replace"/> first adds a key that
    /// signs immediately.
    /// </summary>
    public async Task<KeyRevocation> RevokeAsync(string tenantId, string keyId, bool replace, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var published = await store.ListPublishedAsync(tenantId, now, cancellationToken);
        if (published.FirstOrDefault(key => key.KeyId == keyId) is not { } revoked)
            return new KeyRevocation(KeyRevocationOutcome.NotPublished, null, null);
        static bool CanSign(SigningKey key, DateTimeOffset at) => key.ActivatesAt <= at && (key.RetiredAt is null || key.RetiredAt > at);
        SigningKey? replacement = null;
        if (CanSign(revoked, now) && !published.Any(key => key.KeyId != keyId && key.Algorithm == revoked.Algorithm && CanSign(key, now)))
        {
            if (!replace)
                return new KeyRevocation(KeyRevocationOutcome.OnlySigningKey, revoked, null);
            replacement = await RotateAsync(tenantId, revoked.Algorithm, TimeSpan.Zero, cancellationToken);
        }
        if (!await store.RevokeAsync(tenantId, keyId, time.GetUtcNow(), cancellationToken))
            return new KeyRevocation(KeyRevocationOutcome.NotPublished, null, replacement);
        await RefreshAsync(tenantId, cancellationToken);
        return new KeyRevocation(KeyRevocationOutcome.Revoked, revoked, replacement);
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

    /// <summary>
    /// Adds a key the operator brings (<see cref="SigningCredential.Import"/>) under <paramref name="keyId"/>, published at
    /// once and signing after <paramref name="activationDelay"/>; like <see cref="RotateAsync"/>, the keys of its algorithm
    /// stop signing then. Throws <see cref="FormatException"/> for an unusable PEM and
    /// <see cref="Storage.DuplicateEntityException"/> when the tenant has a key with that id.
    /// </summary>
    public async Task<SigningKey> ImportAsync(string tenantId, string keyId, string pem, TimeSpan? activationDelay = null,
        CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var activatesAt = now + (activationDelay ?? options.ActivationDelay);
        var added = SigningCredential.Import(tenantId, keyId, pem, now, activatesAt, data => protector.Protect(data));
        var replaced = (await store.ListPublishedAsync(tenantId, now, cancellationToken))
            .Where(key => key.Algorithm == added.Algorithm && key.RetiredAt is null)
            .ToList();
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

/// <summary>What <see cref="SigningKeyManager.RevokeAsync"/> did.</summary>
public enum KeyRevocationOutcome
{
    Revoked,

    /// <summary>No published key has that id (unknown, or already out of the JWKS).</summary>
    NotPublished,

    /// <summary>Nothing changed: the key is the only one of its algorithm that signs, and no replacement was asked for.</summary>
    OnlySigningKey,
}

/// <param name="Key">The key named, when it is published.</param>
/// <param name="Replacement">The key added to sign in its place, when one was.</param>
public sealed record KeyRevocation(KeyRevocationOutcome Outcome, SigningKey? Key, SigningKey? Replacement);
