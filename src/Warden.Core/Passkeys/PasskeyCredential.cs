namespace Warden.Core.Passkeys;

/// <summary>
/// A WebAuthn credential (a passkey) registered to a user: the public key the server checks assertions with and what
/// the authenticator said about itself when it was registered. A user may have several.
/// </summary>
public sealed record PasskeyCredential
{
    /// <summary>Warden's own identifier of the row (what the account page and the CLI name it by).</summary>
    public required Guid Id { get; init; }

    public required string TenantId { get; init; }
    public required Guid UserId { get; init; }

    /// <summary>The authenticator's credential id (the <c>rawId</c>), unique per tenant.</summary>
    public required byte[] CredentialId { get; init; }

    /// <summary>The credential's public key as a COSE_Key (CBOR), as the authenticator gave it.</summary>
    public required byte[] PublicKey { get; init; }

    /// <summary>The last signature counter seen; 0 for an authenticator that does not count.</summary>
    public required long SignCount { get; init; }

    /// <summary>The transports the browser reported (<c>internal</c>, <c>hybrid</c>, <c>usb</c>, <c>nfc</c>, <c>ble</c> …).</summary>
    public required IReadOnlyList<string> Transports { get; init; }

    /// <summary>The authenticator model's AAGUID; all zeros when the authenticator does not say (attestation none often).</summary>
    public required Guid Aaguid { get; init; }

    /// <summary>The BE flag: the credential may be synced to other devices (a multi-device passkey).</summary>
    public required bool BackupEligible { get; init; }

    /// <summary>The BS flag, as last seen: the credential is currently backed up (synced).</summary>
    public required bool BackedUp { get; init; }

    /// <summary>The name the person chose (or the authenticator's name, or "Passkey").</summary>
    public required string Name { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; init; }

    public bool Equals(PasskeyCredential? other) =>
        other is not null && Id == other.Id && TenantId == other.TenantId && UserId == other.UserId
        && CredentialId.AsSpan().SequenceEqual(other.CredentialId) && PublicKey.AsSpan().SequenceEqual(other.PublicKey)
        && SignCount == other.SignCount && Transports.SequenceEqual(other.Transports) && Aaguid == other.Aaguid
        && BackupEligible == other.BackupEligible && BackedUp == other.BackedUp && Name == other.Name && CreatedAt == other.CreatedAt
        && LastUsedAt == other.LastUsedAt;

    public override int GetHashCode() => Id.GetHashCode();
}
