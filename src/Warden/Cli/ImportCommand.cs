using System.CommandLine;
using Warden.Configuration;
using Warden.Core.Transfer;

namespace Warden.Cli;

/// <summary>`warden import --input FILE`: loads a snapshot into the configured, empty database.</summary>
public static class ImportCommand
{
    private static readonly Option<string> Input = new("--input", "-i") { Description = "The snapshot file `warden export` wrote", Required = true };

    public static Command Create()
    {
        var command = new Command("import",
            "Load a snapshot into the configured database, which must be empty; it is migrated first. Run servers on it with the source's master key")
        {
            Input,
        };
        command.SetAction((parseResult, cancellationToken) => CliStorage.WithStorageAsync(parseResult, async storage =>
        {
            var path = Path.GetFullPath(parseResult.GetValue(Input)!);
            if (!File.Exists(path))
                throw new ConfigurationException($"--input {path}: no such file");
            TransferTable.RefuseMemoryTarget(storage, "import");
            TransferSummary summary;
            try
            {
                summary = await SnapshotTransfer.ImportAsync(() => File.OpenRead(path), storage, cancellationToken);
            }
            catch (SnapshotFormatException exception)
            {
                Console.Error.WriteLine($"warden: {path}: {exception.Message}");
                return 2;
            }
            TransferTable.PrintCounts(summary);
            Console.WriteLine($"imported {summary.TotalRows} rows from {path} ({summary.Header.Source}, schema version " +
                              $"{summary.Header.SchemaVersion}, taken {CliFormat.Time(summary.Header.CreatedAt)}) into {storage.Location}");
            return 0;
        }, cancellationToken));
        return command;
    }
}
