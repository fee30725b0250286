namespace Warden.Testing;

/// <summary>
/// Writes down the process ids of servers the fixtures start, in the directory WARDEN_TEST_SERVER_PIDS names (when
/// set, as scripts/test.sh does), so that the script stops them even when a test run is interrupted or crashes before
/// the fixtures' own clean-up runs.
/// </summary>
public static class StartedServers
{
    private const string DirectoryVariable = "WARDEN_TEST_SERVER_PIDS";

    /// <summary>Records a running server; <paramref name="name"/> says what it is to whoever reads the directory.</summary>
    public static void Record(string name, int processId)
    {
        if (Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } directory)
            File.WriteAllText(Path.Combine(directory, $"{name}-{processId}.pid"), processId + "\n");
    }

    /// <summary>Removes the record of a server the fixture stopped itself.</summary>
    public static void Forget(string name, int processId)
    {
        if (Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } directory)
            File.Delete(Path.Combine(directory, $"{name}-{processId}.pid"));
    }
}
