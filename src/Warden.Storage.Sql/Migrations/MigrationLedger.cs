using Warden.Core.Storage;

namespace Warden.Storage.Sql.Migrations;

/// <summary>Joins the migrations a binary knows with the rows of a database's schema_migrations table.</summary>
public static class MigrationLedger
{
    /// <summary>
    /// Every known migration with its applied time, in order, followed by applied ones this binary does not know
    /// (a database migrated by a newer Warden), so that status never hides them.
    /// </summary>
    public static IReadOnlyList<MigrationStatus> Combine(IReadOnlyList<MigrationScript> known, IReadOnlyList<MigrationStatus> applied)
    {
        var appliedByVersion = applied.ToDictionary(row => row.Version);
        var statuses = known
            .Select(script => new MigrationStatus(script.Version, script.Name,
                appliedByVersion.TryGetValue(script.Version, out var row) ? row.AppliedAt : null))
            .ToList();
        statuses.AddRange(applied.Where(row => known.All(script => script.Version != row.Version)));
        return statuses;
    }
}
