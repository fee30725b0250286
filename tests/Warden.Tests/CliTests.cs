using System.Net;
using Npgsql;
using Warden.Storage.Postgres;
using Warden.Testing;
using Xunit;

namespace Warden.Tests;

/// <summary>The `warden` verbs, run as a real process the way an operator runs them.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private Task<ProcessRunner.Result> Warden(Dictionary<string, string?>? environment, params string[] arguments) =>
        WardenProcess.RunAsync(arguments, _directory.Path, environment);

    private static Dictionary<string, string?> PostgresEnvironment(PostgresSettings settings) => new()
    {
        ["DB_TYPE"] = "postgres",
        ["POSTGRES_HOST"] = settings.Host,
        ["POSTGRES_PORT"] = settings.Port.ToString(),
        ["POSTGRES_DB"] = settings.Database,
        ["POSTGRES_USER"] = settings.User,
        ["POSTGRES_PASSWORD"] = settings.Password,
        ["POSTGRES_SSLMODE"] = "disable",
    };

    [Fact]
    public async Task Version_prints_the_version()
    {
        var result = await Warden(null, "version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^warden \d+\.\d+\.\d+ \(\.NET 10\.", result.StandardOutput);
    }

    [Fact]
    public async Task With_nothing_configured_but_the_listen_address_serve_uses_sqlite_in_data_and_answers_health()
    {
        // The default listen address itself (http://localhost:8080) is asserted on the resolver the CLI uses
        // (ConfigurationTests): binding the fixed port here would collide with anything else on the machine using it.
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        using var process = WardenProcess.Start(["--urls", url], _directory.Path);
        try
        {
            var log = await ReadStartupLogAsync(process);

            Assert.Contains($"storage sqlite at sqlite:{Path.Combine(_directory.Path, "data", "warden.db")}", log);
            Assert.Contains("Now listening on: " + url, log);
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url + "/health")).StatusCode);
            Assert.True(File.Exists(Path.Combine(_directory.Path, "data", "warden.db")));
            Assert.Equal(0, await WardenProcess.TerminateAsync(process, TimeSpan.FromSeconds(20)));
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }

    [Theory]
    [InlineData("DB_TYPE", "oracle", "database.type")]
    [InlineData("POSTGRES_PORT", "port", "database.postgres_port")]
    [InlineData("DATABASE_URL", "postgres//broken", "DATABASE_URL")]
    [InlineData("WARDEN_CONFIG", "/nonexistent/warden.yaml", "/nonexistent/warden.yaml")]
    public async Task A_configuration_mistake_exits_2_with_one_line_and_no_stack_trace(string variable, string value, string named)
    {
        var result = await Warden(new() { [variable] = value }, "serve");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("warden: ", line);
        Assert.Contains(named, line);
        Assert.DoesNotContain(" at ", result.Output);
    }

    [Fact]
    public async Task A_data_directory_that_cannot_be_created_exits_1_with_one_line()
    {
        var result = await Warden(new() { ["SQLITE_PATH"] = "/proc/warden-cannot-exist/warden.db" }, "serve");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("warden: ", line);
        Assert.Contains("/proc/warden-cannot-exist", line);
        Assert.DoesNotContain(" at Warden.", result.Output);
    }

    [Fact]
    public async Task An_unknown_key_in_config_yaml_exits_2()
    {
        File.WriteAllText(Path.Combine(_directory.Path, "config.yaml"), "server:\n  port: 80\n");

        var result = await Warden(null, "migrate", "--status");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown key 'server.port'", result.StandardError);
    }

    [Fact]
    public async Task An_unknown_verb_or_flag_exits_2()
    {
        Assert.Equal(2, (await Warden(null, "frobnicate")).ExitCode);
        Assert.Equal(2, (await Warden(null, "migrate", "--colour")).ExitCode);
    }

    [Fact]
    public async Task Migrate_status_lists_the_same_migrations_on_sqlite_and_postgres()
    {
        var settings = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();

        var sqliteBefore = await Warden(null, "migrate", "--status");
        var postgresBefore = await Warden(PostgresEnvironment(settings), "migrate", "--status");
        Assert.Equal(0, sqliteBefore.ExitCode);
        Assert.Equal(0, postgresBefore.ExitCode);
        Assert.Contains("0001     initial", sqliteBefore.StandardOutput);
        Assert.Contains("0002     oauth_core", sqliteBefore.StandardOutput);
        Assert.Contains("pending", sqliteBefore.StandardOutput);
        Assert.Equal(MigrationRows(sqliteBefore.StandardOutput), MigrationRows(postgresBefore.StandardOutput));

        Assert.Contains("applied 0011_migration_checksums", (await Warden(null, "migrate")).StandardOutput);
        Assert.Contains("applied 0011_migration_checksums", (await Warden(PostgresEnvironment(settings), "migrate")).StandardOutput);
        Assert.Contains("schema is up to date", (await Warden(PostgresEnvironment(settings), "migrate")).StandardOutput);

        var sqliteAfter = await Warden(null, "migrate", "--status");
        var postgresAfter = await Warden(PostgresEnvironment(settings), "migrate", "--status");
        Assert.Contains($"{RepositoryRoot.MigrationCount} applied, 0 pending", sqliteAfter.StandardOutput);
        Assert.Contains($"{RepositoryRoot.MigrationCount} applied, 0 pending", postgresAfter.StandardOutput);
    }

    [Fact]
    public async Task An_edited_released_migration_stops_migrate_and_serve_with_one_line_naming_the_file()
    {
        Assert.Equal(0, (await Warden(null, "migrate")).ExitCode);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_directory.Path, "data", "warden.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_migrations SET checksum = 'edited' WHERE version = 3";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var migrate = await Warden(null, "migrate");
        var serve = await Warden(new() { ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey }, "serve", "--urls", $"http://127.0.0.1:{FreePort.Next()}");

        foreach (var refused in new[] { migrate, serve })
        {
            Assert.Equal(1, refused.ExitCode);
            var line = Assert.Single(refused.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries), text => text.StartsWith("warden: "));
            Assert.StartsWith("warden: migration migrations/sqlite/0003_users.sql was applied with checksum edited", line);
            Assert.DoesNotContain("   at ", refused.StandardError);
        }
    }

    [Fact]
    public async Task Db_check_reports_backend_version_and_latency_and_exits_1_when_unreachable()
    {
        var settings = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();

        var sqlite = await Warden(null, "db", "check");
        var postgres = await Warden(PostgresEnvironment(settings), "db", "check");
        var unreachable = await Warden(new() { ["DATABASE_URL"] = $"postgres://warden:pw-not-printed@127.0.0.1:{FreePort.Next()}/warden", ["POSTGRES_CONNECT_TIMEOUT"] = "2" },
            "db", "check");

        Assert.Equal(0, sqlite.ExitCode);
        Assert.Contains("backend:  sqlite", sqlite.StandardOutput);
        Assert.Matches(@"server:   SQLite 3\.\d+", sqlite.StandardOutput);
        Assert.Matches(@"latency:  \d+\.\d\d ms", sqlite.StandardOutput);
        Assert.Equal(0, postgres.ExitCode);
        Assert.Contains("server:   PostgreSQL 1", postgres.StandardOutput);
        Assert.Equal(1, unreachable.ExitCode);
        Assert.Contains("status:   unreachable", unreachable.StandardOutput);
        Assert.Contains("postgres://warden:***@127.0.0.1", unreachable.StandardOutput);
        Assert.DoesNotContain("pw-not-printed", unreachable.Output);
    }

    [Fact]
    public async Task Db_setup_creates_role_and_database_idempotently_and_warden_then_runs_on_them()
    {
        var server = await PostgresServer.SharedAsync();
        var database = "setup_" + Guid.NewGuid().ToString("N")[..8];
        var role = "warden_" + Guid.NewGuid().ToString("N")[..8];
        var environment = PostgresEnvironment(server.Admin with { Database = database, User = role, Password = "it's-a-secret" });

        var first = await Warden(environment, "db", "setup", "--admin-url", server.AdminUrl);
        var second = await Warden(environment, "db", "setup", "--admin-url", server.AdminUrl);
        var migrate = await Warden(environment, "migrate");

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains($"role {role}: created", first.StandardOutput);
        Assert.Contains($"database {database}: created", first.StandardOutput);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains($"database {database}: exists", second.StandardOutput);
        Assert.True(migrate.ExitCode == 0, migrate.Output);
        Assert.DoesNotContain("it's-a-secret", first.Output + second.Output + migrate.Output);

        await using var connection = new NpgsqlConnection(PostgresConnectionStrings.Build(server.Admin with { Database = database }));
        await connection.OpenAsync();
        await using var owner = new NpgsqlCommand("SELECT tableowner FROM pg_tables WHERE tablename = 'clients'", connection);
        Assert.Equal(role, await owner.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Db_setup_refuses_a_non_postgres_configuration()
    {
        var result = await Warden(null, "db", "setup", "--admin-url", "postgres://postgres@127.0.0.1/postgres");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("database.type is sqlite", result.StandardError);
    }

    [Fact]
    public async Task Flags_override_the_environment()
    {
        var result = await Warden(new() { ["DB_TYPE"] = "postgres", ["POSTGRES_PORT"] = "1" }, "db", "check", "--set", "database.type=memory");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("backend:  memory", result.StandardOutput);
    }

    [Fact]
    public async Task The_startup_log_shows_the_database_with_its_password_redacted()
    {
        var settings = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        var port = FreePort.Next();
        var url = $"postgres://{settings.User}:visible-nowhere@{settings.Host}:{settings.Port}/{settings.Database}?sslmode=disable";
        using var process = WardenProcess.Start(["serve", "--urls", $"http://127.0.0.1:{port}"], _directory.Path, new() { ["DATABASE_URL"] = url });
        try
        {
            var log = new System.Text.StringBuilder(await ReadStartupLogAsync(process));
            await WardenProcess.TerminateAsync(process, TimeSpan.FromSeconds(20));
            log.Append(await process.StandardOutput.ReadToEndAsync());

            Assert.Contains($"storage postgres at postgres://{settings.User}:***@", log.ToString());
            Assert.DoesNotContain("visible-nowhere", log.ToString());
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }

    private static Task<string> ReadStartupLogAsync(System.Diagnostics.Process process) =>
        WardenProcess.ReadUntilAsync(process, "Now listening on", TimeSpan.FromMinutes(1));

    private static List<string> MigrationRows(string output) =>
        output.Split('\n').Where(line => line.Length > 4 && char.IsDigit(line[0])).Select(line => line[..Math.Min(45, line.Length)].TrimEnd()).ToList();

    public void Dispose() => _directory.Dispose();
}
