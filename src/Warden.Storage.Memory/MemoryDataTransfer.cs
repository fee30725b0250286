using System.Runtime.CompilerServices;
using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Devices;
using Warden.Core.ExternalLogins;
using Warden.Core.IdentityProviders;
using Warden.Core.Keys;
using Warden.Core.Registration;
using Warden.Core.Scopes;
using Warden.Core.Sessions;
using Warden.Core.Settings;
using Warden.Core.Tenants;
using Warden.Core.Tokens;
using Warden.Core.Transfer;
using Warden.Core.Users;

namespace Warden.Storage.Memory;

/// <summary>
/// <see cref="IDataTransfer"/> over <see cref="MemoryState"/>: each table's records as rows of the snapshot schema and
/// back, with the same column values the SQL stores write. A table is written under the state lock, all or nothing.
/// </summary>
internal sealed class MemoryDataTransfer(MemoryState state) : IDataTransfer
{
    private sealed record TableAccess(Func<IEnumerable<object?[]>> Read, Action<object?[]> Add, Func<int> Count, Action Clear);

    private IReadOnlyDictionary<string, TableAccess>? _tables;

    private IReadOnlyDictionary<string, TableAccess> Tables => _tables ??= CreateTables();

    public async IAsyncEnumerable<object?[]> ReadAsync(SnapshotTable table, string? tenantId = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<object?[]> rows;
        lock (state.Sync)
            rows = RowsOf(table, tenantId).ToList();
        var keys = table.Key.Select(table.IndexOf).ToArray();
        foreach (var row in rows.OrderBy(row => string.Join('\u0001', keys.Select(index => KeyText(row[index]))), StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
        await Task.CompletedTask;
    }

    public async Task<long> WriteAsync(SnapshotTable table, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken = default)
    {
        var buffered = new List<object?[]>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
            buffered.Add(row);
        var access = Tables[table.Name];
        lock (state.Sync)
        {
            foreach (var row in buffered)
                access.Add(row);
        }
        return buffered.Count;
    }

    public Task<long> CountAsync(SnapshotTable table, string? tenantId = null, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(tenantId is null ? Tables[table.Name].Count() : (long)RowsOf(table, tenantId).Count());
    }

    /// <summary>
    /// Reads every table's rows first (checking they are the tenant's), then removes the tenant and adds them under the
    /// state lock, so no reader sees the tenant half replaced.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> ReplaceTenantAsync(string tenantId,
        IAsyncEnumerable<(SnapshotTable Table, IAsyncEnumerable<object?[]> Rows)> content, CancellationToken cancellationToken = default)
    {
        var buffered = new List<(SnapshotTable Table, List<object?[]> Rows)>();
        await foreach (var (table, rows) in content.WithCancellation(cancellationToken))
        {
            var list = new List<object?[]>();
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                if (table.TenantOf(row) != tenantId)
                    throw new ArgumentException($"a row of tenant '{table.TenantOf(row)}' in table {table.Name} while replacing tenant '{tenantId}'");
                list.Add(row);
            }
            buffered.Add((table, list));
        }
        lock (state.Sync)
        {
            state.RemoveTenant(tenantId);
            foreach (var (table, rows) in buffered)
            {
                foreach (var row in rows)
                    Tables[table.Name].Add(row);
            }
        }
        return buffered.ToDictionary(table => table.Table.Name, table => (long)table.Rows.Count, StringComparer.Ordinal);
    }

    /// <summary>Call while holding the state lock.</summary>
    private IEnumerable<object?[]> RowsOf(SnapshotTable table, string? tenantId)
    {
        var rows = Tables[table.Name].Read();
        return tenantId is null ? rows : rows.Where(row => table.TenantOf(row) == tenantId);
    }

    public Task ClearAsync(CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            foreach (var access in Tables.Values)
                access.Clear();
        }
        return Task.CompletedTask;
    }

    private static string KeyText(object? value) => value switch
    {
        byte[] bytes => Convert.ToHexString(bytes),
        Guid guid => guid.ToString("D"),
        _ => value?.ToString() ?? "",
    };

    private static string Hex(object? value) => Convert.ToHexString((byte[])value!);

    private static Dictionary<TKey, TValue> Put<TKey, TValue>(Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
        where TKey : notnull
    {
        if (!dictionary.TryAdd(key, value))
            throw new Core.Storage.DuplicateEntityException("row", key.ToString() ?? "");
        return dictionary;
    }

    private TableAccess Access<TKey, TValue>(Dictionary<TKey, TValue> dictionary, Func<TKey, TValue, object?[]> toRow,
        Action<object?[]> add, Action? clear = null) where TKey : notnull =>
        new(() => dictionary.Select(pair => toRow(pair.Key, pair.Value)), add, () => dictionary.Count, clear ?? dictionary.Clear);

    private Dictionary<string, TableAccess> CreateTables() => new()
    {
        ["tenants"] = Access(state.Tenants,
            (_, t) => [t.Id, t.Name, t.CreatedAt, t.IsActive, TenantText.Addressing(t.Addressing), t.Host, TenantSettingsJson.Write(t.Settings)],
            r => Put(state.Tenants, (string)r[0]!, new Tenant((string)r[0]!, (string)r[1]!, (DateTimeOffset)r[2]!)
            {
                IsActive = (bool)r[3]!, Addressing = TenantText.ReadAddressing((string)r[4]!), Host = (string?)r[5],
                Settings = TenantSettingsJson.Read((string)r[6]!),
            })),
        ["clients"] = Access(state.Clients, (_, c) =>
            [
                c.TenantId, c.ClientId, c.Name, c.Type == ClientType.Public ? "public" : "confidential", c.RedirectUris.ToArray(),
                c.PostLogoutRedirectUris.ToArray(), c.GrantTypes.ToArray(), c.Scopes.ToArray(), c.TokenEndpointAuthMethod, c.FirstParty,
                c.CreatedAt, c.UpdatedAt, c.AccessTokenFormat == AccessTokenFormat.Reference ? "reference" : "jwt",
                c.AccessTokenLifetime is { } lifetime ? (long)lifetime.TotalSeconds : null, c.SigningAlgorithm, c.Resources.ToArray(),
                c.Jwks, c.JwksUri, c.Origin, c.RegistrationMetadata, c.IntrospectAll,
            ],
            r => Put(state.Clients, ((string)r[0]!, (string)r[1]!), new Client
            {
                TenantId = (string)r[0]!, ClientId = (string)r[1]!, Name = (string)r[2]!,
                Type = (string)r[3]! == "public" ? ClientType.Public : ClientType.Confidential,
                RedirectUris = (string[])r[4]!, PostLogoutRedirectUris = (string[])r[5]!, GrantTypes = (string[])r[6]!, Scopes = (string[])r[7]!,
                TokenEndpointAuthMethod = (string)r[8]!, FirstParty = (bool)r[9]!, CreatedAt = (DateTimeOffset)r[10]!,
                UpdatedAt = (DateTimeOffset)r[11]!,
                AccessTokenFormat = (string)r[12]! == "reference" ? AccessTokenFormat.Reference : AccessTokenFormat.Jwt,
                AccessTokenLifetime = r[13] is long seconds ? TimeSpan.FromSeconds(seconds) : null, SigningAlgorithm = (string?)r[14],
                Resources = (string[])r[15]!, Jwks = (string?)r[16], JwksUri = (string?)r[17], Origin = (string)r[18]!,
                RegistrationMetadata = (string?)r[19], IntrospectAll = (bool)r[20]!,
            })),
        ["client_secrets"] = Access(state.ClientSecrets, (_, s) => [s.Id, s.TenantId, s.ClientId, s.Hash, s.CreatedAt, s.ExpiresAt],
            r => Put(state.ClientSecrets, (Guid)r[0]!,
                new ClientSecret((string)r[1]!, (string)r[2]!, (Guid)r[0]!, (byte[])r[3]!, (DateTimeOffset)r[4]!, (DateTimeOffset?)r[5]))),
        ["users"] = Access(state.Users, (_, u) =>
            [
                u.Id, u.TenantId, u.Username, u.Email, u.EmailVerified, u.PasswordHash, u.Role == UserRole.Admin ? "admin" : "regular",
                u.IsActive, u.ProfilePictureUrl, u.Metadata, u.SecurityStamp, (long)u.FailedLoginCount, u.LockedUntil, u.CreatedAt, u.UpdatedAt,
                u.EmailVerificationRequired,
            ],
            r => Put(state.Users, (Guid)r[0]!, new User
            {
                Id = (Guid)r[0]!, TenantId = (string)r[1]!, Username = (string)r[2]!, Email = (string?)r[3], EmailVerified = (bool)r[4]!,
                PasswordHash = (string?)r[5], Role = (string)r[6]! == "admin" ? UserRole.Admin : UserRole.Regular, IsActive = (bool)r[7]!,
                ProfilePictureUrl = (string?)r[8], Metadata = (string)r[9]!, SecurityStamp = (string)r[10]!,
                FailedLoginCount = (int)(long)r[11]!, LockedUntil = (DateTimeOffset?)r[12], CreatedAt = (DateTimeOffset)r[13]!,
                UpdatedAt = (DateTimeOffset)r[14]!, EmailVerificationRequired = (bool)r[15]!,
            })),
        ["scopes"] = Access(state.Scopes, (_, s) =>
                [s.TenantId, s.Name, s.DisplayName, s.Description, s.Claims.ToArray(), s.RequiresConsent, s.CreatedAt, s.UpdatedAt, s.Registrable],
            r => Put(state.Scopes, ((string)r[0]!, (string)r[1]!), new Scope
            {
                TenantId = (string)r[0]!, Name = (string)r[1]!, DisplayName = (string)r[2]!, Description = (string)r[3]!,
                Claims = (string[])r[4]!, RequiresConsent = (bool)r[5]!, CreatedAt = (DateTimeOffset)r[6]!, UpdatedAt = (DateTimeOffset)r[7]!,
                Registrable = r[8] is true, // absent from snapshots older than migration 0012: SnapshotColumn.WhenAbsent
            })),
        ["settings"] = Access(state.Settings, (_, s) => [s.TenantId, s.Key, s.Value, s.UpdatedAt],
            r => Put(state.Settings, ((string)r[0]!, (string)r[1]!),
                new Setting((string)r[0]!, (string)r[1]!, (string)r[2]!, (DateTimeOffset)r[3]!))),
        ["signing_keys"] = Access(state.SigningKeys, (_, k) =>
                [k.TenantId, k.KeyId, k.Algorithm, k.PublicJwk, k.EncryptedPrivateKey, k.CreatedAt, k.ActivatesAt, k.RetiredAt, k.ExpiresAt],
            r => Put(state.SigningKeys, ((string)r[0]!, (string)r[1]!), new SigningKey((string)r[0]!, (string)r[1]!, (string)r[2]!,
                (string)r[3]!, (byte[])r[4]!, (DateTimeOffset)r[5]!, (DateTimeOffset)r[6]!, (DateTimeOffset?)r[7], (DateTimeOffset?)r[8]))),
        ["data_protection_keys"] = Access(state.DataProtectionKeys, (_, k) => [k.TenantId, k.Name, k.EncryptedXml, k.CreatedAt],
            r => Put(state.DataProtectionKeys, ((string)r[0]!, (string)r[1]!),
                new DataProtectionKey((string)r[0]!, (string)r[1]!, (byte[])r[2]!, (DateTimeOffset)r[3]!))),
        ["consents"] = Access(state.Consents, (_, c) => [c.TenantId, c.UserId, c.ClientId, c.Scopes.ToArray(), c.GrantedAt, c.UpdatedAt],
            r => Put(state.Consents, ((string)r[0]!, (Guid)r[1]!, (string)r[2]!),
                new Consent((string)r[0]!, (Guid)r[1]!, (string)r[2]!, (string[])r[3]!, (DateTimeOffset)r[4]!, (DateTimeOffset)r[5]!))),
        ["reference_tokens"] = Access(state.ReferenceTokens, (_, t) =>
                [
                    t.Hash, t.TenantId, t.ClientId, t.Subject, t.Scopes.ToArray(), t.Audiences.ToArray(), t.JwtId, t.IssuedAt, t.ExpiresAt,
                    t.RevokedAt, t.UserId, t.SecurityStamp,
                ],
            r => Put(state.ReferenceTokens, Hex(r[0]), new ReferenceToken((string)r[1]!, (byte[])r[0]!, (string)r[2]!, (string)r[3]!,
                (string[])r[4]!, (string[])r[5]!, (string)r[6]!, (DateTimeOffset)r[7]!, (DateTimeOffset)r[8]!, (DateTimeOffset?)r[9])
                {
                    UserId = (Guid?)r[10], SecurityStamp = (string?)r[11],
                })),
        ["revoked_tokens"] = Access(state.RevokedTokens, (key, v) => [key.TenantId, key.JwtId, v.ClientId, v.ExpiresAt, v.RevokedAt],
            r => Put(state.RevokedTokens, ((string)r[0]!, (string)r[1]!),
                new RevokedJwt((string)r[2]!, (DateTimeOffset)r[3]!, (DateTimeOffset)r[4]!))),
        ["authorization_codes"] = Access(state.AuthorizationCodes, (_, c) =>
            [
                c.Hash, c.TenantId, c.ClientId, c.UserId, c.RedirectUri, c.Scopes.ToArray(), c.Nonce, c.CodeChallenge, c.CodeChallengeMethod,
                c.SessionId, c.AuthTime, c.CreatedAt, c.ExpiresAt, c.ConsumedAt, c.SecurityStamp, c.RedirectUriInRequest,
                c.Evidence?.StoredMethods, c.Evidence?.Acr,
            ],
            r => Put(state.AuthorizationCodes, Hex(r[0]), new AuthorizationCode
            {
                Hash = (byte[])r[0]!, TenantId = (string)r[1]!, ClientId = (string)r[2]!, UserId = (Guid)r[3]!, RedirectUri = (string)r[4]!,
                Scopes = (string[])r[5]!, Nonce = (string?)r[6], CodeChallenge = (string?)r[7], CodeChallengeMethod = (string?)r[8],
                SessionId = (string?)r[9], AuthTime = (DateTimeOffset)r[10]!, CreatedAt = (DateTimeOffset)r[11]!,
                ExpiresAt = (DateTimeOffset)r[12]!, ConsumedAt = (DateTimeOffset?)r[13], SecurityStamp = (string)r[14]!,
                RedirectUriInRequest = (bool)r[15]!, Evidence = SignInEvidence.FromStored((string?)r[16], (string?)r[17]),
            })),
        ["refresh_tokens"] = Access(state.RefreshTokens, (_, t) =>
            [
                t.Hash, t.Id, t.FamilyId, t.TenantId, t.ClientId, t.UserId, t.Scopes.ToArray(), t.SessionId, t.AuthTime, t.CreatedAt,
                t.ExpiresAt, t.ConsumedAt, t.RevokedAt, t.SecurityStamp, t.ParentId, t.Evidence?.StoredMethods, t.Evidence?.Acr,
            ],
            r => Put(state.RefreshTokens, Hex(r[0]), new RefreshToken
            {
                Hash = (byte[])r[0]!, Id = (Guid)r[1]!, FamilyId = (Guid)r[2]!, TenantId = (string)r[3]!, ClientId = (string)r[4]!,
                UserId = (Guid)r[5]!, Scopes = (string[])r[6]!, SessionId = (string?)r[7], AuthTime = (DateTimeOffset)r[8]!,
                CreatedAt = (DateTimeOffset)r[9]!, ExpiresAt = (DateTimeOffset)r[10]!, ConsumedAt = (DateTimeOffset?)r[11],
                RevokedAt = (DateTimeOffset?)r[12], SecurityStamp = (string)r[13]!, ParentId = (Guid?)r[14],
                Evidence = SignInEvidence.FromStored((string?)r[15], (string?)r[16]),
            })),
        ["refresh_token_families"] = Access(state.RefreshTokenFamilies, (key, f) => [key.TenantId, key.FamilyId, f.ClientId, f.ExpiresAt, f.RevokedAt],
            r => Put(state.RefreshTokenFamilies, ((string)r[0]!, (Guid)r[1]!),
                new RefreshTokenFamily((string)r[2]!, (DateTimeOffset)r[3]!, (DateTimeOffset?)r[4]))),
        ["device_codes"] = Access(state.DeviceAuthorizations, (_, d) =>
            [
                d.DeviceCodeHash, d.TenantId, d.UserCodeHash, d.ClientId, d.Scopes.ToArray(), StatusText(d.Status), d.UserId, d.AuthTime,
                d.CreatedAt, d.ExpiresAt, d.DecidedAt, d.ConsumedAt, d.SecurityStamp, d.Evidence?.StoredMethods, d.Evidence?.Acr,
            ],
            r =>
            {
                var key = Hex(r[0]);
                Put(state.DeviceUserCodes, ((string)r[1]!, Hex(r[2])), key);
                Put(state.DeviceAuthorizations, key, new DeviceAuthorization
                {
                    DeviceCodeHash = (byte[])r[0]!, TenantId = (string)r[1]!, UserCodeHash = (byte[])r[2]!, ClientId = (string)r[3]!,
                    Scopes = (string[])r[4]!, Status = ReadStatus((string)r[5]!), UserId = (Guid?)r[6], AuthTime = (DateTimeOffset?)r[7],
                    CreatedAt = (DateTimeOffset)r[8]!, ExpiresAt = (DateTimeOffset)r[9]!, DecidedAt = (DateTimeOffset?)r[10],
                    ConsumedAt = (DateTimeOffset?)r[11], SecurityStamp = (string?)r[12],
                    Evidence = SignInEvidence.FromStored((string?)r[13], (string?)r[14]),
                });
            },
            () =>
            {
                state.DeviceAuthorizations.Clear();
                state.DeviceUserCodes.Clear();
            }),
        ["registration_tokens"] = Access(state.RegistrationTokens, (_, t) =>
            [
                t.Id, t.TenantId, t.Hash, t.Kind == RegistrationTokenKind.InitialAccess ? "initial_access" : "registration_access",
                t.ClientId, t.SingleUse, t.ExpiresAt, t.CreatedAt, t.UsedAt,
            ],
            r =>
            {
                Put(state.RegistrationTokenHashes, Hex(r[2]), (Guid)r[0]!);
                Put(state.RegistrationTokens, (Guid)r[0]!, new RegistrationToken
                {
                    Id = (Guid)r[0]!, TenantId = (string)r[1]!, Hash = (byte[])r[2]!,
                    Kind = (string)r[3]! == "initial_access" ? RegistrationTokenKind.InitialAccess : RegistrationTokenKind.RegistrationAccess,
                    ClientId = (string?)r[4], SingleUse = (bool)r[5]!, ExpiresAt = (DateTimeOffset?)r[6], CreatedAt = (DateTimeOffset)r[7]!,
                    UsedAt = (DateTimeOffset?)r[8],
                });
            },
            () =>
            {
                state.RegistrationTokens.Clear();
                state.RegistrationTokenHashes.Clear();
            }),
        ["email_tokens"] = Access(state.EmailTokens, (_, t) =>
                [t.Id, t.TenantId, t.UserId, t.Purpose == EmailTokenPurpose.Verify ? "verify" : "reset", t.Hash, t.Email, t.CreatedAt, t.ExpiresAt, t.UsedAt],
            r =>
            {
                Put(state.EmailTokenHashes, Hex(r[4]), (Guid)r[0]!);
                Put(state.EmailTokens, (Guid)r[0]!, new EmailToken
                {
                    Id = (Guid)r[0]!, TenantId = (string)r[1]!, UserId = (Guid)r[2]!,
                    Purpose = (string)r[3]! == "verify" ? EmailTokenPurpose.Verify : EmailTokenPurpose.Reset, Hash = (byte[])r[4]!,
                    Email = (string)r[5]!, CreatedAt = (DateTimeOffset)r[6]!, ExpiresAt = (DateTimeOffset)r[7]!, UsedAt = (DateTimeOffset?)r[8],
                });
            },
            () =>
            {
                state.EmailTokens.Clear();
                state.EmailTokenHashes.Clear();
            }),
        ["passkey_credentials"] = Access(state.Passkeys, (_, p) =>
            [
                p.Id, p.TenantId, p.UserId, p.CredentialId, p.PublicKey, p.SignCount, p.Transports.ToArray(), p.Aaguid, p.BackupEligible, p.BackedUp,
                p.Name, p.CreatedAt, p.LastUsedAt,
            ],
            r => Put(state.Passkeys, (Guid)r[0]!, new Core.Passkeys.PasskeyCredential
            {
                Id = (Guid)r[0]!, TenantId = (string)r[1]!, UserId = (Guid)r[2]!, CredentialId = (byte[])r[3]!, PublicKey = (byte[])r[4]!,
                SignCount = (long)r[5]!, Transports = (string[])r[6]!, Aaguid = (Guid)r[7]!, BackupEligible = (bool)r[8]!, BackedUp = (bool)r[9]!,
                Name = (string)r[10]!, CreatedAt = (DateTimeOffset)r[11]!, LastUsedAt = (DateTimeOffset?)r[12],
            })),
        ["identity_providers"] = Access(state.IdentityProviders, (_, p) =>
            [
                p.TenantId, p.Name, p.DisplayName, IdentityProviderText.Kind(p.Kind), p.Preset, p.Issuer, p.AuthorizationEndpoint, p.TokenEndpoint,
                p.UserInfoEndpoint, p.ClientId, p.EncryptedClientSecret, p.TokenEndpointAuthMethod, p.Scopes.ToArray(),
                IdentityProviderText.Mapping(p.Claims), IdentityProviderText.Policy(p.LinkPolicy), p.ShowButton, p.StoreTokens, p.CreatedAt, p.UpdatedAt,
            ],
            r => Put(state.IdentityProviders, ((string)r[0]!, (string)r[1]!), new IdentityProvider
            {
                TenantId = (string)r[0]!, Name = (string)r[1]!, DisplayName = (string)r[2]!, Kind = IdentityProviderText.ReadKind((string)r[3]!)!.Value,
                Preset = (string?)r[4], Issuer = (string?)r[5], AuthorizationEndpoint = (string?)r[6], TokenEndpoint = (string?)r[7],
                UserInfoEndpoint = (string?)r[8], ClientId = (string)r[9]!, EncryptedClientSecret = (byte[]?)r[10],
                TokenEndpointAuthMethod = (string)r[11]!, Scopes = (string[])r[12]!, Claims = IdentityProviderText.ReadMapping((string)r[13]!),
                LinkPolicy = IdentityProviderText.ReadPolicy((string)r[14]!)!.Value, ShowButton = (bool)r[15]!, StoreTokens = (bool)r[16]!,
                CreatedAt = (DateTimeOffset)r[17]!, UpdatedAt = (DateTimeOffset)r[18]!,
            })),
        ["external_logins"] = Access(state.ExternalLogins, (_, l) =>
                [l.Id, l.TenantId, l.Provider, l.Subject, l.UserId, l.Email, l.EmailVerified, l.LinkedAt, l.LastUsedAt, l.EncryptedTokens],
            r => Put(state.ExternalLogins, (Guid)r[0]!, new ExternalLogin
            {
                Id = (Guid)r[0]!, TenantId = (string)r[1]!, Provider = (string)r[2]!, Subject = (string)r[3]!, UserId = (Guid)r[4]!,
                Email = (string?)r[5], EmailVerified = (bool)r[6]!, LinkedAt = (DateTimeOffset)r[7]!, LastUsedAt = (DateTimeOffset)r[8]!,
                EncryptedTokens = (byte[]?)r[9],
            })),
        ["api_keys"] = Access(state.ApiKeys, (_, k) =>
                [k.PublicId, k.TenantId, k.Name, k.SecretHash, k.UserId, k.ClientId, k.Scopes.ToArray(), k.CreatedAt, k.ExpiresAt, k.LastUsedAt, k.RevokedAt],
            r => Put(state.ApiKeys, (string)r[0]!, new Core.ApiKeys.ApiKey
            {
                PublicId = (string)r[0]!, TenantId = (string)r[1]!, Name = (string)r[2]!, SecretHash = (byte[])r[3]!, UserId = (Guid?)r[4],
                ClientId = (string?)r[5], Scopes = (string[])r[6]!, CreatedAt = (DateTimeOffset)r[7]!, ExpiresAt = (DateTimeOffset?)r[8],
                LastUsedAt = (DateTimeOffset?)r[9], RevokedAt = (DateTimeOffset?)r[10],
            })),
        ["audit_logs"] = Access(state.AuditEvents, (_, a) =>
                [a.Id, a.TenantId, a.OccurredAt, a.EventType, a.Outcome, a.ClientId, a.UserId, a.IpAddress, a.Details],
            r => Put(state.AuditEvents, (Guid)r[0]!, new AuditEvent((Guid)r[0]!, (string)r[1]!, (DateTimeOffset)r[2]!, (string)r[3]!,
                (string)r[4]!, (string?)r[5], (string?)r[6], (string?)r[7], (string)r[8]!))),
    };

    private static string StatusText(DeviceAuthorizationStatus status) => status switch
    {
        DeviceAuthorizationStatus.Approved => "approved",
        DeviceAuthorizationStatus.Denied => "denied",
        _ => "pending",
    };

    private static DeviceAuthorizationStatus ReadStatus(string text) => text switch
    {
        "approved" => DeviceAuthorizationStatus.Approved,
        "denied" => DeviceAuthorizationStatus.Denied,
        _ => DeviceAuthorizationStatus.Pending,
    };
}
