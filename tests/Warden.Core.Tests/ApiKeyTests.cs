using Warden.Core.ApiKeys;
using Warden.Core.Clients;
using Warden.Core.Protocol;
using Warden.Core.Scopes;
using Warden.Core.Tenants;
using Xunit;

namespace Warden.Core.Tests;

/// <summary>
/// API keys in the engine (issue #19): the key format, the creation rules of the policy, a key of one tenant refused in
/// another at introspection and token exchange, and last-use times written in batches on the engine's pinned clock.
/// </summary>
public sealed class ApiKeyTests
{
    private static readonly RequestContext Cli = new(TestEngine.Tenant, null);
    private static readonly ApiKeyActor Operator = new(null, "cli");

    private static ClientSpecification Exchanger => new()
    {
        Name = "Key Exchanger", GrantTypes = [OAuthNames.GrantTypes.TokenExchange], Scopes = ["reports"],
    };

    private static async Task<TestEngine> StartAsync()
    {
        var engine = await TestEngine.StartAsync();
        await new ScopeAdministration(engine.Storage.Scopes, engine.Time).CreateAsync(TestEngine.Tenant, "reports", null, null, [], requiresConsent: false);
        return engine;
    }

    private static Task<CreatedApiKey> CreateUserKeyAsync(TestEngine engine, TimeSpan? lifetime = null) =>
        engine.ApiKeys.CreateAsync(Cli, new ApiKeyRequest { Name = "alice's script", UserId = engine.Alice.Id, Scopes = ["openid", "reports"], Lifetime = lifetime },
            Operator);

    [Fact]
    public void A_key_has_the_visible_prefix_its_public_id_and_a_256_bit_secret()
    {
        var (publicId, key) = ApiKeyFormat.Generate();

        Assert.Matches("^wdn_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$", key);
        Assert.Equal(ApiKeyFormat.Length, key.Length);
        Assert.Equal(publicId, ApiKeyFormat.PublicIdOf(key));
        Assert.Null(ApiKeyFormat.PublicIdOf(key[..^1]));
        Assert.Null(ApiKeyFormat.PublicIdOf("wdn_" + publicId.ToUpperInvariant() + key[20..]));
        Assert.NotEqual(key, ApiKeyFormat.Generate().Key);
    }

    [Fact]
    public async Task Only_the_keyed_hash_is_stored_and_the_key_checks_until_revoked()
    {
        await using var engine = await StartAsync();
        var created = await CreateUserKeyAsync(engine);

        var stored = (await engine.Storage.ApiKeys.FindAsync(TestEngine.Tenant, created.Key.PublicId))!;
        Assert.Equal(engine.Hasher.Hash(created.Value), stored.SecretHash);
        Assert.Equal(created.Key.CreatedAt + TestEngine.ApiKeyPolicy.MaxLifetime, stored.ExpiresAt);
        Assert.Equal(stored, (await engine.ApiKeys.CheckAsync(TestEngine.Tenant, created.Value)).Key);
        // The same public id with another secret is refused.
        var forged = created.Value[..21] + new string('A', 43);
        Assert.Equal("wrong secret", (await engine.ApiKeys.CheckAsync(TestEngine.Tenant, forged)).Refusal);

        Assert.NotNull((await engine.ApiKeys.RevokeAsync(Cli, created.Key.PublicId, Operator))!.RevokedAt);
        Assert.Equal("revoked", (await engine.ApiKeys.CheckAsync(TestEngine.Tenant, created.Value)).Refusal);
        await engine.Audit.FlushAsync();
        var events = await engine.Storage.AuditLog.QueryAsync(new Audit.AuditQuery(TestEngine.Tenant));
        Assert.Contains(events, row => row.EventType == "api_key_created" && row.Details.Contains(created.Key.PublicId));
        Assert.Contains(events, row => row.EventType == "api_key_revoked" && row.Details.Contains(created.Key.PublicId));
        Assert.DoesNotContain(events, row => row.Details.Contains(created.Value[21..]));
    }

    [Theory]
    [InlineData("", "reports", 60, false, "the name must be")]
    [InlineData("k", "", 60, false, "a key needs at least one scope")]
    [InlineData("k", "undefined", 60, false, "scope 'undefined' is not defined")]
    [InlineData("k", "warden:users", 60, false, "scope 'warden:users' is not allowed")]
    [InlineData("k", "reports", 31_536_001, false, "the lifetime must be")]
    [InlineData("k", "reports", 0, false, "the lifetime must be")]
    [InlineData("k", "reports", 60, true, "give a lifetime or no expiry")]
    public async Task A_request_against_the_policy_is_refused_with_the_rule_it_breaks(string name, string scopes, int seconds, bool noExpiry,
        string message)
    {
        await using var engine = await StartAsync();

        var refusal = await Assert.ThrowsAsync<InvalidApiKeyException>(() => engine.ApiKeys.CreateAsync(Cli, new ApiKeyRequest
        {
            Name = name, UserId = engine.Alice.Id, Scopes = scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Lifetime = TimeSpan.FromSeconds(seconds), NoExpiry = noExpiry,
        }, Operator));

        Assert.StartsWith(message, refusal.Message);
        Assert.Empty(await engine.Storage.ApiKeys.ListAsync(TestEngine.Tenant));
    }

    [Fact]
    public async Task Keys_without_expiry_or_owner_follow_the_policy()
    {
        await using var engine = await StartAsync();
        var strict = new ApiKeyService(engine.Storage.ApiKeys, new FixedApiKeyPolicySource(new ApiKeyPolicy(["reports"], TimeSpan.FromDays(1), false)),
            engine.Storage.Scopes, engine.Storage.Users, new ClientDirectory(engine.Storage.Clients, new OAuthServerOptions(TestEngine.Issuer,
                TimeSpan.FromHours(1), TimeSpan.Zero), engine.Time), engine.Hasher, engine.ApiKeyUses, engine.Audit, engine.Time);
        var request = new ApiKeyRequest { Name = "k", UserId = engine.Alice.Id, Scopes = ["reports"], NoExpiry = true };

        Assert.Null((await engine.ApiKeys.CreateAsync(Cli, request, Operator)).Key.ExpiresAt);
        Assert.Equal("keys without expiry are not allowed", (await Assert.ThrowsAsync<InvalidApiKeyException>(() =>
            strict.CreateAsync(Cli, request, Operator))).Message);
        Assert.Equal("scope 'openid' is not allowed for API keys", (await Assert.ThrowsAsync<InvalidApiKeyException>(() =>
            strict.CreateAsync(Cli, request with { NoExpiry = false, Scopes = ["openid"] }, Operator))).Message);
        Assert.Equal("a key has exactly one owner: a user or a client", (await Assert.ThrowsAsync<InvalidApiKeyException>(() =>
            strict.CreateAsync(Cli, request with { NoExpiry = false, ClientId = "someone" }, Operator))).Message);
        Assert.Equal("there is no client 'nobody'", (await Assert.ThrowsAsync<InvalidApiKeyException>(() =>
            strict.CreateAsync(Cli, request with { NoExpiry = false, UserId = null, ClientId = "nobody" }, Operator))).Message);
    }

    [Fact]
    public async Task A_key_of_one_tenant_is_refused_at_introspection_and_exchange_in_another()
    {
        await using var engine = await StartAsync();
        var created = await CreateUserKeyAsync(engine);
        const string other = "tenant-b";
        await engine.Storage.Tenants.CreateAsync(new Tenant(other, "Tenant B", engine.Time.GetUtcNow()));
        await new ScopeAdministration(engine.Storage.Scopes, engine.Time).CreateAsync(other, "reports", null, null, [], requiresConsent: false);
        var (inB, secretInB) = await engine.Clients.CreateAsync(other, Exchanger with { IntrospectAll = true });
        var (inA, secretInA) = await engine.Clients.CreateAsync(TestEngine.Tenant, Exchanger with { IntrospectAll = true });
        var atB = new RequestContext(other, "192.0.2.1");
        var atA = new RequestContext(TestEngine.Tenant, "192.0.2.1");
        ProtocolParameters Form(string clientId, string secret, params (string, string)[] values) =>
            TestEngine.Parameters(values.Append(("client_id", clientId)).Append(("client_secret", secret)));

        Assert.Equal("unknown key", (await engine.ApiKeys.CheckAsync(other, created.Value)).Refusal);
        var introspectedAtB = await engine.Introspection.IntrospectAsync(Form(inB.ClientId, secretInB!.Value, ("token", created.Value)),
            ClientCredentialsInput.FromForm(Form(inB.ClientId, secretInB.Value), null, null), atB, CancellationToken.None);
        Assert.Null(introspectedAtB.Error);
        Assert.Null(introspectedAtB.ApiKey);
        Assert.Null(introspectedAtB.Active);
        var introspectedAtA = await engine.Introspection.IntrospectAsync(Form(inA.ClientId, secretInA!.Value, ("token", created.Value)),
            ClientCredentialsInput.FromForm(Form(inA.ClientId, secretInA.Value), null, null), atA, CancellationToken.None);
        Assert.Equal(created.Key.PublicId, introspectedAtA.ApiKey?.PublicId);

        (string, string)[] exchange =
        [
            ("grant_type", OAuthNames.GrantTypes.TokenExchange), ("subject_token", created.Value), ("subject_token_type", OAuthNames.TokenTypes.ApiKey),
        ];
        var parameters = Form(inB.ClientId, secretInB.Value, exchange);
        var refused = await engine.Tokens.HandleAsync(parameters, ClientCredentialsInput.FromForm(parameters, null, null), atB, CancellationToken.None);
        Assert.Equal(("invalid_request", "WARDEN-APIKEY-0003"), (refused.Error?.Error, refused.Error?.Id));
        parameters = Form(inA.ClientId, secretInA.Value, exchange);
        var accepted = await engine.Tokens.HandleAsync(parameters, ClientCredentialsInput.FromForm(parameters, null, null), atA, CancellationToken.None);
        Assert.Equal(OAuthNames.TokenTypes.AccessToken, accepted.Tokens().IssuedTokenType);
    }

    [Fact]
    public async Task An_exchanged_token_never_outlives_its_key()
    {
        await using var engine = await StartAsync();
        var created = await CreateUserKeyAsync(engine, TimeSpan.FromMinutes(10));
        var (client, secret) = await engine.CreateClientAsync(Exchanger);

        var result = await engine.TokenAsync(client, secret, ("grant_type", OAuthNames.GrantTypes.TokenExchange), ("subject_token", created.Value),
            ("subject_token_type", OAuthNames.TokenTypes.ApiKey), ("scope", "reports"));

        Assert.Equal(600, result.Tokens().ExpiresIn);
        Assert.Equal("reports", result.Tokens().Scope);
    }

    [Fact]
    public async Task Uses_are_gathered_in_memory_and_written_once_per_interval_and_at_shutdown()
    {
        await using var engine = await StartAsync();
        var created = await CreateUserKeyAsync(engine);
        var store = new CountingApiKeyStore(engine.Storage.ApiKeys);
        var recorder = new ApiKeyUseRecorder(store, engine.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<ApiKeyUseRecorder>.Instance);
        using var stop = new CancellationTokenSource();
        var running = recorder.RunAsync(stop.Token);

        for (var use = 0; use < 100; use++)
        {
            recorder.Record(TestEngine.Tenant, created.Key.PublicId, engine.Time.GetUtcNow());
            engine.Time.Advance(TimeSpan.FromMilliseconds(10));
        }
        Assert.Equal(0, store.Batches);
        Assert.Null((await engine.Storage.ApiKeys.FindAsync(TestEngine.Tenant, created.Key.PublicId))!.LastUsedAt);

        engine.Time.Advance(ApiKeyUseRecorder.FlushInterval);
        await store.WaitForBatchesAsync(1);
        var lastUse = engine.Time.GetUtcNow() - ApiKeyUseRecorder.FlushInterval - TimeSpan.FromMilliseconds(10);
        Assert.Equal(Storage.StoredTime.Truncate(lastUse), (await engine.Storage.ApiKeys.FindAsync(TestEngine.Tenant, created.Key.PublicId))!.LastUsedAt);
        Assert.Equal(1, store.Uses);

        // Nothing used: the next interval writes nothing; a use before shutdown is written when the recorder stops.
        engine.Time.Advance(ApiKeyUseRecorder.FlushInterval);
        recorder.Record(TestEngine.Tenant, created.Key.PublicId, engine.Time.GetUtcNow());
        await stop.CancelAsync();
        await running;
        Assert.Equal(2, store.Batches);
        Assert.Equal(Storage.StoredTime.Truncate(engine.Time.GetUtcNow()),
            (await engine.Storage.ApiKeys.FindAsync(TestEngine.Tenant, created.Key.PublicId))!.LastUsedAt);
        Assert.Equal(0, recorder.PendingCount);
    }

    [Fact]
    public async Task Cleanup_removes_a_revoked_key_only_after_the_retention()
    {
        await using var engine = await StartAsync();
        var created = await CreateUserKeyAsync(engine);
        await engine.ApiKeys.RevokeAsync(Cli, created.Key.PublicId, Operator);

        engine.Time.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, (await engine.Cleaner.RunOnceAsync())!.Deleted[Cleanup.ExpiredDataKind.ApiKeys]);
        engine.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, (await engine.Cleaner.RunOnceAsync())!.Deleted[Cleanup.ExpiredDataKind.ApiKeys]);
        Assert.Empty(await engine.Storage.ApiKeys.ListAsync(TestEngine.Tenant));
    }

    /// <summary>The memory store, counting the batches written through it (the one thing the batching test must see).</summary>
    private sealed class CountingApiKeyStore(IApiKeyStore inner) : IApiKeyStore
    {
        private readonly SemaphoreSlim _written = new(0);

        public int Batches { get; private set; }
        public int Uses { get; private set; }

        public async Task WaitForBatchesAsync(int count)
        {
            while (Batches < count)
                Assert.True(await _written.WaitAsync(TimeSpan.FromSeconds(10)), "the recorder wrote no batch");
        }

        public Task CreateAsync(ApiKey key, CancellationToken cancellationToken = default) => inner.CreateAsync(key, cancellationToken);
        public Task<ApiKey?> FindAsync(string tenantId, string publicId, CancellationToken cancellationToken = default) =>
            inner.FindAsync(tenantId, publicId, cancellationToken);
        public Task<IReadOnlyList<ApiKey>> ListAsync(string tenantId, CancellationToken cancellationToken = default) => inner.ListAsync(tenantId, cancellationToken);
        public Task<bool> RevokeAsync(string tenantId, string publicId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
            inner.RevokeAsync(tenantId, publicId, now, cancellationToken);

        public async Task RecordUsesAsync(IReadOnlyList<ApiKeyUse> uses, CancellationToken cancellationToken = default)
        {
            await inner.RecordUsesAsync(uses, cancellationToken);
            Batches++;
            Uses += uses.Count;
            _written.Release();
        }
    }
}
