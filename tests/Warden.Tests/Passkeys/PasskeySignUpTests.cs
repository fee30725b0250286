using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Passkeys;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Tests.Account;
using Warden.Tests.SelfService;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.Passkeys;

/// <summary>
/// Sign-up with a passkey instead of a password (sign-up open, mail to a test SMTP server): the account has no
/// password, signs in with the passkey once its address is verified, and cannot remove its only passkey.
/// </summary>
public sealed class PasskeySignUpTests : IAsyncLifetime
{
    private TestSmtpServer _smtp = null!;
    private RunningWarden? _warden;
    private RunningWarden Warden => _warden!;

    public async Task InitializeAsync()
    {
        _smtp = TestSmtpServer.Start();
        _warden = await StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory },
            options => SelfServiceFixture.WithEmail(options, _smtp.Port));
    }

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task A_passkey_only_account_is_verified_by_email_signs_in_with_its_passkey_and_keeps_its_last_passkey()
    {
        using var authenticator = new SoftwareAuthenticator("127.0.0.1", Warden.Client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        using var browser = new Browser(Warden);
        var missingName = await browser.PostJsonAsync("/passkeys/sign-up/options", """{"email":"ann@example.org"}""");
        Assert.Equal((HttpStatusCode.BadRequest, "name"), (missingName.Status, missingName.Body.GetProperty("field").GetString()));

        var (status, options) = await browser.PostJsonAsync("/passkeys/sign-up/options", """{"email":"ann@example.org","name":"Ann Example"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        var finished = await browser.FinishAsync("/passkeys/sign-up", options.GetProperty("ceremony").GetString()!,
            authenticator.Create(options.GetProperty("publicKey")));
        Assert.True(finished.Status == HttpStatusCode.OK, finished.Body.ToString());
        Assert.Equal("/signup?sent=true", finished.Body.GetProperty("redirect").GetString());
        Assert.Contains("id=\"sent\"", await (await browser.GetAsync("/signup?sent=true")).Content.ReadAsStringAsync());

        var storage = Warden.Services.GetRequiredService<IStorageBackend>();
        var ann = (await storage.Users.FindByEmailAsync(Tenant.DefaultId, "ann@example.org"))!;
        Assert.Null(ann.PasswordHash);
        Assert.Equal(global::Warden.Passkeys.PasskeyCeremonies.UserHandle(ann.Id), authenticator.UserHandle);
        var passkey = Assert.Single(await storage.Passkeys.ListAsync(Tenant.DefaultId, ann.Id));

        // Not verified yet: the passkey is refused like a password would be.
        Assert.Equal("user_unavailable", PasskeyRequests.ReasonOf((await browser.SignInWithPasskeyAsync(authenticator)).Body));
        var link = TestSmtpServer.LinkIn(await _smtp.NextAsync("ann@example.org"), "/signup/verify");
        var (verified, _) = await browser.FollowLinkAsync(link);
        Assert.True(verified.IsSuccessStatusCode || verified.StatusCode == HttpStatusCode.Found, $"{(int)verified.StatusCode}");

        var signedIn = await browser.SignInWithPasskeyAsync(authenticator);
        Assert.True(signedIn.Status == HttpStatusCode.OK, signedIn.Body.ToString());
        Assert.Equal("ann@example.org", await browser.SignedInAsAsync());

        // Her only way to sign in: removing it is refused, and it stays.
        var removal = await browser.PostAsync("RemovePasskey", ("id", passkey.Id.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, removal.StatusCode);
        Assert.Contains("only way to sign in", WebUtility.HtmlDecode(await removal.Content.ReadAsStringAsync()));
        Assert.Single(await storage.Passkeys.ListAsync(Tenant.DefaultId, ann.Id));
    }
}
