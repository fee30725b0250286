using Warden.Core.Tenants;
using Warden.Core.Tokens;
using Warden.Core.Users;
using Warden.Storage.Contract;
using Warden.Testing;
using Xunit;

namespace Warden.Storage.Tests;

/// <summary>
/// Migration 0014 on rows as release 13 left them: a revoked family was a <c>family:</c> row of revoked_tokens and no
/// family had a row of its own. The migration's data statements (its file, less the column SQLite cannot add twice)
/// must leave the revoked family revoked and every other family of an existing token rotating.
/// </summary>
public abstract class FamilyMigrationContract<TFactory> where TFactory : ISqlBackendFactory, new()
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeMilliseconds(1_790_000_000_123);
    private readonly TFactory _factory = new();

    private static readonly Guid UserId = Guid.NewGuid();

    private static RefreshToken Token(Guid familyId, int seed) => new()
    {
        TenantId = Tenant.DefaultId, Hash = [.. BitConverter.GetBytes(seed), .. Guid.NewGuid().ToByteArray()], Id = Guid.NewGuid(),
        FamilyId = familyId, ClientId = "web", UserId = UserId, SecurityStamp = "s", AuthTime = Now, CreatedAt = Now,
        ExpiresAt = Now.AddDays(14),
    };

    [Fact]
    public async Task Revoked_families_move_into_their_table_and_every_existing_token_gets_its_family()
    {
        var database = await _factory.NewDatabaseAsync();
        await using var storage = _factory.Open(database);
        await storage.MigrateAsync();
        await storage.Users.CreateAsync(new User
        {
            Id = UserId, TenantId = Tenant.DefaultId, Username = "alice", SecurityStamp = "s", CreatedAt = Now, UpdatedAt = Now,
        });
        var revoked = Token(Guid.NewGuid(), 1);
        var live = Token(Guid.NewGuid(), 2);
        await storage.RefreshTokens.CreateAsync(revoked);
        await storage.RefreshTokens.CreateAsync(live);
        await storage.Revocations.RevokeAsync(Tenant.DefaultId, "family:" + revoked.FamilyId.ToString("N"), "web", Now.AddDays(30), Now);
        await _factory.ExecuteScalarAsync(database, "DELETE FROM refresh_token_families");

        var migration = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "migrations", _factory.Dialect, "0014_refresh_token_families.sql"))
            .Where(line => !line.StartsWith("ALTER TABLE refresh_tokens ADD COLUMN parent_id", StringComparison.Ordinal));
        await _factory.ExecuteScalarAsync(database, string.Join('\n', migration));

        Assert.False(await storage.Revocations.IsRevokedAsync(Tenant.DefaultId, "family:" + revoked.FamilyId.ToString("N")));
        Assert.Equal(RefreshRotationOutcome.Revoked,
            await storage.RefreshTokens.RotateAsync(revoked, Token(revoked.FamilyId, 3) with { ParentId = revoked.Id }, Now, TimeSpan.Zero));
        Assert.Equal(RefreshRotationOutcome.Rotated,
            await storage.RefreshTokens.RotateAsync(live, Token(live.FamilyId, 4) with { ParentId = live.Id }, Now, TimeSpan.Zero));
    }
}

public sealed class SqliteFamilyMigrationTests : FamilyMigrationContract<SqliteFactory>;
public sealed class PostgresFamilyMigrationTests : FamilyMigrationContract<PostgresFactory>;
