namespace Warden.Core.Security.PasswordHashFormats;

/// <summary>A stored password hash that parsed and is within the cost limits: it can say whether a password matches it.</summary>
internal abstract class StoredPasswordHash
{
    /// <summary>
    /// Recomputes the hash of <paramref name="password"/> with the stored salt and cost and compares in constant time.
    /// <see cref="PasswordCheck.MatchNeedsRehash"/> when it matched in a way that only this string cannot show.
    /// </summary>
    public abstract PasswordCheck Check(string password);

    protected static PasswordCheck MatchIf(bool matches) => matches ? PasswordCheck.Match : PasswordCheck.Mismatch;
}

/// <summary>What reading a stored string gave: a hash that can be verified, or why it cannot (one readable phrase).</summary>
internal readonly record struct PasswordHashReading(StoredPasswordHash? Hash, string? Problem)
{
    public static PasswordHashReading Refused(string problem) => new(null, problem);

    public static PasswordHashReading Of(StoredPasswordHash hash) => new(hash, null);
}

/// <summary>
/// Every format Warden verifies, told apart by their prefixes: PHC Argon2 (<c>$argon2id$</c>, <c>$argon2i$</c>), bcrypt
/// (<c>$2a$</c>, <c>$2b$</c>, <c>$2y$</c>), passlib PBKDF2 (<c>$pbkdf2-sha256$</c>), Keycloak PBKDF2 (<c>pbkdf2-sha256$</c>)
/// and ASP.NET Core Identity (bare base64, no prefix).
/// </summary>
internal static class PasswordHashFormat
{
    public const string Supported =
        "Argon2id or Argon2i (PHC string), bcrypt ($2a$, $2b$, $2y$), PBKDF2 (ASP.NET Core Identity, Keycloak pbkdf2-sha256$…, passlib $pbkdf2-sha256$…)";

    public static PasswordHashReading Read(string stored)
    {
        if (stored.Length is 0 or > 1024)
            return PasswordHashReading.Refused("not a password hash: " + Supported + " expected");
        if (stored.StartsWith("$argon2", StringComparison.Ordinal))
            return Argon2Hash.Read(stored);
        if (stored.StartsWith("$2", StringComparison.Ordinal))
            return BcryptHash.Read(stored);
        if (stored.StartsWith("$pbkdf2", StringComparison.Ordinal))
            return PasslibPbkdf2Hash.Read(stored);
        if (stored.StartsWith("pbkdf2", StringComparison.Ordinal))
            return KeycloakPbkdf2Hash.Read(stored);
        return AspNetIdentityHash.Read(stored) is { } identity
            ? identity
            : PasswordHashReading.Refused("not a password hash format Warden can verify: " + Supported + " expected");
    }
}
