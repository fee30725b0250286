using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Warden.Core.Audit;
using Warden.Core.Authorization;
using Warden.Core.Caching;
using Warden.Core.Cleanup;
using Warden.Core.Clients;
using Warden.Core.Devices;
using Warden.Core.Grants;
using Warden.Core.Keys;
using Warden.Core.Protocol;
using Warden.Core.Scopes;
using Warden.Core.Security;
using Warden.Core.Tenants;
using Warden.Core.Sessions;
using Warden.Core.Tokens;
using Warden.Core.Users;
using Warden.Storage.Memory;

namespace Warden.Core.Tests;

/// <summary>
/// The protocol engine wired as the server's composition root (src/Warden/Hosting/OAuthServices.cs) wires it, on the
/// memory backend and memory cache, all on one <see cref="FakeTimeProvider"/> that tests advance instead of waiting.
/// </summary>
public sealed class TestEngine : IAsyncDisposable
{
    public const string Issuer = "https://warden.test";
    public const string RedirectUri = "https://app.example/cb";
    public const string Tenant = Core.Tenants.Tenant.DefaultId;
    private const string Password = "correct horse battery";

    /// <summary>The code verifier of RFC 7636 Appendix B, and its S256 challenge.</summary>
    public const string Verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    public const string Challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private readonly Warden.Core.Security.GuardedHttpFetcher _jwksFetcher = new(Warden.Core.Security.OutboundFetchOptions.Default);

    public TestEngine(AuthorizationOptions? authorization = null, DeviceFlowOptions? devices = null)
    {
        Authorization = authorization ?? new AuthorizationOptions(CodeLifetime: TimeSpan.FromSeconds(60), IdTokenLifetime: TimeSpan.FromHours(1),
            RefreshTokenLifetime: TimeSpan.FromDays(30), RefreshTokenIdleLifetime: TimeSpan.FromDays(14), AllowPlainPkce: false,
            PkceRequiredFor: PkceRequirement.AllClients);
        Devices = devices ?? new DeviceFlowOptions(CodeLifetime: TimeSpan.FromMinutes(10), PollInterval: TimeSpan.FromSeconds(5));
        Storage = new MemoryBackend(Time);
        Cache = new MemoryCacheStore(Time);
        var server = new OAuthServerOptions(Issuer, TimeSpan.FromHours(1), TimeSpan.Zero);
        var tenants = new TenantDirectory(Storage.Tenants, server, Time);
        var masterKey = new MasterKey(Enumerable.Range(1, MasterKey.Length).Select(i => (byte)i).ToArray());
        Hasher = new SecretHasher(masterKey);
        Keys = new SigningKeyManager(Storage.SigningKeys, new KeyProtector(masterKey),
            new SigningKeyOptions("ES256", TimeSpan.Zero, OAuthServerOptions.MaxAccessTokenLifetime, TimeSpan.FromSeconds(30)), Time);
        Audit = new AuditTrail(Storage.AuditLog, Time, NullLogger<AuditTrail>.Instance);
        var directory = new ClientDirectory(Storage.Clients, server, Time);
        Users = new UserAdministration(Storage.Users, new PasswordHasher(new PasswordHashingOptions(8_192, 1, 1)), Time);
        var scopes = new ScopeCatalog(Storage.Scopes, server, Time);
        var consent = new ConsentRules(scopes, Storage.Consents, server, Time);
        var userDirectory = new UserDirectory(Storage.Users, server, Time);
        var accessTokens = new AccessTokenIssuer(Keys, Storage.ReferenceTokens, Hasher, tenants, Time);
        var validator = new AccessTokenValidator(new SignedJwtReader(Keys), Keys, directory, Storage.ReferenceTokens, Storage.Revocations, Cache, Hasher,
            tenants, Time);
        var refreshTokens = new RefreshTokenService(Storage.RefreshTokens, Hasher, Authorization, tenants, Time);
        var revocation = new GrantRevocation(refreshTokens, Storage.Revocations, validator);
        var userTokens = new UserTokenIssuer(accessTokens, refreshTokens, Keys, new UserClaims(scopes), Authorization, tenants, Audit);
        var authenticator = new ClientAuthenticator(directory, Hasher, new ClientJwksResolver(_jwksFetcher, Time), Cache, Audit, tenants, Time);
        Codes = new AuthorizationCodeIssuer(Storage.AuthorizationCodes, Hasher, Authorization, tenants, Audit, Time);
        DeviceAuthorization = new DeviceAuthorizationHandler(authenticator, Storage.DeviceAuthorizations, Hasher, Devices, tenants, Audit, Time);
        DeviceVerification = new DeviceVerification(Storage.DeviceAuthorizations, directory, consent, Cache, Hasher, Audit, Time);
        ApiKeyUses = new ApiKeys.ApiKeyUseRecorder(Storage.ApiKeys, Time, NullLogger<ApiKeys.ApiKeyUseRecorder>.Instance);
        ApiKeys = new ApiKeys.ApiKeyService(Storage.ApiKeys, new ApiKeys.FixedApiKeyPolicySource(ApiKeyPolicy), Storage.Scopes, Storage.Users, directory,
            Hasher, ApiKeyUses, Audit, Time);
        Introspection = new IntrospectionAndRevocationHandler(authenticator, validator, Storage.Revocations, Storage.ReferenceTokens, refreshTokens,
            revocation, ApiKeys, Hasher, Audit, Time);
        IGrantHandler[] grants =
        [
            new ClientCredentialsGrant(accessTokens, Audit, tenants),
            new AuthorizationCodeGrant(Storage.AuthorizationCodes, userDirectory, userTokens, revocation, Hasher, Audit, Time),
            new RefreshTokenGrant(refreshTokens, userDirectory, consent, userTokens, revocation, Hasher, Audit, Time),
            new DeviceCodeGrant(Storage.DeviceAuthorizations, Storage.Users, userTokens, Cache, Hasher, Devices, Time),
            new TokenExchangeGrant(ApiKeys, Storage.Users, accessTokens, Audit, tenants),
        ];
        Tokens = new TokenEndpointHandler(authenticator, grants, tenants);
        Clients = new ClientAdministration(Storage.Clients, directory, Hasher, new DefaultClientScopes(Storage.Scopes, DefaultClientScopes.OpenIdConnect),
            new SupportedGrantTypes(grants), Time);
        Cleaner = new ExpiredDataCleaner(Storage.ExpiredData, new CleanupOptions(AuditRetention: TimeSpan.FromDays(90)), Time);
    }

    /// <summary>The one clock of the engine, at a whole second (token times are whole seconds).</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero));

    public AuthorizationOptions Authorization { get; }
    public DeviceFlowOptions Devices { get; }
    public MemoryBackend Storage { get; }
    public MemoryCacheStore Cache { get; }
    public SecretHasher Hasher { get; }
    public SigningKeyManager Keys { get; }
    public AuditTrail Audit { get; }
    public ClientAdministration Clients { get; }
    public UserAdministration Users { get; }
    public AuthorizationCodeIssuer Codes { get; }
    public DeviceAuthorizationHandler DeviceAuthorization { get; }
    public DeviceVerification DeviceVerification { get; }
    public TokenEndpointHandler Tokens { get; }

    /// <summary>The API-key policy of every tenant of the engine: any defined scope but reserved ones, a year at most, keys without expiry allowed.</summary>
    public static ApiKeys.ApiKeyPolicy ApiKeyPolicy { get; } = new(null, TimeSpan.FromDays(365), AllowNoExpiry: true);

    public ApiKeys.ApiKeyUseRecorder ApiKeyUses { get; }
    public ApiKeys.ApiKeyService ApiKeys { get; }
    public IntrospectionAndRevocationHandler Introspection { get; }
    public ExpiredDataCleaner Cleaner { get; }

    /// <summary>An engine with the standard scopes, signing keys and a user alice.</summary>
    public static async Task<TestEngine> StartAsync(AuthorizationOptions? authorization = null, DeviceFlowOptions? devices = null)
    {
        var engine = new TestEngine(authorization, devices);
        await new ScopeAdministration(engine.Storage.Scopes, engine.Time).EnsureStandardScopesAsync(Tenant);
        await engine.Keys.EnsureKeysAsync(Tenant);
        engine.Alice = await engine.Users.CreateAsync(Tenant, "alice", Password, "alice@example.com", UserRole.Regular);
        return engine;
    }

    public User Alice { get; private set; } = null!;

    public static ClientSpecification WebClient => new()
    {
        Name = "Photo Album",
        GrantTypes = ["authorization_code", "refresh_token"],
        Scopes = ["openid", "profile", "email", "offline_access"],
        RedirectUris = [RedirectUri],
        FirstParty = true,
    };

    public static ClientSpecification MachineClient => new() { Name = "Nightly Export", Scopes = ["reports"] };

    public static ClientSpecification TvClient => new()
    {
        Name = "Living Room TV",
        Type = ClientType.Public,
        GrantTypes = [DeviceAuthorizationHandler.GrantType, "refresh_token"],
        Scopes = ["openid", "profile", "offline_access"],
        FirstParty = true,
    };

    public async Task<(Client Client, string? Secret)> CreateClientAsync(ClientSpecification specification)
    {
        var (client, secret) = await Clients.CreateAsync(Tenant, specification);
        return (client, secret?.Value);
    }

    /// <summary>A token request as the token endpoint hands it to the engine, the client authenticating with its form parameters.</summary>
    public Task<TokenResult> TokenAsync(Client client, string? secret, params (string Name, string Value)[] form)
    {
        var values = form.Append(("client_id", client.ClientId));
        if (secret is not null)
            values = values.Append(("client_secret", secret));
        var parameters = Parameters(values);
        return Tokens.HandleAsync(parameters, ClientCredentialsInput.FromForm(parameters, null, null), new RequestContext(Tenant, "192.0.2.1"),
            CancellationToken.None);
    }

    /// <summary>An authorization code, as the authorization endpoint issues it once alice has signed in and approved.</summary>
    public async Task<string> IssueCodeAsync(Client client, string? codeChallenge, string scope = "openid profile offline_access",
        DateTimeOffset? authTime = null, SignInEvidence? evidence = null)
    {
        var request = new AuthorizationRequest
        {
            Client = client,
            RedirectUri = RedirectUri,
            ResponseMode = ResponseMode.Query,
            Scopes = scope.Split(' '),
            CodeChallenge = codeChallenge,
            CodeChallengeMethod = codeChallenge is null ? null : Pkce.S256,
            Parameters = ProtocolParameters.Empty,
        };
        var session = new UserSession(Tenant, Alice.Id, Alice.SecurityStamp, authTime ?? Time.GetUtcNow(), Time.GetUtcNow().AddHours(8), "session-1",
            Evidence: evidence);
        var response = await Codes.IssueAsync(request, Alice, session, "192.0.2.1", CancellationToken.None);
        return response.Parameters.Single(parameter => parameter.Key == "code").Value;
    }

    public static ProtocolParameters Parameters(IEnumerable<(string Name, string Value)> values) =>
        new(values.GroupBy(value => value.Name).ToDictionary(group => group.Key, group => group.Select(value => value.Value).ToArray()));

    public ValueTask DisposeAsync()
    {
        _jwksFetcher.Dispose();
        Keys.Dispose();
        return Cache.DisposeAsync();
    }
}

/// <summary>Reads the parts of a token response the tests look at.</summary>
public static class TokenResults
{
    public static string Error(this TokenResult result) =>
        result.Error?.Error ?? throw new Xunit.Sdk.XunitException("expected a refusal, got tokens");

    public static TokenResponse Tokens(this TokenResult result) =>
        result.Response ?? throw new Xunit.Sdk.XunitException($"expected tokens, got {result.Error!.Error}");

    public static string RefreshToken(this TokenResult result) =>
        result.Tokens().RefreshToken ?? throw new Xunit.Sdk.XunitException("the response has no refresh_token");
}
