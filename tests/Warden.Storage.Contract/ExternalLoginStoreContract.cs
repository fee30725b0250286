using Warden.Core.ExternalLogins;
using Warden.Core.IdentityProviders;
using Warden.Core.Storage;
using Warden.Core.Users;
using Xunit;

namespace Warden.Storage.Contract;

/// <summary>
/// Upstream identity providers and linked accounts (issue #18): every field round-trips, one upstream account links to
/// one user, tenants are apart, a user's links go with the user and a provider's with the provider.
/// </summary>
public abstract class ExternalLoginStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    private IExternalLoginStore Logins => Storage.ExternalLogins;
    private IIdentityProviderStore Providers => Storage.IdentityProviders;

    private async Task<User> CreateUserAsync(string tenantId, string username = "ann")
    {
        var user = new User
        {
            Id = Guid.NewGuid(), TenantId = tenantId, Username = username, Email = username + "@example.com", SecurityStamp = "stamp",
            CreatedAt = Now, UpdatedAt = Now,
        };
        await Storage.Users.CreateAsync(user);
        return user;
    }

    private static ExternalLogin Login(User user, string provider = "corp", string subject = "s-1") => new()
    {
        Id = Guid.NewGuid(), TenantId = user.TenantId, Provider = provider, Subject = subject, UserId = user.Id, Email = "Änne@Example.COM",
        EmailVerified = true, LinkedAt = Now.AddTicks(12_345), LastUsedAt = Now.AddMinutes(1),
    };

    private static IdentityProvider Provider(string tenantId, string name = "corp") => new()
    {
        TenantId = tenantId, Name = name, DisplayName = "Corp – Anmeldung", Kind = IdentityProviderKind.OAuth2, Preset = "github",
        Issuer = "https://github.com", AuthorizationEndpoint = "https://github.com/login/oauth/authorize",
        TokenEndpoint = "https://github.com/login/oauth/access_token", UserInfoEndpoint = "https://api.github.com/user", ClientId = "client-1",
        EncryptedClientSecret = [1, 2, 3, 255], TokenEndpointAuthMethod = "client_secret_post", Scopes = ["read:user", "user:email"],
        Claims = new ClaimMapping { Subject = "id", EmailVerified = null, Username = "login" }, LinkPolicy = LinkPolicy.LinkVerifiedEmail,
        ShowButton = false, StoreTokens = true, CreatedAt = Now, UpdatedAt = Now.AddSeconds(1),
    };

    [Fact]
    public async Task A_link_round_trips_is_found_by_provider_and_subject_and_listed_for_its_user()
    {
        var user = await CreateUserAsync(await CreateTenantAsync());
        var login = Login(user) with { EncryptedTokens = new byte[2048] };
        await Logins.CreateAsync(login);
        var expected = login with { LinkedAt = StoredTime.Truncate(login.LinkedAt) };

        Assert.Equal(expected, await Logins.FindAsync(user.TenantId, "corp", "s-1"));
        Assert.Null(await Logins.FindAsync(user.TenantId, "corp", "s-2"));
        Assert.Null(await Logins.FindAsync(user.TenantId, "other", "s-1"));
        Assert.Equal([expected], await Logins.ListByUserAsync(user.TenantId, user.Id));
    }

    [Fact]
    public async Task An_upstream_account_links_to_one_user_and_tenants_are_apart()
    {
        var tenant = await CreateTenantAsync();
        var ann = await CreateUserAsync(tenant);
        var bob = await CreateUserAsync(tenant, "bob");
        await Logins.CreateAsync(Login(ann));

        await Assert.ThrowsAsync<DuplicateEntityException>(() => Logins.CreateAsync(Login(bob)));
        await Logins.CreateAsync(Login(bob, subject: "s-2"));
        var other = await CreateUserAsync(await CreateTenantAsync(), "ann");
        await Logins.CreateAsync(Login(other));
        Assert.Equal(ann.Id, (await Logins.FindAsync(tenant, "corp", "s-1"))!.UserId);
        Assert.Equal(other.Id, (await Logins.FindAsync(other.TenantId, "corp", "s-1"))!.UserId);
        await Assert.ThrowsAsync<MissingReferenceException>(() => Logins.CreateAsync(Login(ann) with { UserId = Guid.NewGuid(), Subject = "s-9" }));
    }

    [Fact]
    public async Task Use_is_recorded_tokens_kept_unless_new_ones_come_and_only_the_owner_deletes()
    {
        var user = await CreateUserAsync(await CreateTenantAsync());
        var bob = await CreateUserAsync(user.TenantId, "bob");
        var login = Login(user) with { EncryptedTokens = [9, 9] };
        await Logins.CreateAsync(login);

        Assert.True(await Logins.RecordUseAsync(user.TenantId, login.Id, Now.AddHours(1), null));
        var used = (await Logins.FindAsync(user.TenantId, "corp", "s-1"))!;
        Assert.Equal(Now.AddHours(1), used.LastUsedAt);
        Assert.Equal([9, 9], used.EncryptedTokens!);
        Assert.True(await Logins.RecordUseAsync(user.TenantId, login.Id, Now.AddHours(2), [7]));
        Assert.Equal([7], (await Logins.FindAsync(user.TenantId, "corp", "s-1"))!.EncryptedTokens!);
        Assert.False(await Logins.RecordUseAsync(user.TenantId, Guid.NewGuid(), Now, null));

        Assert.False(await Logins.DeleteAsync(user.TenantId, bob.Id, login.Id));
        Assert.True(await Logins.DeleteAsync(user.TenantId, user.Id, login.Id));
        Assert.False(await Logins.DeleteAsync(user.TenantId, user.Id, login.Id));
        Assert.Empty(await Logins.ListByUserAsync(user.TenantId, user.Id));
    }

    [Fact]
    public async Task Deleting_a_user_deletes_their_links()
    {
        var user = await CreateUserAsync(await CreateTenantAsync());
        await Logins.CreateAsync(Login(user));
        Assert.True(await Storage.Users.DeleteAsync(user.TenantId, user.Id));
        Assert.Null(await Logins.FindAsync(user.TenantId, "corp", "s-1"));
    }

    [Fact]
    public async Task A_provider_round_trips_is_listed_by_name_updated_and_deleted_with_its_links()
    {
        var tenant = await CreateTenantAsync();
        var provider = Provider(tenant);
        await Providers.CreateAsync(provider);
        await Providers.CreateAsync(Provider(tenant, "acme") with { Kind = IdentityProviderKind.OpenIdConnect, EncryptedClientSecret = null, Preset = null });
        await Assert.ThrowsAsync<DuplicateEntityException>(() => Providers.CreateAsync(Provider(tenant)));

        Assert.Equal(provider, await Providers.FindAsync(tenant, "corp"));
        Assert.Equal(["acme", "corp"], (await Providers.ListAsync(tenant)).Select(p => p.Name));
        Assert.Empty(await Providers.ListAsync(await CreateTenantAsync()));

        var changed = provider with { DisplayName = "Corp", Scopes = ["openid"], Claims = ClaimMapping.OpenIdConnect, ShowButton = true, UpdatedAt = Now.AddDays(1),
            CreatedAt = Now.AddDays(5) };
        Assert.True(await Providers.UpdateAsync(changed));
        Assert.Equal(changed with { CreatedAt = provider.CreatedAt }, await Providers.FindAsync(tenant, "corp"));
        Assert.False(await Providers.UpdateAsync(Provider(tenant, "nobody")));

        var user = await CreateUserAsync(tenant);
        await Logins.CreateAsync(Login(user));
        await Logins.CreateAsync(Login(user, "acme"));
        Assert.True(await Providers.DeleteAsync(tenant, "corp"));
        Assert.False(await Providers.DeleteAsync(tenant, "corp"));
        Assert.Equal(["acme"], (await Logins.ListByUserAsync(tenant, user.Id)).Select(login => login.Provider));
    }
}
