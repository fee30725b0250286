using Warden.Core.Storage;
using Warden.Core.Users;
using Xunit;

namespace Warden.Storage.Contract;

/// <summary>The links of sign-up and password reset: hashed, used once and atomically, expiring, deleted with their user.</summary>
public abstract class EmailTokenStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    private IEmailTokenStore Tokens => Storage.EmailTokens;

    private async Task<User> CreateUserAsync(string tenantId, string username = "ann")
    {
        var user = new User
        {
            Id = Guid.NewGuid(), TenantId = tenantId, Username = username, Email = username + "@example.com", SecurityStamp = "stamp",
            EmailVerificationRequired = true, CreatedAt = Now, UpdatedAt = Now,
        };
        await Storage.Users.CreateAsync(user);
        return user;
    }

    private static EmailToken Token(User user, EmailTokenPurpose purpose = EmailTokenPurpose.Reset) => new()
    {
        Id = Guid.NewGuid(), TenantId = user.TenantId, UserId = user.Id, Purpose = purpose, Hash = Guid.NewGuid().ToByteArray(),
        Email = user.Email!, CreatedAt = Now, ExpiresAt = Now.AddMinutes(30),
    };

    [Fact]
    public async Task A_created_token_is_found_by_its_hash_as_it_was_stored_and_the_user_keeps_the_verification_flag()
    {
        var user = await CreateUserAsync(await CreateTenantAsync());
        var token = Token(user, EmailTokenPurpose.Verify);
        await Tokens.CreateAsync(token);

        Assert.Equal(token, await Tokens.FindAsync(token.Hash));
        Assert.Null(await Tokens.FindAsync(Guid.NewGuid().ToByteArray()));
        Assert.True((await Storage.Users.FindByIdAsync(user.TenantId, user.Id))!.EmailVerificationRequired);
    }

    [Fact]
    public async Task A_token_is_used_once_only_for_its_purpose_and_before_it_expires()
    {
        var user = await CreateUserAsync(await CreateTenantAsync());
        var token = Token(user);
        await Tokens.CreateAsync(token);

        Assert.Null(await Tokens.TryUseAsync(token.Hash, EmailTokenPurpose.Verify, Now));
        Assert.Null(await Tokens.TryUseAsync(token.Hash, EmailTokenPurpose.Reset, token.ExpiresAt));
        var used = await Tokens.TryUseAsync(token.Hash, EmailTokenPurpose.Reset, Now.AddMinutes(1));
        Assert.Equal(token with { UsedAt = Now.AddMinutes(1) }, used);
        Assert.Null(await Tokens.TryUseAsync(token.Hash, EmailTokenPurpose.Reset, Now.AddMinutes(2)));
        Assert.Equal(Now.AddMinutes(1), (await Tokens.FindAsync(token.Hash))!.UsedAt);
    }

    [Fact]
    public async Task Of_concurrent_uses_exactly_one_gets_the_token()
    {
        var user = await CreateUserAsync(await CreateTenantAsync());
        var token = Token(user);
        await Tokens.CreateAsync(token);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Tokens.TryUseAsync(token.Hash, EmailTokenPurpose.Reset, Now)));

        Assert.Single(results, result => result is not null);
    }

    [Fact]
    public async Task Using_all_ends_the_users_unused_tokens_of_one_purpose_only()
    {
        var tenant = await CreateTenantAsync();
        var user = await CreateUserAsync(tenant);
        var other = await CreateUserAsync(tenant, "bob");
        var (first, second, verify, others) = (Token(user), Token(user), Token(user, EmailTokenPurpose.Verify), Token(other));
        foreach (var token in new[] { first, second, verify, others })
            await Tokens.CreateAsync(token);
        await Tokens.TryUseAsync(first.Hash, EmailTokenPurpose.Reset, Now);

        Assert.Equal(1, await Tokens.UseAllAsync(tenant, user.Id, EmailTokenPurpose.Reset, Now.AddMinutes(1)));

        Assert.Equal(Now, (await Tokens.FindAsync(first.Hash))!.UsedAt);
        Assert.Equal(Now.AddMinutes(1), (await Tokens.FindAsync(second.Hash))!.UsedAt);
        Assert.Null((await Tokens.FindAsync(verify.Hash))!.UsedAt);
        Assert.Null((await Tokens.FindAsync(others.Hash))!.UsedAt);
    }

    [Fact]
    public async Task Duplicates_and_unknown_users_are_refused_and_deleting_the_user_deletes_its_tokens()
    {
        var user = await CreateUserAsync(await CreateTenantAsync());
        var token = Token(user);
        await Tokens.CreateAsync(token);

        await Assert.ThrowsAsync<DuplicateEntityException>(() => Tokens.CreateAsync(token with { Id = Guid.NewGuid() }));
        await Assert.ThrowsAsync<DuplicateEntityException>(() => Tokens.CreateAsync(token with { Hash = Guid.NewGuid().ToByteArray() }));
        await Assert.ThrowsAsync<MissingReferenceException>(() =>
            Tokens.CreateAsync(Token(user) with { UserId = Guid.NewGuid() }));

        Assert.True(await Storage.Users.DeleteAsync(user.TenantId, user.Id));
        Assert.Null(await Tokens.FindAsync(token.Hash));
    }

    [Fact]
    public async Task Cleanup_deletes_expired_tokens()
    {
        var user = await CreateUserAsync(await CreateTenantAsync());
        var expired = Token(user) with { ExpiresAt = Now.AddMinutes(-1) };
        var live = Token(user);
        await Tokens.CreateAsync(expired);
        await Tokens.CreateAsync(live);

        Assert.Equal(1, await Storage.ExpiredData.DeleteExpiredAsync(Core.Cleanup.ExpiredDataKind.EmailTokens, Now, 100));

        Assert.Null(await Tokens.FindAsync(expired.Hash));
        Assert.NotNull(await Tokens.FindAsync(live.Hash));
    }
}
