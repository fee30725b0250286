namespace Warden.Storage.Sql.Migrations;

/// <summary>
/// One numbered migration file of a dialect, with the table prefix already applied to its SQL, and the checksum of the
/// file as released (<see cref="MigrationCatalog.Checksum"/>).
/// </summary>
public sealed record MigrationScript(string Dialect, int Version, string Name, string Sql, string Checksum)
{
    /// <summary>The file's path in the repository, for messages.</summary>
    public string FilePath => $"migrations/{Dialect}/{Version:D4}_{Name}.sql";
}
