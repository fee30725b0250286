using Warden.Core.Storage;
using Warden.Core.Tokens;
using Warden.Core.Users;
using Xunit;

namespace Warden.Storage.Contract;

/// <summary>Reference (opaque) access tokens and the JWT revocation list.</summary>
public abstract class TokenStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    private static ReferenceToken NewToken(string tenantId, byte seed) => new(
        tenantId, [seed, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 255], "billing", "billing", ["invoices.read", "invoices.write"],
        ["https://api.example"], "jti-" + seed, Now, Now.AddHours(1), null);

    [Fact]
    public async Task A_reference_token_is_found_by_its_hash_only()
    {
        var tenant = await CreateTenantAsync();
        var token = NewToken(tenant, 1);

        await Storage.ReferenceTokens.CreateAsync(token);

        Assert.Equal(token, await Storage.ReferenceTokens.FindAsync(token.Hash.ToArray()));
        Assert.Null(await Storage.ReferenceTokens.FindAsync([1, 2, 3]));
    }

    [Fact]
    public async Task A_reference_token_for_a_user_reports_the_users_current_security_stamp()
    {
        // Issue 14: a renewed stamp (password change, reset, deactivation) must end the user's reference tokens, and the
        // store reads the stamp with the token so introspection needs no second round trip.
        var tenant = await CreateTenantAsync();
        var user = new User { Id = Guid.NewGuid(), TenantId = tenant, Username = "alice", SecurityStamp = "stämp-1", CreatedAt = Now, UpdatedAt = Now };
        await Storage.Users.CreateAsync(user);
        var token = NewToken(tenant, 5) with { Subject = user.Id.ToString(), UserId = user.Id, SecurityStamp = "stämp-1" };
        var clientToken = NewToken(tenant, 6);
        await Storage.ReferenceTokens.CreateAsync(token);
        await Storage.ReferenceTokens.CreateAsync(clientToken);

        var found = await Storage.ReferenceTokens.FindAsync(token.Hash);
        Assert.Equal(token, found);
        Assert.Equal("stämp-1", found!.CurrentSecurityStamp);
        Assert.False(found.IsStale);
        var foundClientToken = await Storage.ReferenceTokens.FindAsync(clientToken.Hash);
        Assert.Null(foundClientToken!.UserId);
        Assert.Null(foundClientToken.CurrentSecurityStamp);
        Assert.False(foundClientToken.IsStale);

        Assert.True(await Storage.Users.UpdateAsync(user with { SecurityStamp = "stämp-2", UpdatedAt = Now.AddMinutes(1) }));
        found = await Storage.ReferenceTokens.FindAsync(token.Hash);
        Assert.Equal("stämp-2", found!.CurrentSecurityStamp);
        Assert.True(found.IsStale);

        Assert.True(await Storage.Users.DeleteAsync(tenant, user.Id));
        found = await Storage.ReferenceTokens.FindAsync(token.Hash);
        Assert.Null(found!.CurrentSecurityStamp);
        Assert.True(found.IsStale);
    }

    [Fact]
    public async Task A_reference_token_is_revoked_once()
    {
        var tenant = await CreateTenantAsync();
        var token = NewToken(tenant, 2);
        await Storage.ReferenceTokens.CreateAsync(token);

        Assert.True(await Storage.ReferenceTokens.RevokeAsync(token.Hash, Now.AddMinutes(1)));
        Assert.False(await Storage.ReferenceTokens.RevokeAsync(token.Hash, Now.AddMinutes(2)));
        Assert.False(await Storage.ReferenceTokens.RevokeAsync([42], Now));

        Assert.Equal(Now.AddMinutes(1), (await Storage.ReferenceTokens.FindAsync(token.Hash))!.RevokedAt);
    }

    [Fact]
    public async Task A_duplicate_hash_or_unknown_tenant_is_refused()
    {
        var tenant = await CreateTenantAsync();
        await Storage.ReferenceTokens.CreateAsync(NewToken(tenant, 3));

        await Assert.ThrowsAsync<DuplicateEntityException>(() => Storage.ReferenceTokens.CreateAsync(NewToken(tenant, 3)));
        await Assert.ThrowsAsync<MissingReferenceException>(() => Storage.ReferenceTokens.CreateAsync(NewToken("no-such-tenant", 4)));
    }

    [Fact]
    public async Task A_revoked_jti_is_remembered_per_tenant_and_revoking_again_is_harmless()
    {
        var tenant = await CreateTenantAsync();
        var other = await CreateTenantAsync();

        Assert.False(await Storage.Revocations.IsRevokedAsync(tenant, "jti-1"));
        Assert.True(await Storage.Revocations.RevokeAsync(tenant, "jti-1", "billing", Now.AddHours(1), Now));
        Assert.False(await Storage.Revocations.RevokeAsync(tenant, "jti-1", "billing", Now.AddHours(1), Now.AddMinutes(1)));

        Assert.True(await Storage.Revocations.IsRevokedAsync(tenant, "jti-1"));
        Assert.False(await Storage.Revocations.IsRevokedAsync(other, "jti-1"));
    }

    [Fact]
    public async Task Concurrent_revocations_of_one_jti_record_it_once()
    {
        var tenant = await CreateTenantAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16)
            .Select(_ => Task.Run(() => Storage.Revocations.RevokeAsync(tenant, "contested", "billing", Now.AddHours(1), Now))));

        Assert.Equal(1, outcomes.Count(first => first));
    }
}
