using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Audit;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests.Security;

/// <summary>
/// #14: behind a reverse proxy every request came from the proxy, so all users shared one per-address limit and the
/// audit trail recorded the proxy. X-Forwarded-For and X-Forwarded-Proto are now believed from server.trusted_proxies
/// only. The test server listens on loopback: trusting 127.0.0.1 makes the test client a trusted proxy; trusting
/// another address makes it an untrusted one whose headers are ignored.
/// </summary>
public sealed class TrustedProxyTests
{
    private const string Password = "correct horse battery";

    private static async Task<RunningWarden> StartAsync(string trustedProxy)
    {
        var warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, null, options => options with
        {
            Server = options.Server with { TrustedProxies = [System.Net.IPNetwork.Parse(trustedProxy)] },
            Limits = options.Limits with { TokenPerMinute = 2 },
            Passwords = new PasswordHashingOptions(8_192, 1, 1),
        });
        await new UserAdministration(warden.Services.GetRequiredService<IStorageBackend>().Users,
            warden.Services.GetRequiredService<PasswordHasher>(), TimeProvider.System).CreateAsync(Tenant.DefaultId, "alice", Password, null, UserRole.Regular);
        return warden;
    }

    private static Task<int> TokenRequestFromAsync(RunningWarden warden, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("client_id", "nobody")]),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return warden.Client.SendAsync(request).ContinueWith(response => (int)response.Result.StatusCode);
    }

    private static async Task<string?> AuditedAddressOfSignInAsync(RunningWarden warden, string forwardedFor)
    {
        using var http = LoginForm.CookielessClient(warden);
        var form = await LoginForm.LoadAsync(http);
        await form.PostAsync("alice", "wrong password", new Dictionary<string, string> { ["X-Forwarded-For"] = forwardedFor });
        await warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        var events = await warden.Services.GetRequiredService<IStorageBackend>().AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId) { EventType = "login" });
        return Assert.Single(events).IpAddress;
    }

    [Fact]
    public async Task Through_a_trusted_proxy_each_forwarded_client_has_its_own_limit_and_is_the_audited_address()
    {
        await using var warden = await StartAsync("127.0.0.1/32");

        var first = new[] { await TokenRequestFromAsync(warden, "203.0.113.1"), await TokenRequestFromAsync(warden, "203.0.113.1"),
            await TokenRequestFromAsync(warden, "203.0.113.1") };
        var second = await TokenRequestFromAsync(warden, "203.0.113.2");
        // A chain: the client, then a proxy that is not trusted; only the trusted hop (loopback) is unwrapped.
        var chained = await TokenRequestFromAsync(warden, "198.51.100.9, 203.0.113.1");

        Assert.Equal([401, 401, 429], first);
        Assert.Equal(401, second);
        Assert.Equal(429, chained);
        Assert.Equal("203.0.113.7", await AuditedAddressOfSignInAsync(warden, "203.0.113.7"));
    }

    [Fact]
    public async Task Through_an_untrusted_proxy_the_forwarded_headers_are_ignored()
    {
        await using var warden = await StartAsync("10.9.8.7/32");

        var statuses = new[] { await TokenRequestFromAsync(warden, "203.0.113.1"), await TokenRequestFromAsync(warden, "203.0.113.2"),
            await TokenRequestFromAsync(warden, "203.0.113.3") };

        Assert.Equal([401, 401, 429], statuses);
        Assert.Equal("127.0.0.1", await AuditedAddressOfSignInAsync(warden, "203.0.113.7"));
    }

    [Fact]
    public async Task A_trusted_proxy_that_says_https_makes_the_session_cookie_secure_and_an_untrusted_one_does_not()
    {
        foreach (var (trusted, secure) in new[] { ("127.0.0.1/32", true), ("10.9.8.7/32", false) })
        {
            await using var warden = await StartAsync(trusted);
            using var http = LoginForm.CookielessClient(warden);
            var form = await LoginForm.LoadAsync(http);

            var response = await form.PostAsync("alice", Password, new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https" });

            var cookie = LoginForm.SetCookie(response, "warden_session");
            Assert.NotNull(cookie);
            Assert.Equal(secure, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        }
    }
}
