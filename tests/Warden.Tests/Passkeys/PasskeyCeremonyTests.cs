using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Warden.Configuration;
using Warden.Core.Audit;
using Warden.Core.Passkeys;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.Passkeys;

/// <summary>
/// The passkey ceremonies over HTTP with a software authenticator (no browser): registration and sign-in, the amr and
/// acr of the ID token after a passkey sign-in, acr_values=phr, and each refusal (other origin, other RP id, a reused or
/// expired challenge, a removed credential, a counter going backwards, malformed bodies), each audited.
/// </summary>
public sealed class PasskeyCeremonyTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = PinnedTime.StartingNow();
    private RunningWarden? _warden;
    private RunningWarden Warden => _warden!;
    private string Origin => Warden.Client.BaseAddress!.GetLeftPart(UriPartial.Authority);

    public async Task InitializeAsync() =>
        _warden = await StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, time: _time);

    public async Task DisposeAsync() => await _warden!.DisposeAsync();

    private SoftwareAuthenticator NewAuthenticator() => new("127.0.0.1", Origin);

    private async Task<SoftwareAuthenticator> RegisteredAsync()
    {
        var authenticator = NewAuthenticator();
        using var browser = new Browser(Warden);
        await browser.SignInAsync("alice", Password);
        await browser.RegisterAsync(authenticator);
        return authenticator;
    }

    private async Task<IReadOnlyList<AuditEvent>> AuditedAsync(string eventType)
    {
        await Warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        return await Warden.Services.GetRequiredService<IStorageBackend>().AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId) { EventType = eventType });
    }

    [Fact]
    public async Task A_registered_passkey_signs_in_and_the_id_token_says_swk_user_pin_with_acr_phr()
    {
        using var authenticator = await RegisteredAsync();
        var stored = Assert.Single(await Warden.Services.GetRequiredService<IPasskeyStore>().ListAsync(Tenant.DefaultId,
            (await Warden.Services.GetRequiredService<IStorageBackend>().Users.FindByUsernameAsync(Tenant.DefaultId, "alice"))!.Id));
        Assert.Equal("Laptop", stored.Name);
        Assert.Equal(["internal", "hybrid"], stored.Transports);
        Assert.True(stored.BackupEligible);

        var (client, secret) = await Warden.CreateClientAsync(WebClient());
        using var browser = new Browser(Warden);
        var pkce = Pkce.Create();
        var login = await browser.FollowAsync(AuthorizeUrl(client.ClientId, pkce));
        Assert.Equal("/login", login.RequestMessage!.RequestUri!.AbsolutePath);
        var returnUrl = Uri.UnescapeDataString(login.RequestMessage.RequestUri.Query.Split("returnUrl=")[1]);

        var (status, body) = await browser.SignInWithPasskeyAsync(authenticator, returnUrl);
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal(returnUrl, body.GetProperty("redirect").GetString());
        var page = await browser.FollowAsync(returnUrl);
        if (page.StatusCode == HttpStatusCode.OK)
            page = await browser.DecideAsync(page, "allow");
        var code = CallbackParameters(page)["code"];
        var (tokenStatus, tokens, _) = await Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier);

        Assert.Equal(200, tokenStatus);
        var idToken = await Warden.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!, client.ClientId);
        Assert.Equal(["swk", "user", "pin"], idToken.GetPayloadValue<string[]>("amr"));
        Assert.Equal("phr", idToken.GetPayloadValue<string>("acr"));
        Assert.Equal(1, Assert.Single(await Warden.Services.GetRequiredService<IPasskeyStore>().ListAsync(Tenant.DefaultId, stored.UserId)).SignCount);
        Assert.Contains(await AuditedAsync("passkey_sign_in"), audited => audited.Outcome == "success");
        Assert.Contains(await AuditedAsync("passkey_registered"), audited => audited.Outcome == "success");
    }

    [Fact]
    public async Task Without_user_verification_the_amr_has_user_but_not_pin_and_discovery_advertises_phr()
    {
        using var authenticator = await RegisteredAsync();
        authenticator.UserVerified = false;
        using var browser = new Browser(Warden);
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInWithPasskeyAsync(authenticator)).Status);
        var (client, secret) = await Warden.CreateClientAsync(WebClient());
        var pkce = Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(client.ClientId, pkce)))["code"];
        var (_, tokens, _) = await Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier);
        var idToken = await Warden.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!, client.ClientId);
        Assert.Equal(["swk", "user"], idToken.GetPayloadValue<string[]>("amr"));

        using var discovery = JsonDocument.Parse(await Warden.Client.GetStringAsync("/.well-known/openid-configuration"));
        Assert.Equal(["phr"], discovery.RootElement.GetProperty("acr_values_supported").EnumerateArray().Select(value => value.GetString()));
    }

    [Fact]
    public async Task Acr_values_phr_sends_a_password_session_back_to_sign_in_and_a_passkey_session_through()
    {
        using var authenticator = await RegisteredAsync();
        var (client, _) = await Warden.CreateClientAsync(WebClient());
        var url = AuthorizeUrl(client.ClientId, Pkce.Create(), extra: [("acr_values", "phr")]);
        using var password = new Browser(Warden);
        await password.SignInAsync("alice", Password);
        var again = await password.GetAsync(url);
        Assert.Equal(HttpStatusCode.Found, again.StatusCode);
        Assert.StartsWith("/login", again.Headers.Location!.ToString());
        Assert.Contains("id=\"passkey-required\"", await (await password.GetAsync(again.Headers.Location!.ToString())).Content.ReadAsStringAsync());

        using var passkey = new Browser(Warden);
        Assert.Equal(HttpStatusCode.OK, (await passkey.SignInWithPasskeyAsync(authenticator)).Status);
        var through = await passkey.GetAsync(url);
        Assert.DoesNotContain("/login", through.Headers.Location?.ToString() ?? "");
    }

    [Fact]
    public async Task An_assertion_for_another_origin_or_rp_id_is_refused()
    {
        using var authenticator = await RegisteredAsync();
        using var browser = new Browser(Warden);

        var begun = await browser.BeginAsync("/passkeys/sign-in/options");
        var otherOrigin = await browser.FinishAsync("/passkeys/sign-in", begun.Ceremony, authenticator.Assert(begun.PublicKey, origin: "https://phish.example"));
        begun = await browser.BeginAsync("/passkeys/sign-in/options");
        var otherRpId = await browser.FinishAsync("/passkeys/sign-in", begun.Ceremony, authenticator.Assert(begun.PublicKey, rpId: "phish.example"));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid"), (otherOrigin.Status, PasskeyRequests.ReasonOf(otherOrigin.Body)));
        Assert.Equal((HttpStatusCode.BadRequest, "invalid"), (otherRpId.Status, PasskeyRequests.ReasonOf(otherRpId.Body)));
        Assert.Null(await browser.SignedInAsAsync());
        Assert.Equal(2, (await AuditedAsync("passkey_sign_in")).Count(audited => audited.Outcome == "failure"));
    }

    [Fact]
    public async Task A_challenge_answers_once_and_not_after_it_expires()
    {
        using var authenticator = await RegisteredAsync();
        using var browser = new Browser(Warden);
        var begun = await browser.BeginAsync("/passkeys/sign-in/options");
        var assertion = authenticator.Assert(begun.PublicKey);
        Assert.Equal(HttpStatusCode.OK, (await browser.FinishAsync("/passkeys/sign-in", begun.Ceremony, assertion)).Status);
        var replayed = await browser.FinishAsync("/passkeys/sign-in", begun.Ceremony, authenticator.Assert(begun.PublicKey));

        var late = await browser.BeginAsync("/passkeys/sign-in/options");
        _time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var expired = await browser.FinishAsync("/passkeys/sign-in", late.Ceremony, authenticator.Assert(late.PublicKey));

        Assert.Equal((HttpStatusCode.BadRequest, "unknown_or_used_challenge"), (replayed.Status, PasskeyRequests.ReasonOf(replayed.Body)));
        Assert.Equal((HttpStatusCode.BadRequest, "unknown_or_used_challenge"), (expired.Status, PasskeyRequests.ReasonOf(expired.Body)));
    }

    [Fact]
    public async Task A_removed_passkey_is_refused_and_its_id_comes_back_for_signal_unknown_credential()
    {
        using var authenticator = await RegisteredAsync();
        var store = Warden.Services.GetRequiredService<IPasskeyStore>();
        var passkey = (await store.FindByCredentialIdAsync(Tenant.DefaultId, authenticator.CredentialId))!;
        Assert.True(await store.DeleteAsync(Tenant.DefaultId, passkey.UserId, passkey.Id));

        using var browser = new Browser(Warden);
        var (status, body) = await browser.SignInWithPasskeyAsync(authenticator);

        Assert.Equal((HttpStatusCode.BadRequest, "unknown_credential"), (status, PasskeyRequests.ReasonOf(body)));
        Assert.Equal(authenticator.CredentialIdText, body.GetProperty("credential_id").GetString());
    }

    [Fact]
    public async Task A_counter_that_goes_backwards_is_refused_and_audited()
    {
        using var authenticator = await RegisteredAsync();
        using var browser = new Browser(Warden);
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInWithPasskeyAsync(authenticator)).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInWithPasskeyAsync(authenticator)).Status);

        var begun = await browser.BeginAsync("/passkeys/sign-in/options");
        var (status, body) = await browser.FinishAsync("/passkeys/sign-in", begun.Ceremony, authenticator.Assert(begun.PublicKey, signCount: 1));

        Assert.Equal((HttpStatusCode.BadRequest, "sign_count_backwards"), (status, PasskeyRequests.ReasonOf(body)));
        var audited = Assert.Single(await AuditedAsync("passkey_sign_in"), audited => audited.Outcome == "failure");
        Assert.Contains("sign_count_backwards", audited.Details);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"ceremony\":\"x\"}")]
    [InlineData("{\"ceremony\":\"x\",\"credential\":{\"id\":\"AA\",\"rawId\":\"AA\",\"type\":\"public-key\",\"response\":{}}}")]
    [InlineData("{\"ceremony\":\"x\",\"credential\":{\"id\":1,\"rawId\":\"!!!\",\"response\":{\"authenticatorData\":5}}}")]
    [InlineData("{\"ceremony\":\"x\",\"credential\":{\"rawId\":\"AAAA\",\"response\":{\"authenticatorData\":\"AA\",\"clientDataJSON\":\"e30\",\"signature\":\"AA\"}}}")]
    public async Task Malformed_bodies_answer_400_never_500(string json)
    {
        using var browser = new Browser(Warden);
        foreach (var path in new[] { "/passkeys/sign-in", "/passkeys/register" })
        {
            var (status, body) = await browser.PostJsonAsync(path, json);
            Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{path} {json}: {(int)status} {body}");
        }
    }

    [Fact]
    public async Task Wrong_content_type_another_origin_and_oversized_bodies_are_refused()
    {
        using var browser = new Browser(Warden);
        var form = await browser.Raw.PostAsync("/passkeys/sign-in/options", new FormUrlEncodedContent([new("a", "b")]));
        var crossOrigin = await browser.PostJsonAsync("/passkeys/sign-in/options", "{}", origin: "https://phish.example");
        var sameOrigin = await browser.PostJsonAsync("/passkeys/sign-in/options", "{}", origin: Origin);
        var huge = await browser.PostJsonAsync("/passkeys/sign-in", "{\"ceremony\":\"" + new string('a', 2_000_000) + "\"}");
        var unsigned = await browser.PostJsonAsync("/passkeys/register/options", "{}");

        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossOrigin.Status);
        Assert.Equal(HttpStatusCode.OK, sameOrigin.Status);
        Assert.Equal(HttpStatusCode.BadRequest, huge.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.Status);
    }
}
