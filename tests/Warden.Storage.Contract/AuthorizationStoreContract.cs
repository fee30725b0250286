using Warden.Core.Clients;
using Warden.Core.Storage;
using Warden.Core.Tokens;
using Warden.Core.Users;
using Xunit;

namespace Warden.Storage.Contract;

/// <summary>Authorization codes and refresh tokens (atomic single use, family revocation) and remembered consents.</summary>
public abstract class AuthorizationStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    private static byte[] Hash(int seed) => [.. BitConverter.GetBytes(seed), .. Guid.NewGuid().ToByteArray()];

    private static AuthorizationCode NewCode(string tenantId) => new()
    {
        TenantId = tenantId, Hash = Hash(1), ClientId = "web", UserId = Guid.NewGuid(), RedirectUri = "https://app.example/cb",
        RedirectUriInRequest = true, SecurityStamp = "stämp-" + new string('c', 2000), Scopes = ["openid", "profile"], Nonce = "n-0S6_WzA2Mj", CodeChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        CodeChallengeMethod = "S256", SessionId = "session-1", AuthTime = Now, CreatedAt = Now, ExpiresAt = Now.AddMinutes(1),
    };

    private static RefreshToken NewRefreshToken(string tenantId, Guid familyId) => new()
    {
        TenantId = tenantId, Hash = Hash(2), Id = Guid.NewGuid(), FamilyId = familyId, ClientId = "web", UserId = Guid.NewGuid(),
        Scopes = ["openid", "offline_access"], SessionId = "session-1", SecurityStamp = "stämp-r", AuthTime = Now, CreatedAt = Now, ExpiresAt = Now.AddDays(30),
    };

    [Fact]
    public async Task An_authorization_code_round_trips_and_is_consumed_exactly_once()
    {
        var tenant = await CreateTenantAsync();
        var code = NewCode(tenant);
        await Storage.AuthorizationCodes.CreateAsync(code);

        Assert.Equal(code, await Storage.AuthorizationCodes.FindAsync(code.Hash));
        var consumed = await Storage.AuthorizationCodes.TryConsumeAsync(code.Hash, Now.AddSeconds(5));
        Assert.Equal(code with { ConsumedAt = Now.AddSeconds(5) }, consumed);
        Assert.Null(await Storage.AuthorizationCodes.TryConsumeAsync(code.Hash, Now.AddSeconds(6)));
        Assert.Null(await Storage.AuthorizationCodes.TryConsumeAsync(Hash(9), Now));
        Assert.Equal(Now.AddSeconds(5), (await Storage.AuthorizationCodes.FindAsync(code.Hash))!.ConsumedAt);
    }

    [Fact]
    public async Task Of_concurrent_redemptions_of_one_code_exactly_one_wins()
    {
        var tenant = await CreateTenantAsync();
        var code = NewCode(tenant);
        await Storage.AuthorizationCodes.CreateAsync(code);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => Storage.AuthorizationCodes.TryConsumeAsync(code.Hash, Now))));

        Assert.Single(results, result => result is not null);
    }

    [Fact]
    public async Task A_refresh_token_is_rotated_once_and_a_revoked_family_cannot_be_rotated()
    {
        var tenant = await CreateTenantAsync();
        var family = Guid.NewGuid();
        var first = NewRefreshToken(tenant, family);
        var second = NewRefreshToken(tenant, family) with { Hash = Hash(3) };
        var otherFamily = NewRefreshToken(tenant, Guid.NewGuid()) with { Hash = Hash(4) };
        foreach (var token in new[] { first, second, otherFamily })
            await Storage.RefreshTokens.CreateAsync(token);

        Assert.Equal(first, await Storage.RefreshTokens.FindAsync(first.Hash));
        Assert.Equal(first with { ConsumedAt = Now.AddMinutes(1) }, await Storage.RefreshTokens.TryConsumeAsync(first.Hash, Now.AddMinutes(1)));
        Assert.Null(await Storage.RefreshTokens.TryConsumeAsync(first.Hash, Now.AddMinutes(2)));

        Assert.Equal(2, await Storage.RefreshTokens.RevokeFamilyAsync(tenant, family, Now.AddMinutes(3)));
        Assert.Equal(0, await Storage.RefreshTokens.RevokeFamilyAsync(tenant, family, Now.AddMinutes(4)));
        Assert.Null(await Storage.RefreshTokens.TryConsumeAsync(second.Hash, Now.AddMinutes(5)));
        Assert.Equal(Now.AddMinutes(3), (await Storage.RefreshTokens.FindAsync(second.Hash))!.RevokedAt);
        Assert.NotNull(await Storage.RefreshTokens.TryConsumeAsync(otherFamily.Hash, Now.AddMinutes(5)));
    }

    [Fact]
    public async Task Of_concurrent_rotations_of_one_refresh_token_exactly_one_wins()
    {
        var tenant = await CreateTenantAsync();
        var token = NewRefreshToken(tenant, Guid.NewGuid());
        await Storage.RefreshTokens.CreateAsync(token);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => Storage.RefreshTokens.TryConsumeAsync(token.Hash, Now))));

        Assert.Single(results, result => result is not null);
        await Assert.ThrowsAsync<DuplicateEntityException>(() => Storage.RefreshTokens.CreateAsync(token with { Hash = Hash(5) }));
    }

    [Fact]
    public async Task A_consent_is_saved_replaced_keeping_its_grant_time_listed_and_revoked()
    {
        var tenant = await CreateTenantAsync();
        var user = new User
        {
            Id = Guid.NewGuid(), TenantId = tenant, Username = "alice", SecurityStamp = "s", CreatedAt = Now, UpdatedAt = Now,
        };
        await Storage.Users.CreateAsync(user);
        foreach (var clientId in new[] { "web", "app" })
            await Storage.Clients.CreateAsync(new Client { TenantId = tenant, ClientId = clientId, Name = clientId, CreatedAt = Now, UpdatedAt = Now });

        await Storage.Consents.SaveAsync(new Consent(tenant, user.Id, "web", ["openid"], Now, Now));
        await Storage.Consents.SaveAsync(new Consent(tenant, user.Id, "web", ["openid", "email"], Now.AddDays(1), Now.AddDays(1)));
        await Storage.Consents.SaveAsync(new Consent(tenant, user.Id, "app", ["openid"], Now, Now));

        Assert.Equal(new Consent(tenant, user.Id, "web", ["openid", "email"], Now, Now.AddDays(1)),
            await Storage.Consents.FindAsync(tenant, user.Id, "web"));
        Assert.Equal(["app", "web"], (await Storage.Consents.ListForUserAsync(tenant, user.Id)).Select(consent => consent.ClientId));
        Assert.True(await Storage.Consents.RevokeAsync(tenant, user.Id, "web"));
        Assert.False(await Storage.Consents.RevokeAsync(tenant, user.Id, "web"));
        Assert.Null(await Storage.Consents.FindAsync(tenant, user.Id, "web"));
        await Assert.ThrowsAsync<MissingReferenceException>(() =>
            Storage.Consents.SaveAsync(new Consent(tenant, Guid.NewGuid(), "web", ["openid"], Now, Now)));
        await Assert.ThrowsAsync<MissingReferenceException>(() =>
            Storage.Consents.SaveAsync(new Consent(tenant, user.Id, "no-such-client", ["openid"], Now, Now)));
    }
}
