using System.Text.Json;
using Warden.Core.Sessions;
using Warden.Core.Tokens;
using Xunit;
using static Warden.Core.Tests.TestEngine;

namespace Warden.Core.Tests;

/// <summary>RFC 6749 §4.1.3 with PKCE (RFC 7636): expiry, single use, replay, redirect URI and verifier, on a pinned clock.</summary>
public sealed class AuthorizationCodeGrantTests : IAsyncLifetime
{
    private TestEngine _engine = null!;

    public async Task InitializeAsync() => _engine = await TestEngine.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private Task<Protocol.TokenResult> RedeemAsync(Clients.Client client, string? secret, string code, string verifier = Verifier,
        string redirectUri = TestEngine.RedirectUri) =>
        _engine.TokenAsync(client, secret, ("grant_type", "authorization_code"), ("code", code), ("code_verifier", verifier),
            ("redirect_uri", redirectUri));

    [Fact]
    public async Task A_code_redeemed_on_the_last_second_of_its_lifetime_gives_tokens_and_then_expires()
    {
        var (client, secret) = await _engine.CreateClientAsync(TestEngine.WebClient);
        var onTime = await _engine.IssueCodeAsync(client, Challenge);
        var late = await _engine.IssueCodeAsync(client, Challenge);

        _engine.Time.Advance(_engine.Authorization.CodeLifetime - TimeSpan.FromSeconds(1));
        var redeemed = await RedeemAsync(client, secret, onTime);
        _engine.Time.Advance(TimeSpan.FromSeconds(1));
        var expired = await RedeemAsync(client, secret, late);

        Assert.Equal("Bearer", redeemed.Tokens().TokenType);
        Assert.NotNull(redeemed.Tokens().IdToken);
        Assert.NotNull(redeemed.Tokens().RefreshToken);
        Assert.Equal("invalid_grant", expired.Error());
    }

    [Fact]
    public async Task A_replayed_code_is_refused_and_revokes_the_refresh_token_it_issued()
    {
        var (client, secret) = await _engine.CreateClientAsync(TestEngine.WebClient);
        var code = await _engine.IssueCodeAsync(client, Challenge);

        var first = await RedeemAsync(client, secret, code);
        var replay = await RedeemAsync(client, secret, code);
        var refresh = await _engine.TokenAsync(client, secret, ("grant_type", "refresh_token"), ("refresh_token", first.RefreshToken()));

        Assert.Equal("invalid_grant", replay.Error());
        Assert.Equal("invalid_grant", refresh.Error());
    }

    [Fact]
    public async Task Of_twenty_concurrent_redemptions_exactly_one_gets_tokens()
    {
        var (client, secret) = await _engine.CreateClientAsync(TestEngine.WebClient);
        var code = await _engine.IssueCodeAsync(client, Challenge);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => RedeemAsync(client, secret, code))));

        Assert.Single(results, result => result.Response is not null);
        Assert.All(results.Where(result => result.Response is null), result => Assert.Equal("invalid_grant", result.Error()));
    }

    [Fact]
    public async Task A_wrong_or_missing_verifier_or_another_redirect_uri_is_invalid_grant_and_leaves_the_code_usable()
    {
        var (client, secret) = await _engine.CreateClientAsync(TestEngine.WebClient);
        var code = await _engine.IssueCodeAsync(client, Challenge);

        var wrongVerifier = await RedeemAsync(client, secret, code, verifier: new string('a', 43));
        var noVerifier = await _engine.TokenAsync(client, secret, ("grant_type", "authorization_code"), ("code", code),
            ("redirect_uri", TestEngine.RedirectUri));
        var otherRedirect = await RedeemAsync(client, secret, code, redirectUri: "https://app.example/other");
        var right = await RedeemAsync(client, secret, code);

        Assert.Equal("invalid_grant", wrongVerifier.Error());
        Assert.Equal("invalid_grant", noVerifier.Error());
        Assert.Equal("invalid_grant", otherRedirect.Error());
        Assert.NotNull(right.Response);
    }

    [Fact]
    public async Task A_code_issued_to_another_client_is_invalid_grant()
    {
        var (client, _) = await _engine.CreateClientAsync(TestEngine.WebClient);
        var (other, otherSecret) = await _engine.CreateClientAsync(TestEngine.WebClient with { Name = "Other" });
        var code = await _engine.IssueCodeAsync(client, Challenge);

        Assert.Equal("invalid_grant", (await RedeemAsync(other, otherSecret, code)).Error());
    }

    [Fact]
    public async Task A_code_of_a_user_disabled_meanwhile_is_invalid_grant()
    {
        var (client, secret) = await _engine.CreateClientAsync(TestEngine.WebClient);
        var code = await _engine.IssueCodeAsync(client, Challenge);
        await _engine.Users.SetActiveAsync(TestEngine.Tenant, "alice", active: false);

        Assert.Equal("invalid_grant", (await RedeemAsync(client, secret, code)).Error());
    }

    [Fact]
    public async Task The_id_tokens_of_a_grant_carry_how_the_person_signed_in_at_redemption_and_after_every_refresh()
    {
        var (client, secret) = await _engine.CreateClientAsync(TestEngine.WebClient);
        var passkey = new SignInEvidence([AuthenticationMethods.HardwareKey, AuthenticationMethods.Pin], "urn:test:strong");
        var strongCode = await _engine.IssueCodeAsync(client, Challenge, evidence: passkey);
        var legacyCode = await _engine.IssueCodeAsync(client, Challenge);

        var redeemed = await RedeemAsync(client, secret, strongCode);
        var refreshed = await _engine.TokenAsync(client, secret, ("grant_type", "refresh_token"), ("refresh_token", redeemed.RefreshToken()));
        var password = await RedeemAsync(client, secret, legacyCode);

        foreach (var tokens in new[] { redeemed, refreshed })
        {
            var claims = Claims(tokens.Tokens().IdToken!);
            Assert.Equal(["hwk", "pin"], claims.GetProperty("amr").EnumerateArray().Select(value => value.GetString()));
            Assert.Equal("urn:test:strong", claims.GetProperty("acr").GetString());
        }
        var passwordClaims = Claims(password.Tokens().IdToken!);
        Assert.Equal(["pwd"], passwordClaims.GetProperty("amr").EnumerateArray().Select(value => value.GetString()));
        Assert.False(passwordClaims.TryGetProperty("acr", out _));
    }

    private static JsonElement Claims(string jwt) => UntrustedJwt.TryParse(jwt)!.Payload;
}
