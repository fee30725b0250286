using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Storage.Postgres;
using Warden.Testing;
using Xunit;

namespace Warden.Tests;

/// <summary>
/// Issue #12: `warden users import` run as a real process against SQLite and PostgreSQL, then the imported users signing
/// in through the real login page, which replaces each foreign hash with the configured Argon2id.
/// </summary>
public sealed class UserImportTests : IDisposable
{
    private static readonly PasswordHashingOptions ConfiguredCost = new(8_192, 1, 1);
    private const string ConfiguredPrefix = "$argon2id$v=19$m=8192,t=1,p=1$";

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string> Backends => new() { "sqlite", "postgres" };

    /// <summary>The DATABASE_URL the CLI gets and the same database for an in-process server.</summary>
    private async Task<(string Url, DatabaseOptions Options)> DatabaseAsync(string backend)
    {
        if (backend == "sqlite")
            return ("sqlite:./import.db", WardenOptions.Defaults.Database with { Type = DatabaseType.Sqlite, SqlitePath = _directory.File("import.db") });
        var settings = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        var password = settings.Password is null ? "" : ":" + Uri.EscapeDataString(settings.Password);
        return ($"postgres://{settings.User}{password}@{settings.Host}:{settings.Port}/{settings.Database}?sslmode=disable",
            WardenOptions.Defaults.Database with { Type = DatabaseType.Postgres, Postgres = settings });
    }

    private Task<ProcessRunner.Result> Warden(string databaseUrl, params string[] arguments) =>
        WardenProcess.RunAsync(arguments, _directory.Path, new Dictionary<string, string?> { ["DATABASE_URL"] = databaseUrl });

    private string WriteFile(string name, IEnumerable<string> lines)
    {
        File.WriteAllLines(_directory.File(name), lines);
        return name;
    }

    private static string Line(object fields) => JsonSerializer.Serialize(fields);

    private static string UserOf(ForeignHash hash) => "u-" + hash.Format;

    // Dozens of sign-ins from one address within a minute: the per-address login limit is not what these tests are about.
    private static Task<RunningWarden> ServeAsync(DatabaseOptions database) =>
        RunningWarden.StartAsync(database, null, options => options with
        {
            Passwords = ConfiguredCost, Limits = options.Limits with { LoginPerMinute = 0 },
        });

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Every_foreign_format_signs_in_with_the_old_password_once_and_is_then_the_configured_argon2id(string backend)
    {
        var (url, database) = await DatabaseAsync(backend);
        var lines = ForeignHashes.All.Select(hash => Line(new { username = UserOf(hash), password_hash = hash.Hash })).ToList();
        lines.AddRange(ForeignHashes.All.Select(hash => Line(new { username = "tampered-" + hash.Format, password_hash = ForeignHashes.Tampered(hash.Hash) })));
        lines.Add(Line(new
        {
            username = "Grace", email = "grace@example.com", email_verified = true, role = "admin", is_active = false,
            metadata = new { department = "billing", badge = 7 }, profile_picture_url = "https://pics.example/grace.png",
            created_at = "2019-03-04T05:06:07.125+02:00", password_hash = ForeignHashes.Of("passlib-pbkdf2-sha256").Hash,
        }));
        var file = WriteFile("users.jsonl", lines);

        var check = await Warden(url, "users", "import", file, "--check");
        var listedAfterCheck = await Warden(url, "users", "list", "--json");
        var imported = await Warden(url, "users", "import", file);

        Assert.True(check.ExitCode == 0, check.Output);
        Assert.Equal($"users.jsonl: {lines.Count} user(s) can be imported (--check: nothing written)", check.StandardOutput.Trim());
        Assert.Equal("[]", listedAfterCheck.StandardOutput.Trim());
        Assert.True(imported.ExitCode == 0, imported.Output);
        Assert.Equal($"imported {lines.Count} user(s) from users.jsonl", imported.StandardOutput.Trim());
        Assert.All(ForeignHashes.All, hash => Assert.DoesNotContain(hash.Hash, imported.Output));

        await using var warden = await ServeAsync(database);
        var users = warden.Services.GetRequiredService<IStorageBackend>().Users;
        var hasher = warden.Services.GetRequiredService<PasswordHasher>();

        var grace = (await users.FindByUsernameAsync(Tenant.DefaultId, "grace"))!;
        Assert.Equal(("Grace", "grace@example.com", true, UserRole.Admin, false), (grace.Username, grace.Email, grace.EmailVerified, grace.Role, grace.IsActive));
        Assert.Equal("https://pics.example/grace.png", grace.ProfilePictureUrl);
        Assert.Equal(7, JsonNode.Parse(grace.Metadata)!["badge"]!.GetValue<int>());
        Assert.Equal(DateTimeOffset.Parse("2019-03-04T03:06:07.125Z"), grace.CreatedAt);

        foreach (var hash in ForeignHashes.All)
        {
            var username = UserOf(hash);
            Assert.Equal(hash.Hash, (await users.FindByUsernameAsync(Tenant.DefaultId, username))!.PasswordHash);
            using (var wrong = new Browser(warden))
                Assert.Equal(HttpStatusCode.OK, (await wrong.SignInAsync(username, ForeignHashes.Password + "x")).StatusCode);
            Assert.Equal(hash.Hash, (await users.FindByUsernameAsync(Tenant.DefaultId, username))!.PasswordHash);

            using (var first = new Browser(warden))
            {
                Assert.Equal(HttpStatusCode.Redirect, (await first.SignInAsync(username, ForeignHashes.Password)).StatusCode);
                Assert.Equal(username, await first.SignedInAsAsync());
            }
            var rehashed = (await users.FindByUsernameAsync(Tenant.DefaultId, username))!.PasswordHash!;
            Assert.StartsWith(ConfiguredPrefix, rehashed);
            Assert.False(hasher.NeedsRehash(rehashed));

            using var again = new Browser(warden);
            Assert.True(HttpStatusCode.Redirect == (await again.SignInAsync(username, ForeignHashes.Password)).StatusCode, hash.Format);
            Assert.Equal(rehashed, (await users.FindByUsernameAsync(Tenant.DefaultId, username))!.PasswordHash);
        }

        foreach (var username in ForeignHashes.All.Select(hash => "tampered-" + hash.Format))
        {
            using var browser = new Browser(warden);
            Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync(username, ForeignHashes.Password)).StatusCode);
            Assert.DoesNotContain(ConfiguredPrefix, (await users.FindByUsernameAsync(Tenant.DefaultId, username))!.PasswordHash);
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_file_with_bad_lines_names_each_by_number_and_imports_nothing_not_even_its_good_lines(string backend)
    {
        var (url, _) = await DatabaseAsync(backend);
        Assert.Equal(0, (await Warden(url, "users", "create", "--username", "alice", "--email", "alice@example.com")).ExitCode);
        var bcrypt = ForeignHashes.Of("bcrypt-2b").Hash;
        var file = WriteFile("bad.jsonl", [
            Line(new { username = "bob", password_hash = bcrypt }),
            "",
            "{\"username\": \"carol\"",
            Line(new { username = "ALICE" }),
            Line(new { username = "dave", email = "Alice@Example.com" }),
            Line(new { username = "Bob" }),
            Line(new { username = "erin", password_hash = bcrypt.Replace("$2b$05$", "$2b$17$") }),
            Line(new { username = "frank", password_hash = ForeignHashes.Of("argon2id-cffi").Hash.Replace("m=8192", "m=4194304") }),
            Line(new { username = "gina", password_hash = ForeignHashes.Of("keycloak-pbkdf2-sha256").Hash.Replace("$27500$", "$50000000$") }),
            Line(new { username = "hank", password_hash = ForeignHashes.IdentityV3WithIterations(ForeignHashes.Of("aspnet-identity-v3").Hash, 99_000_000) }),
            Line(new { username = "hal", password_hash = ForeignHashes.Of("passlib-pbkdf2-sha512").Hash.Replace("$5000$", "$12000000$") }),
            Line(new { username = "ivy", password_hash = "hunter2-in-plain-text" }),
            Line(new { username = "jo", colour = "blue" }),
            Line(new { username = "kim", role = "owner" }),
            Line(new { username = "lee", created_at = "yesterday" }),
            Line(new { username = "not valid" }),
            "[]",
            Line(new { username = "mo", email = "mo@example.com" }),
        ]);

        var check = await Warden(url, "users", "import", file, "--check");
        var import = await Warden(url, "users", "import", file);
        var listed = await Warden(url, "users", "list", "--json");

        Assert.Equal(2, check.ExitCode);
        Assert.Equal(2, import.ExitCode);
        Assert.Equal(check.StandardError, import.StandardError);
        Assert.Equal("", import.StandardOutput);
        Assert.Equal([
            "warden: bad.jsonl line 3: not valid JSON (Expected depth to be zero at the end of the JSON payload)",
            "warden: bad.jsonl line 4: username 'ALICE' already exists",
            "warden: bad.jsonl line 5: email 'Alice@Example.com' already exists",
            "warden: bad.jsonl line 6: username 'Bob' is already on line 1",
            "warden: bad.jsonl line 7: password_hash: bcrypt cost 17 must be from 4 to 16",
            "warden: bad.jsonl line 8: password_hash: Argon2 memory m=4194304 KiB is above the limit of 1048576 (1 GiB)",
            "warden: bad.jsonl line 9: password_hash: Keycloak pbkdf2-sha256: 50000000 iterations must be from 1 to 10000000",
            "warden: bad.jsonl line 10: password_hash: ASP.NET Identity v3: 99000000 iterations must be from 1 to 10000000",
            "warden: bad.jsonl line 11: password_hash: passlib pbkdf2-sha512: 12000000 iterations must be from 1 to 10000000",
            "warden: bad.jsonl line 12: password_hash: not a password hash format Warden can verify: " +
            "Argon2id or Argon2i (PHC string), bcrypt ($2a$, $2b$, $2y$), PBKDF2 (ASP.NET Core Identity, Keycloak pbkdf2-sha256$…, passlib $pbkdf2-sha256$…) expected",
            "warden: bad.jsonl line 13: unknown field 'colour' (the fields are id, username, email, email_verified, password_hash, role, is_active, metadata, profile_picture_url, created_at)",
            "warden: bad.jsonl line 14: role 'owner': expected regular or admin",
            "warden: bad.jsonl line 15: created_at 'yesterday' is not an RFC 3339 time such as 2024-05-01T12:00:00Z",
            "warden: bad.jsonl line 16: username must be 1-100 characters: ASCII letters, digits and . _ @ + -",
            "warden: bad.jsonl line 17: each line must be one JSON object",
            "warden: bad.jsonl: 15 bad line(s); nothing imported",
        ], import.StandardError.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("hunter2", import.Output);
        Assert.Equal(["alice"], JsonNode.Parse(listed.StandardOutput)!.AsArray().Select(user => (string)user!["username"]!));

        var good = WriteFile("good.jsonl", [Line(new { username = "bob", password_hash = bcrypt }), Line(new { username = "mo" })]);
        Assert.Equal(0, (await Warden(url, "users", "import", good, "--check")).ExitCode);
        Assert.Single(JsonNode.Parse((await Warden(url, "users", "list", "--json")).StandardOutput)!.AsArray());
        Assert.Equal(0, (await Warden(url, "users", "import", good)).ExitCode);
        var again = await Warden(url, "users", "import", good);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("warden: good.jsonl line 1: username 'bob' already exists", again.StandardError);
        Assert.Equal(3, JsonNode.Parse((await Warden(url, "users", "list", "--json")).StandardOutput)!.AsArray().Count);
    }

    [Fact]
    public async Task A_missing_or_empty_file_is_a_usage_error_in_one_line()
    {
        const string url = "sqlite:./import.db";
        var missing = await Warden(url, "users", "import", "nowhere.jsonl");
        var empty = await Warden(url, "users", "import", WriteFile("empty.jsonl", ["", "  "]));

        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("warden: nowhere.jsonl: no such file", missing.StandardError.Trim());
        Assert.Equal(2, empty.ExitCode);
        Assert.Equal("warden: empty.jsonl: the file holds no users\nwarden: empty.jsonl: 1 bad line(s); nothing imported", empty.StandardError.Trim());
    }

    [Fact]
    public async Task A_warden_hash_from_before_issue_12_signs_in_and_is_replaced_by_a_standard_one()
    {
        await using var warden = await ServeAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory });
        var users = warden.Services.GetRequiredService<IStorageBackend>().Users;
        // NSec's string overload hashes the UTF-16 of the password: what PasswordHasher.Hash stored until issue #12.
        var salt = "sixteen-byte-slt"u8.ToArray();
        var parameters = new NSec.Cryptography.Argon2Parameters { MemorySize = 8_192, NumberOfPasses = 1, DegreeOfParallelism = 1 };
        var legacy = "$argon2id$v=19$m=8192,t=1,p=1$" + System.Buffers.Text.Base64Url.EncodeToString(salt) + "$" + System.Buffers.Text.Base64Url.EncodeToString(
            NSec.Cryptography.PasswordBasedKeyDerivationAlgorithm.Argon2id(in parameters).DeriveBytes(ForeignHashes.Password, salt, 32));
        var now = DateTimeOffset.UtcNow;
        await users.CreateAsync(new User
        {
            Id = Guid.NewGuid(), TenantId = Tenant.DefaultId, Username = "legacy", PasswordHash = legacy, SecurityStamp = "s", CreatedAt = now, UpdatedAt = now,
        });
        using var browser = new Browser(warden);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("legacy", ForeignHashes.Password)).StatusCode);

        var replaced = (await users.FindByUsernameAsync(Tenant.DefaultId, "legacy"))!.PasswordHash!;
        Assert.NotEqual(legacy, replaced);
        Assert.StartsWith(ConfiguredPrefix, replaced);
        Assert.Equal(PasswordCheck.Match, warden.Services.GetRequiredService<PasswordHasher>().Check(ForeignHashes.Password, replaced));
    }
}
