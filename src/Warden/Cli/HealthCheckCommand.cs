using System.CommandLine;

namespace Warden.Cli;

/// <summary>
/// `warden health-check [--url URL]`: one GET of a running server's /health, for container health checks (the runtime
/// image has no curl). Exit code 0 when it answers 2xx, 1 otherwise; it prints the status either way.
/// </summary>
public static class HealthCheckCommand
{
    public const string DefaultUrl = "http://localhost:8080/health";

    private static readonly Option<string> Url = new("--url")
    {
        Description = "The health endpoint to ask",
        DefaultValueFactory = _ => DefaultUrl,
    };

    private static readonly Option<int> Timeout = new("--timeout")
    {
        Description = "Seconds to wait for the answer",
        DefaultValueFactory = _ => 5,
    };

    public static Command Create()
    {
        var command = new Command("health-check", "Ask a running server's /health; exit code 0 when it is healthy") { Url, Timeout };
        command.SetAction((parseResult, cancellationToken) => CheckAsync(parseResult.GetValue(Url)!, parseResult.GetValue(Timeout), cancellationToken));
        return command;
    }

    private static async Task<int> CheckAsync(string url, int timeoutSeconds, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            Console.Error.WriteLine($"warden: --url must be an http:// or https:// URL, not '{url}'");
            return 2;
        }
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(Math.Max(1, timeoutSeconds)) };
        try
        {
            using var response = await client.GetAsync(uri, cancellationToken);
            Console.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"warden: {uri} did not answer: {exception.Message}");
            return 1;
        }
    }
}
