using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Audit;
using Warden.Core.Cleanup;
using Warden.Core.Clients;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Transfer;
using Warden.Core.Users;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests.Operations;

/// <summary>
/// Issue #19: export, import, <c>db copy</c> and cleanup of one tenant, between two servers (same master key) on
/// different backends. Tenants acme and globex both hold a client with the same id (each with its own secret), a user,
/// signing keys, audit rows and revocation entries, expired and live. acme's snapshot holds nothing of globex; globex is
/// copied alone into the target; importing acme there leaves globex and the default tenant byte for byte as they were
/// (their table checksums), acme's secret is accepted at acme's token endpoint on the target, refusals change nothing,
/// and a cleanup pass of acme deletes acme's expired rows and none of globex's.
/// </summary>
public abstract class TenantTransferContract<TSource, TTarget> : IDisposable
    where TSource : IServerBackend, new()
    where TTarget : IServerBackend, new()
{
    private static readonly string[] Tenants = ["acme", "globex"];

    private readonly TemporaryDirectory _directory = new();
    private readonly TemporaryDirectory _targetDirectory = new();

    public void Dispose()
    {
        _directory.Dispose();
        _targetDirectory.Dispose();
    }

    private static Task<RunningWarden> StartAsync(DatabaseOptions database) =>
        // No background cleanup: the passes below are the only ones.
        RunningWarden.StartAsync(database with { CleanupInterval = TimeSpan.Zero });

    [Fact]
    public async Task One_tenant_is_exported_copied_imported_and_cleaned_without_touching_the_others()
    {
        await using var source = await StartAsync(await new TSource().CreateAsync(_directory));
        var from = source.Services.GetRequiredService<IStorageBackend>();
        var secrets = new Dictionary<string, string>();
        foreach (var tenant in Tenants)
            secrets[tenant] = await PopulateAsync(source, tenant);
        await source.Services.GetRequiredService<AuditTrail>().FlushAsync();

        // Export acme: the header names it and every row is acme's.
        var snapshot = _directory.File("acme.jsonl");
        await using (var output = File.Create(snapshot))
            await SnapshotTransfer.ExportTenantAsync(from, output, TimeProvider.System, "acme");
        var exported = await SnapshotRowsAsync(snapshot);
        Assert.Equal("acme", exported.Header.Tenant);
        Assert.All(exported.Rows, row => Assert.Equal("acme", row.Table.TenantOf(row.Row)));
        foreach (var table in new[] { "tenants", "clients", "client_secrets", "users", "signing_keys", "revoked_tokens", "audit_logs" })
            Assert.Contains(exported.Rows, row => row.Table.Name == table);
        await using (var output = File.Create(_directory.File("all.jsonl")))
            await SnapshotTransfer.ExportAsync(from, output, TimeProvider.System);
        var acmeExported = await ChecksumsAsync(from, "acme");

        await using var target = await StartAsync(await new TTarget().CreateAsync(_targetDirectory));
        var to = target.Services.GetRequiredService<IStorageBackend>();

        // db copy --tenant globex: globex alone, verified by its checksums; the target's default tenant is left alone.
        var defaultBefore = await ChecksumsAsync(to, Tenant.DefaultId);
        var copied = await BackendCopier.CopyTenantAsync(from, to, "globex", replace: false);
        Assert.All(copied, table => Assert.True(table.Matches, table.Table));
        Assert.Equal(1, copied.Single(table => table.Table == "clients").TargetRows);
        Assert.Null(await to.Tenants.FindAsync("acme"));
        Assert.Equal(defaultBefore, await ChecksumsAsync(to, Tenant.DefaultId));

        // import --tenant acme into the target that holds globex.
        var globexBefore = await ChecksumsAsync(to, "globex");
        await SnapshotTransfer.ImportTenantAsync(() => File.OpenRead(snapshot), to, "acme", replace: false);
        Assert.Equal(globexBefore, await ChecksumsAsync(to, "globex"));
        Assert.Equal(defaultBefore, await ChecksumsAsync(to, Tenant.DefaultId));
        Assert.Equal(acmeExported, await ChecksumsAsync(to, "acme"));
        Assert.Equal(200, (await TokenAsync(target, "acme", secrets["acme"])).Status);
        Assert.Equal(200, (await TokenAsync(target, "globex", secrets["globex"])).Status);
        Assert.Equal(401, (await TokenAsync(target, "acme", secrets["globex"])).Status);
        await target.Services.GetRequiredService<AuditTrail>().FlushAsync();

        // Refused, and nothing changes: acme again without --replace, a tenant neither the snapshot nor the source holds,
        // a snapshot of another tenant, globex copied again without --force, an unknown tenant exported.
        var acmeBefore = await ChecksumsAsync(to, "acme");
        globexBefore = await ChecksumsAsync(to, "globex");
        var again = await Assert.ThrowsAsync<TenantTransferRefusedException>(() =>
            SnapshotTransfer.ImportTenantAsync(() => File.OpenRead(snapshot), to, "acme", replace: false));
        Assert.Matches(@"^the target .* already holds tenant acme \(tenants: 1 row, clients: 1 row, .*\); import --tenant acme --replace replaces it$",
            again.Message);
        var absent = await Assert.ThrowsAsync<TenantTransferRefusedException>(() =>
            SnapshotTransfer.ImportTenantAsync(() => File.OpenRead(_directory.File("all.jsonl")), to, "initech", replace: false));
        Assert.Equal("--tenant initech: the snapshot has no such tenant (it holds acme, default, globex)", absent.Message);
        var other = await Assert.ThrowsAsync<TenantTransferRefusedException>(() =>
            SnapshotTransfer.ImportTenantAsync(() => File.OpenRead(snapshot), to, "globex", replace: true));
        Assert.Equal("--tenant globex: the snapshot holds tenant acme only", other.Message);
        await Assert.ThrowsAsync<TenantTransferRefusedException>(() => BackendCopier.CopyTenantAsync(from, to, "initech", replace: false));
        await Assert.ThrowsAsync<TenantTransferRefusedException>(() => BackendCopier.CopyTenantAsync(from, to, "globex", replace: false));
        await Assert.ThrowsAsync<TenantTransferRefusedException>(() => SnapshotTransfer.ExportTenantAsync(from, Stream.Null, TimeProvider.System, "initech"));
        Assert.Equal(acmeBefore, await ChecksumsAsync(to, "acme"));
        Assert.Equal(globexBefore, await ChecksumsAsync(to, "globex"));

        // A replacement that fails part-way (here: a row of another tenant among acme's) leaves acme as it was.
        var tenantsTable = SnapshotSchema.Find("tenants")!;
        var clientsTable = SnapshotSchema.Find("clients")!;
        var acmeTenant = await to.Transfer.ReadAsync(tenantsTable, "acme").ToListAsync();
        var globexClients = await to.Transfer.ReadAsync(clientsTable, "globex").ToListAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => to.Transfer.ReplaceTenantAsync("acme",
            new[] { (tenantsTable, acmeTenant.ToAsyncEnumerable()), (clientsTable, globexClients.ToAsyncEnumerable()) }.ToAsyncEnumerable()));
        Assert.Equal(acmeBefore, await ChecksumsAsync(to, "acme"));
        Assert.Equal(globexBefore, await ChecksumsAsync(to, "globex"));

        // --replace: acme's rows are replaced by the snapshot's (a client added since and the audit rows of the target's
        // token requests go), globex stays as it was.
        await to.Clients.CreateAsync(new Client { TenantId = "acme", ClientId = "added", Name = "Added", CreatedAt = Now, UpdatedAt = Now });
        await SnapshotTransfer.ImportTenantAsync(() => File.OpenRead(snapshot), to, "acme", replace: true);
        Assert.Null(await to.Clients.FindAsync("acme", "added"));
        Assert.Equal(acmeExported, await ChecksumsAsync(to, "acme"));
        Assert.Equal(globexBefore, await ChecksumsAsync(to, "globex"));

        // cleanup --tenant acme: acme's expired revocation entry goes; globex's stays, as do both live ones.
        var cleaner = new ExpiredDataCleaner(to.ExpiredData, new CleanupOptions(null), TimeProvider.System);
        var report = await cleaner.RunOnceForTenantAsync("acme");
        Assert.NotNull(report);
        Assert.Equal(1, report.Deleted[ExpiredDataKind.RevokedTokens]);
        var revocations = SnapshotSchema.Find("revoked_tokens")!;
        Assert.Equal(1, await to.Transfer.CountAsync(revocations, "acme"));
        Assert.Equal(2, await to.Transfer.CountAsync(revocations, "globex"));
        Assert.Equal(globexBefore, await ChecksumsAsync(to, "globex"));
    }

    private static readonly DateTimeOffset Now = StoredTime.Truncate(DateTimeOffset.UtcNow);

    /// <summary>The tenant with standard scopes, alice, the client "billing" (returns its secret), a token issued and two revocations.</summary>
    private static async Task<string> PopulateAsync(RunningWarden warden, string tenant)
    {
        var storage = warden.Services.GetRequiredService<IStorageBackend>();
        var time = warden.Services.GetRequiredService<TimeProvider>();
        await storage.Tenants.CreateAsync(new Tenant(tenant, tenant.ToUpperInvariant(), time.GetUtcNow()));
        await new Core.Scopes.ScopeAdministration(storage.Scopes, time).EnsureStandardScopesAsync(tenant);
        await new UserAdministration(storage.Users, warden.Services.GetRequiredService<PasswordHasher>(), time)
            .CreateAsync(tenant, "alice", "correct horse battery " + tenant, $"alice@{tenant}.example", UserRole.Regular);
        var (_, secret) = await warden.Services.GetRequiredService<ClientAdministration>()
            .CreateAsync(tenant, OAuthClientHelpers.MachineClient(), "billing");
        var (status, body) = await TokenAsync(warden, tenant, secret!.Value);
        Assert.True(status == 200, body);
        await storage.Revocations.RevokeAsync(tenant, "expired", "billing", Now.AddHours(-1), Now.AddHours(-2));
        await storage.Revocations.RevokeAsync(tenant, "live", "billing", Now.AddHours(1), Now);
        return secret.Value;
    }

    private static async Task<(int Status, string Body)> TokenAsync(RunningWarden warden, string tenant, string secret)
    {
        var (status, body, _) = await warden.PostFormAsync($"/t/{tenant}/token", [new("grant_type", "client_credentials")], "billing", secret);
        return (status, body.ToString());
    }

    /// <summary>Each table's row count and checksum for one tenant.</summary>
    private static async Task<List<string>> ChecksumsAsync(IStorageBackend storage, string tenant) =>
        (await BackendCopier.CompareAsync(storage, storage, tenant)).Select(table => $"{table.Table}:{table.SourceRows}:{table.SourceChecksum}").ToList();

    private static async Task<(SnapshotHeader Header, List<(SnapshotTable Table, object?[] Row)> Rows)> SnapshotRowsAsync(string path)
    {
        await using var input = File.OpenRead(path);
        var reader = await SnapshotReader.OpenAsync(input, CancellationToken.None);
        var rows = new List<(SnapshotTable, object?[])>();
        await foreach (var (table, tableRows) in reader.ReadTablesAsync())
        {
            await foreach (var row in tableRows)
                rows.Add((table, row));
        }
        return (reader.Header, rows);
    }
}

public sealed class MemoryToSqliteTenantTransferTests : TenantTransferContract<MemoryServerBackend, SqliteServerBackend>;
public sealed class SqliteToPostgresTenantTransferTests : TenantTransferContract<SqliteServerBackend, PostgresServerBackend>;
public sealed class PostgresToMemoryTenantTransferTests : TenantTransferContract<PostgresServerBackend, MemoryServerBackend>;
