using System.Diagnostics;
using System.Net.Sockets;
using Warden.Cache.Redis;

namespace Warden.Testing;

/// <summary>
/// A real redis-server for tests: the one named by WARDEN_TEST_REDIS_URL, or a private one started on a free
/// loopback port without persistence.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly Lazy<Task<RedisServer>> SharedServer = new(CreateShared);
    private readonly bool _owned;
    private GuardedServer? _process;

    private RedisServer(string host, int port, bool owned)
    {
        Host = host;
        Port = port;
        _owned = owned;
    }

    public string Host { get; }
    public int Port { get; }
    public string Url => $"redis://{Host}:{Port}";
    public RedisSettings Settings => new() { Host = Host, Port = Port };

    /// <summary>
    /// Settings with a key prefix of their own, for a server (or the instances of one deployment) whose sessions and
    /// counters must not meet those of tests running beside it on the shared Redis.
    /// </summary>
    public RedisSettings IsolatedSettings() => Settings with { KeyPrefix = $"warden-test-{Guid.NewGuid():N}:" };

    public static Task<RedisServer> SharedAsync() => SharedServer.Value;

    public static async Task<RedisServer> StartPrivateAsync()
    {
        var server = new RedisServer("127.0.0.1", FreePort.Next(), owned: true);
        await server.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    public async Task StartAsync()
    {
        if (!_owned)
            throw new InvalidOperationException("this Redis is external (WARDEN_TEST_REDIS_URL); tests cannot stop or start it");
        var executable = FindExecutable();
        _process = GuardedServer.Start("redis", executable,
            ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "no"]);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                if (_process.HasExited)
                    throw new InvalidOperationException($"redis-server exited with code {_process.ExitCode}");
                await Task.Delay(50);
            }
        }
        throw new TimeoutException("redis-server did not accept connections within 20 s");
    }

    public void Stop()
    {
        _process?.Stop();
        _process = null;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private static async Task<RedisServer> CreateShared()
    {
        var url = Environment.GetEnvironmentVariable("WARDEN_TEST_REDIS_URL");
        if (string.IsNullOrEmpty(url))
            return await StartPrivateAsync();
        var uri = new Uri(url);
        return new RedisServer(uri.Host, uri.Port > 0 ? uri.Port : 6379, owned: false);
    }

    private static string FindExecutable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
        .Append("/usr/bin").Append("/usr/sbin")
        .Select(directory => Path.Combine(directory, "redis-server"))
        .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException(
            "redis-server was not found: install it (apt-get install redis-server) or set WARDEN_TEST_REDIS_URL");
}
