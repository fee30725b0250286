using System.Data.Common;
using System.Diagnostics;
using Warden.Core.Storage;

namespace Warden.Storage.Sql;

/// <summary>Times a database probe from connection acquisition to answer, as a client of the database sees it.</summary>
public static class ProbeTimer
{
    public static async Task<DatabaseProbe> MeasureAsync(SqlDatabase database, string backend,
        Func<DbConnection, Task<string>> readServerVersion, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var version = await database.WithConnectionAsync(readServerVersion, cancellationToken);
        return new DatabaseProbe(backend, version, Stopwatch.GetElapsedTime(started));
    }
}
