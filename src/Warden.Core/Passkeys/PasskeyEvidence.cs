using Warden.Core.Sessions;

namespace Warden.Core.Passkeys;

/// <summary>
/// What a passkey sign-in proves, in RFC 8176 <c>amr</c> values, and the <c>acr</c> it meets.
/// <list type="bullet">
/// <item><c>swk</c> (software-secured key) for a passkey that may be synced (the BE flag), or that lives in the device
/// (<c>internal</c>) or was reached through a phone (<c>hybrid</c>): its private key may leave the hardware it was made
/// in, or the server cannot tell; also when the browser named no transport.</item>
/// <item><c>hwk</c> (hardware-secured key) for a security key that is not backup eligible and that the browser reported
/// only on cross-platform transports (usb, nfc, ble, smart-card): the key cannot leave that device.</item>
/// <item><c>user</c> always: every assertion carries user presence (Fido2 refuses one without the UP flag).</item>
/// <item><c>pin</c> when the authenticator verified the person (the UV flag). RFC 8176 has no generic "user verified";
/// <c>pin</c> is the closest registered value, and an authenticator's biometric check unlocks the same key a PIN
/// would, so Warden does not guess <c>fpt</c> or <c>face</c>.</item>
/// </list>
/// Every passkey sign-in meets <see cref="PhishingResistant"/>: the signature covers the origin and the RP id.
/// </summary>
public static class PasskeyEvidence
{
    /// <summary>
    /// The acr value of a phishing-resistant sign-in (OpenID's EAP ACR values, <c>phr</c>), advertised in discovery. An
    /// authorization request whose <c>acr_values</c> name it is only answered for a session started with a passkey.
    /// </summary>
    public const string PhishingResistant = "phr";

    private static readonly HashSet<string> CrossPlatformTransports = new(StringComparer.Ordinal) { "usb", "nfc", "ble", "smart-card" };

    /// <summary>The <c>amr</c> values of a sign-in with <paramref name="credential"/>.</summary>
    public static IReadOnlyList<string> MethodsFor(PasskeyCredential credential, bool userVerified)
    {
        var hardware = !credential.BackupEligible && credential.Transports.Count > 0 && credential.Transports.All(CrossPlatformTransports.Contains);
        List<string> methods = [hardware ? AuthenticationMethods.HardwareKey : AuthenticationMethods.SoftwareKey, AuthenticationMethods.UserPresence];
        if (userVerified)
            methods.Add(AuthenticationMethods.Pin);
        return methods;
    }
}
