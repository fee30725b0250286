using System.CommandLine;
using System.Globalization;
using Warden.Core.Storage;
using Warden.Hosting;

namespace Warden.Cli;

/// <summary>`warden migrate` applies pending migrations; `--status` lists applied and pending ones.</summary>
public static class MigrateCommand
{
    private static readonly Option<bool> Status = new("--status") { Description = "List applied and pending migrations; change nothing" };

    public static Command Create()
    {
        var command = new Command("migrate", "Apply pending database migrations") { Status };
        command.SetAction((parseResult, cancellationToken) => CliStorage.WithStorageAsync(parseResult, async storage =>
        {
            if (storage.Name == "memory")
            {
                Console.WriteLine("memory backend: no schema, nothing to migrate");
                return 0;
            }
            if (parseResult.GetValue(Status))
            {
                Print(await storage.GetMigrationStatusAsync(cancellationToken));
                return 0;
            }
            var applied = await storage.MigrateAsync(cancellationToken);
            foreach (var migration in applied)
                Console.WriteLine($"applied {migration.Version:D4}_{migration.Name}");
            Console.WriteLine(applied.Count == 0 ? $"{storage.Name}: schema is up to date" : $"{storage.Name}: {applied.Count} migration(s) applied");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static void Print(IReadOnlyList<MigrationStatus> migrations)
    {
        Console.WriteLine($"{"VERSION",-8} {"NAME",-32} {"STATUS",-8} APPLIED AT");
        foreach (var migration in migrations)
        {
            Console.WriteLine($"{migration.Version:D4}     {migration.Name,-32} {(migration.IsApplied ? "applied" : "pending"),-8} " +
                              migration.AppliedAt?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        }
        var pending = migrations.Count(migration => !migration.IsApplied);
        Console.WriteLine($"{migrations.Count - pending} applied, {pending} pending");
    }
}
