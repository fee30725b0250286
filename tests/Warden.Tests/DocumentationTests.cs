using Warden.Configuration;
using Warden.Testing;
using Xunit;

namespace Warden.Tests;

/// <summary>The configuration documents stay true: every key Warden reads is documented, and the example loads.</summary>
public sealed class DocumentationTests
{
    private static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, relativePath));

    [Fact]
    public void Config_example_names_every_key_and_loads_as_the_defaults()
    {
        var path = Path.Combine(RepositoryRoot.Path, "config.example.yaml");
        var text = File.ReadAllText(path);

        Assert.All(ConfigurationKeys.All, key => Assert.Contains(key.Leaf + ":", text));
        var options = WardenOptionsResolver.Resolve(ConfigurationLayers.Load(path, new Dictionary<string, string>(), []));
        Assert.Equal(WardenOptions.Defaults.Database with { Postgres = options.Database.Postgres }, options.Database);
        Assert.Equal(WardenOptions.Defaults.Cache, options.Cache);
        Assert.Equal(WardenOptions.Defaults.Server, options.Server);
        Assert.Equal(WardenOptions.Defaults.Logging, options.Logging);
        Assert.Equal(WardenOptions.Defaults.Keys, options.Keys);
        Assert.Equal(WardenOptions.Defaults.Tokens, options.Tokens);
    }

    [Fact]
    public void Configuration_reference_names_every_key_and_environment_variable()
    {
        var text = Read("docs/configuration.md");

        Assert.All(ConfigurationKeys.All, key =>
        {
            Assert.Contains(key.Name, text);
            Assert.All(key.EnvironmentVariables, variable => Assert.Contains(variable, text));
        });
    }

    [Fact]
    public void Readme_gives_the_two_commands()
    {
        var text = Read("README.md");

        Assert.Contains("dotnet run --project src/Warden", text);
        Assert.Contains("scripts/test.sh", text);
    }
}
