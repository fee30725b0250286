using System.Net.Sockets;
using Warden.Storage.Postgres;

namespace Warden.Testing;

/// <summary>
/// PgBouncer in transaction pooling mode in front of the shared test PostgreSQL, on a free loopback port, stopped when
/// the test process exits. It refuses to run as root, so as root it runs as the `postgres` user.
/// </summary>
public sealed class PgBouncerServer
{
    private static readonly Lazy<Task<PgBouncerServer>> SharedServer = new(StartAsync);

    private PgBouncerServer(int port) => Port = port;

    public int Port { get; }

    public static Task<PgBouncerServer> SharedAsync() => SharedServer.Value;

    /// <summary>Settings that reach <paramref name="database"/> through PgBouncer instead of directly.</summary>
    public PostgresSettings Through(PostgresSettings direct) => direct with { Host = "127.0.0.1", Port = Port, PgBouncer = true };

    private static async Task<PgBouncerServer> StartAsync()
    {
        var executable = new[] { "/usr/sbin/pgbouncer", "/usr/bin/pgbouncer" }.FirstOrDefault(File.Exists)
                         ?? throw new InvalidOperationException("pgbouncer was not found: install it (apt-get install pgbouncer)");
        var postgres = await PostgresServer.SharedAsync();
        var port = FreePort.Next();
        var directory = Directory.CreateTempSubdirectory("warden-pgbouncer-").FullName;
        var users = Path.Combine(directory, "users.txt");
        File.WriteAllText(users, $"\"{postgres.Admin.User}\" \"{postgres.Admin.Password ?? ""}\"\n");
        var ini = Path.Combine(directory, "pgbouncer.ini");
        File.WriteAllText(ini, $"""
            [databases]
            * = host={postgres.Admin.Host} port={postgres.Admin.Port}{(postgres.Admin.Password is null ? "" : $" password={postgres.Admin.Password}")}

            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = {port}
            unix_socket_dir =
            auth_type = trust
            auth_file = {users}
            pool_mode = transaction
            max_client_conn = 500
            default_pool_size = 20
            ignore_startup_parameters = extra_float_digits,options
            logfile = {Path.Combine(directory, "pgbouncer.log")}
            """);
        var asPostgres = Environment.UserName == "root";
        if (asPostgres)
            await ProcessRunner.RunAsync("chown", ["-R", "postgres:postgres", directory]);
        // Note: setpriv changes user and then executes pgbouncer in its own process, so the guarded process is pgbouncer
        // itself. runuser stayed in between as a parent: stopping it left pgbouncer running (it took the SIGHUP it then
        // received as an order to re-read its configuration).
        var process = asPostgres
            ? GuardedServer.Start("pgbouncer", "setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", executable, ini], "/tmp")
            : GuardedServer.Start("pgbouncer", executable, [ini]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => process.Stop();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return new PgBouncerServer(port);
            }
            catch (SocketException)
            {
                if (process.HasExited)
                    throw new InvalidOperationException($"pgbouncer exited with code {process.ExitCode}: {File.ReadAllText(Path.Combine(directory, "pgbouncer.log"))}");
                await Task.Delay(50);
            }
        }
        throw new TimeoutException("pgbouncer did not accept connections within 20 s");
    }
}
