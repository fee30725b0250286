using Warden.Core.Clients;

namespace Warden.Core.Tokens;

/// <summary>What an access token says, whichever its format: the claims introspection reports.</summary>
public sealed record AccessTokenDescription(
    string TenantId,
    AccessTokenFormat Format,
    string JwtId,
    string ClientId,
    string Subject,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> Audiences,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt);

/// <summary>A freshly issued access token; the handle or JWT exists only here and in the response.</summary>
public sealed record IssuedAccessToken(string Value, AccessTokenDescription Description);
