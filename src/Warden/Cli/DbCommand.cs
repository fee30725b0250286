using System.CommandLine;
using Warden.Configuration;
using Warden.Core.Storage;
using Warden.Core.Transfer;
using Warden.Hosting;
using Warden.Storage.Postgres;

namespace Warden.Cli;

/// <summary>`warden db check`, `warden db setup` and `warden db copy`.</summary>
public static class DbCommand
{
    private static readonly Option<string> AdminUrl = new("--admin-url")
    {
        Description = "A PostgreSQL superuser (or CREATEROLE + CREATEDB) URL, as in postgres://postgres:secret@localhost:5432/postgres",
        Required = true,
    };

    public static Command Create()
    {
        var check = new Command("check", "Connect, run a trivial query and report backend, server version and latency (exit 0 when reachable, 1 when not)");
        check.SetAction((parseResult, cancellationToken) => CliStorage.WithStorageAsync(parseResult, storage => CheckAsync(storage, cancellationToken), cancellationToken));

        var setup = new Command("setup", "Create the configured PostgreSQL role and database from an administrator connection (idempotent)") { AdminUrl };
        setup.SetAction((parseResult, cancellationToken) => SetupAsync(parseResult, cancellationToken));

        var copy = new Command("copy",
            "Copy every table from one database to another (for example sqlite:./data/warden.db to postgres://…), then compare " +
            "row counts and checksums per table; the target must be empty unless --force. With --tenant, copy only that tenant " +
            "and leave the target's other tenants alone (the target must not hold it, unless --force)")
        {
            From, To, Force,
        };
        copy.SetAction((parseResult, cancellationToken) => CopyAsync(parseResult, cancellationToken));

        return new Command("db", "Database utilities") { check, setup, copy };
    }

    private static readonly Option<string> From = new("--from")
    {
        Description = "The source database URL: sqlite:PATH or postgres://user:password@host:5432/db",
        Required = true,
    };

    private static readonly Option<string> To = new("--to") { Description = "The target database URL, same forms as --from", Required = true };

    private static readonly Option<bool> Force = new("--force")
    {
        Description = "Delete every row of a non-empty target first (with --tenant: that tenant's rows); by default such a target is refused, rows are never merged",
    };

    private static async Task<int> CopyAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        // Each URL is resolved like DATABASE_URL given on the command line: the rest (table prefix, POSTGRES_* parts the
        // URL leaves out, echo) comes from the configuration.
        var source = CommonOptions.LoadOptions(parseResult, (ConfigurationKeys.DatabaseUrl, parseResult.GetValue(From), "--from"));
        var target = CommonOptions.LoadOptions(parseResult, (ConfigurationKeys.DatabaseUrl, parseResult.GetValue(To), "--to"));
        using var loggerFactory = WardenLogging.CreateFactory(source.Logging, toStandardError: true);
        // Both come from the same configuration, so the source's notices stand for the two.
        WardenLogging.LogConfigurationNotices(loggerFactory, source);
        await using var from = BackendFactory.CreateStorage(source.Database, loggerFactory, TimeProvider.System);
        await using var to = BackendFactory.CreateStorage(target.Database, loggerFactory, TimeProvider.System);
        TransferTable.RefuseMemoryTarget(to, "db copy");
        if (from.Location == to.Location)
            throw new ConfigurationException($"--from and --to name the same database ({to.Location})");
        Console.WriteLine($"from: {from.Location}");
        Console.WriteLine($"to:   {to.Location}");
        IReadOnlyList<TableComparison> comparisons;
        try
        {
            comparisons = parseResult.GetValue(CommonOptions.Tenant) is { } tenant
                ? await BackendCopier.CopyTenantAsync(from, to, tenant, parseResult.GetValue(Force), cancellationToken)
                : await BackendCopier.CopyAsync(from, to, parseResult.GetValue(Force), cancellationToken);
        }
        catch (SnapshotFormatException exception)
        {
            Console.Error.WriteLine($"warden: {exception.Message}");
            return 2;
        }
        var verified = TransferTable.PrintComparison(comparisons);
        var rows = comparisons.Sum(table => table.TargetRows);
        if (!verified)
        {
            Console.Error.WriteLine("warden: the copy differs from the source (was the source written to during the copy?); " +
                                    "stop the servers using it and run db copy again with --force");
            return 1;
        }
        var of = parseResult.GetValue(CommonOptions.Tenant) is { } copied ? $" of tenant {copied}" : "";
        Console.WriteLine($"copied {rows} rows{of} in {comparisons.Count} tables: row counts and checksums match");
        return 0;
    }

    private static async Task<int> CheckAsync(IStorageBackend storage, CancellationToken cancellationToken)
    {
        Console.WriteLine($"backend:  {storage.Name}");
        Console.WriteLine($"location: {storage.Location}");
        try
        {
            var probe = await storage.ProbeAsync(cancellationToken);
            var migrations = await storage.GetMigrationStatusAsync(cancellationToken);
            Console.WriteLine($"server:   {probe.ServerVersion}");
            Console.WriteLine($"latency:  {probe.Latency.TotalMilliseconds:F2} ms");
            Console.WriteLine($"schema:   {migrations.Count(m => m.IsApplied)} applied, {migrations.Count(m => !m.IsApplied)} pending");
            Console.WriteLine("status:   ok");
            return 0;
        }
        catch (StorageUnavailableException exception)
        {
            Console.WriteLine("status:   unreachable");
            Console.Error.WriteLine($"warden: {exception.Message}");
            return 1;
        }
    }

    private static async Task<int> SetupAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var options = CommonOptions.LoadOptions(parseResult);
        if (options.Database.Type != DatabaseType.Postgres)
            throw new ConfigurationException(
                $"db setup creates a PostgreSQL role and database, but database.type is {options.Database.Type.ToString().ToLowerInvariant()}; " +
                "set DB_TYPE=postgres or DATABASE_URL=postgres://…");
        var admin = ConnectionUrls.ParseDatabaseUrl(parseResult.GetValue(AdminUrl)!, "--admin-url").Postgres
                    ?? throw new ConfigurationException("invalid --admin-url: expected postgres://user:password@host:port/database");
        var adminSettings = new PostgresSettings
        {
            Host = admin.Host,
            Port = admin.Port ?? 5432,
            Database = admin.Database ?? "postgres",
            User = admin.User ?? "postgres",
            Password = admin.Password,
            SslMode = admin.SslMode ?? options.Database.Postgres.SslMode,
        };
        Console.WriteLine($"admin:    {adminSettings.Redacted}");
        Console.WriteLine($"target:   {options.Database.Postgres.Redacted}");
        try
        {
            foreach (var line in await PostgresProvisioner.SetupAsync(adminSettings, options.Database.Postgres, cancellationToken))
                Console.WriteLine(line);
        }
        catch (Npgsql.NpgsqlException exception)
        {
            Console.Error.WriteLine($"warden: db setup failed: {exception.Message.Split('\n')[0]}");
            return 1;
        }
        Console.WriteLine("done: start `warden serve` (or run `warden migrate`) to create the tables");
        return 0;
    }
}
