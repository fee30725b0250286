namespace Warden.Core.Keys;

/// <summary>An element of the ASP.NET Core Data Protection key ring, already encrypted by the caller.</summary>
public sealed record DataProtectionKey(string TenantId, string Name, byte[] EncryptedXml, DateTimeOffset CreatedAt)
{
    public bool Equals(DataProtectionKey? other) =>
        other is not null && TenantId == other.TenantId && Name == other.Name && EncryptedXml.AsSpan().SequenceEqual(other.EncryptedXml)
        && CreatedAt == other.CreatedAt;

    public override int GetHashCode() => HashCode.Combine(TenantId, Name);
}

/// <summary>The Data Protection key ring, shared by every instance using the database. Elements are never changed.</summary>
public interface IDataProtectionKeyStore
{
    /// <summary>Adds an element; storing a name twice keeps the first (elements are immutable).</summary>
    Task AddAsync(DataProtectionKey key, CancellationToken cancellationToken = default);

    /// <summary>Every element of the tenant's key ring, oldest first.</summary>
    Task<IReadOnlyList<DataProtectionKey>> ListAsync(string tenantId, CancellationToken cancellationToken = default);
}
