using System.Buffers.Binary;
using System.Buffers.Text;
using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Warden.Tests.Passkeys;

/// <summary>
/// A WebAuthn authenticator in the test: one ES256 discoverable credential, attestation none, answering the options a
/// server sends with the JSON a browser's <c>toJSON()</c> gives. Each answer can lie about its origin, RP id or counter,
/// which is how the refusal tests craft what a phishing site, a cloned key or a replay would send.
/// </summary>
public sealed class SoftwareAuthenticator(string rpId, string origin) : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public byte[] CredentialId { get; } = RandomNumberGenerator.GetBytes(16);
    public string CredentialIdText => Base64Url.EncodeToString(CredentialId);
    public uint SignCount { get; set; }
    public byte[]? UserHandle { get; private set; }

    /// <summary>Flags: UP (0x01), UV (0x04), BE (0x08), BS (0x10).</summary>
    public bool UserVerified { get; set; } = true;
    public bool BackupEligible { get; set; } = true;

    /// <summary>The response to navigator.credentials.create with <paramref name="publicKey"/> (the server's creation options).</summary>
    public JsonObject Create(JsonElement publicKey, string? origin = null)
    {
        UserHandle = Base64Url.DecodeFromChars(publicKey.GetProperty("user").GetProperty("id").GetString());
        var clientData = ClientData("webauthn.create", publicKey.GetProperty("challenge").GetString()!, origin);
        var parameters = _key.ExportParameters(false);
        var cose = new CborWriter(CborConformanceMode.Ctap2Canonical);
        cose.WriteStartMap(5);
        cose.WriteInt32(1); cose.WriteInt32(2);
        cose.WriteInt32(3); cose.WriteInt32(-7);
        cose.WriteInt32(-1); cose.WriteInt32(1);
        cose.WriteInt32(-2); cose.WriteByteString(parameters.Q.X!);
        cose.WriteInt32(-3); cose.WriteByteString(parameters.Q.Y!);
        cose.WriteEndMap();
        var attested = new List<byte>();
        attested.AddRange(new byte[16]); // AAGUID zero: attestation none
        attested.Add((byte)(CredentialId.Length >> 8));
        attested.Add((byte)CredentialId.Length);
        attested.AddRange(CredentialId);
        attested.AddRange(cose.Encode());
        var authenticatorData = AuthenticatorData(rpId, 0x40, attested.ToArray());
        var attestation = new CborWriter(CborConformanceMode.Ctap2Canonical);
        attestation.WriteStartMap(3);
        attestation.WriteTextString("fmt"); attestation.WriteTextString("none");
        attestation.WriteTextString("attStmt"); attestation.WriteStartMap(0); attestation.WriteEndMap();
        attestation.WriteTextString("authData"); attestation.WriteByteString(authenticatorData);
        attestation.WriteEndMap();
        return new JsonObject
        {
            ["id"] = CredentialIdText, ["rawId"] = CredentialIdText, ["type"] = "public-key", ["clientExtensionResults"] = new JsonObject(),
            ["response"] = new JsonObject
            {
                ["clientDataJSON"] = Base64Url.EncodeToString(clientData), ["attestationObject"] = Base64Url.EncodeToString(attestation.Encode()),
                ["transports"] = new JsonArray("internal", "hybrid"),
            },
        };
    }

    /// <summary>The response to navigator.credentials.get with <paramref name="publicKey"/>; the counter goes up by one first.</summary>
    public JsonObject Assert(JsonElement publicKey, string? origin = null, string? rpId = null, uint? signCount = null)
    {
        SignCount = signCount ?? SignCount + 1;
        var clientData = ClientData("webauthn.get", publicKey.GetProperty("challenge").GetString()!, origin);
        var authenticatorData = AuthenticatorData(rpId ?? publicKey.GetProperty("rpId").GetString()!, 0, []);
        var signature = _key.SignData([.. authenticatorData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256,
            DSASignatureFormat.Rfc3279DerSequence);
        return new JsonObject
        {
            ["id"] = CredentialIdText, ["rawId"] = CredentialIdText, ["type"] = "public-key", ["clientExtensionResults"] = new JsonObject(),
            ["response"] = new JsonObject
            {
                ["clientDataJSON"] = Base64Url.EncodeToString(clientData), ["authenticatorData"] = Base64Url.EncodeToString(authenticatorData),
                ["signature"] = Base64Url.EncodeToString(signature), ["userHandle"] = Base64Url.EncodeToString(UserHandle!),
            },
        };
    }

    private byte[] ClientData(string type, string challenge, string? otherOrigin) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type, challenge, origin = otherOrigin ?? origin, crossOrigin = false }));

    private byte[] AuthenticatorData(string forRpId, byte extraFlags, byte[] attested)
    {
        var flags = (byte)(0x01 | (UserVerified ? 0x04 : 0) | (BackupEligible ? 0x08 : 0) | extraFlags);
        var data = new byte[37 + attested.Length];
        SHA256.HashData(Encoding.UTF8.GetBytes(forRpId)).CopyTo(data, 0);
        data[32] = flags;
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(33), SignCount);
        attested.CopyTo(data, 37);
        return data;
    }

    public void Dispose() => _key.Dispose();
}
