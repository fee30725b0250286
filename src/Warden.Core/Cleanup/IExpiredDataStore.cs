namespace Warden.Core.Cleanup;

/// <summary>The kinds of rows that outlive their use, in the order a cleanup pass deletes them.</summary>
public enum ExpiredDataKind
{
    AuthorizationCodes,
    DeviceCodes,
    RefreshTokens,
    RefreshTokenFamilies,
    ReferenceTokens,
    RevokedTokens,
    RegistrationTokens,
    EmailTokens,

    /// <summary>API keys past their expiry or revoked, once <see cref="CleanupOptions.ApiKeyRetention"/> has passed.</summary>
    ApiKeys,
    AuditLogs,
}

/// <summary>Deletes expired rows in bounded batches, and the lease that lets one instance at a time clean a shared database.</summary>
public interface IExpiredDataStore
{
    /// <summary>
    /// Deletes at most <paramref name="limit"/> rows of one kind that ended before <paramref name="before"/>: past
    /// their expires_at (rows without one never expire here), or for audit rows, recorded before it; for API keys, expired
    /// or revoked before it; of one tenant only when <paramref name="tenantId"/> is given, else of every tenant. Returns
    /// how many; fewer than the limit means none are left. Each call is one short statement, so no lock is held for long.
    /// </summary>
    Task<int> DeleteExpiredAsync(ExpiredDataKind kind, DateTimeOffset before, int limit, string? tenantId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes or renews the cleanup lease for <paramref name="holder"/> until <paramref name="now"/> + <paramref name="duration"/>,
    /// in one atomic step: true when the lease was free, expired, or already this holder's.
    /// </summary>
    Task<bool> TryAcquireLeaseAsync(string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease up if <paramref name="holder"/> holds it.</summary>
    Task ReleaseLeaseAsync(string holder, CancellationToken cancellationToken = default);
}

public static class ExpiredDataKindNames
{
    /// <summary>The table the kind lives in (without prefix), as reports and metrics name it.</summary>
    public static string TableName(this ExpiredDataKind kind) => kind switch
    {
        ExpiredDataKind.AuthorizationCodes => "authorization_codes",
        ExpiredDataKind.DeviceCodes => "device_codes",
        ExpiredDataKind.RefreshTokens => "refresh_tokens",
        ExpiredDataKind.RefreshTokenFamilies => "refresh_token_families",
        ExpiredDataKind.ReferenceTokens => "reference_tokens",
        ExpiredDataKind.RevokedTokens => "revoked_tokens",
        ExpiredDataKind.RegistrationTokens => "registration_tokens",
        ExpiredDataKind.EmailTokens => "email_tokens",
        ExpiredDataKind.ApiKeys => "api_keys",
        ExpiredDataKind.AuditLogs => "audit_logs",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
