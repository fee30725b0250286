using Warden.Configuration;
using Warden.Core.Storage;
using Warden.Core.Transfer;

namespace Warden.Cli;

/// <summary>What export, import and `db copy` print, and the checks they share.</summary>
public static class TransferTable
{
    public static void PrintCounts(TransferSummary summary)
    {
        Console.WriteLine($"{"TABLE",-22} {"ROWS",10}");
        foreach (var (table, rows) in summary.Tables)
            Console.WriteLine($"{table,-22} {rows,10}");
    }

    /// <summary>Prints the verification of a copy; true when every table matches.</summary>
    public static bool PrintComparison(IReadOnlyList<TableComparison> comparisons)
    {
        Console.WriteLine($"{"TABLE",-22} {"SOURCE",10} {"TARGET",10}  {"CHECKSUM",-16}  RESULT");
        foreach (var table in comparisons)
        {
            Console.WriteLine($"{table.Table,-22} {table.SourceRows,10} {table.TargetRows,10}  {table.TargetChecksum[..16]}  " +
                              (table.Matches ? "ok" : table.SourceRows != table.TargetRows ? "ROW COUNT DIFFERS" : "CHECKSUM DIFFERS"));
        }
        return comparisons.All(table => table.Matches);
    }

    /// <summary>A memory database ends with this process: loading data into it from the command line would lose it.</summary>
    public static void RefuseMemoryTarget(IStorageBackend target, string verb)
    {
        if (target.Name == "memory")
            throw new ConfigurationException(
                $"{verb} into the memory backend would lose the data when warden exits; choose a sqlite: or postgres:// database");
    }
}
