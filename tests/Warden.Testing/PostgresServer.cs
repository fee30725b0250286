using Npgsql;
using Warden.Storage.Postgres;

namespace Warden.Testing;

/// <summary>
/// A real PostgreSQL for tests: the one named by WARDEN_TEST_POSTGRES_URL (a superuser URL), or a private cluster
/// created with initdb in a temporary directory and started with pg_ctl on a free loopback port. initdb and postgres
/// refuse to run as root, so as root they run as the `postgres` user in a directory it owns.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly Lazy<Task<PostgresServer>> SharedServer = new(CreateShared);
    private readonly string? _dataDirectory;
    private readonly string? _binDirectory;
    private int? _postmasterId;

    private PostgresServer(PostgresSettings admin, string? dataDirectory, string? binDirectory)
    {
        Admin = admin;
        _dataDirectory = dataDirectory;
        _binDirectory = binDirectory;
    }

    /// <summary>Superuser settings for the maintenance database.</summary>
    public PostgresSettings Admin { get; }

    public string AdminUrl => $"postgres://{Admin.User}{(Admin.Password is null ? "" : ":" + Uri.EscapeDataString(Admin.Password))}@{Admin.Host}:{Admin.Port}/{Admin.Database}?sslmode=disable";

    /// <summary>One server for a whole test run (started on first use, stopped when the process exits).</summary>
    public static Task<PostgresServer> SharedAsync() => SharedServer.Value;

    /// <summary>A server of the test's own, which it may stop and start (outage tests).</summary>
    public static async Task<PostgresServer> StartPrivateAsync()
    {
        var bin = FindBinaries();
        var port = FreePort.Next();
        var directory = Directory.CreateTempSubdirectory("warden-pg-").FullName;
        var dataDirectory = Path.Combine(directory, "data");
        var server = new PostgresServer(
            new PostgresSettings { Host = "127.0.0.1", Port = port, Database = "postgres", User = "postgres", SslMode = "disable" },
            dataDirectory, bin);
        if (Environment.UserName == "root")
            await RunCheckedAsync("chown", ["-R", "postgres:postgres", directory]);
        await server.RunAsPostgresAsync("initdb", ["-D", dataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
        File.AppendAllText(Path.Combine(dataDirectory, "postgresql.conf"),
            $"\nport = {port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{directory}'\nfsync = off\n" +
            "max_connections = 300\n");
        await server.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.StopAsync(immediate: true).GetAwaiter().GetResult();
        return server;
    }

    public async Task StartAsync()
    {
        await RunAsPostgresAsync("pg_ctl", ["-D", RequireDataDirectory(), "-l", Path.Combine(RequireDataDirectory(), "server.log"), "-w", "-t", "60", "start"]);
        // pg_ctl detaches the server; its process id is the first line of postmaster.pid.
        _postmasterId = int.Parse(File.ReadLines(Path.Combine(RequireDataDirectory(), "postmaster.pid")).First());
        StartedServers.Record("postgres", _postmasterId.Value);
    }

    /// <summary>Stops the server; <paramref name="immediate"/> aborts like a crash instead of a clean shutdown.</summary>
    public async Task StopAsync(bool immediate = false)
    {
        await RunAsPostgresAsync("pg_ctl", ["-D", RequireDataDirectory(), "-m", immediate ? "immediate" : "fast", "-w", "-t", "60", "stop"], allowFailure: true);
        if (_postmasterId is { } stopped)
            StartedServers.Forget("postgres", stopped);
        _postmasterId = null;
    }

    /// <summary>Creates a new empty database and returns settings for reaching it as the superuser.</summary>
    public async Task<PostgresSettings> CreateDatabaseAsync(string? name = null)
    {
        name ??= "warden_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(PostgresConnectionStrings.Build(Admin));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return Admin with { Database = name };
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataDirectory is not null)
        {
            await StopAsync(immediate: true);
            Directory.Delete(Path.GetDirectoryName(_dataDirectory)!, recursive: true);
        }
    }

    private static async Task<PostgresServer> CreateShared()
    {
        var url = Environment.GetEnvironmentVariable("WARDEN_TEST_POSTGRES_URL");
        if (string.IsNullOrEmpty(url))
            return await StartPrivateAsync();
        var uri = new Uri(url);
        var userInfo = uri.UserInfo.Split(':', 2);
        return new PostgresServer(new PostgresSettings
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } database ? database : "postgres",
            User = Uri.UnescapeDataString(userInfo[0]),
            Password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : null,
            SslMode = "disable",
        }, null, null);
    }

    private string RequireDataDirectory() =>
        _dataDirectory ?? throw new InvalidOperationException("this PostgreSQL is external (WARDEN_TEST_POSTGRES_URL); tests cannot stop or start it");

    private async Task RunAsPostgresAsync(string program, IReadOnlyList<string> arguments, bool allowFailure = false)
    {
        var path = Path.Combine(_binDirectory!, program);
        var result = Environment.UserName == "root"
            ? await ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments], workingDirectory: "/tmp")
            : await ProcessRunner.RunAsync(path, arguments);
        if (result.ExitCode != 0 && !allowFailure)
            throw new InvalidOperationException($"{program} failed ({result.ExitCode}): {result.Output}");
    }

    private static async Task RunCheckedAsync(string program, IReadOnlyList<string> arguments)
    {
        var result = await ProcessRunner.RunAsync(program, arguments);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"{program} failed: {result.Output}");
    }

    private static string FindBinaries()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(version => Path.Combine(version, "bin"))
                : []);
        foreach (var directory in candidates)
        {
            var initdb = Path.Combine(directory, "initdb");
            if (File.Exists(initdb) && File.Exists(Path.Combine(directory, "pg_ctl")))
                return Path.GetDirectoryName(Path.GetFullPath(ResolveLink(initdb)))!;
        }
        throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found on PATH or in /usr/lib/postgresql/*/bin: " +
            "install them (apt-get install postgresql) or set WARDEN_TEST_POSTGRES_URL to a superuser URL");
    }

    private static string ResolveLink(string path) =>
        new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
}
