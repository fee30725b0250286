using System.Net;
using System.Text;
using Npgsql;
using Warden.Storage.Postgres;
using Warden.Testing;
using Xunit;

namespace Warden.Tests;

/// <summary>
/// The other systems' settings through the real `warden serve`: POSTGRES_* without DB_TYPE and a GENERIC_DATA_STORE_URL
/// start Warden on the real PostgreSQL, which then serves /health and holds the schema; the start-up log says once what
/// each setting was understood as, and a typo such as POSTGRES_HOTS is named in a warning instead of passing unseen.
/// </summary>
public sealed class ForeignSettingsStartupTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private sealed record Startup(HttpStatusCode Health, string Log);

    /// <summary>Runs `warden serve` until it listens, asks /health, stops it with SIGTERM and returns everything it logged.</summary>
    private async Task<Startup> ServeAsync(Dictionary<string, string?> environment)
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        environment["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey;
        using var process = WardenProcess.Start(["serve", "--urls", url], _directory.Path, environment);
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            var log = new StringBuilder();
            using (var startup = new CancellationTokenSource(TimeSpan.FromSeconds(90)))
            {
                try
                {
                    while (await process.StandardOutput.ReadLineAsync(startup.Token) is { } line)
                    {
                        log.AppendLine(line);
                        if (line.Contains("Now listening on"))
                            break;
                    }
                }
                catch (OperationCanceledException)
                {
                    Assert.Fail($"warden serve did not listen within 90 s:\n{log}");
                }
            }
            if (process.HasExited)
                Assert.Fail($"warden serve exited during start-up:\n{log}{await errors}");

            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var health = (await client.GetAsync(url + "/health")).StatusCode;
            Assert.Equal(0, await WardenProcess.TerminateAsync(process, TimeSpan.FromSeconds(20)));
            log.Append(await process.StandardOutput.ReadToEndAsync());
            return new Startup(health, log.ToString());
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;

    private static async Task<long> AppliedMigrationsAsync(PostgresSettings settings)
    {
        await using var connection = new NpgsqlConnection(PostgresConnectionStrings.Build(settings));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM schema_migrations", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Postgres_variables_without_db_type_start_warden_on_postgres()
    {
        var settings = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        var environment = new Dictionary<string, string?>
        {
            ["POSTGRES_HOST"] = settings.Host,
            ["POSTGRES_PORT"] = settings.Port.ToString(),
            ["POSTGRES_DB"] = settings.Database,
            ["POSTGRES_USER"] = settings.User,
            ["POSTGRES_PASSWORD"] = settings.Password,
            ["POSTGRES_SSLMODE"] = settings.SslMode,
            ["POSTGRES_POOL_SIZE"] = "2",
            ["POSTGRES_MAX_OVERFLOW"] = "3",
        };

        var startup = await ServeAsync(environment);

        Assert.Equal(HttpStatusCode.OK, startup.Health);
        var understood = $"understood POSTGRES_HOST, POSTGRES_PORT, POSTGRES_DB, POSTGRES_USER{(settings.Password is null ? "" : ", POSTGRES_PASSWORD")} " +
                         "without DB_TYPE as database.type=postgres";
        Assert.Equal(1, Occurrences(startup.Log, understood));
        Assert.Equal(1, Occurrences(startup.Log, "understood POSTGRES_POOL_SIZE=2 and POSTGRES_MAX_OVERFLOW=3 as SQLAlchemy's pool_size " +
                                                 "and max_overflow: 2 connections kept open, at most 5 (pool_size + max_overflow)"));
        Assert.Contains($"storage postgres at postgres://{settings.User}", startup.Log);
        Assert.True(await AppliedMigrationsAsync(settings) > 0);
        Assert.False(Directory.Exists(Path.Combine(_directory.Path, "data")), "no SQLite database may be created");
    }

    [Fact]
    public async Task A_generic_data_store_url_starts_warden_on_postgres()
    {
        var settings = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        var password = settings.Password is null ? "" : ":" + Uri.EscapeDataString(settings.Password);
        var url = $"postgresql://{settings.User}{password}@{settings.Host}:{settings.Port}/{settings.Database}?sslmode={settings.SslMode}";

        var startup = await ServeAsync(new() { ["GENERIC_DATA_STORE_URL"] = url });

        Assert.Equal(HttpStatusCode.OK, startup.Health);
        var shown = Configuration.ConnectionUrls.Redact(url);
        Assert.Equal(1, Occurrences(startup.Log, $"understood GENERIC_DATA_STORE_URL={shown} as database.url={shown}"));
        Assert.Contains($"storage postgres at postgres://{settings.User}", startup.Log);
        if (settings.Password is not null)
            Assert.DoesNotContain(settings.Password, startup.Log);
        Assert.True(await AppliedMigrationsAsync(settings) > 0);
    }

    [Fact]
    public async Task A_misspelt_postgres_variable_is_named_in_one_warning_at_start()
    {
        var startup = await ServeAsync(new() { ["POSTGRES_HOTS"] = "db.internal" });

        Assert.Equal(HttpStatusCode.OK, startup.Health);
        Assert.Equal(1, Occurrences(startup.Log, "unknown environment variable POSTGRES_HOTS: Warden does not read it (did you mean POSTGRES_HOST?)"));
        Assert.Matches(@"warn: Warden\.Configuration\[0\] unknown environment variable POSTGRES_HOTS", startup.Log);
        Assert.Contains("storage sqlite at", startup.Log);
    }

    [Fact]
    public async Task A_cli_verb_names_the_misspelt_variable_on_stderr_too()
    {
        var result = await WardenProcess.RunAsync(["db", "check"], _directory.Path,
            new() { ["POSTGRES_HOTS"] = "db.internal", ["DB_TYPE"] = "memory" });

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, Occurrences(result.StandardError, "unknown environment variable POSTGRES_HOTS: Warden does not read it (did you mean POSTGRES_HOST?)"));
        Assert.DoesNotContain("POSTGRES_HOTS", result.StandardOutput);
    }
}
