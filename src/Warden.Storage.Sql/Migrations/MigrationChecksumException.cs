using Warden.Core.Storage;

namespace Warden.Storage.Sql.Migrations;

/// <summary>
/// A migration recorded as applied whose file in this build differs from the one applied: a released migration was
/// edited. Migrating stops before changing anything, because the schema may no longer be what the stores expect.
/// </summary>
public sealed class MigrationChecksumException(MigrationScript script, string recordedChecksum, string ledgerTable)
    : StorageException(
        $"migration {script.FilePath} was applied with checksum {recordedChecksum[..Math.Min(12, recordedChecksum.Length)]}… " +
        $"but this build's file has {script.Checksum[..12]}…: a released migration file was edited; put the released file back " +
        $"and make the change a new numbered migration (if the database really matches the edited file, set checksum to NULL " +
        $"in {ledgerTable} for version {script.Version} and migrate again)")
{
    public MigrationScript Script { get; } = script;
}
