using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Warden.Configuration;
using Warden.Core.Cleanup;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Storage.Postgres;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests.Operations;

/// <summary>
/// A cleanup pass over 100,000 expired rows on a running server, on every backend, while a client keeps asking for
/// tokens: every expired row goes, every live one stays, and token issuance does not stop.
/// </summary>
public abstract class CleanupContract<TBackend> : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private const int ExpiredRows = 100_000;

    private readonly TemporaryDirectory _directory = new();
    private DatabaseOptions? _database;
    private RunningWarden? _warden;

    public async Task InitializeAsync()
    {
        _database = await new TBackend().CreateAsync(_directory);
        // The background service stays off, so the pass below is the only one.
        _warden = await RunningWarden.StartAsync(_database with { CleanupInterval = TimeSpan.Zero });
    }

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task A_pass_deletes_100_000_expired_rows_in_batches_while_tokens_keep_being_issued()
    {
        var storage = _warden!.Services.GetRequiredService<IStorageBackend>();
        await InsertExpiredRevocationsAsync(storage);
        await storage.Revocations.RevokeAsync(Tenant.DefaultId, "still-live", "bulk", DateTimeOffset.UtcNow.AddHours(1), DateTimeOffset.UtcNow);
        var (client, secret) = await _warden.CreateClientAsync(OAuthClientHelpers.MachineClient());

        using var issuing = new CancellationTokenSource();
        var issued = 0;
        // Every request must succeed: a failed one throws and fails the test when the load task is awaited.
        var load = Task.Run(async () =>
        {
            while (!issuing.IsCancellationRequested)
            {
                await _warden.ClientCredentialsTokenAsync(client.ClientId, secret!);
                issued++;
            }
        });
        var report = await _warden.Services.GetRequiredService<ExpiredDataCleaner>().RunOnceAsync();
        await issuing.CancelAsync();
        await load;

        Assert.NotNull(report);
        Assert.Equal(ExpiredRows, report.Deleted[ExpiredDataKind.RevokedTokens]);
        Assert.True(await storage.Revocations.IsRevokedAsync(Tenant.DefaultId, "still-live"));
        Assert.False(await storage.Revocations.IsRevokedAsync(Tenant.DefaultId, "expired-1"));
        Assert.Equal(0, await storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.RevokedTokens, DateTimeOffset.UtcNow, 10));
        Assert.True(issued > 0, "no token was issued during the pass");
    }

    /// <summary>Bulk-inserts expired revocation entries with the backend's own bulk SQL (row-by-row would take minutes).</summary>
    private async Task InsertExpiredRevocationsAsync(IStorageBackend storage)
    {
        var past = DateTimeOffset.UtcNow.AddHours(-1);
        switch (_database!.Type)
        {
            case DatabaseType.Memory:
                for (var i = 1; i <= ExpiredRows; i++)
                    await storage.Revocations.RevokeAsync(Tenant.DefaultId, "expired-" + i, "bulk", past, past);
                break;
            case DatabaseType.Sqlite:
                await using (var connection = new SqliteConnection($"Data Source={_database.SqlitePath}"))
                {
                    await connection.OpenAsync();
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"""
                        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {ExpiredRows})
                        INSERT INTO revoked_tokens (tenant_id, jti, client_id, expires_at, revoked_at)
                        SELECT 'default', 'expired-' || i, 'bulk', {past.ToUnixTimeMilliseconds()}, {past.ToUnixTimeMilliseconds()} FROM n
                        """;
                    await command.ExecuteNonQueryAsync();
                }
                break;
            case DatabaseType.Postgres:
                await using (var connection = new NpgsqlConnection(PostgresConnectionStrings.Build(_database.Postgres)))
                {
                    await connection.OpenAsync();
                    await using var command = new NpgsqlCommand($"""
                        INSERT INTO revoked_tokens (tenant_id, jti, client_id, expires_at, revoked_at)
                        SELECT 'default', 'expired-' || i, 'bulk', now() - interval '1 hour', now() - interval '1 hour'
                        FROM generate_series(1, {ExpiredRows}) AS i
                        """, connection);
                    await command.ExecuteNonQueryAsync();
                }
                break;
        }
    }
}

public sealed class MemoryCleanupTests : CleanupContract<MemoryServerBackend>;
public sealed class SqliteCleanupTests : CleanupContract<SqliteServerBackend>;
public sealed class PostgresCleanupTests : CleanupContract<PostgresServerBackend>;
