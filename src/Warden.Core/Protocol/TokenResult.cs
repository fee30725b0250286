using Warden.Core.Errors;

namespace Warden.Core.Protocol;

/// <summary>A successful token response (RFC 6749 §5.1), or the error (§5.2).</summary>
public sealed record TokenResult(TokenResponse? Response, OAuthError? Error)
{
    public static TokenResult Failed(OAuthError error) => new(null, error);

    /// <summary>Whether the error answered a client that tried HTTP Basic (it then gets a WWW-Authenticate challenge).</summary>
    public bool ChallengeBasic { get; init; }
}

public sealed record TokenResponse(string AccessToken, string TokenType, long ExpiresIn, string? Scope)
{
    public string? RefreshToken { get; init; }
    public string? IdToken { get; init; }

    /// <summary>RFC 8693 §2.2.1: the type of the token a token exchange issued; null for every other grant.</summary>
    public string? IssuedTokenType { get; init; }
}
