using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Storage.Postgres;
using Warden.Testing;
using Xunit;

namespace Warden.Storage.Tests;

/// <summary>What only PostgreSQL needs: plain-SQL migrations usable with psql, and unreachable servers reported as such.</summary>
public sealed class PostgresBehaviourTests
{
    private static string MigrationsDirectory =>
        Path.Combine(RepositoryRoot.Path, "migrations", "postgres");

    [Fact]
    public async Task The_migration_files_run_as_they_are_with_psql()
    {
        var server = await PostgresServer.SharedAsync();
        var settings = await server.CreateDatabaseAsync();
        var url = server.AdminUrl.Replace("/postgres?", $"/{settings.Database}?");

        foreach (var file in Directory.GetFiles(MigrationsDirectory, "*.sql").Order())
        {
            var result = await ProcessRunner.RunAsync("psql", [url, "-v", "ON_ERROR_STOP=1", "-q", "-f", file]);
            Assert.True(result.ExitCode == 0, $"psql -f {Path.GetFileName(file)} failed: {result.Output}");
        }

        // Warden adopts a database prepared by psql: the files are idempotent, so recording them changes nothing.
        await using var storage = new PostgresBackend(settings, "", false, NullLoggerFactory.Instance, TimeProvider.System);
        await storage.MigrateAsync();
        Assert.NotNull(await storage.Tenants.FindAsync(Tenant.DefaultId));
        Assert.Single(await storage.Tenants.ListAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("acme_")]
    public async Task The_cleanup_function_deletes_expired_rows_for_cron_and_takes_the_table_prefix(string prefix)
    {
        var settings = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        await using var storage = new PostgresBackend(settings, prefix, false, NullLoggerFactory.Instance, TimeProvider.System);
        await storage.MigrateAsync();
        var now = DateTimeOffset.UtcNow;
        await storage.Revocations.RevokeAsync(Tenant.DefaultId, "expired", "web", now.AddHours(-1), now.AddHours(-2));
        await storage.Revocations.RevokeAsync(Tenant.DefaultId, "live", "web", now.AddHours(1), now);
        await storage.AuditLog.AppendAsync(new Core.Audit.AuditEvent(Guid.NewGuid(), Tenant.DefaultId, now.AddDays(-10), "login", "success",
            null, null, null, "{}"));
        // #19: an API key expired longer than the 30-day retention ago goes; a recently revoked one stays.
        await storage.Clients.CreateAsync(new Core.Clients.Client { TenantId = Tenant.DefaultId, ClientId = "web", Name = "Web", CreatedAt = now, UpdatedAt = now });
        Core.ApiKeys.ApiKey Key(string publicId) => new()
        {
            TenantId = Tenant.DefaultId, PublicId = publicId, Name = "k", SecretHash = [1], ClientId = "web", Scopes = [], CreatedAt = now.AddDays(-60),
        };
        await storage.ApiKeys.CreateAsync(Key("00000000000000e1") with { ExpiresAt = now.AddDays(-31) });
        await storage.ApiKeys.CreateAsync(Key("00000000000000e2") with { RevokedAt = now.AddDays(-1) });

        await using var connection = new NpgsqlConnection(PostgresConnectionStrings.Build(settings));
        await connection.OpenAsync();
        async Task<long> CleanupAsync(string arguments)
        {
            await using var command = new NpgsqlCommand($"SELECT {prefix}cleanup_expired_data({arguments})", connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }

        Assert.Equal(2, await CleanupAsync(""));
        Assert.Equal(1, await CleanupAsync("interval '1 day'"));
        Assert.Equal(0, await CleanupAsync("interval '1 day'"));
        Assert.True(await storage.Revocations.IsRevokedAsync(Tenant.DefaultId, "live"));
        Assert.Equal(["00000000000000e2"], (await storage.ApiKeys.ListAsync(Tenant.DefaultId)).Select(key => key.PublicId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("acme_")]
    public async Task The_cleanup_function_takes_an_optional_tenant_and_deletes_expired_email_tokens(string prefix)
    {
        var settings = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        await using var storage = new PostgresBackend(settings, prefix, false, NullLoggerFactory.Instance, TimeProvider.System);
        await storage.MigrateAsync();
        var now = DateTimeOffset.UtcNow;
        await storage.Tenants.CreateAsync(new Tenant("acme", "Acme", now));
        foreach (var tenant in new[] { Tenant.DefaultId, "acme" })
        {
            await storage.Revocations.RevokeAsync(tenant, "expired", "web", now.AddHours(-1), now.AddHours(-2));
            var user = new Core.Users.User
            {
                Id = Guid.NewGuid(), TenantId = tenant, Username = "ann", Email = "ann@example.com", SecurityStamp = "stamp", CreatedAt = now,
                UpdatedAt = now,
            };
            await storage.Users.CreateAsync(user);
            Core.Users.EmailToken Link(DateTimeOffset expiresAt) => new()
            {
                Id = Guid.NewGuid(), TenantId = tenant, UserId = user.Id, Purpose = Core.Users.EmailTokenPurpose.Reset, Hash = Guid.NewGuid().ToByteArray(),
                Email = user.Email, CreatedAt = now.AddHours(-2), ExpiresAt = expiresAt,
            };
            await storage.EmailTokens.CreateAsync(Link(now.AddMinutes(-1)));
            await storage.EmailTokens.CreateAsync(Link(now.AddMinutes(30)));
        }

        await using var connection = new NpgsqlConnection(PostgresConnectionStrings.Build(settings));
        await connection.OpenAsync();
        async Task<long> CleanupAsync(string arguments)
        {
            await using var command = new NpgsqlCommand($"SELECT {prefix}cleanup_expired_data({arguments})", connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }
        async Task<long> EmailTokensAsync(string tenant) =>
            await storage.Transfer.CountAsync(Core.Transfer.SnapshotSchema.Find("email_tokens")!, tenant);

        // acme's expired revocation entry and link; the default tenant's stay until a call for every tenant.
        Assert.Equal(2, await CleanupAsync("NULL, 'acme'"));
        Assert.Equal(1, await EmailTokensAsync("acme"));
        Assert.Equal(2, await EmailTokensAsync(Tenant.DefaultId));
        Assert.True(await storage.Revocations.IsRevokedAsync(Tenant.DefaultId, "expired"));
        Assert.Equal(2, await CleanupAsync(""));
        Assert.Equal(1, await EmailTokensAsync(Tenant.DefaultId));
        Assert.Equal(0, await CleanupAsync("interval '1 day'"));
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_as_unavailable()
    {
        var settings = new PostgresSettings { Host = "127.0.0.1", Port = FreePort.Next(), SslMode = "disable", ConnectTimeoutSeconds = 2 };
        await using var storage = new PostgresBackend(settings, "", false, NullLoggerFactory.Instance, TimeProvider.System);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ProbeAsync());
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.Tenants.FindAsync(Tenant.DefaultId));
    }

    [Fact]
    public async Task Instances_behind_pgbouncer_in_transaction_mode_migrate_once_without_a_race()
    {
        var direct = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        var bounced = (await PgBouncerServer.SharedAsync()).Through(direct);
        var instances = Enumerable.Range(0, 4)
            .Select(_ => new PostgresBackend(bounced, "", false, NullLoggerFactory.Instance, TimeProvider.System))
            .ToList();
        try
        {
            var applied = await Task.WhenAll(instances.Select(instance => Task.Run(() => instance.MigrateAsync())));

            var status = await instances[0].GetMigrationStatusAsync();
            Assert.Equal(status.Count, applied.Sum(result => result.Count));
            Assert.All(status, migration => Assert.True(migration.IsApplied));
        }
        finally
        {
            foreach (var instance in instances)
                await instance.DisposeAsync();
        }
    }

    [Fact]
    public async Task Pool_sizes_and_ssl_mode_reach_the_connection_string()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.Build(new PostgresSettings
        {
            MinPoolSize = 2, MaxPoolSize = 7, SslMode = "verify-full", PgBouncer = true,
        }));

        Assert.Equal(2, builder.MinPoolSize);
        Assert.Equal(7, builder.MaxPoolSize);
        Assert.Equal(SslMode.VerifyFull, builder.SslMode);
        Assert.True(builder.NoResetOnClose);
        // Without PgBouncer too: a reset on return would be one more statement and transaction per operation.
        Assert.True(new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.Build(new PostgresSettings())).NoResetOnClose);
        await Task.CompletedTask;
    }

    [Fact]
    public void Statements_are_prepared_on_direct_connections_but_never_through_pgbouncer_nor_for_migrations()
    {
        var direct = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.Build(new PostgresSettings()));
        var bounced = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.Build(new PostgresSettings { PgBouncer = true }));
        var schema = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.Build(new PostgresSettings(), prepareStatements: false));

        Assert.Equal(PostgresConnectionStrings.MaxPreparedStatements, direct.MaxAutoPrepare);
        Assert.Equal(2, direct.AutoPrepareMinUsages);
        Assert.Equal(0, bounced.MaxAutoPrepare);
        Assert.Equal(0, schema.MaxAutoPrepare);
    }
}
