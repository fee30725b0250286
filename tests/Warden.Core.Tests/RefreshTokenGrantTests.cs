using Xunit;

namespace Warden.Core.Tests;

/// <summary>
/// Refresh tokens rotate on every use; reuse (after the reuse grace window) ends the family; each token lives for the idle lifetime from its issue,
/// never past the absolute lifetime counted from the sign-in (14 and 30 days here, the defaults).
/// </summary>
public sealed class RefreshTokenGrantTests : IAsyncLifetime
{
    private TestEngine _engine = null!;
    private Clients.Client _client = null!;
    private string? _secret;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        (_client, _secret) = await _engine.CreateClientAsync(TestEngine.WebClient);
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private async Task<string> SignInAsync()
    {
        var code = await _engine.IssueCodeAsync(_client, TestEngine.Challenge);
        var tokens = await _engine.TokenAsync(_client, _secret, ("grant_type", "authorization_code"), ("code", code),
            ("redirect_uri", TestEngine.RedirectUri), ("code_verifier", TestEngine.Verifier));
        return tokens.RefreshToken();
    }

    private Task<Protocol.TokenResult> RefreshAsync(string refreshToken, params (string Name, string Value)[] more) =>
        _engine.TokenAsync(_client, _secret, [("grant_type", "refresh_token"), ("refresh_token", refreshToken), .. more]);

    /// <summary>Inside the window a second presentation is a retry (see RefreshRotationContract); these tests are about reuse.</summary>
    private void PassTheGraceWindow() => _engine.Time.Advance(_engine.Authorization.RefreshTokenReuseGrace + TimeSpan.FromSeconds(1));

    [Fact]
    public async Task Each_refresh_rotates_the_token_and_the_used_one_is_refused()
    {
        var first = await SignInAsync();

        var rotated = await RefreshAsync(first);
        PassTheGraceWindow();
        var reused = await RefreshAsync(first);

        Assert.NotEqual(first, rotated.RefreshToken());
        Assert.Equal("invalid_grant", reused.Error());
    }

    [Fact]
    public async Task Reusing_a_rotated_token_revokes_the_whole_family()
    {
        var first = await SignInAsync();
        var second = (await RefreshAsync(first)).RefreshToken();
        PassTheGraceWindow();

        Assert.Equal("invalid_grant", (await RefreshAsync(first)).Error());
        Assert.Equal("invalid_grant", (await RefreshAsync(second)).Error());
    }

    [Fact]
    public async Task A_token_unused_for_the_idle_lifetime_expires_and_each_use_restarts_the_idle_time()
    {
        var idle = _engine.Authorization.RefreshTokenIdleLifetime;
        var token = await SignInAsync();

        _engine.Time.Advance(idle - TimeSpan.FromSeconds(1));
        var kept = (await RefreshAsync(token)).RefreshToken();
        _engine.Time.Advance(idle - TimeSpan.FromSeconds(1));
        var keptAgain = (await RefreshAsync(kept)).RefreshToken();
        _engine.Time.Advance(idle);

        Assert.Equal("invalid_grant", (await RefreshAsync(keptAgain)).Error());
    }

    [Fact]
    public async Task However_often_it_is_used_the_family_ends_at_the_absolute_lifetime_after_sign_in()
    {
        var absolute = _engine.Authorization.RefreshTokenLifetime;
        var token = await SignInAsync();

        // Used every 13 days, inside the idle lifetime each time: days 13, 26, then one second before day 30.
        _engine.Time.Advance(TimeSpan.FromDays(13));
        token = (await RefreshAsync(token)).RefreshToken();
        _engine.Time.Advance(TimeSpan.FromDays(13));
        token = (await RefreshAsync(token)).RefreshToken();
        _engine.Time.Advance(absolute - TimeSpan.FromDays(26) - TimeSpan.FromSeconds(1));
        token = (await RefreshAsync(token)).RefreshToken();
        _engine.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("invalid_grant", (await RefreshAsync(token)).Error());
    }

    [Fact]
    public async Task A_refresh_may_narrow_the_scope_but_not_widen_it()
    {
        var token = await SignInAsync();

        var widened = await RefreshAsync(token, ("scope", "openid profile email offline_access"));
        var narrowed = await RefreshAsync(token, ("scope", "openid offline_access"));

        Assert.Equal("invalid_scope", widened.Error());
        Assert.Equal("openid offline_access", narrowed.Tokens().Scope);
    }

    [Fact]
    public async Task A_refresh_token_of_another_client_is_invalid_grant()
    {
        var token = await SignInAsync();
        var (other, otherSecret) = await _engine.CreateClientAsync(TestEngine.WebClient with { Name = "Other" });

        var stolen = await _engine.TokenAsync(other, otherSecret, ("grant_type", "refresh_token"), ("refresh_token", token));

        Assert.Equal("invalid_grant", stolen.Error());
        Assert.NotNull((await RefreshAsync(token)).Response);
    }
}
