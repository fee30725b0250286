namespace Warden.Core.Clients;

public enum AccessTokenFormat
{
    /// <summary>RFC 9068 JWT access tokens, validated by resource servers with the JWKS; nothing is stored per token.</summary>
    Jwt,

    /// <summary>Opaque handles, stored hashed; resource servers introspect them (RFC 7662).</summary>
    Reference,
}
