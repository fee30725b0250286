using Warden.Core.Clients;
using Warden.Core.Registration;
using Warden.Core.Storage;
using Xunit;

namespace Warden.Storage.Contract;

/// <summary>Registration tokens (RFC 7591/7592): hashed, of two kinds, used atomically, deleted with their client.</summary>
public abstract class RegistrationTokenStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    private const string ClientId = "registered";

    private IRegistrationTokenStore Tokens => Storage.RegistrationTokens;

    private static byte[] Hash() => Guid.NewGuid().ToByteArray();

    private static RegistrationToken InitialAccess(string tenantId) => new()
    {
        TenantId = tenantId, Id = Guid.NewGuid(), Hash = Hash(), Kind = RegistrationTokenKind.InitialAccess, CreatedAt = Now,
    };

    private static RegistrationToken RegistrationAccess(string tenantId, string clientId = ClientId) => new()
    {
        TenantId = tenantId, Id = Guid.NewGuid(), Hash = Hash(), Kind = RegistrationTokenKind.RegistrationAccess, ClientId = clientId,
        CreatedAt = Now,
    };

    private Task CreateClientAsync(string tenantId, string clientId = ClientId) =>
        Storage.Clients.CreateAsync(new Client
        {
            TenantId = tenantId, ClientId = clientId, Name = "Registered", Origin = ClientOrigins.Registration, CreatedAt = Now, UpdatedAt = Now,
        });

    /// <summary>A tenant with the client "registered".</summary>
    private async Task<string> CreateTenantWithClientAsync()
    {
        var tenant = await CreateTenantAsync();
        await CreateClientAsync(tenant);
        return tenant;
    }

    private async Task<RegistrationToken> CreateAsync(RegistrationToken token)
    {
        await Tokens.CreateAsync(token);
        return token;
    }

    [Fact]
    public async Task Tokens_of_both_kinds_round_trip_every_field()
    {
        var tenant = await CreateTenantWithClientAsync();
        var initial = InitialAccess(tenant) with { SingleUse = true, ExpiresAt = Now.AddDays(1), UsedAt = Now.AddSeconds(1) };
        var access = RegistrationAccess(tenant);

        await Tokens.CreateAsync(initial);
        await Tokens.CreateAsync(access);

        Assert.Equal(initial, await Tokens.FindAsync(initial.Hash));
        Assert.Equal(access, await Tokens.FindAsync(access.Hash));
        Assert.Null(await Tokens.FindAsync(Hash()));
    }

    [Fact]
    public async Task A_known_id_or_hash_is_a_duplicate_and_the_first_is_kept()
    {
        var tenant = await CreateTenantAsync();
        var token = await CreateAsync(InitialAccess(tenant));
        var otherTenant = await CreateTenantAsync();

        await Assert.ThrowsAsync<DuplicateEntityException>(() => Tokens.CreateAsync(InitialAccess(tenant) with { Id = token.Id }));
        await Assert.ThrowsAsync<DuplicateEntityException>(() => Tokens.CreateAsync(InitialAccess(tenant) with { Hash = token.Hash }));
        // A hash is unique across tenants: the token alone finds its row.
        await Assert.ThrowsAsync<DuplicateEntityException>(() => Tokens.CreateAsync(InitialAccess(otherTenant) with { Hash = token.Hash }));

        Assert.Equal(token, await Tokens.FindAsync(token.Hash));
        Assert.Equal([token], await Tokens.ListAsync(tenant, RegistrationTokenKind.InitialAccess));
    }

    [Fact]
    public async Task An_unknown_tenant_or_client_is_a_missing_reference()
    {
        var tenant = await CreateTenantWithClientAsync();

        await Assert.ThrowsAsync<MissingReferenceException>(() => Tokens.CreateAsync(InitialAccess("no-such-tenant")));
        await Assert.ThrowsAsync<MissingReferenceException>(() => Tokens.CreateAsync(RegistrationAccess(tenant, "no-such-client")));
        // The client exists, but in another tenant.
        var other = await CreateTenantAsync();
        await Assert.ThrowsAsync<MissingReferenceException>(() => Tokens.CreateAsync(RegistrationAccess(other)));

        Assert.Empty(await Tokens.ListAsync(tenant, RegistrationTokenKind.RegistrationAccess));
        Assert.Empty(await Tokens.ListAsync(other, RegistrationTokenKind.RegistrationAccess));
    }

    [Fact]
    public async Task A_token_is_listed_only_in_its_tenant_and_kind_ordered_by_creation_then_id()
    {
        var tenant = await CreateTenantWithClientAsync();
        var other = await CreateTenantWithClientAsync();
        var later = await CreateAsync(InitialAccess(tenant) with { CreatedAt = Now.AddMinutes(1) });
        var sameTime = new[] { await CreateAsync(InitialAccess(tenant)), await CreateAsync(InitialAccess(tenant)) }
            .OrderBy(token => token.Id.ToString("D"), StringComparer.Ordinal);
        var access = await CreateAsync(RegistrationAccess(tenant));
        var elsewhere = await CreateAsync(InitialAccess(other));

        Assert.Equal([.. sameTime, later], await Tokens.ListAsync(tenant, RegistrationTokenKind.InitialAccess));
        Assert.Equal([access], await Tokens.ListAsync(tenant, RegistrationTokenKind.RegistrationAccess));
        Assert.Equal([elsewhere], await Tokens.ListAsync(other, RegistrationTokenKind.InitialAccess));
        Assert.Empty(await Tokens.ListAsync(other, RegistrationTokenKind.RegistrationAccess));
        Assert.Equal(elsewhere, await Tokens.FindAsync(elsewhere.Hash));
        Assert.False(await Tokens.DeleteAsync(other, later.Id));
        Assert.Equal(later, await Tokens.FindAsync(later.Hash));
    }

    [Fact]
    public async Task A_multi_use_token_is_used_every_time_and_records_the_last_use()
    {
        var tenant = await CreateTenantWithClientAsync();
        var token = await CreateAsync(RegistrationAccess(tenant));

        Assert.True(await Tokens.TryUseAsync(token.Hash, Now.AddMinutes(1)));
        Assert.Equal(Now.AddMinutes(1), (await Tokens.FindAsync(token.Hash))!.UsedAt);
        Assert.True(await Tokens.TryUseAsync(token.Hash, Now.AddMinutes(2)));

        Assert.Equal(token with { UsedAt = Now.AddMinutes(2) }, await Tokens.FindAsync(token.Hash));
    }

    [Fact]
    public async Task A_single_use_token_is_used_once()
    {
        var tenant = await CreateTenantAsync();
        var token = await CreateAsync(InitialAccess(tenant) with { SingleUse = true, ExpiresAt = Now.AddHours(1) });

        Assert.True(await Tokens.TryUseAsync(token.Hash, Now.AddMinutes(1)));
        Assert.False(await Tokens.TryUseAsync(token.Hash, Now.AddMinutes(2)));

        Assert.Equal(token with { UsedAt = Now.AddMinutes(1) }, await Tokens.FindAsync(token.Hash));
    }

    [Fact]
    public async Task An_expired_or_unknown_token_is_not_used()
    {
        var tenant = await CreateTenantAsync();
        var token = await CreateAsync(InitialAccess(tenant) with { ExpiresAt = Now.AddHours(1) });

        Assert.False(await Tokens.TryUseAsync(token.Hash, token.ExpiresAt!.Value));
        Assert.False(await Tokens.TryUseAsync(token.Hash, Now.AddDays(1)));
        Assert.False(await Tokens.TryUseAsync(Hash(), Now));

        Assert.Equal(token, await Tokens.FindAsync(token.Hash));
        Assert.True(await Tokens.TryUseAsync(token.Hash, token.ExpiresAt.Value.AddMilliseconds(-1)));
    }

    [Fact]
    public async Task Of_concurrent_uses_of_a_single_use_token_exactly_one_wins()
    {
        var tenant = await CreateTenantAsync();
        var token = await CreateAsync(InitialAccess(tenant) with { SingleUse = true });

        var results = await Task.WhenAll(Enumerable.Range(0, 30)
            .Select(index => Task.Run(() => Tokens.TryUseAsync(token.Hash, Now.AddSeconds(index)))));

        Assert.Single(results, result => result);
    }

    [Fact]
    public async Task Delete_removes_the_token_once()
    {
        var tenant = await CreateTenantAsync();
        var token = await CreateAsync(InitialAccess(tenant));
        var kept = await CreateAsync(InitialAccess(tenant));

        Assert.True(await Tokens.DeleteAsync(tenant, token.Id));
        Assert.False(await Tokens.DeleteAsync(tenant, token.Id));

        Assert.Null(await Tokens.FindAsync(token.Hash));
        Assert.False(await Tokens.TryUseAsync(token.Hash, Now));
        Assert.Equal([kept], await Tokens.ListAsync(tenant, RegistrationTokenKind.InitialAccess));
        // The hash is free again once its token is gone.
        await Tokens.CreateAsync(token);
    }

    [Fact]
    public async Task Deleting_for_a_client_deletes_only_its_registration_access_tokens()
    {
        var tenant = await CreateTenantWithClientAsync();
        await CreateClientAsync(tenant, "neighbour");
        var other = await CreateTenantWithClientAsync();
        var first = await CreateAsync(RegistrationAccess(tenant));
        var second = await CreateAsync(RegistrationAccess(tenant) with { CreatedAt = Now.AddMinutes(1) });
        var neighbours = await CreateAsync(RegistrationAccess(tenant, "neighbour"));
        var sameClientIdElsewhere = await CreateAsync(RegistrationAccess(other));
        var initial = await CreateAsync(InitialAccess(tenant));

        Assert.Equal(2, await Tokens.DeleteForClientAsync(tenant, ClientId));
        Assert.Equal(0, await Tokens.DeleteForClientAsync(tenant, ClientId));

        Assert.Null(await Tokens.FindAsync(first.Hash));
        Assert.Null(await Tokens.FindAsync(second.Hash));
        Assert.Equal([neighbours], await Tokens.ListAsync(tenant, RegistrationTokenKind.RegistrationAccess));
        Assert.Equal(sameClientIdElsewhere, await Tokens.FindAsync(sameClientIdElsewhere.Hash));
        Assert.Equal(initial, await Tokens.FindAsync(initial.Hash));
    }

    [Fact]
    public async Task Deleting_the_client_deletes_its_tokens()
    {
        var tenant = await CreateTenantWithClientAsync();
        var token = await CreateAsync(RegistrationAccess(tenant));
        var initial = await CreateAsync(InitialAccess(tenant));

        Assert.True(await Storage.Clients.DeleteAsync(tenant, ClientId));

        Assert.Null(await Tokens.FindAsync(token.Hash));
        Assert.Empty(await Tokens.ListAsync(tenant, RegistrationTokenKind.RegistrationAccess));
        Assert.Equal(initial, await Tokens.FindAsync(initial.Hash));
        // The hash is free again once its token is gone.
        await CreateClientAsync(tenant);
        await Tokens.CreateAsync(token);
    }
}
