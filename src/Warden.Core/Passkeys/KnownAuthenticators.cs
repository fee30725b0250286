namespace Warden.Core.Passkeys;

/// <summary>
/// Names of a few well-known authenticator models by AAGUID, for the account page ("iCloud Keychain", "YubiKey 5").
/// A small built-in table, not the FIDO metadata service: an unknown AAGUID (or the all-zero one that attestation
/// none often gives) simply has no name.
/// </summary>
public static class KnownAuthenticators
{
    private static readonly Dictionary<Guid, string> Names = new()
    {
        [Guid.Parse("fbfc3007-154e-4ecc-8c0b-6e020557d7bd")] = "iCloud Keychain",
        [Guid.Parse("dd4ec289-e01d-41c9-bb89-70fa845d4bf2")] = "iCloud Keychain (managed)",
        [Guid.Parse("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4")] = "Google Password Manager",
        [Guid.Parse("adce0002-35bc-c60a-648b-0b25f1f05503")] = "Chrome on Mac",
        [Guid.Parse("08987058-cadc-4b81-b6e1-30de50dcbe96")] = "Windows Hello",
        [Guid.Parse("9ddd1817-af5a-4672-a2b9-3e3dd95000a9")] = "Windows Hello",
        [Guid.Parse("6028b017-b1d4-4c02-b4b3-afcdafc96bb2")] = "Windows Hello",
        [Guid.Parse("bada5566-a7aa-401f-bd96-45619a55120d")] = "1Password",
        [Guid.Parse("d548826e-79b4-db40-a3d8-11116f7e8349")] = "Bitwarden",
        [Guid.Parse("531126d6-e717-415c-9320-3d9aa6981239")] = "Dashlane",
        [Guid.Parse("b84e4048-15dc-4dd0-8640-f4f60813c8af")] = "NordPass",
        [Guid.Parse("53414d53-554e-4700-0000-000000000000")] = "Samsung Pass",
        [Guid.Parse("cb69481e-8ff7-4039-93ec-0a2729a154a8")] = "YubiKey 5",
        [Guid.Parse("ee882879-721c-4913-9775-3dfcce97072a")] = "YubiKey 5",
        [Guid.Parse("fa2b99dc-9e39-4257-8f92-4a30d23c4118")] = "YubiKey 5 NFC",
        [Guid.Parse("2fc0579f-8113-47ea-b116-bb5a8db9202a")] = "YubiKey 5 NFC",
        [Guid.Parse("c5ef55ff-ad9a-4b9f-b580-adebafe026d0")] = "YubiKey 5Ci",
        [Guid.Parse("149a2021-8ef6-4133-96b8-81f8d5b7f1f5")] = "Security Key by Yubico",
        [Guid.Parse("a4e9fc6d-4cbe-4758-b8ba-37598bb5bbaa")] = "Security Key NFC by Yubico",
        [Guid.Parse("ee041bce-25e5-4cdb-8f86-897fd6418464")] = "Feitian ePass FIDO2",
        [Guid.Parse("8876631b-d4a0-427f-5773-0ec71c9e0279")] = "SoloKeys Solo 2",
    };

    /// <summary>The model's name, or null when the table does not know the AAGUID.</summary>
    public static string? NameOf(Guid aaguid) => Names.GetValueOrDefault(aaguid);
}
