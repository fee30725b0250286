using System.Text.RegularExpressions;
using Warden.Storage.Postgres;
using Warden.Storage.Sql;
using Warden.Storage.Sql.Migrations;
using Warden.Storage.Sqlite;
using Warden.Testing;
using Xunit;

namespace Warden.Storage.Tests;

/// <summary>The two dialect folders hold the same numbered files, and each backend embeds exactly its folder's files.</summary>
public sealed partial class MigrationFilesTests
{
    private static readonly string Migrations = Path.Combine(RepositoryRoot.Path, "migrations");

    [Fact]
    public void Both_dialects_have_the_same_numbered_files_without_gaps()
    {
        var postgres = FileNames("postgres");
        var sqlite = FileNames("sqlite");

        Assert.Equal(postgres, sqlite);
        Assert.All(postgres, name => Assert.Matches(FileNamePattern(), name));
        Assert.Equal(Enumerable.Range(1, postgres.Count), postgres.Select(name => int.Parse(name[..4])));
    }

    [Fact]
    public void Each_backend_embeds_every_file_of_its_folder_with_the_file_checksum()
    {
        AssertEmbedded(typeof(SqliteBackend).Assembly, "sqlite");
        AssertEmbedded(typeof(PostgresBackend).Assembly, "postgres");
    }

    private static void AssertEmbedded(System.Reflection.Assembly assembly, string dialect)
    {
        var scripts = MigrationCatalog.Load(assembly, dialect, new TableNames(""));
        Assert.Equal(FileNames(dialect), scripts.Select(script => Path.GetFileName(script.FilePath)).ToList());
        Assert.All(scripts, script => Assert.Equal(
            MigrationCatalog.Checksum(File.ReadAllText(Path.Combine(RepositoryRoot.Path, script.FilePath))), script.Checksum));
    }

    private static List<string> FileNames(string dialect) =>
        Directory.GetFiles(Path.Combine(Migrations, dialect)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    [GeneratedRegex(@"^\d{4}_[a-z0-9_]+\.sql$")]
    private static partial Regex FileNamePattern();
}
