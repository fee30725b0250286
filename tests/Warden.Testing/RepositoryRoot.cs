namespace Warden.Testing;

/// <summary>The checkout's root directory (the one holding Warden.slnx), found from the test binaries upwards.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>How many numbered migrations the checkout has (per dialect), so tests need no edit for each new one.</summary>
    public static int MigrationCount => Directory.GetFiles(System.IO.Path.Combine(Path, "migrations", "sqlite"), "*.sql").Length;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Warden.slnx")))
                return directory.FullName;
        }
        throw new InvalidOperationException("Warden.slnx not found above " + AppContext.BaseDirectory);
    }
}
