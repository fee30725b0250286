using Warden.Core.Authorization;
using Xunit;

namespace Warden.Core.Tests;

/// <summary>Exact comparison (RFC 9700 §4.1.3) with the loopback port exception for native apps (RFC 8252 §7.3).</summary>
public sealed class RedirectUriRulesTests
{
    [Theory]
    [InlineData("https://app.example/cb", true)]
    [InlineData("https://app.example/cb/", false)]
    [InlineData("https://app.example/CB", false)]
    [InlineData("https://APP.example/cb", false)]
    [InlineData("https://app.example:443/cb", false)]
    [InlineData("https://app.example/cb?x=1", false)]
    [InlineData("https://app.example.evil/cb", false)]
    [InlineData("http://app.example/cb", false)]
    public void A_web_redirect_uri_matches_only_character_for_character(string requested, bool registered)
    {
        Assert.Equal(registered, RedirectUriRules.IsRegistered(requested, ["https://app.example/cb"]));
    }

    [Theory]
    [InlineData("http://127.0.0.1:51004/cb", true)]
    [InlineData("http://127.0.0.1/cb", true)]
    [InlineData("http://127.0.0.1:51004/other", false)]
    [InlineData("http://127.0.0.1:51004/cb?x=1", false)]
    [InlineData("http://localhost:51004/cb", false)]
    [InlineData("https://127.0.0.1:51004/cb", false)]
    [InlineData("http://user@127.0.0.1:51004/cb", false)]
    [InlineData("http://127.0.0.1:51004/cb#frag", false)]
    public void A_loopback_redirect_uri_may_use_any_port_and_nothing_else_may_differ(string requested, bool registered)
    {
        Assert.Equal(registered, RedirectUriRules.IsRegistered(requested, ["http://127.0.0.1:8000/cb"]));
    }

    [Fact]
    public void IPv6_and_localhost_loopback_addresses_keep_their_host()
    {
        Assert.True(RedirectUriRules.IsRegistered("http://[::1]:60000/cb", ["http://[::1]/cb"]));
        Assert.True(RedirectUriRules.IsRegistered("http://localhost:60000/cb", ["http://localhost:3000/cb"]));
        Assert.False(RedirectUriRules.IsRegistered("http://[::1]:60000/cb", ["http://127.0.0.1/cb"]));
    }

    [Fact]
    public void Nothing_is_registered_for_a_client_without_redirect_uris()
    {
        Assert.False(RedirectUriRules.IsRegistered("http://127.0.0.1:8000/cb", []));
    }
}
