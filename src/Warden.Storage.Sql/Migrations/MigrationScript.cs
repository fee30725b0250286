namespace Warden.Storage.Sql.Migrations;

/// <summary>One numbered migration file, with the table prefix already applied to its SQL.</summary>
public sealed record MigrationScript(int Version, string Name, string Sql);
