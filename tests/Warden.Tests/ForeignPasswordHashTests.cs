using Warden.Core.Security;
using Xunit;

namespace Warden.Tests;

/// <summary>Issue #12: hashes made by other servers' tools verify, ask for a rehash, and are refused beyond the cost limits.</summary>
public sealed class ForeignPasswordHashTests
{
    private static readonly PasswordHasher Hasher = new(new PasswordHashingOptions(8_192, 1, 1));

    public static TheoryData<ForeignHash> Hashes => new(ForeignHashes.All);

    [Theory]
    [MemberData(nameof(Hashes))]
    public void A_hash_made_by_its_own_tool_verifies_the_right_password_only(ForeignHash foreign)
    {
        Assert.True(PasswordHasher.IsRecognised(foreign.Hash), PasswordHasher.Unrecognised(foreign.Hash));
        Assert.True(Hasher.Verify(ForeignHashes.Password, foreign.Hash), $"{foreign.Tool} made {foreign.Hash}");
        Assert.False(Hasher.Verify(ForeignHashes.Password[..^1], foreign.Hash));
        Assert.False(Hasher.Verify(ForeignHashes.Password + " ", foreign.Hash));
        Assert.False(Hasher.Verify("", foreign.Hash));
        Assert.False(Hasher.Verify(new string('ü', PasswordHasher.MaxPasswordLength), foreign.Hash));
        Assert.True(Hasher.NeedsRehash(foreign.Hash));
    }

    [Theory]
    [MemberData(nameof(Hashes))]
    public void A_tampered_hash_is_still_read_but_matches_nothing(ForeignHash foreign)
    {
        var tampered = ForeignHashes.Tampered(foreign.Hash);

        Assert.NotEqual(foreign.Hash, tampered);
        Assert.True(PasswordHasher.IsRecognised(tampered), PasswordHasher.Unrecognised(tampered));
        Assert.False(Hasher.Verify(ForeignHashes.Password, tampered));
    }

    [Fact]
    public void Wardens_own_hash_with_the_configured_cost_needs_no_rehash_and_one_of_another_cost_does()
    {
        var own = Hasher.Hash(ForeignHashes.Password);
        var cheaperSodiumCompatible = ForeignHashes.Of("argon2id-cli-p1").Hash;

        Assert.True(PasswordHasher.IsRecognised(own));
        Assert.False(Hasher.NeedsRehash(own));
        Assert.True(new PasswordHasher(new PasswordHashingOptions(8_192, 2, 1)).NeedsRehash(own));
        // Argon2id with the configured memory, passes and lanes is Warden's format, whoever made it.
        Assert.False(new PasswordHasher(new PasswordHashingOptions(8_192, 2, 1)).NeedsRehash(cheaperSodiumCompatible));
    }

    [Fact]
    public void Wardens_new_hashes_are_standard_argon2id_over_utf8_that_another_implementation_recomputes()
    {
        var parts = Hasher.Hash(ForeignHashes.Password).Split('$');
        var salt = Convert.FromBase64String(parts[4] + "==");

        using var reference = new Konscious.Security.Cryptography.Argon2id(System.Text.Encoding.UTF8.GetBytes(ForeignHashes.Password))
        {
            Salt = salt, MemorySize = 8_192, Iterations = 1, DegreeOfParallelism = 1,
        };

        Assert.Equal(parts[5], Convert.ToBase64String(reference.GetBytes(32)).TrimEnd('='));
    }

    /// <summary>Before issue #12 Warden hashed the password's UTF-16 (NSec's string overload) and wrote base64url.</summary>
    private static string LegacyHash(string password, byte[] salt)
    {
        var parameters = new NSec.Cryptography.Argon2Parameters { MemorySize = 8_192, NumberOfPasses = 1, DegreeOfParallelism = 1 };
        var hash = NSec.Cryptography.PasswordBasedKeyDerivationAlgorithm.Argon2id(in parameters).DeriveBytes(password, salt, 32);
        return $"$argon2id$v=19$m=8192,t=1,p=1${System.Buffers.Text.Base64Url.EncodeToString(salt)}${System.Buffers.Text.Base64Url.EncodeToString(hash)}";
    }

    [Fact]
    public void A_legacy_warden_hash_still_verifies_and_asks_to_be_replaced_though_its_cost_is_the_configured_one()
    {
        // Salts with and without the characters where base64url and base64 differ.
        foreach (var salt in new[] { Enumerable.Repeat((byte)0xfb, 16).ToArray(), "sixteen-byte-slt"u8.ToArray() })
        {
            var legacy = LegacyHash(ForeignHashes.Password, salt);

            Assert.False(Hasher.NeedsRehash(legacy));
            Assert.Equal(PasswordCheck.MatchNeedsRehash, Hasher.Check(ForeignHashes.Password, legacy));
            Assert.Equal(PasswordCheck.Mismatch, Hasher.Check(ForeignHashes.Password[..^1], legacy));
        }
        Assert.Equal(PasswordCheck.Match, Hasher.Check(ForeignHashes.Password, Hasher.Hash(ForeignHashes.Password)));
        Assert.Equal(PasswordCheck.MatchNeedsRehash, Hasher.Check(ForeignHashes.Password, ForeignHashes.Of("bcrypt-2b").Hash));
    }

    [Theory]
    [InlineData("$argon2id$v=19$m=8,t=1,p=1$")]
    [InlineData("$argon2id$v=19$m=16,t=1,p=2$")]
    [InlineData("$argon2i$v=19$m=8,t=1,p=1$")]
    public void The_smallest_costs_a_format_allows_are_computed_not_thrown_at_a_sign_in(string prefix)
    {
        var hash = prefix + Convert.ToBase64String(new byte[16]).TrimEnd('=') + "$" + Convert.ToBase64String(new byte[32]).TrimEnd('=');

        Assert.True(PasswordHasher.IsRecognised(hash), PasswordHasher.Unrecognised(hash));
        Assert.Equal(PasswordCheck.Mismatch, Hasher.Check(ForeignHashes.Password, hash));
        Assert.False(Hasher.Verify("", hash));
    }

    public static TheoryData<string, string> Refused => new()
    {
        { Replace("argon2id-cffi", "m=8192", "m=2097152"), "above the limit of 1048576" },
        { Replace("argon2id-cli-p4", "t=3", "t=100"), "t=100 must be from 1 to 32" },
        { Replace("argon2id-cli-p4", "p=4", "p=200"), "p=200 must be from 1 to 64" },
        { Replace("argon2id-cli-p4", "v=19", "v=16"), "version 16" },
        { Replace("argon2id-cli-p4", "$v=19", ""), "version 16" },
        { Replace("argon2id-cli-p4", "$argon2id$", "$argon2d$"), "'argon2d' is not supported" },
        { Replace("bcrypt-2b", "$2b$05$", "$2b$17$"), "bcrypt cost 17 must be from 4 to 16" },
        { Replace("bcrypt-2b", "$2b$05$", "$2x$05$"), "$2a$, $2b$ or $2y$" },
        { Replace("passlib-pbkdf2-sha256", "$29000$", "$20000000$"), "20000000 iterations must be from 1 to 10000000" },
        { Replace("keycloak-pbkdf2-sha256", "$27500$", "$20000000$"), "20000000 iterations must be from 1 to 10000000" },
        { Replace("keycloak-pbkdf2-sha256", "pbkdf2-sha256$", "pbkdf2-md5$"), "a Keycloak hash has the form" },
        { ForeignHashes.IdentityV3WithIterations(ForeignHashes.Of("aspnet-identity-v3").Hash, 20_000_000), "20000000 iterations" },
        { "correct horse battery staple", "not a password hash format Warden can verify" },
        { "", "not a password hash" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_hash_beyond_the_cost_limits_or_of_no_known_form_is_refused_by_its_form(string hash, string reason)
    {
        // Computing any of these would take seconds to minutes: they are refused when the string is read, before any
        // hashing (Check answers Mismatch for every hash IsRecognised refuses).
        Assert.False(PasswordHasher.IsRecognised(hash));
        Assert.Contains(reason, PasswordHasher.Unrecognised(hash));
        Assert.False(Hasher.Verify(ForeignHashes.Password, hash));
        Assert.True(Hasher.NeedsRehash(hash));
    }

    private static string Replace(string format, string from, string to)
    {
        var hash = ForeignHashes.Of(format).Hash;
        Assert.Contains(from, hash);
        return hash.Replace(from, to);
    }
}
