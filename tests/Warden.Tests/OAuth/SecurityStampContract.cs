using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Clients;
using Warden.Core.Devices;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Testing;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.OAuth;

/// <summary>
/// Issue 14: what a person granted before an operator changed their password or deactivated them ends with the change
/// (RFC 9700 §4.14.2): refresh tokens stop rotating, codes and approved device requests in flight are not redeemed, and
/// reference access tokens introspect inactive. The operator acts with the real `warden users` CLI against the server's
/// database; the memory backend lives inside the server's process, so there the test makes the call the CLI makes.
/// Also the token endpoint's redirect_uri rule (RFC 6749 §4.1.3), which depends on what the code row stores.
/// </summary>
public abstract class SecurityStampContract<TBackend> : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private const string NewPassword = "a brand new passphrase";

    private readonly TemporaryDirectory _directory = new();
    private DatabaseOptions _database = null!;
    private RunningWarden? _warden;

    private RunningWarden Warden => _warden!;

    public async Task InitializeAsync()
    {
        _database = await new TBackend().CreateAsync(_directory);
        _warden = await StartAsync(_database);
    }

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    public static TheoryData<string> StampChanges => ["set-password", "disable"];

    [Theory]
    [MemberData(nameof(StampChanges))]
    public async Task After_the_change_a_refresh_token_is_invalid_grant_and_a_reference_access_token_introspects_inactive(string change)
    {
        var (client, secret) = await Warden.CreateClientAsync(WebClient() with { AccessTokenFormat = AccessTokenFormat.Reference });
        var tokens = await SignInAndRedeemAsync(client.ClientId, secret!);
        var (rotatedStatus, rotated, _) = await Warden.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!, client.ClientId, secret);
        Assert.Equal(200, rotatedStatus);
        var accessToken = rotated.GetProperty("access_token").GetString()!;
        Assert.True((await Warden.IntrospectAsync(accessToken, client.ClientId, secret!)).GetProperty("active").GetBoolean());

        await ChangeAliceAsync(change);

        var (status, body, _) = await Warden.RefreshAsync(rotated.GetProperty("refresh_token").GetString()!, client.ClientId, secret);
        Assert.Equal(400, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        var introspection = await Warden.IntrospectAsync(accessToken, client.ClientId, secret!);
        Assert.Equal("""{"active":false}""", introspection.GetRawText());
    }

    [Fact]
    public async Task A_code_issued_before_a_password_change_is_invalid_grant_at_redemption()
    {
        var (client, secret) = await Warden.CreateClientAsync(WebClient());
        using var browser = new Browser(Warden);
        var pkce = Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(client.ClientId, pkce)))["code"];

        await ChangeAliceAsync("set-password");

        var (status, body, _) = await Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier);
        Assert.Equal(400, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_device_approved_before_a_password_change_gets_invalid_grant_instead_of_tokens()
    {
        var (tv, _) = await Warden.CreateClientAsync(DeviceFlowContract<TBackend>.TvClient());
        var (_, codes, _) = await Warden.PostFormAsync("/device_authorization", [new("client_id", tv.ClientId), new("scope", "openid profile")]);
        using var person = new Browser(Warden);
        var entry = await person.SignInAndFollowAsync(await person.FollowAsync("/device"));
        var userCode = codes.GetProperty("user_code").GetString()!;
        var confirm = await DeviceFlowContract<TBackend>.PostDeviceFormAsync(person, entry, [new("user_code", userCode)]);
        var approved = await DeviceFlowContract<TBackend>.PostDeviceFormAsync(person, confirm, [new("user_code", userCode), new("decision", "allow")]);
        Assert.Contains("Your device is connected", await approved.Content.ReadAsStringAsync());

        await ChangeAliceAsync("set-password");

        var (status, body, _) = await Warden.PostFormAsync("/token",
        [
            new("grant_type", DeviceAuthorizationHandler.GrantType), new("device_code", codes.GetProperty("device_code").GetString()!),
            new("client_id", tv.ClientId),
        ]);
        Assert.Equal(400, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Signing_in_again_after_the_change_grants_tokens_that_rotate()
    {
        var (client, secret) = await Warden.CreateClientAsync(WebClient());
        await ChangeAliceAsync("set-password");

        var tokens = await SignInAndRedeemAsync(client.ClientId, secret!, NewPassword);
        var (status, _, _) = await Warden.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!, client.ClientId, secret);

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task A_code_whose_request_named_redirect_uri_is_redeemed_only_with_the_same_redirect_uri()
    {
        var (client, secret) = await Warden.CreateClientAsync(WebClient());
        using var browser = new Browser(Warden);
        var pkce = Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(client.ClientId, pkce)))["code"];

        // A refusal for the redirect URI comes before the code is consumed, so the same code is tried three times.
        var missing = await RedeemWithRedirectAsync(code, client.ClientId, secret!, pkce, redirectUri: null);
        var different = await RedeemWithRedirectAsync(code, client.ClientId, secret!, pkce, "https://app.example/other");
        var same = await RedeemWithRedirectAsync(code, client.ClientId, secret!, pkce, RedirectUri);

        Assert.Equal((400, "invalid_grant"), missing);
        Assert.Equal((400, "invalid_grant"), different);
        Assert.Equal((200, null), same);
    }

    [Fact]
    public async Task A_code_whose_request_left_out_redirect_uri_is_redeemed_without_it()
    {
        // RFC 6749 §4.1.3 asks for redirect_uri at the token endpoint only when the authorization request had it.
        var (client, secret) = await Warden.CreateClientAsync(WebClient() with { Scopes = ["profile", "offline_access"] });
        using var browser = new Browser(Warden);
        var pkce = Pkce.Create();
        var url = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/authorize", new Dictionary<string, string?>
        {
            ["response_type"] = "code", ["client_id"] = client.ClientId, ["scope"] = "profile", ["state"] = "s-1",
            ["code_challenge"] = pkce.Challenge, ["code_challenge_method"] = "S256",
        });
        var code = (await browser.AuthorizeAsync(url))["code"];

        Assert.Equal((200, null), await RedeemWithRedirectAsync(code, client.ClientId, secret!, pkce, redirectUri: null));
    }

    private async Task<JsonElement> SignInAndRedeemAsync(string clientId, string secret, string password = Password)
    {
        using var browser = new Browser(Warden);
        var pkce = Pkce.Create();
        var page = await browser.FollowAsync(AuthorizeUrl(clientId, pkce));
        page = await browser.SignInAndFollowAsync(page, password: password);
        if (page.StatusCode == HttpStatusCode.OK && page.RequestMessage!.RequestUri!.AbsolutePath == "/consent")
            page = await browser.DecideAsync(page, "allow");
        var code = CallbackParameters(page)["code"];
        var (status, tokens, _) = await Warden.RedeemAsync(code, clientId, secret, pkce.Verifier);
        Assert.True(status == 200, tokens.ToString());
        return tokens;
    }

    private async Task<(int Status, string? Error)> RedeemWithRedirectAsync(string code, string clientId, string secret, Pkce pkce,
        string? redirectUri)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "authorization_code"), new("code", code), new("code_verifier", pkce.Verifier),
        };
        if (redirectUri is not null)
            form.Add(new("redirect_uri", redirectUri));
        var (status, body, _) = await Warden.PostFormAsync("/token", form, clientId, secret);
        return (status, status == 200 ? null : body.GetProperty("error").GetString());
    }

    /// <summary>`warden users set-password alice` or `warden users disable alice`, as an operator runs it.</summary>
    private async Task ChangeAliceAsync(string change)
    {
        string[] arguments = change == "set-password" ? ["users", "set-password", "alice", "--password", NewPassword] : ["users", change, "alice"];
        if (_database.Type == DatabaseType.Memory)
        {
            var services = Warden.Services;
            var users = new UserAdministration(services.GetRequiredService<IStorageBackend>().Users,
                services.GetRequiredService<Core.Security.PasswordHasher>(), services.GetRequiredService<TimeProvider>());
            var changed = change == "set-password"
                ? await users.SetPasswordAsync(Tenant.DefaultId, "alice", NewPassword)
                : await users.SetActiveAsync(Tenant.DefaultId, "alice", active: false);
            Assert.NotNull(changed);
            return;
        }
        var result = await WardenProcess.RunAsync(arguments, _directory.Path, CliEnvironment(_database));
        Assert.True(result.ExitCode == 0, result.Output);
    }

    /// <summary>The environment that points the CLI at the server's database.</summary>
    public static Dictionary<string, string?> CliEnvironment(DatabaseOptions database)
    {
        var environment = new Dictionary<string, string?> { ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey };
        if (database.Type == DatabaseType.Postgres)
            environment["DATABASE_URL"] = $"postgres://{database.Postgres.User}@{database.Postgres.Host}:{database.Postgres.Port}/{database.Postgres.Database}?sslmode=disable";
        else
            environment["SQLITE_PATH"] = database.SqlitePath;
        return environment;
    }
}

public sealed class MemorySecurityStampTests : SecurityStampContract<MemoryServerBackend>;
public sealed class SqliteSecurityStampTests : SecurityStampContract<SqliteServerBackend>;
public sealed class PostgresSecurityStampTests : SecurityStampContract<PostgresServerBackend>;
