using Microsoft.AspNetCore.Builder;
using Warden.Configuration;
using Warden.Hosting;
using Warden.Testing;

namespace Warden.Tests;

/// <summary>The real server (Kestrel on a free loopback port) in this process, and an HTTP client for it.</summary>
public sealed class RunningWarden : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningWarden(WebApplication app, HttpClient client, string issuer, TimeProvider time)
    {
        _app = app;
        Client = client;
        Issuer = issuer;
        Time = time;
    }

    public HttpClient Client { get; }

    /// <summary>The server's issuer: its own address unless the test configured a shared one.</summary>
    public string Issuer { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The server's clock, which a test validating the server's tokens checks their lifetimes against.</summary>
    public TimeProvider Time { get; }

    /// <summary>A fixed master key, so tests never write a key file into the working directory.</summary>
    public static readonly string MasterKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    /// <summary>
    /// Starts a server on a free port. A test that needs time to pass gives a <c>FakeTimeProvider</c> as
    /// <paramref name="time"/> and advances it, instead of waiting; without one the server runs on the system clock.
    /// </summary>
    public static async Task<RunningWarden> StartAsync(DatabaseOptions database, CacheOptions? cache = null,
        Func<WardenOptions, WardenOptions>? configure = null, TimeProvider? time = null)
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var options = WardenOptions.Defaults with
        {
            Database = database,
            Cache = cache ?? WardenOptions.Defaults.Cache,
            Server = new ServerOptions(url, url),
            Keys = WardenOptions.Defaults.Keys with { EncryptionKey = MasterKey },
            Logging = new LoggingOptions(Microsoft.Extensions.Logging.LogLevel.Warning, LogFormat.Text),
        };
        options = configure?.Invoke(options) ?? options;
        var app = await WardenServer.BuildAsync(options, time);
        await app.StartAsync();
        return new RunningWarden(app, new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) }, options.Server.Issuer,
            time ?? TimeProvider.System);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
