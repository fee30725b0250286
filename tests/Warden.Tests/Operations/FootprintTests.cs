using System.Net;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.Operations;

/// <summary>
/// What an idle server keeps out of its memory (issue 15 part 4; bench/README.md, "Footprint, fourth pass"): the real
/// `warden serve` on SQLite, with email and metrics off, answers /health, the token endpoint and discovery without
/// loading MVC, Razor, Components, Data Protection, MimeKit, OpenTelemetry, Npgsql or StackExchange.Redis; the first
/// page loads MVC. Read from the process's own memory map (/proc/PID/maps), since this test process loads them all.
/// </summary>
public sealed class FootprintTests : IDisposable
{
    /// <summary>Assemblies (by name prefix) that a server on SQLite with email and metrics off has no use for before a page.</summary>
    private static readonly string[] NotLoadedBeforeAPage =
    [
        "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Razor", "Microsoft.AspNetCore.Components", "Microsoft.JSInterop",
        "Microsoft.AspNetCore.DataProtection", "Microsoft.AspNetCore.Antiforgery", "MimeKit", "MailKit", "OpenTelemetry",
        "Npgsql", "StackExchange.Redis",
    ];

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task An_idle_server_on_sqlite_loads_neither_mvc_nor_the_mail_metrics_and_drivers_it_does_not_use_until_a_page()
    {
        Assert.True(OperatingSystem.IsLinux(), "this test reads /proc/PID/maps: run it on Linux");
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        using var process = WardenProcess.Start(["serve", "--urls", url], _directory.Path, new()
        {
            ["DB_TYPE"] = "sqlite",
            ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey,
            ["WARDEN_METRICS_ENABLED"] = "false",
        });
        try
        {
            await WardenProcess.ReadUntilAsync(process, "Now listening on", TimeSpan.FromSeconds(90));
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };

            using (var health = await client.GetAsync("/health"))
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            using (var discovery = await client.GetAsync("/.well-known/openid-configuration"))
                Assert.Equal(HttpStatusCode.OK, discovery.StatusCode);
            using (var token = await client.PostAsync("/token", new FormUrlEncodedContent(
                       new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "nobody", ["client_secret"] = "wrong" })))
                Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);

            var idle = LoadedAssemblies(process.Id);
            Assert.Contains("Warden.Storage.Sqlite", idle);
            var unexpected = idle.Where(assembly => NotLoadedBeforeAPage.Any(prefix => assembly.StartsWith(prefix, StringComparison.Ordinal))).Order().ToList();
            Assert.True(unexpected.Count == 0, $"loaded before any page: {string.Join(", ", unexpected)}");

            using (var login = await client.GetAsync("/login"))
                Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            Assert.Contains("Microsoft.AspNetCore.Mvc.RazorPages", LoadedAssemblies(process.Id));

            Assert.Equal(0, await WardenProcess.TerminateAsync(process, TimeSpan.FromSeconds(20)));
            await Task.WhenAll(output, errors);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>The managed assemblies a process has mapped, by file name without ".dll".</summary>
    private static HashSet<string> LoadedAssemblies(int processId) =>
        File.ReadLines($"/proc/{processId}/maps")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length >= 6 && fields[^1].EndsWith(".dll", StringComparison.Ordinal))
            .Select(fields => Path.GetFileNameWithoutExtension(fields[^1]))
            .ToHashSet(StringComparer.Ordinal);
}
