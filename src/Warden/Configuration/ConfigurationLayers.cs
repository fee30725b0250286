using Microsoft.Extensions.Logging;

namespace Warden.Configuration;

/// <summary>Where a value came from; a later layer overrides an earlier one.</summary>
public enum ConfigurationLayer
{
    File = 1,
    Environment = 2,
    Flag = 3,
}

/// <summary>A raw value and its origin ("config.yaml", "DATABASE_URL", "--set"), for error messages.</summary>
public sealed record ConfigurationValue(string Value, ConfigurationLayer Layer, string Origin);

/// <summary>
/// One line for the start-up log about how the configuration was read: a setting of another system and what Warden
/// understood it as, a setting that lost to Warden's own name, or an environment variable Warden does not know.
/// </summary>
public sealed record ConfigurationNotice(LogLevel Level, string Message);

/// <summary>
/// The raw settings after layering: built-in defaults (absent here) &lt; config.yaml &lt; environment &lt; flags.
/// </summary>
public sealed class ConfigurationLayers
{
    private readonly Dictionary<string, ConfigurationValue> _values = new(StringComparer.Ordinal);
    private readonly List<ConfigurationNotice> _notices = [];

    /// <summary>The config file that was read, if any.</summary>
    public string? ConfigFile { get; private init; }

    public ConfigurationValue? this[ConfigurationKey key] => _values.GetValueOrDefault(key.Name);

    /// <summary>What loading noticed, in order, for the start-up log (<see cref="ForeignSettings"/>).</summary>
    public IReadOnlyList<ConfigurationNotice> Notices => _notices;

    /// <param name="configPath">--config; when null, WARDEN_CONFIG, then ./config.yaml if it exists.</param>
    /// <param name="environment">The process environment (a dictionary so tests can pass their own).</param>
    /// <param name="flags">Command-line settings as (key, value), for example from --set database.type=memory.</param>
    public static ConfigurationLayers Load(string? configPath, IReadOnlyDictionary<string, string> environment,
        IEnumerable<KeyValuePair<string, string>> flags)
    {
        var explicitPath = configPath ?? environment.GetValueOrDefault("WARDEN_CONFIG");
        var path = explicitPath ?? (File.Exists("config.yaml") ? "config.yaml" : null);
        var layers = new ConfigurationLayers { ConfigFile = path };

        if (path is not null)
        {
            foreach (var (key, value) in YamlConfigurationFile.Read(path))
                layers.Set(key, value, ConfigurationLayer.File, path);
        }

        foreach (var key in ConfigurationKeys.All)
        {
            // For keys with several variables (CACHE_URL, REDIS_URL) the first one listed wins.
            foreach (var variable in key.EnvironmentVariables.Reverse())
            {
                if (environment.TryGetValue(variable, out var value) && value.Length > 0)
                    layers.Set(key, value, ConfigurationLayer.Environment, variable);
            }
        }
        ForeignSettings.ReadEnvironment(layers, environment);

        foreach (var (name, value) in flags)
        {
            var key = ConfigurationKeys.Find(name)
                      ?? throw new ConfigurationException($"--set: unknown key '{name}' (known keys: {string.Join(", ", ConfigurationKeys.All.Select(k => k.Name))})");
            layers.Set(key, value, ConfigurationLayer.Flag, "--set " + name);
        }
        ForeignSettings.ReadStorageSection(layers);
        ForeignSettings.WarnAboutUnknownVariables(layers, environment);
        return layers;
    }

    /// <summary>Sets a value at the flag layer (for dedicated flags such as --urls).</summary>
    public void SetFlag(ConfigurationKey key, string value, string flag) => Set(key, value, ConfigurationLayer.Flag, flag);

    internal void Set(ConfigurationKey key, string value, ConfigurationLayer layer, string origin) =>
        _values[key.Name] = new ConfigurationValue(value, layer, origin);

    internal void Notice(LogLevel level, string message) => _notices.Add(new ConfigurationNotice(level, message));
}
