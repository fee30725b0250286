using Warden.Core.Storage;
using Warden.Core.Tenants;
using Xunit;

namespace Warden.Storage.Contract;

/// <summary>Base of the store suites: a fresh backend per test, and a clock truncated to what every backend keeps.</summary>
public abstract class StorageContract<TFactory> : IAsyncLifetime where TFactory : IBackendFactory, new()
{
    private IStorageBackend? _storage;

    protected IStorageBackend Storage => _storage ?? throw new InvalidOperationException("not initialised");

    /// <summary>A fixed instant with whole milliseconds, so stored values compare equal.</summary>
    protected static DateTimeOffset Now { get; } = DateTimeOffset.FromUnixTimeMilliseconds(1_790_000_000_123);

    public async Task InitializeAsync() => _storage = await new TFactory().CreateAsync();

    public async Task DisposeAsync()
    {
        if (_storage is not null)
            await _storage.DisposeAsync();
    }

    protected async Task<string> CreateTenantAsync()
    {
        var id = "tenant-" + Guid.NewGuid().ToString("N")[..8];
        await Storage.Tenants.CreateAsync(new Tenant(id, "Tenant " + id, Now));
        return id;
    }
}
