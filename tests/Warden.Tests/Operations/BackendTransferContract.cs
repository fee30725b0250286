using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Warden.Configuration;
using Warden.Core.Storage;
using Warden.Core.Transfer;
using Warden.Hosting;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.Operations;

/// <summary>
/// Issue #7: export on one backend, import on another, and what was issued before the move keeps working on a server
/// running on the target with the same master key: a client secret, a refresh token (and its rotation), the user's
/// password, the remembered consent and the signing keys.
/// </summary>
public abstract class BackendTransferContract<TSource, TTarget> : IDisposable
    where TSource : IServerBackend, new()
    where TTarget : IServerBackend, new()
{
    private readonly TemporaryDirectory _directory = new();
    private readonly TemporaryDirectory _targetDirectory = new();

    public void Dispose()
    {
        _directory.Dispose();
        _targetDirectory.Dispose();
    }

    [Fact]
    public async Task Secrets_refresh_tokens_passwords_consents_and_keys_keep_working_after_export_and_import()
    {
        var snapshot = _directory.File("snapshot.jsonl");
        string machineId, webId, refreshToken, sourceKeys, apiKey;
        string? machineSecret, webSecret;
        Core.Passkeys.PasskeyCredential passkey;
        await using (var source = await StartAsync(await new TSource().CreateAsync(_directory)))
        {
            (var machine, machineSecret) = await source.CreateClientAsync(OAuthClientHelpers.MachineClient());
            machineId = machine.ClientId;
            Assert.NotNull(await source.ClientCredentialsTokenAsync(machineId, machineSecret!));
            (var web, webSecret) = await source.CreateClientAsync(WebClient());
            webId = web.ClientId;
            using var browser = new Browser(source);
            var pkce = Pkce.Create();
            var callback = await browser.AuthorizeAsync(AuthorizeUrl(webId, pkce));
            var (status, tokens, _) = await source.RedeemAsync(callback["code"], webId, webSecret, pkce.Verifier);
            Assert.Equal(200, status);
            refreshToken = tokens.GetProperty("refresh_token").GetString()!;
            sourceKeys = await KeyIdsAsync(source);

            var storage = source.Services.GetRequiredService<IStorageBackend>();
            // #14: the registrable mark travels with the scope.
            await new Core.Scopes.ScopeAdministration(storage.Scopes, TimeProvider.System)
                .CreateAsync(Core.Tenants.Tenant.DefaultId, "invoices.read", null, null, [], requiresConsent: true, registrable: true);
            // #17: a passkey travels with its key, counter, transports and flags.
            var alice = (await storage.Users.FindByUsernameAsync(Core.Tenants.Tenant.DefaultId, "alice"))!;
            passkey = new Core.Passkeys.PasskeyCredential
            {
                Id = Guid.NewGuid(), TenantId = alice.TenantId, UserId = alice.Id, CredentialId = [9, 8, 7, 6], PublicKey = [1, 2, 3, 4, 5],
                SignCount = 42, Transports = ["usb", "nfc"], Aaguid = Guid.NewGuid(), BackupEligible = true, BackedUp = true, Name = "Blue key",
                CreatedAt = Core.Storage.StoredTime.Truncate(DateTimeOffset.UtcNow), LastUsedAt = Core.Storage.StoredTime.Truncate(DateTimeOffset.UtcNow),
            };
            await storage.Passkeys.CreateAsync(passkey);
            // #18: an upstream provider (its secret encrypted under the master key) and alice's linked account travel too.
            var corp = await External.UpstreamPair.Administration(source).CreateAsync(Core.Tenants.Tenant.DefaultId,
                new Core.IdentityProviders.IdentityProviderSpecification
                {
                    Name = "corp", Issuer = "https://sso.corp.example", ClientId = "warden", ClientSecret = "corp-client-secret",
                });
            await storage.ExternalLogins.CreateAsync(new Core.ExternalLogins.ExternalLogin
            {
                Id = Guid.NewGuid(), TenantId = alice.TenantId, Provider = corp.Name, Subject = "corp-alice", UserId = alice.Id, Email = alice.Email,
                EmailVerified = true, LinkedAt = DateTimeOffset.UtcNow, LastUsedAt = DateTimeOffset.UtcNow,
            });
            // #19: an API key travels with its keyed hash and keeps working.
            apiKey = (await source.Services.GetRequiredService<Core.ApiKeys.ApiKeyService>().CreateAsync(
                new Core.Protocol.RequestContext(Core.Tenants.Tenant.DefaultId, null),
                new Core.ApiKeys.ApiKeyRequest { Name = "export", ClientId = machineId, Scopes = ["invoices.read"] }, new Core.ApiKeys.ApiKeyActor(null, "cli"))).Value;
            await using (var output = File.Create(snapshot))
                await SnapshotTransfer.ExportAsync(storage, output, TimeProvider.System);
        }

        var targetDatabase = await new TTarget().CreateAsync(_targetDirectory);
        RunningWarden target;
        if (targetDatabase.Type == DatabaseType.Memory)
        {
            // A memory database lives in its server: import into the running one, after clearing what its start created.
            // Note: its key manager keeps the keys it created for up to 30 s; signing still works, the JWKS check waits for that.
            target = await StartAsync(targetDatabase);
            var storage = target.Services.GetRequiredService<IStorageBackend>();
            await storage.Transfer.ClearAsync();
            await SnapshotTransfer.ImportAsync(() => File.OpenRead(snapshot), storage);
        }
        else
        {
            await using (var storage = BackendFactory.CreateStorage(targetDatabase, NullLoggerFactory.Instance, TimeProvider.System))
                await SnapshotTransfer.ImportAsync(() => File.OpenRead(snapshot), storage);
            target = await StartAsync(targetDatabase);
            Assert.Equal(sourceKeys, await KeyIdsAsync(target));
        }
        Assert.Equal(passkey, await target.Services.GetRequiredService<IStorageBackend>().Passkeys
            .FindByCredentialIdAsync(Core.Tenants.Tenant.DefaultId, passkey.CredentialId));

        await using (target)
        {
            var snapshotChecksums = await SnapshotChecksumsAsync(snapshot);
            Assert.All(await ChecksumsAsync(target.Services.GetRequiredService<IStorageBackend>()),
                table => Assert.Equal(snapshotChecksums.GetValueOrDefault(table.Table, EmptyChecksum), table.SourceChecksum));

            Assert.NotNull(await target.ClientCredentialsTokenAsync(machineId, machineSecret!));
            Assert.True((await target.IntrospectAsync(apiKey, machineId, machineSecret!)).GetProperty("active").GetBoolean());
            Assert.True((await target.Services.GetRequiredService<IStorageBackend>().Scopes.FindAsync(Core.Tenants.Tenant.DefaultId, "invoices.read"))!
                .Registrable);
            var (refreshed, body, _) = await target.RefreshAsync(refreshToken, webId, webSecret);
            Assert.Equal(200, refreshed);
            var (rotated, _, _) = await target.RefreshAsync(body.GetProperty("refresh_token").GetString()!, webId, webSecret);
            Assert.Equal(200, rotated);

            var moved = target.Services.GetRequiredService<IStorageBackend>();
            var provider = (await moved.IdentityProviders.FindAsync(Core.Tenants.Tenant.DefaultId, "corp"))!;
            Assert.Equal("corp-client-secret", System.Text.Encoding.UTF8.GetString(
                target.Services.GetRequiredService<Core.Security.KeyProtector>().Unprotect(provider.EncryptedClientSecret!)));
            var link = (await moved.ExternalLogins.FindAsync(Core.Tenants.Tenant.DefaultId, "corp", "corp-alice"))!;
            Assert.Equal("alice", (await moved.Users.FindByIdAsync(Core.Tenants.Tenant.DefaultId, link.UserId))!.Username);

            // alice signs in with her password; her consent is remembered, so the code comes without the consent page.
            using var browser = new Browser(target);
            var pkce = Pkce.Create();
            var page = await browser.SignInAndFollowAsync(await browser.FollowAsync(AuthorizeUrl(webId, pkce)));
            var code = CallbackParameters(page)["code"];
            Assert.Equal(200, (await target.RedeemAsync(code, webId, webSecret, pkce.Verifier)).Status);
        }
    }

    private static Task<RunningWarden> StartAsync(DatabaseOptions database) => AuthorizationCodeFixture.StartAsync(database);

    private static async Task<IReadOnlyList<TableComparison>> ChecksumsAsync(IStorageBackend storage) =>
        await BackendCopier.CompareAsync(storage, storage);

    private static readonly string EmptyChecksum = new string('0', 64);

    /// <summary>The checksum of each table's rows as the snapshot file has them.</summary>
    private static async Task<Dictionary<string, string>> SnapshotChecksumsAsync(string path)
    {
        await using var input = File.OpenRead(path);
        var reader = await SnapshotReader.OpenAsync(input, CancellationToken.None);
        var checksums = new Dictionary<string, string>();
        await foreach (var (table, rows) in reader.ReadTablesAsync())
        {
            var checksum = new TableChecksum(table);
            await foreach (var row in rows)
                checksum.Add(row);
            checksums[table.Name] = checksum.Value;
        }
        return checksums;
    }

    private static async Task<string> KeyIdsAsync(RunningWarden warden)
    {
        using var jwks = JsonDocument.Parse(await warden.Client.GetStringAsync("/.well-known/jwks.json"));
        return string.Join(",", jwks.RootElement.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()).Order());
    }
}

public sealed class MemoryToSqliteTransferTests : BackendTransferContract<MemoryServerBackend, SqliteServerBackend>;
public sealed class MemoryToPostgresTransferTests : BackendTransferContract<MemoryServerBackend, PostgresServerBackend>;
public sealed class SqliteToMemoryTransferTests : BackendTransferContract<SqliteServerBackend, MemoryServerBackend>;
public sealed class SqliteToPostgresTransferTests : BackendTransferContract<SqliteServerBackend, PostgresServerBackend>;
public sealed class PostgresToMemoryTransferTests : BackendTransferContract<PostgresServerBackend, MemoryServerBackend>;
public sealed class PostgresToSqliteTransferTests : BackendTransferContract<PostgresServerBackend, SqliteServerBackend>;
