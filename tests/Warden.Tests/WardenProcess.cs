using System.Diagnostics;
using Warden.Cli;
using Warden.Configuration;
using Warden.Testing;

namespace Warden.Tests;

/// <summary>The built `warden` program run as a separate process, with none of the caller's Warden settings leaking in.</summary>
public static class WardenProcess
{
    private static string Program => typeof(WardenCli).Assembly.Location;

    public static Task<ProcessRunner.Result> RunAsync(IEnumerable<string> arguments, string workingDirectory,
        Dictionary<string, string?>? environment = null) =>
        ProcessRunner.RunAsync("dotnet", [Program, .. arguments], workingDirectory, Environment(environment));

    /// <summary>Runs `warden` with <paramref name="input"/> on its standard input (for --secret-stdin and --password-stdin).</summary>
    public static async Task<ProcessRunner.Result> RunWithInputAsync(IEnumerable<string> arguments, string workingDirectory, string input,
        Dictionary<string, string?>? environment = null)
    {
        var startInfo = ProcessRunner.StartInfo("dotnet", [Program, .. arguments], workingDirectory, Environment(environment));
        startInfo.RedirectStandardInput = true;
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new ProcessRunner.Result(process.ExitCode, await output, await error);
    }

    /// <summary>Starts `warden` in the background; the caller stops it.</summary>
    public static Process Start(IEnumerable<string> arguments, string workingDirectory, Dictionary<string, string?>? environment = null)
    {
        var process = new Process { StartInfo = ProcessRunner.StartInfo("dotnet", [Program, .. arguments], workingDirectory, Environment(environment)) };
        process.Start();
        return process;
    }

    /// <summary>
    /// Reads what a started `warden` prints until a line contains <paramref name="text"/>, and returns it all; fails when the
    /// process ends first or the line does not come within <paramref name="within"/> (a deadline, not a wait).
    /// </summary>
    public static async Task<string> ReadUntilAsync(Process process, string text, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        var log = new System.Text.StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            log.AppendLine(line);
            if (line.Contains(text, StringComparison.Ordinal))
                return log.ToString();
        }
        throw new InvalidOperationException($"warden ended without printing '{text}':\n{log}");
    }

    /// <summary>Sends SIGTERM, as an orchestrator stopping a container would.</summary>
    public static async Task<int> TerminateAsync(Process process, TimeSpan within)
    {
        await ProcessRunner.RunAsync("kill", ["-TERM", process.Id.ToString()]);
        using var timeout = new CancellationTokenSource(within);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    private static Dictionary<string, string?> Environment(Dictionary<string, string?>? overrides)
    {
        var environment = ConfigurationKeys.All.SelectMany(key => key.EnvironmentVariables)
            .Concat(ForeignSettings.EnvironmentVariables)
            .Append("WARDEN_CONFIG")
            .ToDictionary(name => name, _ => (string?)null);
        foreach (var (name, value) in overrides ?? [])
            environment[name] = value;
        return environment;
    }
}
