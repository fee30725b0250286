using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Warden.Testing;

namespace Warden.Tests.OAuth;

/// <summary>A real HTTP server on loopback serving one JSON document, standing in for a client's jwks_uri.</summary>
public sealed class StaticJsonServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticJsonServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public static async Task<StaticJsonServer> StartAsync(string path, string json)
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet(path, () => Results.Text(json, "application/json"));
        await app.StartAsync();
        return new StaticJsonServer(app, url);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
