using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Xunit;

namespace Warden.Tests.Security;

/// <summary>
/// #14: with an https issuer (TLS ending at a proxy in front of Warden) the cookies are Secure and the session cookie
/// carries the __Host- prefix, and every response asks browsers to use https only (HSTS); an http issuer keeps
/// today's cookie names and sends no HSTS.
/// </summary>
public sealed class HttpsIssuerTests
{
    private const string Password = "correct horse battery";

    private static async Task<RunningWarden> StartAsync(string? issuer)
    {
        var warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, null, options => options with
        {
            Server = issuer is null ? options.Server : options.Server with { Issuer = issuer },
            Passwords = new PasswordHashingOptions(8_192, 1, 1),
        });
        await new UserAdministration(warden.Services.GetRequiredService<IStorageBackend>().Users,
            warden.Services.GetRequiredService<PasswordHasher>(), TimeProvider.System).CreateAsync(Tenant.DefaultId, "alice", Password, null, UserRole.Regular);
        return warden;
    }

    [Fact]
    public async Task With_an_https_issuer_the_session_cookie_has_the_host_prefix_and_both_cookies_are_secure()
    {
        await using var warden = await StartAsync("https://auth.example");
        using var http = LoginForm.CookielessClient(warden);
        var form = await LoginForm.LoadAsync(http);

        var response = await form.PostAsync("alice", Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = LoginForm.SetCookie(response, "__Host-warden_session");
        Assert.NotNull(session);
        Assert.Contains("; secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; path=/", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", session, StringComparison.OrdinalIgnoreCase);
        Assert.Null(LoginForm.SetCookie(response, "warden_session"));
        var antiforgery = form.Page.Headers.GetValues("Set-Cookie").Single(value => value.Contains("ntiforgery", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);

        // The prefixed cookie is the one the server reads back.
        using var page = new HttpRequestMessage(HttpMethod.Get, "/login");
        page.Headers.Add("Cookie", "__Host-warden_session=" + LoginForm.CookieValue(session));
        Assert.Contains("Signed in as <strong>alice</strong>", await (await http.SendAsync(page)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_an_http_issuer_the_cookies_keep_their_names_and_are_not_secure()
    {
        await using var warden = await StartAsync(null);
        using var http = LoginForm.CookielessClient(warden);
        var form = await LoginForm.LoadAsync(http);

        var response = await form.PostAsync("alice", Password);

        var session = LoginForm.SetCookie(response, "warden_session");
        Assert.NotNull(session);
        Assert.DoesNotContain("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", form.Page.Headers.GetValues("Set-Cookie").Single(value => value.Contains("ntiforgery", StringComparison.OrdinalIgnoreCase)),
            StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_an_https_issuer_every_response_carries_HSTS_and_with_http_none_does()
    {
        await using var https = await StartAsync("https://auth.example");
        await using var http = await StartAsync(null);

        foreach (var path in new[] { "/login", "/.well-known/openid-configuration", "/health" })
        {
            var response = await https.Client.GetAsync(path);
            Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
            Assert.False((await http.Client.GetAsync(path)).Headers.Contains("Strict-Transport-Security"), path);
        }
    }
}
