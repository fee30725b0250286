namespace Warden.Core.Authorization;

/// <param name="CodeLifetime">How long an authorization code can be redeemed.</param>
/// <param name="IdTokenLifetime">Lifetime of ID tokens.</param>
/// <param name="RefreshTokenLifetime">Absolute lifetime of a refresh token family, counted from the sign-in that started it.</param>
/// <param name="RefreshTokenIdleLifetime">A refresh token unused this long expires; at most <paramref name="RefreshTokenLifetime"/>.</param>
/// <param name="AllowPlainPkce">Whether code_challenge_method=plain is accepted (RFC 7636 §4.2); otherwise S256 only.</param>
/// <param name="PkceRequiredFor">Which clients must send a code_challenge (OAuth 2.1 and RFC 9700 §2.1.1: all of them).</param>
public sealed record AuthorizationOptions(
    TimeSpan CodeLifetime,
    TimeSpan IdTokenLifetime,
    TimeSpan RefreshTokenLifetime,
    TimeSpan RefreshTokenIdleLifetime,
    bool AllowPlainPkce,
    PkceRequirement PkceRequiredFor)
{
    /// <summary>The default <see cref="RefreshTokenReuseGrace"/>: long enough for a client to retry a request whose response it lost.</summary>
    public static readonly TimeSpan DefaultRefreshTokenReuseGrace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long after a rotation presenting the rotated-away token again, while its successor is still unused, is taken
    /// for a retry (answered with a new successor) rather than reuse (which revokes the family); zero turns it off.
    /// </summary>
    public TimeSpan RefreshTokenReuseGrace { get; init; } = DefaultRefreshTokenReuseGrace;
}

/// <summary>Which clients an authorization request without PKCE is refused for.</summary>
public enum PkceRequirement
{
    /// <summary>Every client, confidential ones included (the default; OAuth 2.1).</summary>
    AllClients,

    /// <summary>Public clients only; confidential clients may still send a challenge, and it is then enforced.</summary>
    PublicClients,
}
