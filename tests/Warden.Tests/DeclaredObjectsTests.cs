using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Tests.OAuth;
using Warden.Testing;
using Xunit;

namespace Warden.Tests;

/// <summary>
/// Clients, scopes and users declared in config.yaml: applied at every start on every backend (the memory backend
/// serving a real request), idempotently, with conflicts refused in one line, and by `warden config apply`.
/// </summary>
public sealed class DeclaredObjectsTests : IDisposable
{
    private const string BillingSecret = "billing-secret-0123456789-abcdefghijklmnop";
    private const string UserPassword = "declared password 42";
    private static readonly PasswordHasher CheapHasher = new(new PasswordHashingOptions(8_192, 1, 1));

    private readonly TemporaryDirectory _directory = new();
    private readonly Dictionary<string, string> _environment = new() { ["BILLING_SECRET"] = BillingSecret };

    public void Dispose() => _directory.Dispose();

    private static string Declarations(string redirectUri = "https://app.example/callback", string passwordHash = "") => $"""
        scopes:
          - name: invoices.read
            display_name: Read your invoices
            description: Lets the application read invoices.
            requires_consent: false
            registrable: true
        clients:
          - client_id: billing
            name: Billing service
            type: confidential
            grant_types: [client_credentials]
            scopes: [invoices.read]
            access_token_format: reference
            secret_env: BILLING_SECRET
          - client_id: web
            name: Web app
            type: public
            grant_types: [authorization_code, refresh_token]
            redirect_uris: [{redirectUri}]
            scopes: openid invoices.read
        users:
          - username: alice
            email: alice@example.com
            role: admin
            password_hash: '{(passwordHash.Length > 0 ? passwordHash : CheapHasher.Hash(UserPassword))}'
        """;

    private string WriteConfig(string text)
    {
        var path = _directory.File("config.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    private Task<RunningWarden> StartAsync(DatabaseOptions database, string configText)
    {
        var declarations = DeclaredObjectsFile.Read(WriteConfig(configText), _environment);
        return RunningWarden.StartAsync(database, configure: options => options with { Declarations = declarations });
    }

    private static async Task<DatabaseOptions> DatabaseAsync(string backend, TemporaryDirectory directory) => backend switch
    {
        "sqlite" => await new SqliteServerBackend().CreateAsync(directory),
        "postgres" => await new PostgresServerBackend().CreateAsync(directory),
        _ => await new MemoryServerBackend().CreateAsync(directory),
    };

    [Fact]
    public async Task A_memory_backed_server_process_serves_client_credentials_for_a_client_declared_with_secret_env()
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        WriteConfig($"""
            database:
              type: memory
            server:
              urls: {url}
            clients:
              - client_id: billing
                name: Billing service
                grant_types: [client_credentials]
                scopes: [invoices.read]
                secret_env: BILLING_SECRET
            """);
        using var process = WardenProcess.Start(["serve"], _directory.Path, new()
        {
            ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey, ["BILLING_SECRET"] = BillingSecret,
        });
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
            await WaitUntilHealthyAsync(client, process);

            using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/token")
            {
                Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("scope", "invoices.read")]),
            };
            tokenRequest.Headers.Authorization = OAuthClientHelpers.Basic("billing", BillingSecret);
            var tokenResponse = await client.SendAsync(tokenRequest);
            var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);

            using var introspection = new HttpRequestMessage(HttpMethod.Post, "/introspect")
            {
                Content = new FormUrlEncodedContent([new("token", token.GetProperty("access_token").GetString()!)]),
            };
            introspection.Headers.Authorization = OAuthClientHelpers.Basic("billing", BillingSecret);
            var introspected = JsonDocument.Parse(await (await client.SendAsync(introspection)).Content.ReadAsStringAsync()).RootElement;
            Assert.True(introspected.GetProperty("active").GetBoolean());
            Assert.Equal("billing", introspected.GetProperty("client_id").GetString());
            Assert.Equal("invoices.read", introspected.GetProperty("scope").GetString());

            using var wrongSecret = new HttpRequestMessage(HttpMethod.Post, "/token")
            {
                Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
            };
            wrongSecret.Headers.Authorization = OAuthClientHelpers.Basic("billing", BillingSecret + "x");
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrongSecret)).StatusCode);
            Assert.Equal(0, await WardenProcess.TerminateAsync(process, TimeSpan.FromSeconds(20)));
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task The_same_declaration_at_two_starts_creates_once_and_the_secret_still_works(string backend)
    {
        var database = await DatabaseAsync(backend, _directory);
        var config = Declarations();

        await using (var first = await StartAsync(database, config))
            Assert.NotEmpty(await first.ClientCredentialsTokenAsync("billing", BillingSecret, "invoices.read"));
        await using var second = await StartAsync(database, config);

        var storage = second.Services.GetRequiredService<IStorageBackend>();
        var token = await second.ClientCredentialsTokenAsync("billing", BillingSecret, "invoices.read");
        Assert.True((await second.IntrospectAsync(token, "billing", BillingSecret)).GetProperty("active").GetBoolean());
        Assert.Equal(["billing", "web"], (await storage.Clients.ListAsync(Tenant.DefaultId)).Select(client => client.ClientId));
        Assert.Single(await storage.Clients.ListSecretsAsync(Tenant.DefaultId, "billing"));
        Assert.Empty(await storage.Clients.ListSecretsAsync(Tenant.DefaultId, "web"));
        // #14: registrable: true in config.yaml is stored with the scope.
        Assert.True(Assert.Single(await storage.Scopes.ListAsync(Tenant.DefaultId), scope => scope.Name == "invoices.read").Registrable);
        Assert.Single(await storage.Users.ListAsync(Tenant.DefaultId));
        var web = (await storage.Clients.FindAsync(Tenant.DefaultId, "web"))!;
        Assert.Equal("none", web.TokenEndpointAuthMethod);
        Assert.Equal(["openid", "invoices.read"], web.Scopes);
    }

    [Fact]
    public async Task A_declaration_that_differs_from_the_database_stops_the_start_with_one_line_naming_object_and_field()
    {
        var database = await DatabaseAsync("sqlite", _directory);
        await (await StartAsync(database, Declarations())).DisposeAsync();

        var changedUri = await Assert.ThrowsAsync<ConfigurationException>(() => StartAsync(database, Declarations("https://new.example/callback")));
        _environment["BILLING_SECRET"] = "another-secret-0123456789-abcdefghijklmnop";
        var changedSecret = await Assert.ThrowsAsync<ConfigurationException>(() => StartAsync(database, Declarations()));

        Assert.Equal($"{_directory.File("config.yaml")} clients[web]: redirect_uris differs from the database " +
                     "(declared https://new.example/callback, stored https://app.example/callback)", changedUri.Message);
        Assert.StartsWith($"{_directory.File("config.yaml")} clients[billing]: secret differs from the database (secret_env BILLING_SECRET verifies",
            changedSecret.Message);
        Assert.DoesNotContain('\n', changedUri.Message + changedSecret.Message);
        Assert.DoesNotContain("another-secret", changedSecret.Message);
    }

    [Fact]
    public async Task A_declared_user_signs_in_with_its_declared_hash_and_a_declared_scope_is_published()
    {
        await using var warden = await StartAsync(await DatabaseAsync("memory", _directory), Declarations());
        using var browser = new Browser(warden);

        await browser.SignInAsync("alice", UserPassword);
        var discovery = JsonDocument.Parse(await warden.Client.GetStringAsync("/.well-known/openid-configuration")).RootElement;
        var user = await warden.Services.GetRequiredService<IStorageBackend>().Users.FindByUsernameAsync(Tenant.DefaultId, "alice");

        Assert.Equal("alice", await browser.SignedInAsAsync());
        Assert.Contains("invoices.read", discovery.GetProperty("scopes_supported").EnumerateArray().Select(scope => scope.GetString()));
        Assert.Equal((Core.Users.UserRole.Admin, "alice@example.com", true), (user!.Role, user.Email, user.IsActive));
    }

    [Fact]
    public async Task A_client_declared_with_introspect_all_introspects_another_clients_token_and_one_without_does_not()
    {
        // Issue 14: introspect_all is the config.yaml form of --introspect-all (RFC 7662 §4).
        const string gatewaySecret = "gateway-secret-0123456789-abcdefghijklmnop";
        const string reportsSecret = "reports-secret-0123456789-abcdefghijklmnop";
        _environment["GATEWAY_SECRET"] = gatewaySecret;
        _environment["REPORTS_SECRET"] = reportsSecret;
        await using var warden = await StartAsync(await new MemoryServerBackend().CreateAsync(_directory), """
            clients:
              - client_id: billing
                name: Billing service
                grant_types: [client_credentials]
                secret_env: BILLING_SECRET
              - client_id: gateway
                name: API gateway
                grant_types: [client_credentials]
                introspect_all: true
                secret_env: GATEWAY_SECRET
              - client_id: reports
                name: Reports
                grant_types: [client_credentials]
                secret_env: REPORTS_SECRET
            """);
        var token = await warden.ClientCredentialsTokenAsync("billing", BillingSecret);

        Assert.True((await warden.IntrospectAsync(token, "gateway", gatewaySecret)).GetProperty("active").GetBoolean());
        Assert.Equal("""{"active":false}""", (await warden.IntrospectAsync(token, "reports", reportsSecret)).GetRawText());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Scopes_clients_and_users_declared_for_a_tenant_live_in_it_beside_the_default_tenants_of_the_same_names(string backend)
    {
        const string acmeSecret = "acme-billing-secret-0123456789-abcdefghij";
        _environment["ACME_BILLING_SECRET"] = acmeSecret;
        var config = Declarations() + $"""

              - username: alice
                tenant: acme
                email: alice@acme.example
                password_hash: '{CheapHasher.Hash(UserPassword + " at acme")}'
            tenants:
              - id: acme
                name: Acme
            """;
        config = config.Replace("""
            clients:
              - client_id: billing
            """, """
            clients:
              - client_id: billing
                tenant: acme
                grant_types: [client_credentials]
                scopes: [invoices.read]
                secret_env: ACME_BILLING_SECRET
              - client_id: billing
            """).Replace("""
            scopes:
              - name: invoices.read
            """, """
            scopes:
              - name: invoices.read
                tenant: acme
              - name: invoices.read
            """);
        var database = await DatabaseAsync(backend, _directory);

        await using (var first = await StartAsync(database, config))
            Assert.NotEmpty(await first.ClientCredentialsTokenAsync("billing", BillingSecret, "invoices.read"));
        await using var warden = await StartAsync(database, config);

        List<KeyValuePair<string, string>> Form() => [new("grant_type", "client_credentials"), new("scope", "invoices.read")];
        var (status, body, _) = await warden.PostFormAsync("/t/acme/token", Form(), "billing", acmeSecret);
        Assert.Equal(200, status);
        Assert.Equal(warden.Issuer + "/t/acme", new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(body.GetProperty("access_token").GetString()).Issuer);
        Assert.Equal(401, (await warden.PostFormAsync("/t/acme/token", Form(), "billing", BillingSecret)).Status);
        Assert.Equal(401, (await warden.PostFormAsync("/token", Form(), "billing", acmeSecret)).Status);
        var storage = warden.Services.GetRequiredService<IStorageBackend>();
        Assert.Equal(["billing"], (await storage.Clients.ListAsync("acme")).Select(client => client.ClientId));
        Assert.Single(await storage.Clients.ListSecretsAsync("acme", "billing"));
        Assert.Equal("alice@acme.example", (await storage.Users.FindByUsernameAsync("acme", "alice"))!.Email);
        Assert.Equal("alice@example.com", (await storage.Users.FindByUsernameAsync(Tenant.DefaultId, "alice"))!.Email);
        Assert.Single(await storage.Scopes.ListAsync("acme"), scope => scope.Name == "invoices.read");
    }

    [Fact]
    public async Task Config_apply_creates_then_reports_unchanged_and_the_applied_client_works_at_the_token_endpoint()
    {
        WriteConfig(Declarations());
        var environment = new Dictionary<string, string?> { ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey, ["BILLING_SECRET"] = BillingSecret };

        var first = await WardenProcess.RunAsync(["config", "apply"], _directory.Path, environment);
        var second = await WardenProcess.RunAsync(["config", "apply"], _directory.Path, environment);

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("config.yaml clients[billing]: created", first.StandardOutput);
        Assert.Contains("config.yaml users[alice]: created", first.StandardOutput);
        Assert.Contains("4 created, 0 unchanged", first.StandardOutput);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("config.yaml clients[billing]: unchanged", second.StandardOutput);
        Assert.Contains("0 created, 4 unchanged", second.StandardOutput);
        Assert.DoesNotContain(BillingSecret, first.Output + second.Output);

        await using var warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with { SqlitePath = _directory.File("data/warden.db") });
        Assert.NotEmpty(await warden.ClientCredentialsTokenAsync("billing", BillingSecret));
    }

    [Fact]
    public async Task Config_apply_with_a_conflict_exits_2_prints_one_line_per_conflict_and_creates_nothing()
    {
        var environment = new Dictionary<string, string?> { ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey, ["BILLING_SECRET"] = BillingSecret };
        WriteConfig(Declarations());
        Assert.Equal(0, (await WardenProcess.RunAsync(["config", "apply"], _directory.Path, environment)).ExitCode);
        WriteConfig(Declarations("https://new.example/callback") + """

              - username: bob
            """);

        var result = await WardenProcess.RunAsync(["config", "apply"], _directory.Path, environment);
        var users = await WardenProcess.RunAsync(["users", "list"], _directory.Path, environment);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("warden: config.yaml clients[web]: redirect_uris differs from the database " +
                     "(declared https://new.example/callback, stored https://app.example/callback)", line);
        Assert.Contains("nothing was created", result.StandardOutput);
        Assert.DoesNotContain("bob", users.StandardOutput);
    }

    [Theory]
    [InlineData("clients:\n  - client_id: billing\n    secret: hunter2hunter2\n", "clients[billing]: a plain 'secret' is not allowed", "secret_env")]
    [InlineData("users:\n  - username: alice\n    password: hunter2hunter2\n", "users[alice]: a plain 'password' is not allowed", "password_hash")]
    [InlineData("users:\n  - username: alice\n    password_hash: hunter2hunter2\n", "users[alice]: password_hash is not a password hash", "argon2id")]
    [InlineData("clients:\n  - client_id: billing\n    secret_env: NOT_SET_ANYWHERE\n", "clients[billing]: secret_env: the environment variable NOT_SET_ANYWHERE", "not set")]
    [InlineData("clients:\n  - client_id: billing\n    colour: blue\n", "clients[billing]: unknown key 'colour'", "redirect_uris")]
    [InlineData("scopes:\n  - name: a\n  - name: a\n", "scopes[a]: declared twice", "scopes[a]")]
    [InlineData("clients:\n  - client_id: billing\n    tenant: nowhere\n", "clients[nowhere/billing]: there is no tenant 'nowhere'", "warden tenants create")]
    [InlineData("users:\n  - username: alice\n    tenant: Not_A_Label\n", "users[Not_A_Label/alice]:", "tenant")]
    public async Task A_declaration_mistake_exits_2_with_one_line(string yaml, string expected, string alsoNamed)
    {
        WriteConfig(yaml);
        // With the master key, so that a mistake found only against the database (an unknown tenant) is the one line too.
        var environment = new Dictionary<string, string?> { ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey };

        var result = await WardenProcess.RunAsync(["config", "apply"], _directory.Path, environment);
        var serve = await WardenProcess.RunAsync(["serve"], _directory.Path, environment);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
        Assert.Contains(alsoNamed, line);
        Assert.DoesNotContain("hunter2", line);
        Assert.Equal((2, line), (serve.ExitCode, serve.StandardError.Trim()));
    }

    [Fact]
    public async Task Fields_the_declaration_does_not_name_are_left_to_the_cli()
    {
        var environment = new Dictionary<string, string?> { ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey, ["BILLING_SECRET"] = BillingSecret };
        WriteConfig("clients:\n  - client_id: billing\n    name:\n    grant_types: [client_credentials]\n    secret_env: BILLING_SECRET\n");
        Assert.Equal(0, (await WardenProcess.RunAsync(["config", "apply"], _directory.Path, environment)).ExitCode);

        var updated = await WardenProcess.RunAsync(["clients", "update", "billing", "--name", "Billing", "--scope", "invoices.read"], _directory.Path, environment);
        var applied = await WardenProcess.RunAsync(["config", "apply"], _directory.Path, environment);
        WriteConfig("clients:\n  - client_id: billing\n    scopes: []\n    secret_env: BILLING_SECRET\n");
        var conflict = await WardenProcess.RunAsync(["config", "apply"], _directory.Path, environment);

        Assert.True(updated.ExitCode == 0, updated.Output);
        Assert.True(applied.ExitCode == 0, applied.Output);
        Assert.Contains("config.yaml clients[billing]: unchanged", applied.StandardOutput);
        Assert.Equal(2, conflict.ExitCode);
        Assert.Equal("warden: config.yaml clients[billing]: scopes differs from the database (declared (none), stored invoices.read)",
            conflict.StandardError.Trim());
    }

    [Fact]
    public async Task A_declared_client_that_breaks_a_client_rule_is_refused_with_the_rule()
    {
        WriteConfig("clients:\n  - client_id: web\n    type: public\n    grant_types: [client_credentials]\n");

        var result = await WardenProcess.RunAsync(["config", "apply"], _directory.Path, new() { ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey });

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("warden: config.yaml clients[web]: public clients cannot use client_credentials", result.StandardError.Trim());
    }

    [Fact]
    public async Task Clients_create_with_secret_stdin_keeps_the_given_secret_and_refuses_a_short_one()
    {
        var environment = new Dictionary<string, string?> { ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey };

        var created = await WardenProcess.RunWithInputAsync(["clients", "create", "--client-id", "legacy", "--name", "Legacy", "--secret-stdin", "--json"],
            _directory.Path, BillingSecret + "\n", environment);
        var tooShort = await WardenProcess.RunWithInputAsync(["clients", "create", "--name", "Short", "--secret-stdin"],
            _directory.Path, "only-31-characters-long-secret!\n", environment);

        Assert.True(created.ExitCode == 0, created.Output);
        Assert.DoesNotContain(BillingSecret, created.Output);
        Assert.False(JsonDocument.Parse(created.StandardOutput).RootElement.TryGetProperty("client_secret", out _));
        Assert.Equal(2, tooShort.ExitCode);
        Assert.Equal("warden: a client secret must have 32 to 128 characters (this one has 31)", tooShort.StandardError.Trim());

        await using var warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with { SqlitePath = _directory.File("data/warden.db") });
        var token = await warden.ClientCredentialsTokenAsync("legacy", BillingSecret);
        Assert.True((await warden.IntrospectAsync(token, "legacy", BillingSecret)).GetProperty("active").GetBoolean());
        Assert.Single(await warden.Services.GetRequiredService<IStorageBackend>().Clients.ListAsync(Tenant.DefaultId));
    }

    [Fact]
    public async Task Rotate_secret_with_secret_stdin_resolves_a_declared_secret_conflict()
    {
        var environment = new Dictionary<string, string?> { ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey, ["BILLING_SECRET"] = BillingSecret };
        WriteConfig(Declarations());
        Assert.Equal(0, (await WardenProcess.RunAsync(["config", "apply"], _directory.Path, environment)).ExitCode);
        const string newSecret = "the-new-billing-secret-0123456789-abcdefgh";
        environment["BILLING_SECRET"] = newSecret;

        var conflict = await WardenProcess.RunAsync(["config", "apply"], _directory.Path, environment);
        var rotated = await WardenProcess.RunWithInputAsync(["clients", "rotate-secret", "billing", "--secret-stdin", "--overlap", "0"],
            _directory.Path, newSecret + "\n", environment);
        var applied = await WardenProcess.RunAsync(["config", "apply"], _directory.Path, environment);

        Assert.Equal(2, conflict.ExitCode);
        Assert.Contains("clients[billing]: secret differs from the database", conflict.StandardError);
        Assert.True(rotated.ExitCode == 0, rotated.Output);
        Assert.DoesNotContain(newSecret, rotated.Output);
        Assert.True(applied.ExitCode == 0, applied.Output);
        await using var warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with { SqlitePath = _directory.File("data/warden.db") });
        Assert.NotEmpty(await warden.ClientCredentialsTokenAsync("billing", newSecret));
    }

    [Fact]
    public async Task The_example_in_the_configuration_reference_applies_on_a_memory_server()
    {
        var reference = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs/configuration.md"));
        var section = reference[reference.IndexOf("## Declaring clients, scopes and users", StringComparison.Ordinal)..];
        var example = section[(section.IndexOf("```yaml\n", StringComparison.Ordinal) + 8)..section.IndexOf("```\n", 8, StringComparison.Ordinal)];
        File.WriteAllText(_directory.File("reports.secret"), "reports-secret-0123456789-abcdefghijklmnop\n");
        _environment["BILLING_CLIENT_SECRET"] = BillingSecret;

        await using var warden = await StartAsync(await DatabaseAsync("memory", _directory),
            example.Replace("/run/secrets/reports", _directory.File("reports.secret")));

        var storage = warden.Services.GetRequiredService<IStorageBackend>();
        Assert.Equal(["billing", "legacy", "reports", "web"], (await storage.Clients.ListAsync(Tenant.DefaultId)).Select(client => client.ClientId));
        Assert.NotEmpty(await warden.ClientCredentialsTokenAsync("billing", BillingSecret));
        Assert.NotEmpty(await warden.ClientCredentialsTokenAsync("reports", "reports-secret-0123456789-abcdefghijklmnop"));
        Assert.NotNull(await storage.Users.FindByUsernameAsync(Tenant.DefaultId, "alice"));
    }

    private static async Task WaitUntilHealthyAsync(HttpClient client, System.Diagnostics.Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }
        Assert.Fail(process.HasExited ? $"warden exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}" : "warden did not become healthy");
    }
}
