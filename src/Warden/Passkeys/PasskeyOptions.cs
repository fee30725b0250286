namespace Warden.Passkeys;

/// <summary>What a registration asks the authenticator to prove about itself (WebAuthn attestation conveyance).</summary>
public enum PasskeyAttestation
{
    /// <summary>Nothing: the authenticator's model is not checked (the default, and what synced passkeys give anyway).</summary>
    None,

    /// <summary>
    /// An attestation statement that Fido2 verifies, of a type other than none or self, and, when
    /// <see cref="PasskeyOptions.TrustedAaguids"/> is set, from one of those authenticator models.
    /// </summary>
    Direct,
}

/// <summary>Whether the authenticator must verify the person (PIN, fingerprint), as WebAuthn's userVerification says it.</summary>
public enum PasskeyUserVerification
{
    Preferred,
    Required,
    Discouraged,
}

/// <summary>
/// The passkeys section. <see cref="RpId"/> and <see cref="Origins"/> null mean "from the issuer": its host, and its
/// origin, which is what a browser at the issuer's address reports.
/// </summary>
public sealed record PasskeyOptions(
    bool Enabled,
    string? RpId,
    IReadOnlyList<string>? Origins,
    PasskeyAttestation Attestation,
    IReadOnlyList<Guid> TrustedAaguids,
    PasskeyUserVerification UserVerification,
    TimeSpan ChallengeLifetime)
{
    public static PasskeyOptions Default { get; } =
        new(true, null, null, PasskeyAttestation.None, [], PasskeyUserVerification.Preferred, TimeSpan.FromMinutes(5));

    /// <summary>The relying-party id in force: <see cref="RpId"/>, or the issuer's host.</summary>
    public string RelyingPartyId(string issuer) => RpId ?? new Uri(issuer).Host;

    /// <summary>The origins a ceremony's clientDataJSON may name, compared exactly: <see cref="Origins"/>, or the issuer's origin.</summary>
    public IReadOnlyList<string> AllowedOrigins(string issuer) => Origins ?? [new Uri(issuer).GetLeftPart(UriPartial.Authority)];

    /// <summary>
    /// Refuses an RP id that is neither the issuer's host nor a parent domain of it: browsers refuse such a ceremony on
    /// the issuer's pages (WebAuthn §5.1.3), so every passkey would fail.
    /// </summary>
    public void RequireUsableWith(string issuer)
    {
        var host = new Uri(issuer).Host;
        if (RpId is { } rpId && rpId != host && !host.EndsWith("." + rpId, StringComparison.Ordinal))
            throw new Configuration.ConfigurationException(
                $"passkeys.rp_id '{rpId}' is neither the issuer's host '{host}' nor a parent domain of it: browsers would refuse every passkey");
    }
}
