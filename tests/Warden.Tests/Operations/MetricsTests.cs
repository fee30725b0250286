using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Warden.Configuration;
using Warden.Core.Operations;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests.Operations;

/// <summary>
/// GET /metrics over real HTTP after a few requests, on SQLite with the memory cache and on PostgreSQL with Redis.
/// Warden's and Npgsql's meters are process-wide, so counts are compared as "moved by at least". These tests run
/// alone: ASP.NET Core's meters belong to each server, and OpenTelemetry, which listens by meter name, drops its
/// merged request metric when another test's server is disposed (one server per process, as in production, is fine).
/// </summary>
[Collection(nameof(MetricsTests))]
public sealed partial class MetricsTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public Task Sqlite_with_memory_cache_exposes_every_series() =>
        ExposesEverySeriesAsync(new SqliteServerBackend(), null, "sqlite", "memory");

    [Fact]
    public async Task Postgres_with_redis_exposes_every_series_and_the_pool() =>
        await ExposesEverySeriesAsync(new PostgresServerBackend(),
            new CacheOptions(CacheType.Redis, (await RedisServer.SharedAsync()).IsolatedSettings()), "postgres", "redis");

    [Fact]
    public async Task Metrics_can_be_turned_off()
    {
        await using var warden = await RunningWarden.StartAsync(await new SqliteServerBackend().CreateAsync(_directory),
            configure: options => options with { Metrics = new MetricsOptions(Enabled: false) });

        using var response = await warden.Client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task ExposesEverySeriesAsync(IServerBackend backend, CacheOptions? cache, string backendName, string cacheName)
    {
        await using var warden = await RunningWarden.StartAsync(await backend.CreateAsync(_directory), cache);
        var (client, secret) = await warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        var before = await ScrapeAsync(warden);

        const int issued = 3;
        var tokens = new List<string>();
        for (var i = 0; i < issued; i++)
            tokens.Add(await warden.ClientCredentialsTokenAsync(client.ClientId, secret!));
        // The first introspection misses the revocation cache and fills it, the second hits it.
        await warden.IntrospectAsync(tokens[0], client.ClientId, secret!);
        await warden.IntrospectAsync(tokens[0], client.ClientId, secret!);
        Assert.Equal(HttpStatusCode.OK, (await warden.Client.GetAsync("/health")).StatusCode);
        var badRequest = await warden.PostFormAsync("/token", [new("grant_type", "client_credentials")]);
        Assert.Equal(401, badRequest.Status);
        WardenMetrics.RecordCleanupRowsDeleted("metrics_test", 2);

        using var response = await warden.Client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        var after = Parse(await response.Content.ReadAsStringAsync());

        // Requests and latency by endpoint (route) and outcome (status code).
        Assert.True(Moved(before, after, "http_server_request_duration_seconds_count", new() { ["http_route"] = "/token", ["http_response_status_code"] = "200" }) >= issued);
        Assert.True(Moved(before, after, "http_server_request_duration_seconds_count", new() { ["http_route"] = "/token", ["http_response_status_code"] = "401" }) >= 1);
        Assert.True(Moved(before, after, "http_server_request_duration_seconds_count", new() { ["http_route"] = "/introspect", ["http_response_status_code"] = "200" }) >= 2);
        Assert.True(Moved(before, after, "http_server_request_duration_seconds_count", new() { ["http_route"] = "/health", ["http_response_status_code"] = "200" }) >= 1);
        Assert.Contains(after, sample => sample.Name == "http_server_request_duration_seconds_bucket" && sample.Labels.GetValueOrDefault("http_route") == "/token");

        // Tokens issued by grant type.
        Assert.True(Moved(before, after, "warden_tokens_issued_total", new() { ["grant_type"] = "client_credentials" }) >= issued);

        // Store latency by backend and operation.
        var storeOperations = after.Where(sample => sample.Name == "warden_store_operation_duration_seconds_count"
                                                    && sample.Labels.GetValueOrDefault("backend") == backendName).ToList();
        Assert.Contains(storeOperations, sample => sample.Labels["operation"].StartsWith("ClientStore.", StringComparison.Ordinal) && sample.Value >= 1);
        Assert.All(storeOperations, sample => Assert.Matches(@"^[A-Z][A-Za-z]*\.[A-Z][A-Za-z]*$", sample.Labels["operation"]));
        Assert.Contains(after, sample => sample.Name == "warden_store_operation_duration_seconds_bucket"
                                         && sample.Labels.GetValueOrDefault("backend") == backendName && sample.Labels.GetValueOrDefault("le") == "0.001");

        // Cache hits and misses.
        Assert.True(Moved(before, after, "warden_cache_lookups_total", new() { ["backend"] = cacheName, ["result"] = "miss" }) >= 1);
        Assert.True(Moved(before, after, "warden_cache_lookups_total", new() { ["backend"] = cacheName, ["result"] = "hit" }) >= 1);

        // Cleanup rows deleted, under the name the cleanup service records into.
        Assert.True(Moved(before, after, "warden_cleanup_rows_deleted_total", new() { ["table"] = "metrics_test" }) >= 2);

        // Database pool usage: Npgsql's own meter, for the pool named "warden".
        if (backendName == "postgres")
        {
            foreach (var state in new[] { "idle", "used" })
            {
                Assert.Contains(after, sample => sample.Name == "db_client_connection_count"
                                                 && sample.Labels.GetValueOrDefault("db_client_connection_pool_name") == "warden"
                                                 && sample.Labels.GetValueOrDefault("db_client_connection_state") == state);
            }
            Assert.Contains(after, sample => sample.Name == "db_client_connection_max" && sample.Value > 0);
        }
    }

    private static async Task<List<Sample>> ScrapeAsync(RunningWarden warden) => Parse(await warden.Client.GetStringAsync("/metrics"));

    /// <summary>How much the samples of <paramref name="name"/> that carry every label in <paramref name="labels"/> grew.</summary>
    private static double Moved(List<Sample> before, List<Sample> after, string name, Dictionary<string, string> labels)
    {
        double Sum(List<Sample> samples) => samples
            .Where(sample => sample.Name == name && labels.All(label => sample.Labels.GetValueOrDefault(label.Key) == label.Value))
            .Sum(sample => sample.Value);
        var total = Sum(after);
        Assert.True(total > 0, $"no sample {name}{{{string.Join(',', labels.Select(pair => $"{pair.Key}=\"{pair.Value}\""))}}} in /metrics");
        return total - Sum(before);
    }

    private sealed record Sample(string Name, Dictionary<string, string> Labels, double Value);

    /// <summary>The Prometheus text format: "name{label="value",…} value [timestamp]", comments skipped.</summary>
    private static List<Sample> Parse(string exposition)
    {
        var samples = new List<Sample>();
        foreach (var line in exposition.Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var match = SampleLine().Match(line);
            Assert.True(match.Success, $"not a Prometheus sample line: {line}");
            var labels = LabelPair().Matches(match.Groups["labels"].Value)
                .ToDictionary(pair => pair.Groups[1].Value, pair => Regex.Unescape(pair.Groups[2].Value));
            var value = match.Groups["value"].Value switch
            {
                "+Inf" => double.PositiveInfinity,
                "-Inf" => double.NegativeInfinity,
                var text => double.Parse(text, CultureInfo.InvariantCulture),
            };
            samples.Add(new Sample(match.Groups["name"].Value, labels, value));
        }
        return samples;
    }

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>.*)\})? (?<value>\S+)(?: \d+)?$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}

[CollectionDefinition(nameof(MetricsTests), DisableParallelization = true)]
public sealed class MetricsTestsCollection;
