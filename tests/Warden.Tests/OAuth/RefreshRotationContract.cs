using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Warden.Configuration;
using Warden.Testing;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.OAuth;

/// <summary>
/// Refresh token rotation over real HTTP on each backend, on a pinned clock: the reuse grace window on both of its
/// sides (a retry of a lost response gets a new successor, a later or post-use presentation revokes the family), and
/// fifty parallel uses of one token with the window on and off.
/// </summary>
public abstract class RefreshRotationContract<TBackend> : IDisposable where TBackend : IServerBackend, new()
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = PinnedTime.StartingNow();

    public void Dispose() => _directory.Dispose();

    private async Task<RunningWarden> StartAsync(TimeSpan grace) =>
        await AuthorizationCodeFixture.StartAsync(await new TBackend().CreateAsync(_directory),
            options => options with
            {
                Tokens = options.Tokens with { Authorization = options.Tokens.Authorization with { RefreshTokenReuseGrace = grace } },
            }, time: _time);

    /// <summary>Signs alice in and returns the client and the first refresh token of a new family.</summary>
    private static async Task<(string ClientId, string? Secret, string RefreshToken)> SignInAsync(RunningWarden warden)
    {
        var (client, secret) = await warden.CreateClientAsync(WebClient());
        using var browser = new Browser(warden);
        var pkce = Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(client.ClientId, pkce)))["code"];
        var (_, tokens, _) = await warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier);
        return (client.ClientId, secret, tokens.GetProperty("refresh_token").GetString()!);
    }

    private static string RefreshTokenOf(JsonElement body) => body.GetProperty("refresh_token").GetString()!;

    /// <summary>Every refusal of a refresh token looks the same to the client (the reason is in the audit row).</summary>
    private static void AssertRefused(int status, JsonElement body)
    {
        Assert.Equal(400, status);
        Refusals.AssertJson(body, "invalid_grant", "WARDEN-GRANT-0007");
    }

    [Fact]
    public async Task A_token_presented_again_at_the_end_of_the_grace_window_is_a_retry_and_gets_a_new_successor()
    {
        await using var warden = await StartAsync(Grace);
        var (clientId, secret, first) = await SignInAsync(warden);
        var (_, lost, _) = await warden.RefreshAsync(first, clientId, secret);

        _time.Advance(Grace);
        var (status, retried, _) = await warden.RefreshAsync(first, clientId, secret);

        Assert.Equal(200, status);
        Assert.NotEqual(RefreshTokenOf(lost), RefreshTokenOf(retried));
        Assert.True(retried.TryGetProperty("access_token", out _));
        var (lostStatus, lostBody, _) = await warden.RefreshAsync(RefreshTokenOf(lost), clientId, secret);
        AssertRefused(lostStatus, lostBody);
        var (nextStatus, _, _) = await warden.RefreshAsync(RefreshTokenOf(retried), clientId, secret);
        Assert.Equal(200, nextStatus);
    }

    [Fact]
    public async Task A_token_presented_again_after_the_grace_window_is_reuse_and_revokes_the_family()
    {
        await using var warden = await StartAsync(Grace);
        var (clientId, secret, first) = await SignInAsync(warden);
        var (_, second, _) = await warden.RefreshAsync(first, clientId, secret);

        _time.Advance(Grace + TimeSpan.FromMilliseconds(1));
        var (status, body, _) = await warden.RefreshAsync(first, clientId, secret);

        AssertRefused(status, body);
        var (secondStatus, secondBody, _) = await warden.RefreshAsync(RefreshTokenOf(second), clientId, secret);
        AssertRefused(secondStatus, secondBody);
    }

    [Fact]
    public async Task Within_the_grace_window_a_token_whose_successor_was_used_is_reuse()
    {
        await using var warden = await StartAsync(Grace);
        var (clientId, secret, first) = await SignInAsync(warden);
        var (_, second, _) = await warden.RefreshAsync(first, clientId, secret);
        var (_, third, _) = await warden.RefreshAsync(RefreshTokenOf(second), clientId, secret);

        var (status, body, _) = await warden.RefreshAsync(first, clientId, secret);

        AssertRefused(status, body);
        var (thirdStatus, thirdBody, _) = await warden.RefreshAsync(RefreshTokenOf(third), clientId, secret);
        AssertRefused(thirdStatus, thirdBody);
    }

    [Fact]
    public async Task Fifty_parallel_uses_within_the_grace_window_all_get_tokens_and_exactly_one_successor_lives()
    {
        await using var warden = await StartAsync(Grace);
        var (clientId, secret, first) = await SignInAsync(warden);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => warden.RefreshAsync(first, clientId, secret)));

        Assert.All(results, result => Assert.Equal(200, result.Status));
        var uses = await Task.WhenAll(results.Select(result => warden.RefreshAsync(RefreshTokenOf(result.Body), clientId, secret)));
        Assert.Single(uses, use => use.Status == 200);
        Assert.All(uses.Where(use => use.Status != 200), use => AssertRefused(use.Status, use.Body));
    }

    [Fact]
    public async Task Fifty_parallel_uses_without_a_grace_window_yield_exactly_one_success_and_a_revoked_family()
    {
        await using var warden = await StartAsync(TimeSpan.Zero);
        var (clientId, secret, first) = await SignInAsync(warden);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => warden.RefreshAsync(first, clientId, secret)));

        var winner = Assert.Single(results, result => result.Status == 200);
        Assert.All(results.Where(result => result.Status != 200), result => Refusals.AssertJson(result.Body, "invalid_grant", "WARDEN-GRANT-0007"));
        var (status, body, _) = await warden.RefreshAsync(RefreshTokenOf(winner.Body), clientId, secret);
        AssertRefused(status, body);
    }
}

public sealed class MemoryRefreshRotationTests : RefreshRotationContract<MemoryServerBackend>;
public sealed class SqliteRefreshRotationTests : RefreshRotationContract<SqliteServerBackend>;
public sealed class PostgresRefreshRotationTests : RefreshRotationContract<PostgresServerBackend>;
