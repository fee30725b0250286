using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Storage.Postgres;
using Warden.Storage.Sqlite;
using Warden.Testing;
using Xunit;

namespace Warden.Tests;

/// <summary>/health, /health/ready and /health/live over real HTTP, on every backend, through database and Redis outages.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private static DatabaseOptions Database(DatabaseType type, string sqlitePath = "", PostgresSettings? postgres = null, bool autoMigrate = true) =>
        WardenOptions.Defaults.Database with { Type = type, SqlitePath = sqlitePath, Postgres = postgres ?? new PostgresSettings(), AutoMigrate = autoMigrate };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetHealthAsync(HttpClient client, string path = "/health")
    {
        using var response = await client.GetAsync(path);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return (response.StatusCode, body);
    }

    /// <summary>Polls until /health answers <paramref name="expected"/>; fails after <paramref name="within"/>.</summary>
    private static async Task<JsonElement> WaitForHealthAsync(HttpClient client, HttpStatusCode expected, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var (status, body) = await GetHealthAsync(client);
            if (status == expected)
                return body;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"/health stayed {status} for {within.TotalSeconds} s: {body}");
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task Memory_backend_is_healthy()
    {
        await using var warden = await RunningWarden.StartAsync(Database(DatabaseType.Memory));

        var (status, body) = await GetHealthAsync(warden.Client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("memory", body.GetProperty("checks").GetProperty("database").GetProperty("backend").GetString());
        Assert.Equal("memory", body.GetProperty("checks").GetProperty("cache").GetProperty("backend").GetString());
    }

    [Fact]
    public async Task The_pages_stay_out_of_the_main_route_table_and_services_so_health_and_the_api_never_build_them()
    {
        await using var warden = await RunningWarden.StartAsync(Database(DatabaseType.Memory));
        var routes = warden.Services.GetRequiredService<EndpointDataSource>();
        static bool IsPage(Endpoint endpoint) => endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;

        Assert.Equal(HttpStatusCode.OK, (await GetHealthAsync(warden.Client)).Status);
        using (var discovery = await warden.Client.GetAsync("/.well-known/openid-configuration"))
            Assert.Equal(HttpStatusCode.OK, discovery.StatusCode);

        // An instance serving machines keeps MVC out of its memory (issue 15, bench/README.md). The pages' own service
        // provider and route table are built on the first request no API endpoint matched, and serve them; the
        // server's provider never registers MVC (FootprintTests checks what the process loads).
        Assert.Contains(routes.Endpoints, endpoint => endpoint.DisplayName == "HTTP: POST /token => HandleAsync");
        Assert.DoesNotContain(routes.Endpoints, IsPage);
        Assert.Null(warden.Services.GetService<Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.PageLoader>());
        using var login = await warden.Client.GetAsync("/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(routes.Endpoints, IsPage);
        Assert.Null(warden.Services.GetService<Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.PageLoader>());
        using var missing = await warden.Client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Sqlite_backend_reports_version_and_latency()
    {
        await using var warden = await RunningWarden.StartAsync(Database(DatabaseType.Sqlite, _directory.File("health.db")));

        var (status, body) = await GetHealthAsync(warden.Client);

        var database = body.GetProperty("checks").GetProperty("database");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("SQLite 3.", database.GetProperty("server_version").GetString());
        Assert.True(database.GetProperty("latency_ms").GetDouble() >= 0);
        Assert.Equal(0, body.GetProperty("checks").GetProperty("schema").GetProperty("pending_migrations").GetInt32());
    }

    [Fact]
    public async Task Without_auto_migration_the_instance_is_live_but_not_ready_until_migrated()
    {
        var path = _directory.File("unmigrated.db");
        await using var warden = await RunningWarden.StartAsync(Database(DatabaseType.Sqlite, path, autoMigrate: false));

        var (readyStatus, readyBody) = await GetHealthAsync(warden.Client, "/health/ready");
        var (liveStatus, _) = await GetHealthAsync(warden.Client, "/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("unhealthy", readyBody.GetProperty("checks").GetProperty("schema").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, liveStatus);

        await using (var storage = new SqliteBackend(path, "", false, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, TimeProvider.System))
            await storage.MigrateAsync();

        Assert.Equal(HttpStatusCode.OK, (await GetHealthAsync(warden.Client, "/health/ready")).Status);
    }

    [Fact]
    public async Task Postgres_outage_turns_health_to_503_and_recovers_without_restart()
    {
        await using var postgres = await PostgresServer.StartPrivateAsync();
        var settings = await postgres.CreateDatabaseAsync("warden") with { ConnectTimeoutSeconds = 2 };
        await using var warden = await RunningWarden.StartAsync(Database(DatabaseType.Postgres, postgres: settings));

        var healthy = await WaitForHealthAsync(warden.Client, HttpStatusCode.OK, TimeSpan.FromSeconds(5));
        Assert.StartsWith("PostgreSQL ", healthy.GetProperty("checks").GetProperty("database").GetProperty("server_version").GetString());

        await postgres.StopAsync(immediate: true);
        var down = await WaitForHealthAsync(warden.Client, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(5));
        Assert.Equal("unhealthy", down.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("healthy", down.GetProperty("checks").GetProperty("cache").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await GetHealthAsync(warden.Client, "/health/live")).Status);

        await postgres.StartAsync();
        var recovered = await WaitForHealthAsync(warden.Client, HttpStatusCode.OK, TimeSpan.FromSeconds(20));
        Assert.Equal("healthy", recovered.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Redis_outage_turns_health_to_503_and_recovers_without_restart()
    {
        await using var redis = await RedisServer.StartPrivateAsync();
        await using var warden = await RunningWarden.StartAsync(Database(DatabaseType.Memory), new CacheOptions(CacheType.Redis, redis.IsolatedSettings()));

        var healthy = await WaitForHealthAsync(warden.Client, HttpStatusCode.OK, TimeSpan.FromSeconds(10));
        Assert.Equal("redis", healthy.GetProperty("checks").GetProperty("cache").GetProperty("backend").GetString());

        redis.Stop();
        var down = await WaitForHealthAsync(warden.Client, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(10));
        Assert.Equal("unhealthy", down.GetProperty("checks").GetProperty("cache").GetProperty("status").GetString());
        Assert.Equal("healthy", down.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());

        await redis.StartAsync();
        await WaitForHealthAsync(warden.Client, HttpStatusCode.OK, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Postgres_and_redis_together_are_healthy()
    {
        var settings = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        var redis = await RedisServer.SharedAsync();
        await using var warden = await RunningWarden.StartAsync(Database(DatabaseType.Postgres, postgres: settings),
            new CacheOptions(CacheType.Redis, redis.IsolatedSettings()));

        var (status, body) = await GetHealthAsync(warden.Client, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("postgres", body.GetProperty("checks").GetProperty("database").GetProperty("backend").GetString());
        Assert.Equal("redis", body.GetProperty("checks").GetProperty("cache").GetProperty("backend").GetString());
    }

    public void Dispose() => _directory.Dispose();
}
