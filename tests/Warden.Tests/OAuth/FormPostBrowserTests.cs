using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Warden.Configuration;
using Warden.Testing;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.OAuth;

/// <summary>
/// response_mode=form_post is the one page that runs JavaScript (to submit itself), so a real headless Chromium loads
/// it: the script must run under the page's content security policy and the browser must be allowed to post to the
/// client's (loopback) redirect URI.
/// </summary>
public sealed class FormPostBrowserTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private readonly ConcurrentQueue<Dictionary<string, string>> _received = new();
    private RunningWarden? _warden;
    private WebApplication? _client;
    private string _clientUrl = "";

    public async Task InitializeAsync()
    {
        _warden = await StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory });
        _clientUrl = $"http://127.0.0.1:{FreePort.Next()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(_clientUrl);
        builder.Logging.ClearProviders();
        _client = builder.Build();
        _client.MapPost("/cb", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            _received.Enqueue(form.ToDictionary(pair => pair.Key, pair => pair.Value.ToString()));
            return Results.Text("<html><body>received</body></html>", "text/html");
        });
        await _client.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _client!.StopAsync();
        await _client.DisposeAsync();
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Chromium_submits_the_form_post_response_to_the_client()
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
                       ?? throw new InvalidOperationException("Chromium is missing: install it with 'apt-get install chromium' (scripts/test.sh does)");
        var (client, _) = await _warden!.CreateClientAsync(WebClient() with { RedirectUris = ["http://127.0.0.1/cb"] });
        var url = _warden!.Issuer + AuthorizeUrl(client.ClientId, AuthorizationCodeFixture.Pkce.Create(), redirectUri: _clientUrl + "/cb",
            extra: [("prompt", "none"), ("response_mode", "form_post")]);

        var result = await ProcessRunner.RunAsync(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + _directory.File("profile"),
            "--virtual-time-budget=10000", "--dump-dom", url,
        ], timeout: TimeSpan.FromSeconds(60));

        Assert.Contains("received", result.StandardOutput);
        var posted = Assert.Single(_received);
        Assert.Equal("login_required", posted["error"]);
        Assert.Equal("s-123", posted["state"]);
        Assert.Equal(_warden!.Issuer, posted["iss"]);
    }
}
