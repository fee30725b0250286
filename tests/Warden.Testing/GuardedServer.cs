using System.Diagnostics;
using System.Globalization;

namespace Warden.Testing;

/// <summary>
/// A server process that cannot outlive the test process. It runs under a small sh guard holding a pipe from the test
/// process on its standard input; the pipe closes however the test process ends (normally, on a crash or a SIGKILL,
/// also when no ProcessExit handler runs), and the guard then stops the server. <see cref="Stop"/> closes it on purpose.
/// </summary>
public sealed class GuardedServer
{
    // fd 3 keeps the pipe for the watcher: an asynchronous command's standard input would otherwise be /dev/null.
    private const string Guard = """
        exec 3<&0
        "$@" 3<&- </dev/null &
        server=$!
        echo "$server"
        (read -r _ <&3; kill "$server" 2>/dev/null) &
        watcher=$!
        wait "$server"
        status=$?
        kill "$watcher" 2>/dev/null
        exit "$status"
        """;

    private readonly Process _guard;
    private readonly string _name;

    private GuardedServer(Process guard, string name, int serverId)
    {
        _guard = guard;
        _name = name;
        ServerId = serverId;
    }

    /// <summary>The server's own process id.</summary>
    public int ServerId { get; }

    /// <summary>Whether the server has ended.</summary>
    public bool HasExited => _guard.HasExited;

    public int ExitCode => _guard.ExitCode;

    /// <summary>Starts <paramref name="fileName"/> under the guard and records it in <see cref="StartedServers"/>.</summary>
    public static GuardedServer Start(string name, string fileName, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var startInfo = ProcessRunner.StartInfo("sh", ["-c", Guard, name, fileName, .. arguments], workingDirectory);
        startInfo.RedirectStandardInput = true;
        var guard = Process.Start(startInfo)!;
        var serverId = int.Parse(guard.StandardOutput.ReadLine()!, CultureInfo.InvariantCulture);
        // The server's own output is not needed, but must be read so that it never blocks on a full pipe.
        _ = guard.StandardOutput.ReadToEndAsync();
        _ = guard.StandardError.ReadToEndAsync();
        StartedServers.Record(name, serverId);
        return new GuardedServer(guard, name, serverId);
    }

    /// <summary>Stops the server and waits until it has ended.</summary>
    public void Stop()
    {
        if (!_guard.HasExited)
        {
            _guard.StandardInput.Close();
            _guard.WaitForExit();
        }
        StartedServers.Forget(_name, ServerId);
    }
}
