using Warden.Core.Protocol;
using Xunit;

namespace Warden.Core.Tests;

/// <summary>RFC 6749 §3.3 scopes and RFC 8707 resource indicators.</summary>
public sealed class ScopeRulesTests
{
    private static readonly string[] Allowed = ["openid", "profile", "reports:read"];

    [Fact]
    public void No_scope_requested_grants_every_allowed_scope()
    {
        var (scopes, error) = ScopeRules.Grant(null, Allowed);

        Assert.Null(error);
        Assert.Equal(Allowed, scopes);
    }

    [Fact]
    public void A_subset_is_granted_once_each_in_the_order_asked()
    {
        var (scopes, error) = ScopeRules.Grant("reports:read  openid reports:read", Allowed);

        Assert.Null(error);
        Assert.Equal(["reports:read", "openid"], scopes);
    }

    [Theory]
    [InlineData("openid admin")]
    [InlineData("OpenID")]
    [InlineData("profile\"")]
    [InlineData("pro\\file")]
    [InlineData("prof\u00e9le")]
    public void A_scope_not_allowed_or_not_NQCHAR_is_invalid_scope(string requested)
    {
        var (scopes, error) = ScopeRules.Grant(requested, Allowed);

        Assert.Null(scopes);
        Assert.Equal("invalid_scope", error!.Error);
    }

    [Fact]
    public void No_resource_means_the_registered_ones_or_else_the_issuer()
    {
        Assert.Equal(["https://api.example"], ScopeRules.Audiences([], ["https://api.example"], TestEngine.Issuer).Audiences);
        Assert.Equal([TestEngine.Issuer], ScopeRules.Audiences([], [], TestEngine.Issuer).Audiences);
    }

    [Theory]
    [InlineData("https://api.example#part")]
    [InlineData("/relative")]
    [InlineData("https://other.example")]
    public void A_resource_with_a_fragment_relative_or_not_registered_is_invalid_target(string resource)
    {
        var (audiences, error) = ScopeRules.Audiences([resource], ["https://api.example", "https://api.example#part"], TestEngine.Issuer);

        Assert.Null(audiences);
        Assert.Equal("invalid_target", error!.Error);
    }

    [Fact]
    public void Registered_resources_are_granted_once_each()
    {
        var (audiences, error) = ScopeRules.Audiences(["https://api.example", "https://api.example"], ["https://api.example"], TestEngine.Issuer);

        Assert.Null(error);
        Assert.Equal(["https://api.example"], audiences);
    }
}
