using System.Text;
using System.Text.Json;
using Warden.Core.Keys;

namespace Warden.Core.Tokens;

/// <summary>
/// Reads a JWT this server signed: a published key of the tenant (by kid and alg), a valid signature and the expected
/// typ. Claims are the caller's to check; their registered claims have the right JSON types (<see cref="UntrustedJwt"/>).
/// Malformed input of any kind yields null, never an exception.
/// </summary>
public sealed class SignedJwtReader(SigningKeyManager keys)
{
    /// <summary>The payload of a correctly signed token of type <paramref name="type"/>, or null.</summary>
    public async Task<JsonElement?> ReadAsync(string tenantId, string jwt, string type, CancellationToken cancellationToken) =>
        await ReadTokenAsync(tenantId, jwt, type, cancellationToken) is { } token ? token.Payload : null;

    /// <summary>The correctly signed token of type <paramref name="type"/> (its header names the key that signed it), or null.</summary>
    public async Task<UntrustedJwt?> ReadTokenAsync(string tenantId, string jwt, string type, CancellationToken cancellationToken)
    {
        if (UntrustedJwt.TryParse(jwt) is not { KeyId: { } kid } token || token.Type is { } typ && typ != type)
            return null;
        var key = await keys.FindPublishedAsync(tenantId, kid, cancellationToken);
        if (key is null || key.Algorithm != token.Algorithm)
            return null;
        return key.Verify(Encoding.ASCII.GetBytes(token.SigningInput), token.Signature) ? token : null;
    }
}
