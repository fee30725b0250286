using System.CommandLine;
using Warden.Core.Transfer;

namespace Warden.Cli;

/// <summary>
/// `warden export --output FILE`: a portable snapshot of every table (see <see cref="SnapshotFormat"/>); with --tenant,
/// of that tenant's rows only.
/// </summary>
public static class ExportCommand
{
    private static readonly Option<string> Output = new("--output", "-o")
    {
        Description = "The snapshot file to write (JSON lines); replaced only once the export is complete",
        Required = true,
    };

    public static Command Create()
    {
        var command = new Command("export",
            "Write every table to a portable snapshot file (hashes and encrypted keys as stored: import it where the same master key is used); " +
            "with --tenant, only that tenant's rows")
        {
            Output,
        };
        command.SetAction((parseResult, cancellationToken) => CliStorage.WithStorageAsync(parseResult, async storage =>
        {
            var path = Path.GetFullPath(parseResult.GetValue(Output)!);
            var partial = path + ".partial";
            TransferSummary summary;
            try
            {
                await using (var output = File.Create(partial))
                {
                    summary = parseResult.GetValue(CommonOptions.Tenant) is { } tenant
                        ? await SnapshotTransfer.ExportTenantAsync(storage, output, TimeProvider.System, tenant, cancellationToken)
                        : await SnapshotTransfer.ExportAsync(storage, output, TimeProvider.System, cancellationToken);
                }
                File.Move(partial, path, overwrite: true);
            }
            finally
            {
                File.Delete(partial);
            }
            TransferTable.PrintCounts(summary);
            var of = summary.Header.Tenant is { } only ? $" of tenant {only}" : "";
            Console.WriteLine($"exported {summary.TotalRows} rows{of} from {storage.Location} (schema version {summary.Header.SchemaVersion}) to {path}");
            return 0;
        }, cancellationToken));
        return command;
    }
}
