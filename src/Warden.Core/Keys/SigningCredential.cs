using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace Warden.Core.Keys;

/// <summary>
/// A signing key loaded for use: the decrypted private key (one instance per thread, since the crypto objects are not
/// documented as thread-safe), its public JWK and the validity window of the stored <see cref="SigningKey"/>.
/// </summary>
public sealed class SigningCredential : IDisposable
{
    private readonly ThreadLocal<AsymmetricAlgorithm> _keys;

    private SigningCredential(SigningKey stored, byte[] privateKey)
    {
        Stored = stored;
        _keys = new ThreadLocal<AsymmetricAlgorithm>(() => Import(stored.Algorithm, privateKey), trackAllValues: true);
        HeaderSegment = Header(stored, "at+jwt");
        IdTokenHeaderSegment = Header(stored, "JWT");
    }

    public SigningKey Stored { get; }
    public string KeyId => Stored.KeyId;
    public string Algorithm => Stored.Algorithm;

    /// <summary>The base64url JOSE header of access tokens signed with this key, computed once.</summary>
    public string HeaderSegment { get; }

    /// <summary>The base64url JOSE header of ID tokens (typ JWT, OpenID Connect Core §2).</summary>
    public string IdTokenHeaderSegment { get; }

    public static readonly IReadOnlyList<string> SupportedAlgorithms = ["ES256", "RS256"];

    /// <summary>Creates a new key pair; returns the record to store (private part encrypted by <paramref name="protect"/>).</summary>
    public static SigningKey Generate(string tenantId, string algorithm, DateTimeOffset createdAt, DateTimeOffset activatesAt,
        Func<byte[], byte[]> protect)
    {
        using AsymmetricAlgorithm key = algorithm switch
        {
            "ES256" => ECDsa.Create(ECCurve.NamedCurves.nistP256),
            "RS256" => RSA.Create(2048),
            _ => throw new ArgumentException($"unsupported signing algorithm '{algorithm}'", nameof(algorithm)),
        };
        var keyId = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));
        return new SigningKey(tenantId, keyId, algorithm, PublicJwk(key, keyId, algorithm), protect(key.ExportPkcs8PrivateKey()),
            createdAt, activatesAt, null, null);
    }

    /// <summary>
    /// The record to store for a private key an operator brings as PEM (PKCS#8, SEC 1 "EC PRIVATE KEY" or PKCS#1 "RSA
    /// PRIVATE KEY", as other servers configure signing keys): a P-256 key signs ES256, an RSA key of at least 2048 bits
    /// RS256. Throws <see cref="FormatException"/> with one line saying what is wrong with the file.
    /// </summary>
    public static SigningKey Import(string tenantId, string keyId, string pem, DateTimeOffset createdAt, DateTimeOffset activatesAt,
        Func<byte[], byte[]> protect)
    {
        if (!pem.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
            throw new FormatException("no PEM private key in it (expected BEGIN PRIVATE KEY, EC PRIVATE KEY or RSA PRIVATE KEY)");
        if (pem.Contains("ENCRYPTED PRIVATE KEY", StringComparison.Ordinal))
            throw new FormatException("the key is encrypted: decrypt it first (openssl pkcs8 -in key.pem -out plain.pem)");
        using var ec = ECDsa.Create();
        try
        {
            ec.ImportFromPem(pem);
            if (ec.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
                throw new FormatException("an EC key must be on the P-256 curve (ES256)");
            return new SigningKey(tenantId, keyId, "ES256", PublicJwk(ec, keyId, "ES256"), protect(ec.ExportPkcs8PrivateKey()), createdAt, activatesAt, null, null);
        }
        catch (CryptographicException)
        {
        }
        catch (ArgumentException)
        {
        }
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            throw new FormatException("the PEM is neither a P-256 EC nor an RSA private key");
        }
        if (rsa.KeySize < 2048)
            throw new FormatException($"an RSA key must have at least 2048 bits; this one has {rsa.KeySize}");
        return new SigningKey(tenantId, keyId, "RS256", PublicJwk(rsa, keyId, "RS256"), protect(rsa.ExportPkcs8PrivateKey()), createdAt, activatesAt, null, null);
    }

    public static SigningCredential Load(SigningKey stored, Func<byte[], byte[]> unprotect) =>
        new(stored, unprotect(stored.EncryptedPrivateKey));

    public bool CanSignAt(DateTimeOffset now) =>
        Stored.ActivatesAt <= now && (Stored.RetiredAt is null || Stored.RetiredAt > now);

    public byte[] Sign(ReadOnlySpan<byte> data) => _keys.Value switch
    {
        ECDsa ec => ec.SignData(data, HashAlgorithmName.SHA256),
        RSA rsa => rsa.SignData(data.ToArray(), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        _ => throw new InvalidOperationException("unknown key type"),
    };

    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) => _keys.Value switch
    {
        ECDsa ec => ec.VerifyData(data, signature, HashAlgorithmName.SHA256),
        RSA rsa => rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        _ => false,
    };

    public void Dispose()
    {
        foreach (var key in _keys.Values)
            key.Dispose();
        _keys.Dispose();
    }

    private static string Header(SigningKey stored, string type) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["alg"] = stored.Algorithm, ["typ"] = type, ["kid"] = stored.KeyId,
        }));

    private static AsymmetricAlgorithm Import(string algorithm, byte[] pkcs8)
    {
        AsymmetricAlgorithm key = algorithm == "ES256" ? ECDsa.Create() : RSA.Create();
        key.ImportPkcs8PrivateKey(pkcs8, out _);
        return key;
    }

    private static string PublicJwk(AsymmetricAlgorithm key, string keyId, string algorithm)
    {
        var jwk = new Dictionary<string, string>();
        switch (key)
        {
            case ECDsa ec:
                var point = ec.ExportParameters(false).Q;
                jwk["kty"] = "EC";
                jwk["crv"] = "P-256";
                jwk["x"] = Base64Url.EncodeToString(point.X);
                jwk["y"] = Base64Url.EncodeToString(point.Y);
                break;
            case RSA rsa:
                var parameters = rsa.ExportParameters(false);
                jwk["kty"] = "RSA";
                jwk["n"] = Base64Url.EncodeToString(parameters.Modulus);
                jwk["e"] = Base64Url.EncodeToString(parameters.Exponent);
                break;
        }
        jwk["kid"] = keyId;
        jwk["alg"] = algorithm;
        jwk["use"] = "sig";
        return JsonSerializer.Serialize(jwk);
    }
}
