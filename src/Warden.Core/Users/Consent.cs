namespace Warden.Core.Users;

/// <summary>The scopes a user has allowed a client, remembered so the consent page is not shown again for them.</summary>
public sealed record Consent(string TenantId, Guid UserId, string ClientId, IReadOnlyList<string> Scopes, DateTimeOffset GrantedAt, DateTimeOffset UpdatedAt)
{
    public bool Equals(Consent? other) =>
        other is not null && TenantId == other.TenantId && UserId == other.UserId && ClientId == other.ClientId
        && Scopes.SequenceEqual(other.Scopes) && GrantedAt == other.GrantedAt && UpdatedAt == other.UpdatedAt;

    public override int GetHashCode() => HashCode.Combine(TenantId, UserId, ClientId);
}
