using System.Collections;
using System.CommandLine;
using Warden.Configuration;

namespace Warden.Cli;

/// <summary>Options every verb accepts, and loading the configuration they select.</summary>
public static class CommonOptions
{
    public static readonly Option<string?> Config = new("--config", "-c")
    {
        Description = "Path of the YAML configuration file (default: $WARDEN_CONFIG, else ./config.yaml when present)",
        Recursive = true,
    };

    public static readonly Option<string[]> Set = new("--set")
    {
        Description = "Override one setting, highest precedence: --set database.type=memory (repeatable)",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };

    public static readonly Option<string> Tenant = new("--tenant")
    {
        Description = "The tenant the verb works in (default: default)",
        Recursive = true,
    };

    /// <summary>The tenant --tenant names, else the default tenant.</summary>
    public static string TenantOf(ParseResult parseResult) => parseResult.GetValue(Tenant) ?? Core.Tenants.Tenant.DefaultId;

    /// <summary>
    /// Layers defaults &lt; config file &lt; environment &lt; flags and validates the result.
    /// Throws <see cref="ConfigurationException"/> on any mistake.
    /// </summary>
    public static WardenOptions LoadOptions(ParseResult parseResult, params (ConfigurationKey Key, string? Value, string Flag)[] dedicatedFlags)
    {
        var flags = (parseResult.GetValue(Set) ?? []).Select(ParseSetting).ToList();
        var environment = ReadEnvironment();
        var layers = ConfigurationLayers.Load(parseResult.GetValue(Config), environment, flags);
        foreach (var (key, value, flag) in dedicatedFlags)
        {
            if (value is not null)
                layers.SetFlag(key, value, flag);
        }
        var options = WardenOptionsResolver.Resolve(layers);
        return layers.ConfigFile is null ? options : options with { Declarations = DeclaredObjectsFile.Read(layers.ConfigFile, environment) };
    }

    private static KeyValuePair<string, string> ParseSetting(string setting)
    {
        var equals = setting.IndexOf('=');
        return equals > 0
            ? new KeyValuePair<string, string>(setting[..equals].Trim(), setting[(equals + 1)..])
            : throw new ConfigurationException($"--set '{setting}': expected key=value, as in --set database.type=memory");
    }

    private static Dictionary<string, string> ReadEnvironment() =>
        Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? "", StringComparer.Ordinal);
}
