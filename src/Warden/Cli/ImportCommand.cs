using System.CommandLine;
using Warden.Configuration;
using Warden.Core.Transfer;

namespace Warden.Cli;

/// <summary>
/// `warden import --input FILE`: loads a snapshot into the configured, empty database; with --tenant, loads that one
/// tenant into a database that may hold others.
/// </summary>
public static class ImportCommand
{
    private static readonly Option<string> Input = new("--input", "-i") { Description = "The snapshot file `warden export` wrote", Required = true };

    private static readonly Option<bool> Replace = new("--replace")
    {
        Description = "With --tenant: replace the tenant's rows when the database holds it already (by default it is refused)",
    };

    public static Command Create()
    {
        var command = new Command("import",
            "Load a snapshot into the configured database, which must be empty; it is migrated first. Run servers on it with the source's master key. " +
            "With --tenant, load only that tenant (from a snapshot of it or of every tenant) and leave the database's other tenants alone")
        {
            Input, Replace,
        };
        command.SetAction((parseResult, cancellationToken) => CliStorage.WithStorageAsync(parseResult, async storage =>
        {
            var path = Path.GetFullPath(parseResult.GetValue(Input)!);
            if (!File.Exists(path))
                throw new ConfigurationException($"--input {path}: no such file");
            TransferTable.RefuseMemoryTarget(storage, "import");
            var tenant = parseResult.GetValue(CommonOptions.Tenant);
            if (tenant is null && parseResult.GetValue(Replace))
                throw new ConfigurationException("--replace replaces one tenant: give it with --tenant (importing every tenant needs an empty database)");
            TransferSummary summary;
            try
            {
                summary = tenant is null
                    ? await SnapshotTransfer.ImportAsync(() => File.OpenRead(path), storage, cancellationToken)
                    : await SnapshotTransfer.ImportTenantAsync(() => File.OpenRead(path), storage, tenant, parseResult.GetValue(Replace),
                        cancellationToken);
            }
            catch (SnapshotFormatException exception)
            {
                Console.Error.WriteLine($"warden: {path}: {exception.Message}");
                return 2;
            }
            TransferTable.PrintCounts(summary);
            var of = tenant is null ? "" : $" of tenant {tenant}";
            Console.WriteLine($"imported {summary.TotalRows} rows{of} from {path} ({summary.Header.Source}, schema version " +
                              $"{summary.Header.SchemaVersion}, taken {CliFormat.Time(summary.Header.CreatedAt)}) into {storage.Location}");
            return 0;
        }, cancellationToken));
        return command;
    }
}
