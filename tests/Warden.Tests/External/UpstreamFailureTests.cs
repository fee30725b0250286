using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Audit;
using Warden.Core.IdentityProviders;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests.External;

/// <summary>
/// Issue #18 part 5: what a broken, hostile or absent upstream gets. A small fake provider produces what a real one
/// will not (a signature by a key outside its JWKS, another audience or issuer, a stale nonce, an expired or unsigned
/// token, a refused code, no answer in time, no answer at all); every case is the failure page with 400, a link back and
/// an audit row with the reason, and no user or link is made.
/// </summary>
public sealed class UpstreamFailureTests : IAsyncLifetime
{
    private FakeOpenIdProvider? _fake;
    private RunningWarden? _downstream;

    private FakeOpenIdProvider Fake => _fake!;
    private RunningWarden Downstream => _downstream!;

    public async Task InitializeAsync()
    {
        _fake = await FakeOpenIdProvider.StartAsync();
        // The default fetch timeout (5 s): the slow upstream waits that long; a shorter one failed answers a loaded machine was slow to give.
        _downstream = await AuthorizationCodeFixture.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory },
            options => UpstreamPair.AllowLoopbackFetches(options));
        await Fake.WarmUpAsync();
        await UpstreamPair.Administration(Downstream).CreateAsync(Tenant.DefaultId, new IdentityProviderSpecification
        {
            Name = "fake", DisplayName = "Fake", Issuer = Fake.Issuer, ClientId = FakeOpenIdProvider.ClientId, ClientSecret = FakeOpenIdProvider.ClientSecret,
        });
    }

    public async Task DisposeAsync()
    {
        await Downstream.DisposeAsync();
        await Fake.DisposeAsync();
    }

    public static TheoryData<FakeBehaviour, string, string> Refusals => new()
    {
        { FakeBehaviour.ForgedSignature, "invalid_id_token", "could not be verified" },
        { FakeBehaviour.WrongAudience, "invalid_id_token", "could not be verified" },
        { FakeBehaviour.WrongIssuer, "invalid_id_token", "could not be verified" },
        { FakeBehaviour.WrongNonce, "invalid_id_token", "could not be verified" },
        { FakeBehaviour.Expired, "invalid_id_token", "could not be verified" },
        { FakeBehaviour.Unsigned, "invalid_id_token", "could not be verified" },
        { FakeBehaviour.SymmetricSignature, "invalid_id_token", "could not be verified" },
        { FakeBehaviour.TokenRefused, "code_refused", "could not be verified" },
        { FakeBehaviour.Denied, "upstream_denied", "did not confirm the sign-in" },
        { FakeBehaviour.Slow, "upstream_unavailable", "did not answer in time" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task An_upstream_answer_that_does_not_validate_is_refused_with_a_page_and_an_audit_reason(FakeBehaviour behaviour, string reason,
        string sentence)
    {
        Fake.Behaviour = behaviour;
        using var browser = new UpstreamBrowser();
        var page = await browser.FollowAsync(Downstream.Issuer + "/login/external/fake?returnUrl=%2Faccount");

        var recorded = await LastFailureReasonAsync();
        Assert.True(recorded == reason, $"audited {recorded} ({await LastFailureDetailAsync()}), expected {reason}");
        await ExternalLoginContract<MemoryServerBackend>.AssertFailurePageAsync(page, sentence);
        Assert.Contains("href=\"/login?returnUrl=%2Faccount\"", await page.Content.ReadAsStringAsync());
        await AssertNothingLinkedAsync();
    }

    [Fact]
    public async Task The_valid_answer_signs_in_keeps_the_tokens_encrypted_when_asked_and_replaying_its_callback_is_refused()
    {
        Fake.Behaviour = FakeBehaviour.Valid;
        await UpstreamPair.Administration(Downstream).UpdateAsync(Tenant.DefaultId, new IdentityProviderSpecification { Name = "fake", StoreTokens = true });
        using var browser = new UpstreamBrowser();
        var start = await browser.GetAsync(Downstream.Issuer + "/login/external/fake?returnUrl=%2Faccount");
        var atUpstream = await browser.GetAsync(start.Headers.Location!.ToString());
        var callback = atUpstream.Headers.Location!.ToString();
        var account = await browser.FollowAsync(callback);
        Assert.Equal((HttpStatusCode.OK, "/account"), (account.StatusCode, account.RequestMessage!.RequestUri!.AbsolutePath));
        var user = Assert.Single(await Storage.Users.ListAsync(Tenant.DefaultId), user => user.Email == "fake@example.net");
        var link = Assert.Single(await Storage.ExternalLogins.ListByUserAsync(Tenant.DefaultId, user.Id));
        Assert.True(link.EncryptedTokens!.AsSpan().IndexOf("fake-access-token"u8) < 0, "the upstream's access token is stored in plaintext");
        var tokens = System.Text.Encoding.UTF8.GetString(Downstream.Services.GetRequiredService<Core.Security.KeyProtector>().Unprotect(link.EncryptedTokens!));
        Assert.Contains("\"access_token\":\"fake-access-token\"", tokens);

        var replayed = await browser.GetAsync(callback);
        await ExternalLoginContract<MemoryServerBackend>.AssertFailurePageAsync(replayed, "expired or was already used");
        Assert.Equal("bad_state", await LastFailureReasonAsync());
    }

    [Fact]
    public async Task An_email_the_upstream_did_not_verify_is_kept_on_the_link_but_not_given_to_the_new_user()
    {
        Fake.Behaviour = FakeBehaviour.UnverifiedEmail;
        using var browser = new UpstreamBrowser();
        var account = await browser.FollowAsync(Downstream.Issuer + "/login/external/fake?returnUrl=%2Faccount");
        Assert.Equal((HttpStatusCode.OK, "/account"), (account.StatusCode, account.RequestMessage!.RequestUri!.AbsolutePath));

        var user = (await Storage.Users.FindByUsernameAsync(Tenant.DefaultId, "fake"))!;
        Assert.Null(user.Email);
        var link = Assert.Single(await Storage.ExternalLogins.ListByUserAsync(Tenant.DefaultId, user.Id));
        Assert.Equal(("fake@example.net", false), (link.Email, link.EmailVerified));
    }

    [Fact]
    public async Task A_callback_with_an_unknown_state_or_in_another_browser_is_refused()
    {
        using var browser = new UpstreamBrowser();
        var unknown = await browser.GetAsync(Downstream.Issuer + "/login/external/fake/callback?code=fake-code&state=made-up");
        await ExternalLoginContract<MemoryServerBackend>.AssertFailurePageAsync(unknown, "expired or was already used");

        // Login CSRF: the callback of a round trip someone else started, carried to this browser.
        using var attacker = new UpstreamBrowser();
        var start = await attacker.GetAsync(Downstream.Issuer + "/login/external/fake");
        var callback = (await attacker.GetAsync(start.Headers.Location!.ToString())).Headers.Location!.ToString();
        var carried = await browser.GetAsync(callback);
        await ExternalLoginContract<MemoryServerBackend>.AssertFailurePageAsync(carried, "expired or was already used");
        await AssertNothingLinkedAsync();
    }

    [Fact]
    public async Task An_upstream_that_stops_answering_gives_the_page_at_the_start_and_at_the_callback()
    {
        using var browser = new UpstreamBrowser();
        var start = await browser.GetAsync(Downstream.Issuer + "/login/external/fake");
        var callback = (await browser.GetAsync(start.Headers.Location!.ToString())).Headers.Location!.ToString();
        await Fake.StopAsync();

        var page = await browser.GetAsync(callback);
        await ExternalLoginContract<MemoryServerBackend>.AssertFailurePageAsync(page, "did not answer in time");
        Assert.Equal("upstream_unavailable", await LastFailureReasonAsync());

        // A new round trip cannot start either: discovery has nobody to ask (the cached document is for 10 minutes, a
        // fresh provider name has none).
        await UpstreamPair.Administration(Downstream).CreateAsync(Tenant.DefaultId, new IdentityProviderSpecification
        {
            Name = "gone", Issuer = "http://127.0.0.1:" + Testing.FreePort.Next(), ClientId = "x", ClientSecret = "y",
        });
        var gone = await browser.GetAsync(Downstream.Issuer + "/login/external/gone");
        await ExternalLoginContract<MemoryServerBackend>.AssertFailurePageAsync(gone, "did not answer in time");
        var unknown = await browser.GetAsync(Downstream.Issuer + "/login/external/nobody");
        await ExternalLoginContract<MemoryServerBackend>.AssertFailurePageAsync(unknown, "This sign-in option is not available.");
        await AssertNothingLinkedAsync();
    }

    private IStorageBackend Storage => Downstream.Services.GetRequiredService<IStorageBackend>();

    private async Task AssertNothingLinkedAsync()
    {
        Assert.DoesNotContain(await Storage.Users.ListAsync(Tenant.DefaultId), user => user.Email == "fake@example.net");
        foreach (var user in await Storage.Users.ListAsync(Tenant.DefaultId))
            Assert.Empty(await Storage.ExternalLogins.ListByUserAsync(Tenant.DefaultId, user.Id));
    }

    private async Task<string?> LastFailureReasonAsync()
    {
        await Downstream.Services.GetRequiredService<AuditTrail>().FlushAsync();
        var events = await Storage.AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId) { EventType = "external_sign_in" });
        var failure = events.Where(e => e.Outcome == "failure").MaxBy(e => e.OccurredAt);
        return failure is null ? null : JsonDocument.Parse(failure.Details).RootElement.GetProperty("reason").GetString();
    }

    /// <summary>The private detail of the latest refusal, which the audit trail keeps and the page never shows.</summary>
    private async Task<string?> LastFailureDetailAsync()
    {
        var events = await Storage.AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId) { EventType = "external_sign_in" });
        var failure = events.Where(e => e.Outcome == "failure").MaxBy(e => e.OccurredAt);
        return failure is null ? null : JsonDocument.Parse(failure.Details).RootElement.GetProperty("detail").GetString();
    }
}
