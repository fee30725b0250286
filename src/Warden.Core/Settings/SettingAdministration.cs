using System.Text.RegularExpressions;

namespace Warden.Core.Settings;

/// <summary>A setting that breaks a rule; the message says which, in one line.</summary>
public sealed class InvalidSettingException(string message) : Exception(message);

/// <summary>Reading and changing settings with the rules about keys and values in one place.</summary>
public sealed partial class SettingAdministration(ISettingStore store, TimeProvider time)
{
    public const int MaxKeyLength = 100;
    public const int MaxValueLength = 2000;

    public Task<IReadOnlyList<Setting>> ListAsync(string tenantId, CancellationToken cancellationToken = default) =>
        store.ListAsync(tenantId, cancellationToken);

    public Task<Setting?> FindAsync(string tenantId, string key, CancellationToken cancellationToken = default) =>
        store.FindAsync(tenantId, RequireKey(key), cancellationToken);

    public async Task<Setting> SetAsync(string tenantId, string key, string value, CancellationToken cancellationToken = default)
    {
        var setting = new Setting(tenantId, RequireKey(key), RequireValue(key, value), time.GetUtcNow());
        await store.SetAsync(setting, cancellationToken);
        return setting;
    }

    public Task<bool> DeleteAsync(string tenantId, string key, CancellationToken cancellationToken = default) =>
        store.DeleteAsync(tenantId, RequireKey(key), cancellationToken);

    /// <summary>Creates the <see cref="Setting.Defaults"/> that are missing; existing ones (perhaps changed) are kept.</summary>
    public async Task<IReadOnlyList<string>> EnsureDefaultsAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var created = new List<string>();
        foreach (var (key, value) in Setting.Defaults)
        {
            if (await store.AddIfAbsentAsync(new Setting(tenantId, key, value, time.GetUtcNow()), cancellationToken))
                created.Add(key);
        }
        return created;
    }

    private static string RequireKey(string key) =>
        key.Length <= MaxKeyLength && KeyPattern().IsMatch(key)
            ? key
            : throw new InvalidSettingException($"setting key {Quote(key)}must be 1-{MaxKeyLength} lowercase letters, digits, dots and underscores");

    private static string RequireValue(string key, string value) =>
        value.Length <= MaxValueLength
            ? value
            : throw new InvalidSettingException($"the value of setting '{key}' is {value.Length} characters long; at most {MaxValueLength} are allowed");

    // Note: the key is echoed only when it is short and printable, so the error stays one readable line.
    private static string Quote(string key) => key.Length <= MaxKeyLength && key.All(c => c is >= ' ' and <= '~') ? $"'{key}' " : "";

    [GeneratedRegex("^[a-z0-9._]+$")]
    private static partial Regex KeyPattern();
}
