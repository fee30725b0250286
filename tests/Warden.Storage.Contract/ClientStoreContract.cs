using System.Text.Json.Nodes;
using Warden.Core.Clients;
using Warden.Core.Storage;
using Xunit;

namespace Warden.Storage.Contract;

public abstract class ClientStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    private static Client NewClient(string tenantId, string clientId) => new()
    {
        TenantId = tenantId,
        ClientId = clientId,
        Name = "Billing " + clientId,
        Type = ClientType.Confidential,
        RedirectUris = ["https://app.example/cb", "http://127.0.0.1/cb"],
        PostLogoutRedirectUris = ["https://app.example/bye"],
        GrantTypes = ["client_credentials", "refresh_token"],
        Scopes = ["invoices.read", "invoices.write"],
        TokenEndpointAuthMethod = "client_secret_basic",
        FirstParty = true,
        IntrospectAll = true,
        AccessTokenFormat = AccessTokenFormat.Reference,
        AccessTokenLifetime = TimeSpan.FromMinutes(15),
        SigningAlgorithm = "RS256",
        Resources = ["https://api.example/invoices"],
        Jwks = """{"keys":[]}""",
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    [Fact]
    public async Task A_created_client_is_found_with_every_field_intact()
    {
        var tenant = await CreateTenantAsync();
        var client = NewClient(tenant, "billing");

        await Storage.Clients.CreateAsync(client);

        Assert.Equal(client, await Storage.Clients.FindAsync(tenant, "billing"));
    }

    [Fact]
    public async Task Empty_lists_and_public_clients_round_trip()
    {
        var tenant = await CreateTenantAsync();
        var client = NewClient(tenant, "spa") with
        {
            Type = ClientType.Public, RedirectUris = [], PostLogoutRedirectUris = [], Scopes = [], FirstParty = false,
            IntrospectAll = false, TokenEndpointAuthMethod = "none", AccessTokenFormat = AccessTokenFormat.Jwt, AccessTokenLifetime = null,
            SigningAlgorithm = null, Resources = [], Jwks = null, JwksUri = "https://spa.example/jwks.json",
        };

        await Storage.Clients.CreateAsync(client);

        Assert.Equal(client, await Storage.Clients.FindAsync(tenant, "spa"));
    }

    // PostgreSQL keeps registration metadata as jsonb, which normalises key order and whitespace: compared as JSON.
    private const string Metadata =
        """{"contacts":["ana@example.com","jürgen@example.com"],"client_uri":"https://café.example/","software_id":"4NRB1-0XZABZI9E6-5SM3R",""" +
        """ "logo_uri":"https://café.example/logo.png","tos_uri":"https://café.example/tos?lang=日本語","software_version":"2.1 ☕"}""";

    private static Client Registered(Client client, string metadata) => client with { Origin = ClientOrigins.Registration, RegistrationMetadata = metadata };

    /// <summary>The stored client equals the expected one, its registration metadata as JSON rather than as text.</summary>
    private static void AssertStored(Client expected, Client? stored)
    {
        Assert.NotNull(stored);
        Assert.Equal(expected with { RegistrationMetadata = stored.RegistrationMetadata }, stored);
        Assert.Equal(expected.RegistrationMetadata is null, stored.RegistrationMetadata is null);
        if (expected.RegistrationMetadata is not null)
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected.RegistrationMetadata), JsonNode.Parse(stored.RegistrationMetadata!)),
                $"expected {expected.RegistrationMetadata}, stored {stored.RegistrationMetadata}");
    }

    [Fact]
    public async Task A_registered_client_keeps_its_origin_and_its_metadata_with_unicode()
    {
        var tenant = await CreateTenantAsync();
        var client = Registered(NewClient(tenant, "dynamic"), Metadata);

        await Storage.Clients.CreateAsync(client);

        AssertStored(client, await Storage.Clients.FindAsync(tenant, "dynamic"));
        AssertStored(client, Assert.Single(await Storage.Clients.ListAsync(tenant)));
        var stored = JsonNode.Parse((await Storage.Clients.FindAsync(tenant, "dynamic"))!.RegistrationMetadata!)!;
        Assert.Equal("jürgen@example.com", stored["contacts"]![1]!.GetValue<string>());
        Assert.Equal("2.1 ☕", stored["software_version"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_client_is_from_the_cli_without_metadata_unless_told_otherwise()
    {
        var tenant = await CreateTenantAsync();

        await Storage.Clients.CreateAsync(NewClient(tenant, "billing") with { Origin = ClientOrigins.Cli, RegistrationMetadata = null });

        var stored = await Storage.Clients.FindAsync(tenant, "billing");
        Assert.Equal(ClientOrigins.Cli, stored!.Origin);
        Assert.Null(stored.RegistrationMetadata);
    }

    [Fact]
    public async Task Update_changes_the_origin_and_the_registration_metadata()
    {
        var tenant = await CreateTenantAsync();
        await Storage.Clients.CreateAsync(NewClient(tenant, "billing"));
        var registered = Registered(NewClient(tenant, "billing") with { UpdatedAt = Now.AddHours(1) }, Metadata);
        var replaced = registered with { RegistrationMetadata = """{"client_uri":"https://other.example/"}""", UpdatedAt = Now.AddHours(2) };
        var cleared = registered with { Origin = ClientOrigins.Cli, RegistrationMetadata = null, UpdatedAt = Now.AddHours(3) };

        Assert.True(await Storage.Clients.UpdateAsync(registered));
        AssertStored(registered, await Storage.Clients.FindAsync(tenant, "billing"));
        Assert.True(await Storage.Clients.UpdateAsync(replaced));
        AssertStored(replaced, await Storage.Clients.FindAsync(tenant, "billing"));
        Assert.True(await Storage.Clients.UpdateAsync(cleared));
        Assert.Equal(cleared, await Storage.Clients.FindAsync(tenant, "billing"));
    }

    [Fact]
    public async Task A_client_is_invisible_from_another_tenant()
    {
        var tenant = await CreateTenantAsync();
        var other = await CreateTenantAsync();
        await Storage.Clients.CreateAsync(NewClient(tenant, "billing"));

        Assert.Null(await Storage.Clients.FindAsync(other, "billing"));
        Assert.Empty(await Storage.Clients.ListAsync(other));
        Assert.False(await Storage.Clients.DeleteAsync(other, "billing"));
        Assert.NotNull(await Storage.Clients.FindAsync(tenant, "billing"));
    }

    [Fact]
    public async Task The_same_client_id_may_exist_in_two_tenants()
    {
        var first = await CreateTenantAsync();
        var second = await CreateTenantAsync();

        await Storage.Clients.CreateAsync(NewClient(first, "web"));
        await Storage.Clients.CreateAsync(NewClient(second, "web") with { Name = "Second" });

        Assert.Equal("Second", (await Storage.Clients.FindAsync(second, "web"))!.Name);
        Assert.Equal("Billing web", (await Storage.Clients.FindAsync(first, "web"))!.Name);
    }

    [Fact]
    public async Task A_duplicate_client_id_is_refused_and_the_first_is_kept()
    {
        var tenant = await CreateTenantAsync();
        await Storage.Clients.CreateAsync(NewClient(tenant, "billing"));

        var error = await Assert.ThrowsAsync<DuplicateEntityException>(
            () => Storage.Clients.CreateAsync(NewClient(tenant, "billing") with { Name = "Impostor" }));

        Assert.Equal("client", error.Entity);
        Assert.Equal("billing", error.Key);
        Assert.Equal("Billing billing", (await Storage.Clients.FindAsync(tenant, "billing"))!.Name);
    }

    [Fact]
    public async Task A_client_of_an_unknown_tenant_is_refused()
    {
        await Assert.ThrowsAsync<MissingReferenceException>(() => Storage.Clients.CreateAsync(NewClient("no-such-tenant", "x")));
    }

    [Fact]
    public async Task Clients_are_listed_by_client_id_within_their_tenant()
    {
        var tenant = await CreateTenantAsync();
        foreach (var id in new[] { "c", "a", "b" })
            await Storage.Clients.CreateAsync(NewClient(tenant, id));

        var ids = (await Storage.Clients.ListAsync(tenant)).Select(client => client.ClientId);

        Assert.Equal(["a", "b", "c"], ids);
    }

    [Fact]
    public async Task Update_replaces_the_fields_but_keeps_the_creation_time()
    {
        var tenant = await CreateTenantAsync();
        await Storage.Clients.CreateAsync(NewClient(tenant, "billing"));
        var changed = NewClient(tenant, "billing") with
        {
            Name = "Renamed",
            Scopes = ["invoices.read"],
            RedirectUris = ["https://new.example/cb"],
            FirstParty = false,
            IntrospectAll = false,
            CreatedAt = Now.AddDays(5),
            UpdatedAt = Now.AddHours(1),
        };

        Assert.True(await Storage.Clients.UpdateAsync(changed));

        Assert.Equal(changed with { CreatedAt = Now }, await Storage.Clients.FindAsync(tenant, "billing"));
    }

    [Fact]
    public async Task Update_and_delete_of_a_missing_client_report_false()
    {
        var tenant = await CreateTenantAsync();

        Assert.False(await Storage.Clients.UpdateAsync(NewClient(tenant, "ghost")));
        Assert.False(await Storage.Clients.DeleteAsync(tenant, "ghost"));
        Assert.Null(await Storage.Clients.FindAsync(tenant, "ghost"));
    }

    [Fact]
    public async Task Delete_removes_the_client_once()
    {
        var tenant = await CreateTenantAsync();
        await Storage.Clients.CreateAsync(NewClient(tenant, "billing"));

        Assert.True(await Storage.Clients.DeleteAsync(tenant, "billing"));
        Assert.False(await Storage.Clients.DeleteAsync(tenant, "billing"));
        Assert.Null(await Storage.Clients.FindAsync(tenant, "billing"));
    }

    private static ClientSecret NewSecret(string tenantId, string clientId, int minute, DateTimeOffset? expiresAt = null) =>
        new(tenantId, clientId, Guid.NewGuid(), [(byte)minute, 1, 2, 3], Now.AddMinutes(minute), expiresAt);

    [Fact]
    public async Task Secrets_are_listed_newest_first_with_their_hashes()
    {
        var tenant = await CreateTenantAsync();
        await Storage.Clients.CreateAsync(NewClient(tenant, "billing"));
        var older = NewSecret(tenant, "billing", 0, Now.AddDays(1));
        var newer = NewSecret(tenant, "billing", 5);

        await Storage.Clients.AddSecretAsync(older);
        await Storage.Clients.AddSecretAsync(newer);

        Assert.Equal([newer, older], await Storage.Clients.ListSecretsAsync(tenant, "billing"));
        Assert.Empty(await Storage.Clients.ListSecretsAsync(tenant, "other"));
    }

    [Fact]
    public async Task A_secret_for_a_missing_client_is_refused()
    {
        var tenant = await CreateTenantAsync();

        await Assert.ThrowsAsync<MissingReferenceException>(() => Storage.Clients.AddSecretAsync(NewSecret(tenant, "ghost", 0)));
    }

    [Fact]
    public async Task Rotation_shortens_every_other_secret_but_never_lengthens_one()
    {
        var tenant = await CreateTenantAsync();
        await Storage.Clients.CreateAsync(NewClient(tenant, "billing"));
        var unlimited = NewSecret(tenant, "billing", 0);
        var soon = NewSecret(tenant, "billing", 1, Now.AddMinutes(10));
        var kept = NewSecret(tenant, "billing", 2);
        foreach (var secret in new[] { unlimited, soon, kept })
            await Storage.Clients.AddSecretAsync(secret);

        var shortened = await Storage.Clients.ExpireOtherSecretsAsync(tenant, "billing", kept.Id, Now.AddHours(1));

        Assert.Equal(1, shortened);
        var byId = (await Storage.Clients.ListSecretsAsync(tenant, "billing")).ToDictionary(secret => secret.Id);
        Assert.Equal(Now.AddHours(1), byId[unlimited.Id].ExpiresAt);
        Assert.Equal(Now.AddMinutes(10), byId[soon.Id].ExpiresAt);
        Assert.Null(byId[kept.Id].ExpiresAt);
    }

    [Fact]
    public async Task Deleting_a_client_deletes_its_secrets()
    {
        var tenant = await CreateTenantAsync();
        await Storage.Clients.CreateAsync(NewClient(tenant, "billing"));
        await Storage.Clients.AddSecretAsync(NewSecret(tenant, "billing", 0));

        await Storage.Clients.DeleteAsync(tenant, "billing");
        await Storage.Clients.CreateAsync(NewClient(tenant, "billing"));

        Assert.Empty(await Storage.Clients.ListSecretsAsync(tenant, "billing"));
    }

    [Fact]
    public async Task Of_many_concurrent_creations_of_one_client_id_exactly_one_succeeds()
    {
        var tenant = await CreateTenantAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(async attempt =>
        {
            try
            {
                await Storage.Clients.CreateAsync(NewClient(tenant, "contested") with { Name = "attempt " + attempt });
                return true;
            }
            catch (DuplicateEntityException)
            {
                return false;
            }
        }));

        Assert.Equal(1, outcomes.Count(succeeded => succeeded));
        Assert.Single(await Storage.Clients.ListAsync(tenant));
    }

    [Fact]
    public async Task Concurrent_writers_of_different_clients_all_succeed()
    {
        var tenant = await CreateTenantAsync();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(index => Storage.Clients.CreateAsync(NewClient(tenant, $"client-{index:D2}"))));

        Assert.Equal(50, (await Storage.Clients.ListAsync(tenant)).Count);
    }
}
