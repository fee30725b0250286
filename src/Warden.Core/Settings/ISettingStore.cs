namespace Warden.Core.Settings;

/// <summary>System settings, unique by (tenant, key), keys compared exactly.</summary>
public interface ISettingStore
{
    Task<Setting?> FindAsync(string tenantId, string key, CancellationToken cancellationToken = default);

    /// <summary>The tenant's settings ordered by key (ordinal, the same on every backend).</summary>
    Task<IReadOnlyList<Setting>> ListAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>Creates the setting or replaces its value and <see cref="Setting.UpdatedAt"/>. Throws <see cref="Storage.MissingReferenceException"/> for an unknown tenant.</summary>
    Task SetAsync(Setting setting, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates the setting unless the key exists, atomically: true when this call created it, false when it kept the
    /// stored value. Throws <see cref="Storage.MissingReferenceException"/> for an unknown tenant.
    /// </summary>
    Task<bool> AddIfAbsentAsync(Setting setting, CancellationToken cancellationToken = default);

    /// <summary>False when it does not exist.</summary>
    Task<bool> DeleteAsync(string tenantId, string key, CancellationToken cancellationToken = default);
}
