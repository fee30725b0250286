using System.CommandLine;
using System.Text.Json.Nodes;
using Warden.Core.Keys;
using Warden.Core.Tenants;

namespace Warden.Cli;

/// <summary>`warden keys list|rotate|revoke`: the token-signing keys every instance sharing the database uses.</summary>
public static class KeysCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON instead of text" };
    private static readonly Option<string> Algorithm = new("--alg") { Description = "ES256 or RS256 (default: both)" };
    private static readonly Option<int?> Delay = new("--delay")
    {
        Description = "Seconds the new key is only published before it signs (default keys.activation_delay)",
    };

    private static readonly Argument<string> KeyId = new("kid") { Description = "The id of the key to revoke (see warden keys list)" };
    private static readonly Option<bool> Replace = new("--rotate")
    {
        Description = "When the key is the only one of its algorithm that signs, first add a new key that signs at once",
    };

    private static readonly Option<string> Pem = new("--pem") { Description = "The PEM file of the private key (PKCS#8, EC or RSA)", Required = true };
    private static readonly Option<string> ImportedKeyId = new("--kid") { Description = "The key id tokens will name in their header", Required = true };

    public static Command Create()
    {
        var list = new Command("list", "List published signing keys and their state") { Json };
        list.SetAction((parseResult, cancellationToken) => CliStorage.WithAdministrationAsync(parseResult, async admin =>
        {
            var now = DateTimeOffset.UtcNow;
            var keys = await admin.Keys.GetPublishedAsync(CommonOptions.TenantOf(parseResult), cancellationToken);
            var rows = keys.Select(key => new JsonObject
            {
                ["kid"] = key.KeyId,
                ["alg"] = key.Algorithm,
                ["state"] = key.CanSignAt(now) ? "signing" : key.Stored.ActivatesAt > now ? "published, signs later" : "retired, still published",
                ["created_at"] = CliFormat.Time(key.Stored.CreatedAt),
                ["activates_at"] = CliFormat.Time(key.Stored.ActivatesAt),
                ["retired_at"] = key.Stored.RetiredAt is { } retired ? CliFormat.Time(retired) : null,
                ["expires_at"] = key.Stored.ExpiresAt is { } expires ? CliFormat.Time(expires) : null,
            }).ToList();
            if (parseResult.GetValue(Json))
            {
                Console.WriteLine(new JsonArray(rows.Select(row => (JsonNode)row).ToArray()).ToJsonString());
                return 0;
            }
            Console.WriteLine($"{"KID",-18} {"ALG",-6} {"STATE",-26} {"ACTIVATES AT",-21} LEAVES JWKS AT");
            foreach (var row in rows)
                Console.WriteLine($"{row["kid"],-18} {row["alg"],-6} {row["state"],-26} {row["activates_at"],-21} {row["expires_at"]?.ToString() ?? "-"}");
            return 0;
        }, cancellationToken));

        var rotate = new Command("rotate", "Add a new signing key; the old one stops signing when it activates") { Algorithm, Delay, Json };
        rotate.SetAction((parseResult, cancellationToken) => CliStorage.WithAdministrationAsync(parseResult, async admin =>
        {
            var requested = parseResult.GetValue(Algorithm);
            if (requested is not null && !SigningCredential.SupportedAlgorithms.Contains(requested))
                throw new Configuration.ConfigurationException($"--alg '{requested}': expected one of {string.Join(", ", SigningCredential.SupportedAlgorithms)}");
            var delay = parseResult.GetValue(Delay) is { } seconds ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : (TimeSpan?)null;
            var added = new JsonArray();
            foreach (var algorithm in requested is null ? SigningCredential.SupportedAlgorithms : [requested])
            {
                var key = await admin.Keys.RotateAsync(CommonOptions.TenantOf(parseResult), algorithm, delay, cancellationToken);
                added.Add(new JsonObject { ["kid"] = key.KeyId, ["alg"] = key.Algorithm, ["activates_at"] = CliFormat.Time(key.ActivatesAt) });
                if (!parseResult.GetValue(Json))
                    Console.WriteLine($"new {key.Algorithm} key {key.KeyId}: published now, signs from {CliFormat.Time(key.ActivatesAt)}");
            }
            if (parseResult.GetValue(Json))
                Console.WriteLine(added.ToJsonString());
            return 0;
        }, cancellationToken));

        var revoke = new Command("revoke", "Remove a compromised key from the JWKS now; every token it signed becomes inactive") { KeyId, Replace, Json };
        revoke.SetAction((parseResult, cancellationToken) => CliStorage.WithAdministrationAsync(parseResult, async admin =>
        {
            var kid = parseResult.GetValue(KeyId)!;
            var result = await admin.Keys.RevokeAsync(CommonOptions.TenantOf(parseResult), kid, parseResult.GetValue(Replace), cancellationToken);
            switch (result.Outcome)
            {
                case KeyRevocationOutcome.NotPublished:
                    throw new Configuration.ConfigurationException($"no published signing key '{kid}' (see warden keys list)");
                case KeyRevocationOutcome.OnlySigningKey:
                    throw new Configuration.ConfigurationException(
                        $"key {kid} is the only {result.Key!.Algorithm} key that signs; add --rotate to make a new one that signs at once " +
                        "(relying parties fetch the JWKS again when they meet its kid)");
            }
            if (parseResult.GetValue(Json))
            {
                Console.WriteLine(new JsonObject
                {
                    ["revoked"] = kid,
                    ["replacement"] = result.Replacement is { } added ? new JsonObject { ["kid"] = added.KeyId, ["alg"] = added.Algorithm } : null,
                }.ToJsonString());
                return 0;
            }
            if (result.Replacement is { } replacement)
                Console.WriteLine($"new {replacement.Algorithm} key {replacement.KeyId}: published and signing now");
            Console.WriteLine($"revoked {result.Key!.Algorithm} key {kid}: out of the JWKS now; the tokens it signed are inactive here at once " +
                              "and on running instances within 30 seconds, when they reread the keys");
            return 0;
        }, cancellationToken));

        var import = new Command("import", "Add a signing key from a PEM file (a P-256 key signs ES256, RSA RS256); it replaces the keys of its algorithm as rotate does")
        {
            Pem, ImportedKeyId, Delay, Json,
        };
        import.SetAction((parseResult, cancellationToken) => CliStorage.WithAdministrationAsync(parseResult, async admin =>
        {
            var path = parseResult.GetValue(Pem)!;
            var kid = parseResult.GetValue(ImportedKeyId)!;
            if (kid.Length is 0 or > 100 || kid.Any(character => char.IsControl(character) || char.IsWhiteSpace(character)))
                throw new Configuration.ConfigurationException($"--kid '{kid}': use 1 to 100 characters without spaces");
            string pem;
            try
            {
                pem = await File.ReadAllTextAsync(path, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new Configuration.ConfigurationException($"--pem {path}: cannot be read ({exception.Message})");
            }
            var delay = parseResult.GetValue(Delay) is { } seconds ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : (TimeSpan?)null;
            SigningKey key;
            try
            {
                key = await admin.Keys.ImportAsync(CommonOptions.TenantOf(parseResult), kid, pem, delay, cancellationToken);
            }
            catch (FormatException exception)
            {
                throw new Configuration.ConfigurationException($"--pem {path}: {exception.Message}");
            }
            catch (Core.Storage.DuplicateEntityException)
            {
                throw new Configuration.ConfigurationException($"--kid {kid}: the tenant has a key with this id");
            }
            if (parseResult.GetValue(Json))
                Console.WriteLine(new JsonObject { ["kid"] = key.KeyId, ["alg"] = key.Algorithm, ["activates_at"] = CliFormat.Time(key.ActivatesAt) }.ToJsonString());
            else
                Console.WriteLine($"imported {key.Algorithm} key {key.KeyId}: published now, signs from {CliFormat.Time(key.ActivatesAt)}");
            return 0;
        }, cancellationToken));

        return new Command("keys", "Manage token-signing keys") { list, rotate, revoke, import };
    }

}
