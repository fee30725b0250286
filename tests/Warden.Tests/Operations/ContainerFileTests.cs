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

    /// <summary>
    /// What `docker compose [-f FILE] [--profile P] up` would run, computed the way Compose does it: the .env file
    /// next to the compose files (itself interpolated from the shell), ${VAR}, ${VAR:-default} and ${VAR-default}
    /// substitution, COMPOSE_PROFILES (the shell's, else .env's) and services enabled by profile.
    /// </summary>
    private sealed class ComposeProject
    {
        private readonly YamlMappingNode _services;
        private readonly Dictionary<string, string> _variables;

        public ComposeProject(string file, Dictionary<string, string>? shell = null, params string[] profiles)
        {
            shell ??= [];
            _variables = new Dictionary<string, string>(shell);
            foreach (var line in File.ReadAllLines(Path.Combine(RepositoryRoot.Path, ".env")))
            {
                var equals = line.IndexOf('=');
                if (line.TrimStart().StartsWith('#') || equals < 1)
                    continue;
                var name = line[..equals].Trim();
                // The shell wins over .env, as in Compose.
                _variables.TryAdd(name, Interpolate(line[(equals + 1)..].Trim(), shell));
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot.Path, file))));
            Root = (YamlMappingNode)stream.Documents.Single().RootNode;
            _services = Mapping(Root, "services");
            ActiveProfiles = _variables.GetValueOrDefault("COMPOSE_PROFILES", "").Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Concat(profiles).ToHashSet();
        }

        public YamlMappingNode Root { get; }

        public HashSet<string> ActiveProfiles { get; }

        public YamlMappingNode Service(string name) => Mapping(_services, name);

        /// <summary>Services without profiles, and those with an active one.</summary>
        public List<string> EnabledServices => _services.Children
            .Where(pair => Child((YamlMappingNode)pair.Value, "profiles") is not YamlSequenceNode list
                           || list.Any(profile => ActiveProfiles.Contains(Value(profile))))
            .Select(pair => ((YamlScalarNode)pair.Key).Value!).Order().ToList();

        public string Value(YamlNode node) => Interpolate(((YamlScalarNode)node).Value ?? "", _variables);

        public Dictionary<string, string> Environment(string service) =>
            Child(Service(service), "environment") is YamlMappingNode environment
                ? environment.Children.ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => Value(pair.Value))
                : [];

        public List<string> List(string service, string key) =>
            Child(Service(service), key) is YamlSequenceNode list ? list.Select(Value).ToList() : [];

        /// <summary>Compose refuses a project in which an enabled service depends on a disabled one, unless required: false.</summary>
        public void AssertDependenciesResolve()
        {
            foreach (var name in EnabledServices)
            {
                if (Child(Service(name), "depends_on") is not YamlMappingNode dependencies)
                    continue;
                foreach (var (dependency, settings) in dependencies.Children)
                {
                    var required = Child((YamlMappingNode)settings, "required") is not YamlScalarNode { Value: "false" };
                    Assert.True(_services.Children.ContainsKey(dependency), $"{name} depends on undefined service {dependency}");
                    Assert.True(!required || EnabledServices.Contains(Value(dependency)),
                        $"{name} depends on {Value(dependency)}, which these profiles leave disabled");
                }
            }
        }

        private static string Interpolate(string text, IReadOnlyDictionary<string, string> variables) =>
            Regex.Replace(text, @"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}", match =>
            {
                if (match.Value == "$$")
                    return "$";
                var set = variables.TryGetValue(match.Groups[1].Value, out var value);
                return match.Groups[2].Value switch
                {
                    ":-" => set && value!.Length > 0 ? value : match.Groups[3].Value,
                    "-" => set ? value! : match.Groups[3].Value,
                    _ => value ?? "",
                };
            });
    }

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static YamlNode? Child(YamlMappingNode node, string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    /// <summary>The container's environment as Warden reads it, with nothing unknown or misread along the way.</summary>
    private static WardenOptions ResolveAsWarden(Dictionary<string, string> environment)
    {
        var layers = ConfigurationLayers.Load(null, environment, []);
        var options = WardenOptionsResolver.Resolve(layers);
        Assert.Empty(options.Notices);
        return options;
    }

    [Fact]
    public void Compose_up_runs_warden_alone_on_sqlite_with_a_named_volume_on_port_8080()
    {
        var compose = new ComposeProject("docker-compose.yml");

        Assert.Equal(["warden"], compose.EnabledServices);
        compose.AssertDependenciesResolve();
        var warden = compose.Service("warden");
        Assert.Equal(".", compose.Value(warden.Children[new YamlScalarNode("build")]));
        Assert.Equal("warden:latest", compose.Value(warden.Children[new YamlScalarNode("image")]));
        Assert.Contains("8080:8080", compose.List("warden", "ports"));
        Assert.Contains("warden-data:/data", compose.List("warden", "volumes"));
        Assert.True(Mapping(compose.Root, "volumes").Children.ContainsKey(new YamlScalarNode("warden-data")));

        var environment = compose.Environment("warden");
        Assert.Equal("sqlite", environment["DB_TYPE"]);
        var options = ResolveAsWarden(environment);
        Assert.Equal((DatabaseType.Sqlite, "/data/warden.db"), (options.Database.Type, options.Database.SqlitePath));
        Assert.Equal("http://0.0.0.0:8080", options.Server.Urls);
    }

    [Fact]
    public void Db_type_postgres_compose_up_starts_postgres_too_and_warden_on_it()
    {
        var compose = new ComposeProject("docker-compose.yml", new() { ["DB_TYPE"] = "postgres" });

        Assert.Equal(["postgres", "warden"], compose.EnabledServices);
        compose.AssertDependenciesResolve();
        var options = ResolveAsWarden(compose.Environment("warden"));
        Assert.Equal(DatabaseType.Postgres, options.Database.Type);
        var database = compose.Environment("postgres");
        Assert.Equal(("postgres", 5432, database["POSTGRES_DB"], database["POSTGRES_USER"], database["POSTGRES_PASSWORD"]),
            (options.Database.Postgres.Host, options.Database.Postgres.Port, options.Database.Postgres.Database, options.Database.Postgres.User,
                options.Database.Postgres.Password));
        Assert.Equal("service_healthy", compose.Value(Mapping(Mapping(compose.Service("warden"), "depends_on"), "postgres").Children[new YamlScalarNode("condition")]));
        var healthcheck = (YamlSequenceNode)Mapping(compose.Service("postgres"), "healthcheck").Children[new YamlScalarNode("test")];
        Assert.Contains("pg_isready", string.Join(' ', healthcheck.Select(compose.Value)));
        Assert.Contains("postgres-data:/var/lib/postgresql/data", compose.List("postgres", "volumes"));
        // A password from the shell reaches both containers.
        var custom = new ComposeProject("docker-compose.yml", new() { ["DB_TYPE"] = "postgres", ["POSTGRES_PASSWORD"] = "from-shell" });
        Assert.Equal(("from-shell", "from-shell"), (custom.Environment("warden")["POSTGRES_PASSWORD"], custom.Environment("postgres")["POSTGRES_PASSWORD"]));
    }

    [Fact]
    public void Compose_profiles_from_the_shell_still_win_over_the_env_file()
    {
        var compose = new ComposeProject("docker-compose.yml", new() { ["DB_TYPE"] = "postgres", ["COMPOSE_PROFILES"] = "none" });

        Assert.Equal(["warden"], compose.EnabledServices);
        compose.AssertDependenciesResolve();
    }

    [Fact]
    public void The_postgres_file_alone_starts_postgres_and_redis_on_loopback_ports_that_warden_s_defaults_reach()
    {
        var compose = new ComposeProject("docker-compose.postgres.yml");

        Assert.Equal(["postgres", "redis"], compose.EnabledServices);
        compose.AssertDependenciesResolve();
        Assert.Equal(["127.0.0.1:5432:5432"], compose.List("postgres", "ports"));
        Assert.Equal(["127.0.0.1:6379:6379"], compose.List("redis", "ports"));
        Assert.StartsWith("postgres:", compose.Value(compose.Service("postgres").Children[new YamlScalarNode("image")]));
        Assert.StartsWith("redis:", compose.Value(compose.Service("redis").Children[new YamlScalarNode("image")]));
        Assert.True(Mapping(compose.Root, "volumes").Children.ContainsKey(new YamlScalarNode("postgres-data")));

        // Warden on the host, as the file's comment says to start it, reaches that database with its own defaults.
        var host = ResolveAsWarden(new() { ["DB_TYPE"] = "postgres", ["POSTGRES_PASSWORD"] = "warden", ["POSTGRES_SSLMODE"] = "disable",
            ["REDIS_URL"] = "redis://localhost:6379" });
        var database = compose.Environment("postgres");
        Assert.Equal(("localhost", 5432, database["POSTGRES_DB"], database["POSTGRES_USER"], database["POSTGRES_PASSWORD"]),
            (host.Database.Postgres.Host, host.Database.Postgres.Port, host.Database.Postgres.Database, host.Database.Postgres.User, host.Database.Postgres.Password));
        Assert.Equal(("localhost", 6379), (host.Cache.Redis!.Host, host.Cache.Redis.Port));
        Assert.Contains("docker compose -f docker-compose.postgres.yml up -d", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docker-compose.postgres.yml")));
    }

    [Fact]
    public void The_postgres_file_with_the_warden_profile_runs_warden_on_postgres_and_redis()
    {
        var compose = new ComposeProject("docker-compose.postgres.yml", null, "warden");

        Assert.Equal(["postgres", "redis", "warden"], compose.EnabledServices);
        compose.AssertDependenciesResolve();
        var options = ResolveAsWarden(compose.Environment("warden"));
        var database = compose.Environment("postgres");
        Assert.Equal((DatabaseType.Postgres, "postgres", database["POSTGRES_DB"], database["POSTGRES_USER"], database["POSTGRES_PASSWORD"]),
            (options.Database.Type, options.Database.Postgres.Host, options.Database.Postgres.Database, options.Database.Postgres.User,
                options.Database.Postgres.Password));
        Assert.Equal((CacheType.Redis, "redis"), (options.Cache.Type, options.Cache.Redis!.Host));
        var dependsOn = Mapping(compose.Service("warden"), "depends_on");
        Assert.True(dependsOn.Children.ContainsKey(new YamlScalarNode("postgres")));
        Assert.True(dependsOn.Children.ContainsKey(new YamlScalarNode("redis")));
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
