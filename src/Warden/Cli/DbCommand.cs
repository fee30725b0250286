using System.CommandLine;
using Warden.Configuration;
using Warden.Core.Storage;
using Warden.Storage.Postgres;

namespace Warden.Cli;

/// <summary>`warden db check` and `warden db setup`.</summary>
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

        return new Command("db", "Database utilities") { check, setup };
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
