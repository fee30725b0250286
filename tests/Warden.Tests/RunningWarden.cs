using Microsoft.AspNetCore.Builder;
using Warden.Configuration;
using Warden.Hosting;

namespace Warden.Tests;

/// <summary>The real server (Kestrel on a free loopback port) in this process, and an HTTP client for it.</summary>
public sealed class RunningWarden : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningWarden(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<RunningWarden> StartAsync(DatabaseOptions database, CacheOptions? cache = null)
    {
        var options = WardenOptions.Defaults with
        {
            Database = database,
            Cache = cache ?? WardenOptions.Defaults.Cache,
            Server = new ServerOptions("http://127.0.0.1:0", "http://localhost"),
            Logging = new LoggingOptions(Microsoft.Extensions.Logging.LogLevel.Warning, LogFormat.Text),
        };
        var app = await WardenServer.BuildAsync(options);
        await app.StartAsync();
        return new RunningWarden(app, new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(30) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
