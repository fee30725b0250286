using Warden.Core.Authorization;
using Xunit;

namespace Warden.Core.Tests;

/// <summary>RFC 7636: the verifier's form (§4.1) and the S256 and plain comparisons (§4.6).</summary>
public sealed class PkceTests
{
    [Fact]
    public void The_RFC_7636_appendix_B_verifier_matches_its_S256_challenge()
    {
        Assert.True(Pkce.Matches(TestEngine.Verifier, TestEngine.Challenge, Pkce.S256));
        Assert.False(Pkce.Matches(TestEngine.Verifier[..^1] + "l", TestEngine.Challenge, Pkce.S256));
        Assert.False(Pkce.Matches(TestEngine.Verifier, TestEngine.Verifier, Pkce.S256));
    }

    [Fact]
    public void Plain_compares_the_verifier_itself()
    {
        Assert.True(Pkce.Matches(TestEngine.Verifier, TestEngine.Verifier, Pkce.Plain));
        Assert.False(Pkce.Matches(TestEngine.Verifier, TestEngine.Challenge, Pkce.Plain));
    }

    [Theory]
    [InlineData(42, false)]
    [InlineData(43, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public void A_verifier_has_43_to_128_characters(int length, bool wellFormed)
    {
        var verifier = new string('a', length);

        Assert.Equal(wellFormed, Pkce.IsWellFormed(verifier));
        Assert.Equal(wellFormed, Pkce.Matches(verifier, verifier, Pkce.Plain));
    }

    [Theory]
    [InlineData('-', true)]
    [InlineData('.', true)]
    [InlineData('_', true)]
    [InlineData('~', true)]
    [InlineData('+', false)]
    [InlineData('/', false)]
    [InlineData('=', false)]
    [InlineData(' ', false)]
    [InlineData('\u00e9', false)]
    public void A_verifier_uses_only_unreserved_characters(char character, bool wellFormed)
    {
        Assert.Equal(wellFormed, Pkce.IsWellFormed(new string('a', 42) + character));
    }
}
