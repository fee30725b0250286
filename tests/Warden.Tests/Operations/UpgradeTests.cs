using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using Warden.Configuration;
using Warden.Core.Audit;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Storage.Postgres;
using Warden.Storage.Sql.Migrations;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests.Operations;

/// <summary>
/// Upgrades lose nothing (issue #13): each directory Fixtures/upgrade/v&lt;commit&gt;/&lt;backend&gt;/ holds a database
/// that an earlier release wrote through its own CLI and HTTP endpoints (make-fixtures.sh) and the plaintext credentials
/// in it. The current build migrates the database and every credential keeps working over HTTP.
/// The server's clock is pinned a minute after the fixture was made, so every credential in it is still within its
/// lifetime however old the fixture is (the release's longest lifetimes: access and reference tokens 24 hours, device
/// codes one hour, refresh tokens one year).
/// </summary>
public sealed class UpgradeTests : IDisposable
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "upgrade");
    private readonly TemporaryDirectory _directory = new();

    /// <summary>Every release directory with every backend; a release directory without all three is an error, not a skip.</summary>
    public static TheoryData<string, string> Fixtures()
    {
        var releases = Directory.GetDirectories(FixtureRoot, "v*").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (releases.Count == 0)
            throw new InvalidOperationException($"no upgrade fixtures under {FixtureRoot}: make them with make-fixtures.sh");
        var data = new TheoryData<string, string>();
        foreach (var release in releases)
        {
            foreach (var backend in new[] { "sqlite", "sqlite-prefixed", "postgres" })
            {
                if (!File.Exists(Path.Combine(FixtureRoot, release!, backend, "warden.sql")))
                    throw new InvalidOperationException($"upgrade fixture {release}/{backend} is missing: make-fixtures.sh writes every backend");
                data.Add(release!, backend);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task The_current_build_migrates_a_database_of_an_earlier_release_and_every_credential_keeps_working(string release, string backend)
    {
        var fixture = UpgradeFixture.Read(Path.Combine(FixtureRoot, release, backend));
        Assert.Equal(RunningWarden.MasterKey, fixture.String("master_key"));
        var database = await LoadAsync(fixture, backend);
        var rowsBefore = await database.CountRowsAsync(lastMigration: null);
        Assert.All(rowsBefore, table => Assert.True(table.Value > 0, $"the fixture's {table.Key} is empty: it must hold rows in every table"));
        var aliceHashBefore = await database.ScalarAsync($"SELECT password_hash FROM {database.Prefix}users WHERE username = 'alice'");

        var time = new FakeTimeProvider(fixture.Time("made_at").AddMinutes(1));
        await using var warden = await RunningWarden.StartAsync(database.Options, configure: options => options with
        {
            Server = options.Server with { Issuer = fixture.String("issuer") },
            Registration = options.Registration with { Policy = Core.Registration.RegistrationPolicy.InitialAccessToken },
        }, time: time);

        // Migrated: every migration applied, the old rows' checksums filled in, and no row of any table lost.
        var migrations = await warden.Services.GetRequiredService<IStorageBackend>().GetMigrationStatusAsync();
        Assert.All(migrations, migration => Assert.True(migration.IsApplied, $"migration {migration.Version} is pending"));
        Assert.Equal(0L, Convert.ToInt64(await database.ScalarAsync($"SELECT COUNT(*) FROM {database.Prefix}schema_migrations WHERE checksum IS NULL")));
        var rowsAfter = await database.CountRowsAsync(lastMigration: rowsBefore["schema_migrations"]);
        Assert.All(rowsBefore, table => Assert.Equal((table.Key, table.Value), (table.Key, rowsAfter[table.Key])));

        await EveryCredentialKeepsWorking(warden, fixture, database, aliceHashBefore);
    }

    /// <summary>Releases whose fixture holds their own export (snapshot.jsonl, from make-fixtures.py), with each SQL backend to import it into.</summary>
    public static TheoryData<string, string> Snapshots()
    {
        var data = new TheoryData<string, string>();
        foreach (var release in Directory.GetDirectories(FixtureRoot, "v*").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(FixtureRoot, release!, "sqlite", "snapshot.jsonl")))
            {
                data.Add(release!, "sqlite");
                data.Add(release!, "postgres");
            }
        }
        if (data.Count == 0)
            throw new InvalidOperationException($"no release export under {FixtureRoot}: make-fixtures.sh writes sqlite/snapshot.jsonl");
        return data;
    }

    [Theory]
    [MemberData(nameof(Snapshots))]
    public async Task An_export_made_by_an_earlier_release_imports_into_the_current_build_and_every_credential_keeps_working(string release,
        string target)
    {
        var fixture = UpgradeFixture.Read(Path.Combine(FixtureRoot, release, "sqlite"));
        DatabaseOptions options;
        string url;
        if (target == "sqlite")
        {
            options = WardenOptions.Defaults.Database with { Type = DatabaseType.Sqlite, SqlitePath = _directory.File("imported.db"), CleanupInterval = TimeSpan.Zero };
            url = "sqlite:" + options.SqlitePath;
        }
        else
        {
            var settings = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
            options = WardenOptions.Defaults.Database with { Type = DatabaseType.Postgres, Postgres = settings, CleanupInterval = TimeSpan.Zero };
            url = $"postgres://{settings.User}{(settings.Password is null ? "" : ":" + Uri.EscapeDataString(settings.Password))}@{settings.Host}:{settings.Port}/{settings.Database}?sslmode=disable";
        }
        var imported = await WardenProcess.RunAsync(["import", "--input", Path.Combine(fixture.Directory, "snapshot.jsonl")], _directory.Path,
            new Dictionary<string, string?> { ["DATABASE_URL"] = url, ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey });
        Assert.True(imported.ExitCode == 0, imported.Output);
        var database = new FixtureDatabase(options, "");
        var aliceHashBefore = await database.ScalarAsync("SELECT password_hash FROM users WHERE username = 'alice'");

        await using var warden = await RunningWarden.StartAsync(options, configure: server => server with
        {
            Server = server.Server with { Issuer = fixture.String("issuer") },
            Registration = server.Registration with { Policy = Core.Registration.RegistrationPolicy.InitialAccessToken },
        }, time: new FakeTimeProvider(fixture.Time("made_at").AddMinutes(1)));

        await EveryCredentialKeepsWorking(warden, fixture, database, aliceHashBefore);
    }

    [Fact]
    public void The_released_migration_files_are_unchanged_in_this_build()
    {
        foreach (var manifest in Directory.GetFiles(FixtureRoot, "migrations.sha256", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadAllLines(manifest).Where(line => line.Length > 0))
            {
                var (checksum, file) = (line[..64], line[66..]);
                var current = Path.Combine(RepositoryRoot.Path, file);
                Assert.True(File.Exists(current), $"{file}, released in {Path.GetFileName(Path.GetDirectoryName(manifest))}, is missing");
                Assert.True(checksum == MigrationCatalog.Checksum(File.ReadAllText(current)),
                    $"{file} differs from the one released in {Path.GetFileName(Path.GetDirectoryName(manifest))}: put it back and add a new migration");
            }
        }
        Assert.NotEmpty(Directory.GetFiles(FixtureRoot, "migrations.sha256", SearchOption.AllDirectories));
    }

    private static async Task EveryCredentialKeepsWorking(RunningWarden warden, UpgradeFixture fixture, FixtureDatabase database,
        object? aliceHashBefore)
    {
        await ClientSecretsStillAuthenticate(warden, fixture);
        await TheOldSigningKeysStillVerifyAndNewTokensAreSigned(warden, fixture);
        await ReferenceTokensAndRevocationsAreStillRead(warden, fixture);
        await TheRefreshTokenRotates(warden, fixture);
        await ThePasswordSignsInAndIsRehashedAndTheConsentIsRemembered(warden, fixture, database, aliceHashBefore);
        await TheRegistrationAccessTokenReadsTheRegistration(warden, fixture);
        await TheDeviceCodeIsRead(warden, fixture);
        await SettingsAndAuditRowsAreRead(warden);
    }

    private static async Task ClientSecretsStillAuthenticate(RunningWarden warden, UpgradeFixture fixture)
    {
        var basic = fixture.Client("basic");
        var (status, body, _) = await warden.PostFormAsync("/token", [new("grant_type", "client_credentials"), new("scope", "api.read")],
            basic.Id, basic.Secret);
        Assert.True(status == 200, $"client_secret_basic: {status} {body}");

        var post = fixture.Client("post");
        (status, body, _) = await warden.PostFormAsync("/token", [
            new("grant_type", "client_credentials"), new("client_id", post.Id), new("client_secret", post.Secret),
        ]);
        Assert.True(status == 200, $"client_secret_post: {status} {body}");

        (status, _, _) = await warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], basic.Id, basic.Secret + "x");
        Assert.Equal(401, status);
    }

    private static async Task TheOldSigningKeysStillVerifyAndNewTokensAreSigned(RunningWarden warden, UpgradeFixture fixture)
    {
        var old = fixture.String("jwt_access_token");
        var jwks = new JsonWebKeySet(await warden.Client.GetStringAsync("/.well-known/jwks.json"));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(old, new TokenValidationParameters
        {
            ValidIssuer = fixture.String("issuer"),
            ValidAudience = fixture.String("issuer"),
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidTypes = ["at+jwt"],
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = OAuthClientHelpers.LifetimeAt(warden.Time),
        });
        Assert.True(result.IsValid, $"the JWT issued before the upgrade no longer validates: {result.Exception?.Message}");

        var basic = fixture.Client("basic");
        var fresh = await warden.ClientCredentialsTokenAsync(basic.Id, basic.Secret, "api.read");
        var validation = await warden.ValidateWithJwksAsync(fresh, fixture.String("issuer"));
        Assert.True(validation.IsValid, validation.Exception?.Message);
        var introspection = await warden.IntrospectAsync(old, basic.Id, basic.Secret);
        Assert.True(introspection.GetProperty("active").GetBoolean());
    }

    private static async Task ReferenceTokensAndRevocationsAreStillRead(RunningWarden warden, UpgradeFixture fixture)
    {
        var reference = fixture.Client("reference");
        var introspection = await warden.IntrospectAsync(fixture.String("reference_token"), reference.Id, reference.Secret);
        Assert.True(introspection.GetProperty("active").GetBoolean());
        Assert.Equal(reference.Id, introspection.GetProperty("client_id").GetString());
        Assert.Equal("api.read", introspection.GetProperty("scope").GetString());

        var post = fixture.Client("post");
        var revoked = await warden.PostFormAsync("/introspect", [
            new("token", fixture.String("revoked_jwt_access_token")), new("client_id", post.Id), new("client_secret", post.Secret),
        ]);
        Assert.Equal(200, revoked.Status);
        Assert.False(revoked.Body.GetProperty("active").GetBoolean());
    }

    private static async Task TheRefreshTokenRotates(RunningWarden warden, UpgradeFixture fixture)
    {
        var web = fixture.Client("web");
        var (status, body, _) = await warden.RefreshAsync(fixture.String("refresh_token"), web.Id, web.Secret);
        Assert.True(status == 200, $"refresh: {status} {body}");
        var rotated = body.GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(fixture.String("refresh_token"), rotated);
        Assert.True((await warden.ValidateWithJwksAsync(body.GetProperty("access_token").GetString()!, fixture.String("issuer"))).IsValid);
        // A grant from before migration 0017 recorded no sign-in evidence: it was a password sign-in, and says so.
        var idToken = Core.Tokens.UntrustedJwt.TryParse(body.GetProperty("id_token").GetString())!.Payload;
        Assert.Equal(["pwd"], idToken.GetProperty("amr").EnumerateArray().Select(method => method.GetString()));
        Assert.False(idToken.TryGetProperty("acr", out _));

        (status, body, _) = await warden.RefreshAsync(rotated, web.Id, web.Secret);
        Assert.True(status == 200, $"second rotation: {status} {body}");
    }

    private static async Task ThePasswordSignsInAndIsRehashedAndTheConsentIsRemembered(RunningWarden warden, UpgradeFixture fixture,
        FixtureDatabase database, object? hashBefore)
    {
        var web = fixture.Client("web");
        using var browser = new Browser(warden);
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var redirectUri = fixture.Json.GetProperty("clients").GetProperty("web").GetProperty("redirect_uri").GetString()!;
        var page = await browser.FollowAsync(AuthorizationCodeFixture.AuthorizeUrl(web.Id, pkce, redirectUri: redirectUri));
        Assert.Equal("/login", page.RequestMessage!.RequestUri!.AbsolutePath);

        var afterSignIn = await browser.SignInAndFollowAsync(page, fixture.User.Username, fixture.User.Password);

        // Consented before the upgrade: no consent page, straight back to the application with a code.
        Assert.Equal(HttpStatusCode.Found, afterSignIn.StatusCode);
        var callback = afterSignIn.Headers.Location!.ToString();
        Assert.StartsWith(redirectUri + "?", callback);
        var code = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(callback).Query)["code"].ToString();
        var (status, body, _) = await warden.RedeemAsync(code, web.Id, web.Secret, pkce.Verifier, redirectUri);
        Assert.True(status == 200, $"code: {status} {body}");

        // A release that stored a hash of another encoding or cost has it replaced at this sign-in; a current one is kept.
        var hashAfter = await database.ScalarAsync($"SELECT password_hash FROM {database.Prefix}users WHERE username = 'alice'");
        var check = new PasswordHasher(PasswordHashingOptions.OwaspDefault).Check(fixture.User.Password, (string)hashBefore!);
        Assert.NotEqual(PasswordCheck.Mismatch, check);
        if (check == PasswordCheck.MatchNeedsRehash)
            Assert.NotEqual(hashBefore, hashAfter);
        else
            Assert.Equal(hashBefore, hashAfter);
        using var again = new Browser(warden);
        var signIn = await again.SignInAsync(fixture.User.Username, fixture.User.Password);
        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        Assert.Equal(fixture.User.Username, await again.SignedInAsAsync());
        Assert.Equal(hashAfter, await database.ScalarAsync($"SELECT password_hash FROM {database.Prefix}users WHERE username = 'alice'"));
    }

    private static async Task TheRegistrationAccessTokenReadsTheRegistration(RunningWarden warden, UpgradeFixture fixture)
    {
        var registered = fixture.Json.GetProperty("registered_client");
        var clientId = registered.GetProperty("client_id").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/register/" + clientId);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", registered.GetProperty("registration_access_token").GetString());
        using var response = await warden.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(clientId, document.RootElement.GetProperty("client_id").GetString());
        Assert.Equal("Registered", document.RootElement.GetProperty("client_name").GetString());

        // The initial access token (not single-use) still registers clients.
        using var register = new HttpRequestMessage(HttpMethod.Post, "/register")
        {
            Content = new StringContent("""{"client_name":"After the upgrade","redirect_uris":["https://after.example/cb"]}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        register.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.String("initial_access_token"));
        using var registration = await warden.Client.SendAsync(register);
        Assert.Equal(HttpStatusCode.Created, registration.StatusCode);
    }

    private static async Task TheDeviceCodeIsRead(RunningWarden warden, UpgradeFixture fixture)
    {
        var (status, body, _) = await warden.PostFormAsync("/token", [
            new("grant_type", "urn:ietf:params:oauth:grant-type:device_code"), new("device_code", fixture.String("device_code")),
            new("client_id", fixture.Client("device").Id),
        ]);
        Assert.Equal(400, status);
        Assert.Equal("authorization_pending", body.GetProperty("error").GetString());
    }

    private static async Task SettingsAndAuditRowsAreRead(RunningWarden warden)
    {
        var storage = warden.Services.GetRequiredService<IStorageBackend>();
        Assert.Equal("Upgrade Fixture", (await storage.Settings.FindAsync(Tenant.DefaultId, "site_name"))?.Value);
        var events = await storage.AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId) { Limit = 1000, To = warden.Time.GetUtcNow() });
        Assert.Contains(events, audit => audit.ClientId == "basic-client");
        Assert.Contains(events, audit => audit.ClientId == "web-client");
    }

    private async Task<FixtureDatabase> LoadAsync(UpgradeFixture fixture, string backend)
    {
        var dump = File.ReadAllText(Path.Combine(fixture.Directory, "warden.sql"));
        var prefix = fixture.String("table_prefix");
        if (backend.StartsWith("sqlite", StringComparison.Ordinal))
        {
            var path = _directory.File("warden.db");
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = dump;
                await command.ExecuteNonQueryAsync();
            }
            return new FixtureDatabase(WardenOptions.Defaults.Database with
            {
                Type = DatabaseType.Sqlite, SqlitePath = path, TablePrefix = prefix, CleanupInterval = TimeSpan.Zero,
            }, prefix);
        }

        var settings = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.Build(settings)) { Pooling = false }.ToString()))
        {
            // Unpooled: the dump empties the session's search_path.
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(dump, connection);
            await command.ExecuteNonQueryAsync();
        }
        return new FixtureDatabase(WardenOptions.Defaults.Database with
        {
            Type = DatabaseType.Postgres, Postgres = settings, TablePrefix = prefix, CleanupInterval = TimeSpan.Zero,
        }, prefix);
    }

    public void Dispose() => _directory.Dispose();

    /// <summary>The fixture's database, read directly (not through the stores) to see what the stores do not show.</summary>
    private sealed record FixtureDatabase(DatabaseOptions Options, string Prefix)
    {
        private static readonly string[] Tables =
        [
            "tenants", "clients", "signing_keys", "audit_logs", "client_secrets", "reference_tokens", "revoked_tokens", "users", "scopes",
            "authorization_codes", "refresh_tokens", "consents", "data_protection_keys", "settings", "device_codes", "registration_tokens",
            "cleanup_lease", "schema_migrations",
        ];

        /// <summary>
        /// Rows per table; schema_migrations counts only versions up to <paramref name="lastMigration"/> when given, since
        /// the upgrade adds a row for each new migration (the release's migrations are numbered 1..n).
        /// </summary>
        public async Task<Dictionary<string, long>> CountRowsAsync(long? lastMigration)
        {
            var counts = new Dictionary<string, long>();
            foreach (var table in Tables)
                counts[table] = Convert.ToInt64(await ScalarAsync($"SELECT COUNT(*) FROM {Prefix}{table}"));
            if (lastMigration is { } last)
                counts["schema_migrations"] = Convert.ToInt64(await ScalarAsync($"SELECT COUNT(*) FROM {Prefix}schema_migrations WHERE version <= {last}"));
            return counts;
        }

        public async Task<object?> ScalarAsync(string sql)
        {
            if (Options.Type == DatabaseType.Sqlite)
            {
                await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Options.SqlitePath, Pooling = false }.ToString());
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                return await command.ExecuteScalarAsync();
            }
            await using var postgres = new NpgsqlConnection(PostgresConnectionStrings.Build(Options.Postgres));
            await postgres.OpenAsync();
            await using var query = new NpgsqlCommand(sql, postgres);
            return await query.ExecuteScalarAsync();
        }
    }

    private sealed record FixtureClient(string Id, string Secret);

    private sealed record FixtureUser(string Username, string Password);

    /// <summary>credentials.json of one fixture: what make-fixtures.sh recorded in plaintext.</summary>
    private sealed record UpgradeFixture(string Directory, JsonElement Json)
    {
        public static UpgradeFixture Read(string directory) =>
            new(directory, JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "credentials.json"))).RootElement.Clone());

        public string String(string name) => Json.GetProperty(name).GetString()!;

        public DateTimeOffset Time(string name) => DateTimeOffset.Parse(String(name), System.Globalization.CultureInfo.InvariantCulture);

        public FixtureClient Client(string name)
        {
            var client = Json.GetProperty("clients").GetProperty(name);
            return new FixtureClient(client.GetProperty("client_id").GetString()!,
                client.TryGetProperty("client_secret", out var secret) ? secret.GetString()! : "");
        }

        public FixtureUser User => new(Json.GetProperty("user").GetProperty("username").GetString()!,
            Json.GetProperty("user").GetProperty("password").GetString()!);
    }
}
