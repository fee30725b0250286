using Warden.Core.Tenants;
using Warden.Core.Users;
using Xunit;

namespace Warden.Core.Tests;

/// <summary>A tenant's own settings: the password rule (length and kinds of characters) and the API-key policy, over the server's, and their JSON.</summary>
public sealed class TenantSettingsTests
{
    [Theory]
    [InlineData(8, 1, "lowercase", true)]
    [InlineData(8, 1, "short", false)]
    [InlineData(8, 1, "", false)]
    [InlineData(12, 1, "elevenchars", false)]
    [InlineData(12, 1, "twelve chars", true)]
    [InlineData(8, 2, "alllowercase", false)]
    [InlineData(8, 2, "lower and spaces", true)]
    [InlineData(8, 3, "Upper lower", true)]
    [InlineData(8, 3, "UPPER lower", true)]
    [InlineData(8, 4, "Upper lower 1", true)]
    [InlineData(8, 4, "Upperlower1", false)]
    [InlineData(8, 3, "ÄÖÜäöü12", true)]
    public void A_password_is_accepted_when_it_is_long_enough_and_uses_enough_kinds(int minLength, int classes, string password, bool accepted) =>
        Assert.Equal(accepted, new PasswordPolicy(minLength, classes).Accepts(password));

    [Fact]
    public void A_password_longer_than_the_hasher_takes_is_refused_whatever_the_rule()
    {
        var policy = PasswordPolicy.Default;
        Assert.True(policy.Accepts(new string('a', policy.MaxLength)));
        Assert.False(policy.Accepts(new string('a', policy.MaxLength + 1)));
    }

    [Fact]
    public void Breaking_the_rule_is_an_error_on_the_password_field_in_words()
    {
        var error = Assert.Throws<InvalidUserException>(() => new PasswordPolicy(10, 2).Require("abcdefghij"));
        Assert.Equal("password", error.Field);
        Assert.Equal("a password has 10 to 1024 characters and uses at least 2 of: lowercase letters, uppercase letters, digits, other characters",
            error.Message);
        Assert.Equal("a password has 8 to 1024 characters", Assert.Throws<InvalidUserException>(() => PasswordPolicy.Default.Require("short")).Message);
    }

    [Fact]
    public void A_tenant_sets_either_value_over_the_servers_and_the_settings_round_trip_as_json()
    {
        var server = new PasswordPolicy(10, 2);
        Assert.Same(server, TenantSettings.Inherited.PasswordsOver(server));
        Assert.Equal(new PasswordPolicy(14, 2), new TenantSettings(PasswordMinLength: 14).PasswordsOver(server));
        Assert.Equal(new PasswordPolicy(10, 4), new TenantSettings(PasswordCharacterClasses: 4).PasswordsOver(server));

        var settings = new TenantSettings(PasswordMinLength: 14, PasswordCharacterClasses: 3, ThemeDirectory: "/srv/themes/acme");
        var json = TenantSettingsJson.Write(settings);
        Assert.Equal("""{"password_min_length":14,"password_character_classes":3,"theme_dir":"/srv/themes/acme"}""", json);
        Assert.Equal(settings, TenantSettingsJson.Read(json));
        Assert.Throws<FormatException>(() => TenantSettingsJson.Read("""{"password_min_length":"twelve"}"""));
    }

    [Fact]
    public void A_tenants_token_lifetimes_are_its_own_values_over_the_servers_and_round_trip_as_json()
    {
        var server = new Authorization.AuthorizationOptions(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), TimeSpan.FromDays(30), TimeSpan.FromDays(14),
            false, Authorization.PkceRequirement.AllClients);
        Assert.Same(server, TenantSettings.Inherited.AuthorizationOver(server));
        var settings = new TenantSettings(IdTokenLifetime: TimeSpan.FromMinutes(5), RefreshTokenLifetime: TimeSpan.FromDays(1),
            RefreshTokenIdleLifetime: TimeSpan.FromHours(2), AuthorizationCodeLifetime: TimeSpan.FromSeconds(30));
        Assert.Equal(server with
        {
            IdTokenLifetime = TimeSpan.FromMinutes(5), RefreshTokenLifetime = TimeSpan.FromDays(1), RefreshTokenIdleLifetime = TimeSpan.FromHours(2),
            CodeLifetime = TimeSpan.FromSeconds(30),
        }, settings.AuthorizationOver(server));

        var json = TenantSettingsJson.Write(settings);
        Assert.Equal("""{"id_token_lifetime":300,"refresh_token_lifetime":86400,"refresh_token_idle_lifetime":7200,"authorization_code_lifetime":30}""", json);
        Assert.Equal(settings, TenantSettingsJson.Read(json));
        Assert.Throws<FormatException>(() => TenantSettingsJson.Read("""{"id_token_lifetime":0}"""));
    }

    [Fact]
    public void A_tenants_api_key_policy_is_its_own_values_over_the_servers_and_round_trips_as_json()
    {
        var server = new ApiKeys.ApiKeyPolicy(null, TimeSpan.FromDays(365), AllowNoExpiry: false);
        var settings = new TenantSettings(ApiKeyScopes: ["reports.read"], ApiKeyAllowNoExpiry: true);
        var policy = settings.ApiKeysOver(server);
        Assert.Equal(["reports.read"], policy.AllowedScopes);
        Assert.Equal((TimeSpan.FromDays(365), true), (policy.MaxLifetime, policy.AllowNoExpiry));
        Assert.Null(TenantSettings.Inherited.ApiKeysOver(server).AllowedScopes);

        var stored = settings with { ApiKeyMaxLifetime = TimeSpan.FromDays(30) };
        var json = TenantSettingsJson.Write(stored);
        Assert.Equal("""{"api_key_scopes":["reports.read"],"api_key_max_lifetime":2592000,"api_key_allow_no_expiry":true}""", json);
        Assert.Equal(stored, TenantSettingsJson.Read(json));
        Assert.Throws<FormatException>(() => TenantSettingsJson.Read("""{"api_key_allow_no_expiry":"yes"}"""));
    }
}
