namespace Warden.Core.Security.PasswordHashFormats;

/// <summary>
/// The most work one stored hash may ask of a sign-in. A hash beyond these is refused (at import and at verification),
/// so one imported row cannot tie up the server's memory or cores. Each is far above what the format's tools use.
/// </summary>
internal static class HashLimits
{
    /// <summary>1 GiB (argon2-cffi's default is 64 MiB).</summary>
    public const int MaxArgon2MemoryKib = 1_048_576;

    public const int MaxArgon2Iterations = 32;
    public const int MaxArgon2Parallelism = 64;

    /// <summary>Each step doubles the work: cost 16 is 65,536 rounds, several seconds on one core.</summary>
    public const int MaxBcryptCost = 16;

    public const int MaxPbkdf2Iterations = 10_000_000;

    /// <summary>PBKDF2 repeats all its iterations for every block of output, so the output length is bounded too.</summary>
    public const int MaxPbkdf2HashBytes = 64;

    /// <summary>Shorter hashes (or truncated ones) would match a wrong password too often.</summary>
    public const int MinHashBytes = 16;

    public const int MinSaltBytes = 8;
    public const int MaxSaltBytes = 64;
}
