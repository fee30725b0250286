using Warden.Core.Clients;
using Warden.Core.Storage;
using Warden.Core.Sessions;
using Warden.Core.Tokens;
using Warden.Core.Users;
using Xunit;

namespace Warden.Storage.Contract;

/// <summary>Authorization codes and refresh tokens (atomic single use, family revocation) and remembered consents.</summary>
public abstract class AuthorizationStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    private static byte[] Hash(int seed) => [.. BitConverter.GetBytes(seed), .. Guid.NewGuid().ToByteArray()];

    private static readonly string UserStamp = "stämp-" + new string('c', 2000);

    /// <summary>The one user of a tenant the codes and refresh tokens here are for (rotation and redemption check their user).</summary>
    private static Guid UserOf(string tenantId) => new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(tenantId)));

    private async Task<string> CreateTenantWithUserAsync()
    {
        var tenant = await CreateTenantAsync();
        await Storage.Users.CreateAsync(new User
        {
            Id = UserOf(tenant), TenantId = tenant, Username = "alice", SecurityStamp = UserStamp, CreatedAt = Now, UpdatedAt = Now,
        });
        return tenant;
    }

    /// <summary>A passkey sign-in with an acr: both evidence columns round-trip, and a rotation hands them to the successor.</summary>
    private static readonly SignInEvidence PasskeyEvidence = new([AuthenticationMethods.SoftwareKey, AuthenticationMethods.Pin], "urn:test:strong");

    private static AuthorizationCode NewCode(string tenantId) => new()
    {
        TenantId = tenantId, Hash = Hash(1), ClientId = "web", UserId = UserOf(tenantId), RedirectUri = "https://app.example/cb",
        RedirectUriInRequest = true, SecurityStamp = UserStamp, Scopes = ["openid", "profile"], Nonce = "n-0S6_WzA2Mj", CodeChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        CodeChallengeMethod = "S256", SessionId = "session-1", AuthTime = Now, Evidence = PasskeyEvidence, CreatedAt = Now, ExpiresAt = Now.AddMinutes(1),
    };

    private static RefreshToken NewRefreshToken(string tenantId, Guid familyId) => new()
    {
        TenantId = tenantId, Hash = Hash(2), Id = Guid.NewGuid(), FamilyId = familyId, ClientId = "web", UserId = UserOf(tenantId),
        Scopes = ["openid", "offline_access"], SessionId = "session-1", SecurityStamp = UserStamp, AuthTime = Now, Evidence = PasskeyEvidence, CreatedAt = Now, ExpiresAt = Now.AddDays(30),
    };

    [Fact]
    public async Task An_authorization_code_round_trips_and_is_consumed_exactly_once()
    {
        var tenant = await CreateTenantWithUserAsync();
        var code = NewCode(tenant);
        await Storage.AuthorizationCodes.CreateAsync(code);

        Assert.Equal(code, await Storage.AuthorizationCodes.FindAsync(code.Hash));
        var consumed = await Storage.AuthorizationCodes.TryConsumeAsync(code.Hash, Now.AddSeconds(5));
        Assert.Equal(new CodeConsumption(code with { ConsumedAt = Now.AddSeconds(5) }, UserCurrent: true), consumed);
        Assert.Null(await Storage.AuthorizationCodes.TryConsumeAsync(code.Hash, Now.AddSeconds(6)));
        Assert.Null(await Storage.AuthorizationCodes.TryConsumeAsync(Hash(9), Now));
        Assert.Equal(Now.AddSeconds(5), (await Storage.AuthorizationCodes.FindAsync(code.Hash))!.ConsumedAt);
    }

    [Fact]
    public async Task Of_concurrent_redemptions_of_one_code_exactly_one_wins()
    {
        var tenant = await CreateTenantWithUserAsync();
        var code = NewCode(tenant);
        await Storage.AuthorizationCodes.CreateAsync(code);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => Storage.AuthorizationCodes.TryConsumeAsync(code.Hash, Now))));

        Assert.Single(results, result => result is not null);
    }

    [Fact]
    public async Task A_code_whose_user_changed_is_still_consumed_and_says_so()
    {
        var tenant = await CreateTenantWithUserAsync();
        var stamped = NewCode(tenant);
        var deactivated = NewCode(tenant) with { Hash = Hash(3) };
        var deleted = NewCode(await CreateTenantWithUserAsync()) with { Hash = Hash(4) };
        foreach (var code in new[] { stamped, deactivated, deleted })
            await Storage.AuthorizationCodes.CreateAsync(code);
        var user = (await Storage.Users.FindByIdAsync(tenant, UserOf(tenant)))!;

        await Storage.Users.UpdateAsync(user with { SecurityStamp = "renewed" });
        Assert.False((await Storage.AuthorizationCodes.TryConsumeAsync(stamped.Hash, Now))!.UserCurrent);
        await Storage.Users.UpdateAsync(user with { IsActive = false });
        Assert.False((await Storage.AuthorizationCodes.TryConsumeAsync(deactivated.Hash, Now))!.UserCurrent);
        await Storage.Users.DeleteAsync(deleted.TenantId, deleted.UserId);
        Assert.False((await Storage.AuthorizationCodes.TryConsumeAsync(deleted.Hash, Now))!.UserCurrent);
        foreach (var code in new[] { stamped, deactivated, deleted })
            Assert.Equal(Now, (await Storage.AuthorizationCodes.FindAsync(code.Hash))!.ConsumedAt);
    }

    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    /// <summary>The token that replaces <paramref name="presented"/>: a new hash and id, the same family.</summary>
    private static RefreshToken Successor(RefreshToken presented, DateTimeOffset at) => presented with
    {
        Hash = Hash(7), Id = Guid.NewGuid(), ParentId = presented.Id, CreatedAt = at, ExpiresAt = at.AddDays(14), ConsumedAt = null,
    };

    private Task<RefreshRotationOutcome> RotateAsync(RefreshToken presented, RefreshToken successor, DateTimeOffset at, TimeSpan grace) =>
        Storage.RefreshTokens.RotateAsync(presented, successor, at, grace);

    [Fact]
    public async Task A_refresh_token_rotates_once_into_its_successor_and_a_reuse_after_the_grace_window_revokes_the_family()
    {
        var tenant = await CreateTenantWithUserAsync();
        var first = NewRefreshToken(tenant, Guid.NewGuid());
        var otherFamily = NewRefreshToken(tenant, Guid.NewGuid()) with { Hash = Hash(4) };
        await Storage.RefreshTokens.CreateAsync(first);
        await Storage.RefreshTokens.CreateAsync(otherFamily);
        var rotatedAt = Now.AddMinutes(1);
        var second = Successor(first, rotatedAt);

        Assert.Equal(RefreshRotationOutcome.Rotated, await RotateAsync(first, second, rotatedAt, Grace));
        Assert.Equal(first with { ConsumedAt = rotatedAt }, await Storage.RefreshTokens.FindAsync(first.Hash));
        Assert.Equal(second, await Storage.RefreshTokens.FindAsync(second.Hash));

        var reusedAt = rotatedAt + Grace + TimeSpan.FromMilliseconds(1);
        Assert.Equal(RefreshRotationOutcome.Reused, await RotateAsync(first, Successor(first, reusedAt), reusedAt, Grace));
        Assert.Equal(reusedAt, (await Storage.RefreshTokens.FindAsync(second.Hash))!.RevokedAt);
        Assert.Equal(RefreshRotationOutcome.Revoked, await RotateAsync(second, Successor(second, reusedAt), reusedAt, Grace));
        Assert.Equal(RefreshRotationOutcome.Revoked, await RotateAsync(first, Successor(first, reusedAt), reusedAt, Grace));
        Assert.Equal(RefreshRotationOutcome.NotFound, await RotateAsync(first with { Hash = Hash(9) }, Successor(first, reusedAt), reusedAt, Grace));
        Assert.Equal(RefreshRotationOutcome.Rotated, await RotateAsync(otherFamily, Successor(otherFamily, reusedAt), reusedAt, Grace));
    }

    [Fact]
    public async Task Within_the_grace_window_presenting_a_rotated_token_again_replaces_its_unused_successor()
    {
        var tenant = await CreateTenantWithUserAsync();
        var first = NewRefreshToken(tenant, Guid.NewGuid());
        await Storage.RefreshTokens.CreateAsync(first);
        var lost = Successor(first, Now);
        Assert.Equal(RefreshRotationOutcome.Rotated, await RotateAsync(first, lost, Now, Grace));

        var retriedAt = Now + Grace;
        var retried = Successor(first, retriedAt);
        Assert.Equal(RefreshRotationOutcome.Retried, await RotateAsync(first, retried, retriedAt, Grace));
        Assert.Equal(retriedAt, (await Storage.RefreshTokens.FindAsync(lost.Hash))!.RevokedAt);
        Assert.Equal(RefreshRotationOutcome.Revoked, await RotateAsync(lost, Successor(lost, retriedAt), retriedAt, Grace));
        Assert.Equal(RefreshRotationOutcome.Rotated, await RotateAsync(retried, Successor(retried, retriedAt), retriedAt, Grace));

        // Its successor used, the token is a replay even inside the window.
        Assert.Equal(RefreshRotationOutcome.Reused, await RotateAsync(first, Successor(first, retriedAt), retriedAt, Grace));
    }

    [Fact]
    public async Task With_no_grace_window_any_second_presentation_is_reuse()
    {
        var tenant = await CreateTenantWithUserAsync();
        var first = NewRefreshToken(tenant, Guid.NewGuid());
        await Storage.RefreshTokens.CreateAsync(first);
        var second = Successor(first, Now);

        Assert.Equal(RefreshRotationOutcome.Rotated, await RotateAsync(first, second, Now, TimeSpan.Zero));
        Assert.Equal(RefreshRotationOutcome.Reused, await RotateAsync(first, Successor(first, Now), Now, TimeSpan.Zero));
        Assert.Equal(Now, (await Storage.RefreshTokens.FindAsync(second.Hash))!.RevokedAt);
    }

    [Fact]
    public async Task A_rotation_whose_successor_cannot_be_written_leaves_the_presented_token_unconsumed()
    {
        var tenant = await CreateTenantWithUserAsync();
        var first = NewRefreshToken(tenant, Guid.NewGuid());
        var other = NewRefreshToken(tenant, Guid.NewGuid()) with { Hash = Hash(3) };
        await Storage.RefreshTokens.CreateAsync(first);
        await Storage.RefreshTokens.CreateAsync(other);

        await Assert.ThrowsAsync<DuplicateEntityException>(() => RotateAsync(first, Successor(first, Now) with { Hash = other.Hash }, Now, Grace));

        Assert.Null((await Storage.RefreshTokens.FindAsync(first.Hash))!.ConsumedAt);
        Assert.Equal(RefreshRotationOutcome.Rotated, await RotateAsync(first, Successor(first, Now), Now, Grace));
    }

    [Fact]
    public async Task A_rotation_for_a_user_with_a_new_stamp_deactivated_or_deleted_revokes_the_family()
    {
        var tenant = await CreateTenantWithUserAsync();
        var user = (await Storage.Users.FindByIdAsync(tenant, UserOf(tenant)))!;
        var first = NewRefreshToken(tenant, Guid.NewGuid());
        await Storage.RefreshTokens.CreateAsync(first);
        var second = Successor(first, Now);
        Assert.Equal(RefreshRotationOutcome.Rotated, await RotateAsync(first, second, Now, Grace));

        await Storage.Users.UpdateAsync(user with { SecurityStamp = "renewed" });
        Assert.Equal(RefreshRotationOutcome.UserChanged, await RotateAsync(second, Successor(second, Now), Now, Grace));
        Assert.Equal(Now, (await Storage.RefreshTokens.FindAsync(second.Hash))!.RevokedAt);
        Assert.Equal(RefreshRotationOutcome.Revoked, await RotateAsync(second, Successor(second, Now), Now, Grace));

        var deactivated = NewRefreshToken(tenant, Guid.NewGuid()) with { Hash = Hash(3), SecurityStamp = "renewed" };
        await Storage.RefreshTokens.CreateAsync(deactivated);
        await Storage.Users.UpdateAsync(user with { SecurityStamp = "renewed", IsActive = false });
        Assert.Equal(RefreshRotationOutcome.UserChanged, await RotateAsync(deactivated, Successor(deactivated, Now), Now, Grace));

        var deleted = NewRefreshToken(await CreateTenantWithUserAsync(), Guid.NewGuid()) with { Hash = Hash(4) };
        await Storage.RefreshTokens.CreateAsync(deleted);
        await Storage.Users.DeleteAsync(deleted.TenantId, deleted.UserId);
        Assert.Equal(RefreshRotationOutcome.UserChanged, await RotateAsync(deleted, Successor(deleted, Now), Now, Grace));
    }

    [Fact]
    public async Task A_family_revoked_before_its_first_token_is_written_refuses_that_token()
    {
        var tenant = await CreateTenantWithUserAsync();
        var family = Guid.NewGuid();
        Assert.Equal(0, await Storage.RefreshTokens.RevokeFamilyAsync(tenant, "web", family, Now, Now.AddDays(30)));
        var late = NewRefreshToken(tenant, family);
        await Storage.RefreshTokens.CreateAsync(late);

        Assert.Equal(RefreshRotationOutcome.Revoked, await RotateAsync(late, Successor(late, Now), Now, Grace));

        var kept = NewRefreshToken(tenant, Guid.NewGuid()) with { Hash = Hash(3) };
        await Storage.RefreshTokens.CreateAsync(kept);
        Assert.Equal(1, await Storage.RefreshTokens.RevokeFamilyAsync(tenant, "web", kept.FamilyId, Now, Now.AddDays(30)));
        Assert.Equal(0, await Storage.RefreshTokens.RevokeFamilyAsync(tenant, "web", kept.FamilyId, Now.AddMinutes(1), Now.AddDays(30)));
        Assert.Equal(Now, (await Storage.RefreshTokens.FindAsync(kept.Hash))!.RevokedAt);
    }

    [Fact]
    public async Task A_users_families_are_revoked_for_one_client_or_all_and_nobody_elses()
    {
        var tenant = await CreateTenantWithUserAsync();
        var user = UserOf(tenant);
        var bob = Guid.NewGuid();
        await Storage.Users.CreateAsync(new User
        {
            Id = bob, TenantId = tenant, Username = "bob", SecurityStamp = UserStamp, CreatedAt = Now, UpdatedAt = Now,
        });
        var web = NewRefreshToken(tenant, Guid.NewGuid());
        var webRotated = Successor(web, Now);
        var tv = NewRefreshToken(tenant, Guid.NewGuid()) with { Hash = Hash(3), ClientId = "tv" };
        var someoneElse = NewRefreshToken(tenant, Guid.NewGuid()) with { Hash = Hash(4), UserId = bob };
        foreach (var token in new[] { web, tv, someoneElse })
            await Storage.RefreshTokens.CreateAsync(token);
        Assert.Equal(RefreshRotationOutcome.Rotated, await RotateAsync(web, webRotated, Now, Grace));

        Assert.Equal(1, await Storage.RefreshTokens.RevokeUserFamiliesAsync(tenant, user, "web", Now.AddMinutes(1)));
        Assert.Equal(Now.AddMinutes(1), (await Storage.RefreshTokens.FindAsync(webRotated.Hash))!.RevokedAt);
        Assert.Null((await Storage.RefreshTokens.FindAsync(tv.Hash))!.RevokedAt);
        Assert.Equal(RefreshRotationOutcome.Revoked, await RotateAsync(webRotated, Successor(webRotated, Now.AddMinutes(2)), Now.AddMinutes(2), Grace));

        Assert.Equal(1, await Storage.RefreshTokens.RevokeUserFamiliesAsync(tenant, user, null, Now.AddMinutes(3)));
        Assert.Equal(0, await Storage.RefreshTokens.RevokeUserFamiliesAsync(tenant, user, null, Now.AddMinutes(4)));
        Assert.Equal(Now.AddMinutes(3), (await Storage.RefreshTokens.FindAsync(tv.Hash))!.RevokedAt);
        Assert.Null((await Storage.RefreshTokens.FindAsync(someoneElse.Hash))!.RevokedAt);
        Assert.Equal(RefreshRotationOutcome.Rotated, await RotateAsync(someoneElse, Successor(someoneElse, Now.AddMinutes(5)), Now.AddMinutes(5), Grace));
    }

    [Fact]
    public async Task Of_50_concurrent_rotations_of_one_token_without_grace_exactly_one_wins_and_the_family_ends()
    {
        var tenant = await CreateTenantWithUserAsync();
        var token = NewRefreshToken(tenant, Guid.NewGuid());
        await Storage.RefreshTokens.CreateAsync(token);
        var successors = Enumerable.Range(0, 50).Select(_ => Successor(token, Now)).ToList();

        var outcomes = await Task.WhenAll(successors.Select(successor => Task.Run(() => RotateAsync(token, successor, Now, TimeSpan.Zero))));

        Assert.Single(outcomes, outcome => outcome == RefreshRotationOutcome.Rotated);
        Assert.Contains(RefreshRotationOutcome.Reused, outcomes);
        Assert.All(outcomes, outcome => Assert.Contains(outcome,
            new[] { RefreshRotationOutcome.Rotated, RefreshRotationOutcome.Reused, RefreshRotationOutcome.Revoked }));
        var winner = successors[Array.IndexOf(outcomes, RefreshRotationOutcome.Rotated)];
        Assert.NotNull((await Storage.RefreshTokens.FindAsync(winner.Hash))!.RevokedAt);
        await Assert.ThrowsAsync<DuplicateEntityException>(() => Storage.RefreshTokens.CreateAsync(token with { Hash = Hash(5) }));
    }

    [Fact]
    public async Task Of_50_concurrent_rotations_of_one_token_within_grace_one_rotates_the_rest_retry_and_one_successor_lives()
    {
        var tenant = await CreateTenantWithUserAsync();
        var token = NewRefreshToken(tenant, Guid.NewGuid());
        await Storage.RefreshTokens.CreateAsync(token);
        var successors = Enumerable.Range(0, 50).Select(_ => Successor(token, Now)).ToList();

        var outcomes = await Task.WhenAll(successors.Select(successor => Task.Run(() => RotateAsync(token, successor, Now, Grace))));

        Assert.Single(outcomes, outcome => outcome == RefreshRotationOutcome.Rotated);
        Assert.Equal(49, outcomes.Count(outcome => outcome == RefreshRotationOutcome.Retried));
        var stored = await Task.WhenAll(successors.Select(successor => Storage.RefreshTokens.FindAsync(successor.Hash)));
        Assert.Single(stored, found => found!.RevokedAt is null);
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
