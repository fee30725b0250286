using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Warden.Storage.Sql.Migrations;

/// <summary>
/// The migrations embedded in a storage assembly (migrations/&lt;dialect&gt;/NNNN_name.sql). The files name tables
/// indexes and functions without prefix, so they also run as they are with psql -f or sqlite3; with a prefix configured,
/// every name the files create is rewritten where SQL names a table, index or function (after TABLE, INDEX, FUNCTION [IF EXISTS],
/// ON, REFERENCES, INTO, FROM, JOIN, UPDATE), so a column that shares a table's name (clients.scopes and the scopes
/// table) is left alone. Each file's checksum is taken before the prefix is applied (see <see cref="Checksum"/>).
/// </summary>
public static partial class MigrationCatalog
{
    public static IReadOnlyList<MigrationScript> Load(Assembly assembly, string dialect, TableNames tables)
    {
        var resourcePrefix = $"migrations.{dialect}.";
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(resourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => (FileName: name[resourcePrefix.Length..^".sql".Length], Sql: ReadResource(assembly, name)))
            .ToList();

        var createdNames = files.SelectMany(file => CreatedObjects().Matches(file.Sql).Select(match => match.Groups["name"].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var scripts = files.Select(file => ParseFileName(file.FileName) is var (version, name)
                ? new MigrationScript(dialect, version, name, ApplyPrefix(file.Sql, createdNames, tables.Prefix), Checksum(file.Sql))
                : throw new InvalidOperationException($"migration file '{file.FileName}.sql' is not named NNNN_name.sql"))
            .OrderBy(script => script.Version)
            .ToList();

        var duplicate = scripts.GroupBy(script => script.Version).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"two {dialect} migrations share number {duplicate.Key}");
        return scripts;
    }

    /// <summary>
    /// The SHA-256 (lowercase hex) of a migration file's text with CRLF line endings read as LF, before any table prefix:
    /// the same for every prefix and for a checkout that converts line endings, and what `sha256sum` prints for the
    /// file in the repository.
    /// </summary>
    public static string Checksum(string fileText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fileText.Replace("\r\n", "\n", StringComparison.Ordinal))));

    private static (int Version, string Name)? ParseFileName(string fileName)
    {
        var match = FileNamePattern().Match(fileName);
        return match.Success ? (int.Parse(match.Groups["version"].Value), match.Groups["name"].Value) : null;
    }

    private static string ApplyPrefix(string sql, IReadOnlyList<string> names, string prefix)
    {
        if (prefix.Length == 0 || names.Count == 0)
            return sql;
        var pattern = new Regex(
            $@"\b(?<keyword>(?:TABLE|INDEX)(?:\s+IF\s+NOT\s+EXISTS)?|FUNCTION(?:\s+IF\s+EXISTS)?|ON|REFERENCES|INTO|FROM|JOIN|UPDATE)(?<space>\s+)(?<name>{string.Join('|', names.Select(Regex.Escape))})\b",
            RegexOptions.IgnoreCase);
        return pattern.Replace(sql, match => match.Groups["keyword"].Value + match.Groups["space"].Value + prefix + match.Groups["name"].Value);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)$")]
    private static partial Regex FileNamePattern();

    [GeneratedRegex(@"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:UNIQUE\s+)?(?:TABLE|INDEX|FUNCTION)\s+(?:IF\s+NOT\s+EXISTS\s+)?(?<name>[a-z_][a-z0-9_]*)", RegexOptions.IgnoreCase)]
    private static partial Regex CreatedObjects();
}
