using System.Text.RegularExpressions;
using Warden.Configuration;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Warden.Tests.Operations;

/// <summary>
/// Docker cannot run on these machines, so the container files are checked as text: the compose files parse, build or
/// name the image, publish port 8080, keep data in named volumes and set only environment variables Warden reads; the
/// Dockerfile publishes with scripts/publish.sh (which scripts/test.sh runs too), runs as a non-root user and checks
/// /health with `warden health-check`, which is tested here against a real server.
/// </summary>
public sealed class ContainerFileTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static readonly HashSet<string> WardenEnvironment =
        ConfigurationKeys.All.SelectMany(key => key.EnvironmentVariables).Append("WARDEN_CONFIG").ToHashSet(StringComparer.Ordinal);

    private static YamlMappingNode LoadCompose(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot.Path, name))));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static YamlNode? Child(YamlMappingNode node, string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static Dictionary<string, string> Environment(YamlMappingNode service) =>
        Child(service, "environment") is YamlMappingNode environment
            ? environment.Children.ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => ((YamlScalarNode)pair.Value).Value ?? "")
            : [];

    [Fact]
    public void Compose_runs_warden_on_sqlite_with_a_named_volume_on_port_8080()
    {
        var compose = LoadCompose("docker-compose.yml");
        var warden = Mapping(Mapping(compose, "services"), "warden");

        Assert.Equal(".", ((YamlScalarNode)warden.Children[new YamlScalarNode("build")]).Value);
        Assert.Equal("warden:latest", ((YamlScalarNode)warden.Children[new YamlScalarNode("image")]).Value);
        Assert.Contains("8080:8080", ((YamlSequenceNode)Child(warden, "ports")!).Select(port => ((YamlScalarNode)port).Value));
        var volumes = ((YamlSequenceNode)Child(warden, "volumes")!).Select(volume => ((YamlScalarNode)volume).Value!).ToList();
        Assert.Contains("warden-data:/data", volumes);
        Assert.True(Mapping(compose, "volumes").Children.ContainsKey(new YamlScalarNode("warden-data")));

        var environment = Environment(warden);
        Assert.Equal("sqlite", environment["DB_TYPE"]);
        Assert.StartsWith("/data/", environment["SQLITE_PATH"]);
        Assert.All(environment.Keys, name => Assert.Contains(name, WardenEnvironment));
    }

    [Fact]
    public void Postgres_override_switches_warden_to_postgres_and_redis_with_names_warden_reads()
    {
        var compose = LoadCompose("docker-compose.postgres.yml");
        var services = Mapping(compose, "services");
        var warden = Mapping(services, "warden");

        var environment = Environment(warden);
        Assert.Equal("postgres", environment["DB_TYPE"]);
        Assert.Equal("postgres", environment["POSTGRES_HOST"]);
        Assert.Equal("redis", environment["CACHE_TYPE"]);
        Assert.StartsWith("redis://redis:", environment["REDIS_URL"]);
        Assert.All(environment.Keys, name => Assert.Contains(name, WardenEnvironment));

        var dependsOn = Mapping(warden, "depends_on");
        Assert.True(dependsOn.Children.ContainsKey(new YamlScalarNode("postgres")));
        Assert.True(dependsOn.Children.ContainsKey(new YamlScalarNode("redis")));
        Assert.StartsWith("postgres:", ((YamlScalarNode)Mapping(services, "postgres").Children[new YamlScalarNode("image")]).Value);
        Assert.StartsWith("redis:", ((YamlScalarNode)Mapping(services, "redis").Children[new YamlScalarNode("image")]).Value);
        // The database the postgres image creates is the one Warden connects to.
        var database = Environment(Mapping(services, "postgres"));
        Assert.Equal(environment["POSTGRES_DB"], database["POSTGRES_DB"]);
        Assert.Equal(environment["POSTGRES_USER"], database["POSTGRES_USER"]);
        Assert.Equal(environment["POSTGRES_PASSWORD"], database["POSTGRES_PASSWORD"]);
        Assert.True(Mapping(compose, "volumes").Children.ContainsKey(new YamlScalarNode("postgres-data")));
    }

    [Fact]
    public void Dockerfile_publishes_with_the_script_and_runs_as_a_user_with_a_health_check()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "Dockerfile"))
            .Where(line => !line.TrimStart().StartsWith('#')).ToList();
        var text = string.Join('\n', lines);

        Assert.Equal(2, lines.Count(line => line.StartsWith("FROM ", StringComparison.Ordinal)));
        Assert.Contains(lines, line => Regex.IsMatch(line, @"^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$"));
        Assert.Contains(lines, line => Regex.IsMatch(line, @"^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0\b"));
        Assert.Contains(lines, line => Regex.IsMatch(line, @"^RUN (bash )?(\./)?scripts/publish\.sh /out$"));
        Assert.Contains("COPY --from=build /out/", text);
        var user = lines.Single(line => line.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..].Trim();
        Assert.DoesNotMatch("^(root|0)(:.*)?$", user);
        Assert.Matches(@"HEALTHCHECK [^\n]*\\\n\s+CMD \[""dotnet"", ""/app/warden\.dll"", ""health-check"", ""--url"", ""http://localhost:8080/health""\]", text);
        Assert.Contains("EXPOSE 8080", lines);
        Assert.Contains("VOLUME /data", lines);
        Assert.Contains("SQLITE_PATH=/data/warden.db", text);
        Assert.Contains("WARDEN_URLS=http://0.0.0.0:8080", text);

        var script = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scripts", "publish.sh"));
        Assert.Contains("dotnet publish src/Warden/Warden.csproj", script);
        Assert.Contains("scripts/publish.sh", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scripts", "test.sh")));
    }

    [Fact]
    public async Task Health_check_verb_exits_0_for_a_healthy_server_and_1_when_nothing_answers()
    {
        await using var warden = await RunningWarden.StartAsync(await new SqliteServerBackend().CreateAsync(_directory));

        var healthy = await WardenProcess.RunAsync(["health-check", "--url", warden.Issuer + "/health"], _directory.Path);
        var unreachable = await WardenProcess.RunAsync(["health-check", "--url", $"http://127.0.0.1:{FreePort.Next()}/health", "--timeout", "2"],
            _directory.Path);
        var notHttp = await WardenProcess.RunAsync(["health-check", "--url", "ftp://example"], _directory.Path);

        Assert.Equal(0, healthy.ExitCode);
        Assert.StartsWith("200 ", healthy.StandardOutput);
        Assert.Equal(1, unreachable.ExitCode);
        Assert.Contains("did not answer", unreachable.StandardError);
        Assert.Equal(2, notHttp.ExitCode);
    }
}
