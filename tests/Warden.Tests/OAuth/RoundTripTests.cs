using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Warden.Configuration;
using Warden.Storage.Postgres;
using Warden.Testing;
using Xunit;
using Xunit.Abstractions;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.OAuth;

/// <summary>
/// What a refresh rotation and an authorization code redemption (with the family's first refresh token) cost
/// PostgreSQL in the steady state: at most 3 transactions and 2 row writes each, audit included. Counted exactly from
/// pg_stat_database of a database of the test's own. Every measured phase runs a server of its own: its backends
/// report their counters when they end at its shutdown, so the counters are complete once the database has no
/// backend left and they stop changing. A phase of one operation is subtracted from a phase of 1 + N operations, so
/// that start-up, shutdown, the audit flush and the first request's cache misses cancel out. The expired-data cleanup
/// is off: it is background work, not the requests' cost.
/// </summary>
public sealed class RoundTripTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Few enough that no table of the database reaches autovacuum's analyze threshold (50 changed rows) during the test.</summary>
    private const int Operations = 10;

    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = PinnedTime.StartingNow();

    public void Dispose() => _directory.Dispose();

    private sealed record Counters(long Transactions, long RowWrites)
    {
        public static Counters operator -(Counters a, Counters b) => new(a.Transactions - b.Transactions, a.RowWrites - b.RowWrites);
    }

    [Fact]
    public async Task A_rotation_and_a_redemption_each_cost_at_most_three_transactions_and_two_row_writes_on_PostgreSQL()
    {
        var server = await PostgresServer.SharedAsync();
        var settings = await server.CreateDatabaseAsync();
        // The cleanup pass each server runs at start is cut short by a fast phase's shutdown and not by a slow one's, so
        // it would make the difference between two phases depend on the machine's load.
        var database = WardenOptions.Defaults.Database with { Type = DatabaseType.Postgres, Postgres = settings, CleanupInterval = TimeSpan.Zero };

        var pkce = Pkce.Create();
        string clientId, secret, refreshToken;
        var codes = new Queue<string>();
        await using (var setup = await StartAsync(database, time: _time))
        {
            var (client, clientSecret) = await setup.CreateClientAsync(WebClient());
            (clientId, secret) = (client.ClientId, clientSecret!);
            using var browser = new Browser(setup);
            for (var i = 0; i < 2 * (Operations + 1) + 1; i++)
                codes.Enqueue((await browser.AuthorizeAsync(AuthorizeUrl(clientId, pkce)))["code"]);
            var (_, tokens, _) = await setup.RedeemAsync(codes.Dequeue(), clientId, secret, pkce.Verifier);
            // The family's first rotation records the family; the measured ones are the steady state after it.
            var (_, rotated, _) = await setup.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!, clientId, secret);
            refreshToken = rotated.GetProperty("refresh_token").GetString()!;
        }
        // Resets every table's count of changed rows, so that autovacuum leaves the database alone while it is measured.
        await using (var connection = new NpgsqlConnection(PostgresConnectionStrings.Build(settings) + ";Pooling=false"))
        {
            await connection.OpenAsync();
            await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", connection);
            await vacuum.ExecuteNonQueryAsync();
        }

        async Task RotateAsync(RunningWarden warden)
        {
            var (status, body, _) = await warden.RefreshAsync(refreshToken, clientId, secret);
            Assert.Equal(200, status);
            refreshToken = body.GetProperty("refresh_token").GetString()!;
        }

        async Task RedeemAsync(RunningWarden warden)
        {
            var (status, body, _) = await warden.RedeemAsync(codes.Dequeue(), clientId, secret, pkce.Verifier);
            Assert.Equal(200, status);
            Assert.True(body.TryGetProperty("refresh_token", out _));
        }

        var rotation = await PerOperationAsync(server, database, settings.Database, RotateAsync);
        var redemption = await PerOperationAsync(server, database, settings.Database, RedeemAsync);

        output.WriteLine($"per rotation: {rotation.Transactions} transactions, {rotation.RowWrites} row writes; " +
            $"per redemption: {redemption.Transactions} transactions, {redemption.RowWrites} row writes");
        // The bound is three; a rotation of the token this instance wrote last takes one (no read before it).
        Assert.InRange(rotation.Transactions, 1, 1.5);
        Assert.InRange(rotation.RowWrites, 1, 2);
        Assert.InRange(redemption.Transactions, 1, 3);
        Assert.InRange(redemption.RowWrites, 1, 2);
    }

    /// <summary>The cost of one more <paramref name="operation"/>: a phase of 1 + N of them less a phase of one, averaged over N.</summary>
    private async Task<(double Transactions, double RowWrites)> PerOperationAsync(PostgresServer server, DatabaseOptions database, string name,
        Func<RunningWarden, Task> operation)
    {
        async Task<Counters> PhaseAsync(int count)
        {
            var before = await SettledCountersAsync(server, name);
            await using (var warden = await RunningWarden.StartAsync(database, time: _time))
            {
                for (var i = 0; i < count; i++)
                    await operation(warden);
            }
            return await SettledCountersAsync(server, name) - before;
        }

        var one = await PhaseAsync(1);
        var many = await PhaseAsync(1 + Operations);
        var difference = many - one;
        return ((double)difference.Transactions / Operations, (double)difference.RowWrites / Operations);
    }

    /// <summary>
    /// The database's committed and rolled back transactions, less the one each new connection's start-up commits (the
    /// pool opens as many as concurrent work asks for, which differs between runs; the steady state opens none), and its
    /// inserted, updated and deleted rows, once no backend is connected to it and two reads 200 ms apart agree (a
    /// backend reports its counters as it exits).
    /// </summary>
    private static async Task<Counters> SettledCountersAsync(PostgresServer server, string name)
    {
        await using var connection = new NpgsqlConnection(PostgresConnectionStrings.Build(server.Admin));
        await connection.OpenAsync();
        Counters? previous = null;
        var backends = 0;
        for (var attempt = 0; attempt < 150; attempt++)
        {
            await using var command = new NpgsqlCommand(
                "SELECT numbackends, xact_commit + xact_rollback - sessions, tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = @name",
                connection);
            command.Parameters.AddWithValue("name", name);
            await using (var reader = await command.ExecuteReaderAsync())
            {
                Assert.True(await reader.ReadAsync());
                backends = reader.GetInt32(0);
                var current = new Counters(reader.GetInt64(1), reader.GetInt64(2));
                if (backends == 0 && current == previous)
                    return current;
                previous = backends == 0 ? current : null;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"pg_stat_database for {name} did not settle within 30 s ({backends} backends connected, last {previous})");
    }
}
