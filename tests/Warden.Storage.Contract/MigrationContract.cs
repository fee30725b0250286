using Warden.Core.Clients;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Xunit;

namespace Warden.Storage.Contract;

/// <summary>Migration behaviour shared by the SQL backends.</summary>
public abstract class MigrationContract<TFactory> where TFactory : ISqlBackendFactory, new()
{
    private readonly TFactory _factory = new();

    [Fact]
    public async Task A_new_database_has_every_migration_pending_then_applied()
    {
        var database = await _factory.NewDatabaseAsync();
        await using var storage = _factory.Open(database);

        var before = await storage.GetMigrationStatusAsync();
        var applied = await storage.MigrateAsync();
        var after = await storage.GetMigrationStatusAsync();

        Assert.NotEmpty(before);
        Assert.All(before, migration => Assert.False(migration.IsApplied));
        Assert.Equal(1, before[0].Version);
        Assert.Equal("initial", before[0].Name);
        Assert.Equal(before.Select(m => m.Version), applied.Select(m => m.Version));
        Assert.All(after, migration => Assert.True(migration.IsApplied));
    }

    [Fact]
    public async Task Migrating_again_applies_nothing_and_keeps_the_data()
    {
        var database = await _factory.NewDatabaseAsync();
        await using (var first = _factory.Open(database))
        {
            await first.MigrateAsync();
            await first.Tenants.CreateAsync(new Tenant("kept", "Kept", DateTimeOffset.UnixEpoch));
        }

        await using var second = _factory.Open(database);
        Assert.Empty(await second.MigrateAsync());
        Assert.NotNull(await second.Tenants.FindAsync("kept"));
    }

    [Fact]
    public async Task Instances_migrating_at_the_same_moment_apply_each_migration_exactly_once()
    {
        var database = await _factory.NewDatabaseAsync();
        var instances = Enumerable.Range(0, 4).Select(_ => _factory.Open(database)).ToList();
        try
        {
            var results = await Task.WhenAll(instances.Select(instance => Task.Run(() => instance.MigrateAsync())));

            var appliedVersions = results.SelectMany(result => result.Select(migration => migration.Version)).Order().ToList();
            var known = (await instances[0].GetMigrationStatusAsync()).Select(migration => migration.Version).ToList();
            Assert.Equal(known, appliedVersions);
            Assert.All(await instances[1].GetMigrationStatusAsync(), migration => Assert.True(migration.IsApplied));
        }
        finally
        {
            foreach (var instance in instances)
                await instance.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_table_prefix_applies_to_every_table_and_index()
    {
        var database = await _factory.NewDatabaseAsync();
        await using var storage = _factory.Open(database, "acme_");

        await storage.MigrateAsync();
        await storage.Clients.CreateAsync(new Client
        {
            TenantId = Tenant.DefaultId, ClientId = "c", Name = "C", CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
        });

        var objects = await _factory.ListSchemaObjectsAsync(database);
        Assert.Contains("acme_schema_migrations", objects);
        Assert.Contains("acme_clients", objects);
        Assert.Contains("acme_ix_audit_logs_tenant_time", objects);
        Assert.All(objects, name => Assert.StartsWith("acme_", name));
        Assert.NotNull(await storage.Clients.FindAsync(Tenant.DefaultId, "c"));
    }

    [Fact]
    public async Task Two_prefixes_in_one_database_are_independent()
    {
        var database = await _factory.NewDatabaseAsync();
        await using var first = _factory.Open(database, "one_");
        await using var second = _factory.Open(database, "two_");
        await first.MigrateAsync();
        await second.MigrateAsync();

        await first.Tenants.CreateAsync(new Tenant("only-in-one", "One", DateTimeOffset.UnixEpoch));

        Assert.Null(await second.Tenants.FindAsync("only-in-one"));
        Assert.NotNull(await first.Tenants.FindAsync("only-in-one"));
    }

    [Fact]
    public async Task Stores_on_an_unmigrated_database_fail_without_corrupting_it()
    {
        var database = await _factory.NewDatabaseAsync();
        await using var storage = _factory.Open(database);

        await Assert.ThrowsAnyAsync<Exception>(() => storage.Tenants.FindAsync(Tenant.DefaultId));
        await storage.MigrateAsync();
        Assert.NotNull(await storage.Tenants.FindAsync(Tenant.DefaultId));
    }
}
