using System.Buffers.Binary;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Warden.Tests;

/// <summary>One password hash made by another server's tool or library.</summary>
public sealed record ForeignHash(string Format, string Tool, string Hash)
{
    public override string ToString() => Format;
}

/// <summary>
/// The hashes of Fixtures/foreign-hashes.json (made by make-foreign-hashes.sh with each format's reference tool) and
/// ASP.NET Core Identity hashes made now by Identity's own PasswordHasher&lt;T&gt; (from the ASP.NET Core shared framework).
/// </summary>
public static class ForeignHashes
{
    private static readonly Lazy<(string Password, IReadOnlyList<ForeignHash> Hashes)> Fixture = new(Load);

    /// <summary>The password every hash was made from (it has a non-ASCII character, so UTF-8 handling counts).</summary>
    public static string Password => Fixture.Value.Password;

    public static IReadOnlyList<ForeignHash> All => Fixture.Value.Hashes;

    public static ForeignHash Of(string format) => All.Single(hash => hash.Format == format);

    /// <summary>The hash with one character of its last field changed (not the final one, whose low bits may be padding).</summary>
    public static string Tampered(string hash)
    {
        var index = hash.Length - 8;
        var replacement = hash[index] == 'A' ? 'B' : 'A';
        return hash[..index] + replacement + hash[(index + 1)..];
    }

    /// <summary>An ASP.NET Core Identity version 3 hash with its iteration count replaced (the header is plain bytes).</summary>
    public static string IdentityV3WithIterations(string hash, uint iterations)
    {
        var bytes = Convert.FromBase64String(hash);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(5), iterations);
        return Convert.ToBase64String(bytes);
    }

    private static (string, IReadOnlyList<ForeignHash>) Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "foreign-hashes.json")));
        var password = document.RootElement.GetProperty("password").GetString()!;
        var hashes = document.RootElement.GetProperty("hashes").EnumerateArray()
            .Select(hash => new ForeignHash(hash.GetProperty("format").GetString()!, hash.GetProperty("tool").GetString()!,
                hash.GetProperty("hash").GetString()!))
            .ToList();
        var tool = $"Microsoft.Extensions.Identity.Core {typeof(PasswordHasher<>).Assembly.GetName().Version} PasswordHasher<T>";
        hashes.Add(new ForeignHash("aspnet-identity-v3", tool, new PasswordHasher<object>().HashPassword(new object(), password)));
        hashes.Add(new ForeignHash("aspnet-identity-v2", tool, new PasswordHasher<object>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2,
        })).HashPassword(new object(), password)));
        return (password, hashes);
    }
}
