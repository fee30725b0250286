using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Warden.Core.Storage;
using Warden.Hosting;
using Xunit;
using Warden.Middleware;

namespace Warden.Tests;

/// <summary>
/// The error middleware over real HTTP: an unreachable database is a 503 temporarily_unavailable, any other failure
/// a 500 server_error with a correlation id and none of the exception's text.
/// </summary>
public sealed class ErrorResponseTests : IAsyncLifetime
{
    private const string Internals = "connection string Password=hunter2 at Warden.Secret.Method";
    private WebApplication? _app;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.UseMiddleware<UnhandledErrorMiddleware>();
        _app.MapGet("/storage-down", (HttpContext _) => throw new StorageUnavailableException(Internals));
        _app.MapGet("/bug", (HttpContext _) => throw new InvalidOperationException(Internals));
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    [Fact]
    public async Task An_unreachable_database_is_503_temporarily_unavailable()
    {
        using var response = await _client!.GetAsync("/storage-down");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("temporarily_unavailable", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
        Assert.Equal("WARDEN-SERVER-0002", JsonDocument.Parse(body).RootElement.GetProperty("error_id").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.DoesNotContain("hunter2", body);
    }

    [Fact]
    public async Task An_unexpected_exception_is_500_server_error_with_a_correlation_id_and_no_internals()
    {
        using var response = await _client!.GetAsync("/bug");
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(body).RootElement;

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("server_error", json.GetProperty("error").GetString());
        Assert.Equal("WARDEN-SERVER-0001", json.GetProperty("error_id").GetString());
        Assert.Contains("correlation id", json.GetProperty("error_description").GetString());
        Assert.DoesNotContain("hunter2", body);
        Assert.DoesNotContain("Warden.Secret", body);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        await _app!.StopAsync();
        await _app.DisposeAsync();
    }
}
