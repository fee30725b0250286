namespace Warden.Core.Authorization;

/// <param name="CodeLifetime">How long an authorization code can be redeemed.</param>
/// <param name="IdTokenLifetime">Lifetime of ID tokens.</param>
/// <param name="RefreshTokenLifetime">Absolute lifetime of a refresh token family, counted from the sign-in that started it.</param>
/// <param name="RefreshTokenIdleLifetime">A refresh token unused this long expires; at most <paramref name="RefreshTokenLifetime"/>.</param>
/// <param name="AllowPlainPkce">Whether code_challenge_method=plain is accepted (RFC 7636 §4.2); otherwise S256 only.</param>
public sealed record AuthorizationOptions(
    TimeSpan CodeLifetime,
    TimeSpan IdTokenLifetime,
    TimeSpan RefreshTokenLifetime,
    TimeSpan RefreshTokenIdleLifetime,
    bool AllowPlainPkce);
