using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.IdentityProviders;
using Warden.Core.Security;

namespace Warden.Core.ExternalLogins;

/// <summary>An upstream's endpoints, from its definition or its discovery document.</summary>
public sealed record UpstreamEndpoints(string Authorization, string Token, string? UserInfo, string? JwksUri);

/// <summary>
/// Warden as the client of an upstream provider: discovery, the code exchange and the checks of what comes back, every
/// fetch through <see cref="GuardedHttpFetcher"/> (its timeout, size cap and address rules). The ID token is validated
/// with the care Warden expects of its own clients: signature by a key of the upstream's JWKS, an asymmetric algorithm of
/// <see cref="Algorithms"/>, issuer, audience (and <c>azp</c> when several audiences), expiry against the server clock, nonce.
/// </summary>
public sealed class UpstreamClient(GuardedHttpFetcher fetcher, KeyProtector protector, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Algorithms = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"];
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan DiscoveryLifetime = TimeSpan.FromMinutes(10);
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };
    private readonly ConcurrentDictionary<string, (UpstreamEndpoints Endpoints, DateTimeOffset Until)> _discovered = new(StringComparer.Ordinal);

    /// <summary>The endpoints, or why they are not known (discovery failed).</summary>
    public async Task<(UpstreamEndpoints? Endpoints, string? Failure)> EndpointsAsync(IdentityProvider provider, CancellationToken cancellationToken)
    {
        if (provider.Kind == IdentityProviderKind.OAuth2)
            return (new UpstreamEndpoints(provider.AuthorizationEndpoint!, provider.TokenEndpoint!, provider.UserInfoEndpoint, null), null);
        var issuer = provider.Issuer!;
        if (_discovered.TryGetValue(issuer, out var cached) && cached.Until > time.GetUtcNow())
            return (Override(provider, cached.Endpoints), null);
        var fetched = await fetcher.GetStringAsync(issuer.TrimEnd('/') + "/.well-known/openid-configuration", cancellationToken);
        if (fetched is not { Failure: null, Body: { } body })
            return (null, "discovery: " + fetched.Failure);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            // OpenID Connect Discovery 1.0 §4.3: the issuer in the document must be the one it was fetched for.
            if (Member(root, "issuer") != issuer)
                return (null, $"discovery: the document's issuer '{Member(root, "issuer")}' is not '{issuer}'");
            if (Member(root, "authorization_endpoint") is not { } authorization || Member(root, "token_endpoint") is not { } token
                || Member(root, "jwks_uri") is not { } jwks)
                return (null, "discovery: authorization_endpoint, token_endpoint or jwks_uri is missing");
            var endpoints = new UpstreamEndpoints(authorization, token, Member(root, "userinfo_endpoint"), jwks);
            _discovered[issuer] = (endpoints, time.GetUtcNow() + DiscoveryLifetime);
            return (Override(provider, endpoints), null);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return (null, "discovery: not a JSON object (" + exception.Message + ")");
        }
    }

    private static UpstreamEndpoints Override(IdentityProvider provider, UpstreamEndpoints discovered) => discovered with
    {
        Authorization = provider.AuthorizationEndpoint ?? discovered.Authorization, Token = provider.TokenEndpoint ?? discovered.Token,
        UserInfo = provider.UserInfoEndpoint ?? discovered.UserInfo,
    };

    /// <summary>The authorization request (RFC 6749 §4.1.1, RFC 7636 S256, OpenID Connect nonce).</summary>
    public static string AuthorizationUrl(IdentityProvider provider, UpstreamEndpoints endpoints, string redirectUri, string state, string nonce,
        string verifier)
    {
        var challenge = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("response_type", "code"), new("client_id", provider.ClientId), new("redirect_uri", redirectUri), new("state", state),
            new("code_challenge", challenge), new("code_challenge_method", "S256"),
        };
        if (provider.Scopes.Count > 0)
            parameters.Add(new("scope", string.Join(' ', provider.Scopes)));
        if (provider.Kind == IdentityProviderKind.OpenIdConnect)
            parameters.Add(new("nonce", nonce));
        var separator = endpoints.Authorization.Contains('?') ? '&' : '?';
        return endpoints.Authorization + separator + string.Join('&',
            parameters.Select(parameter => Uri.EscapeDataString(parameter.Key) + "=" + Uri.EscapeDataString(parameter.Value)));
    }

    /// <summary>Exchanges the code, then establishes who signed in; a failure says why.</summary>
    public async Task<(UpstreamIdentity? Identity, UpstreamFailure? Failure)> RedeemAsync(IdentityProvider provider, UpstreamEndpoints endpoints,
        string code, string redirectUri, string verifier, string nonce, CancellationToken cancellationToken)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", redirectUri), new("code_verifier", verifier),
        };
        string? secret;
        try
        {
            secret = provider.EncryptedClientSecret is { } encrypted ? Encoding.UTF8.GetString(protector.Unprotect(encrypted)) : null;
        }
        catch (CryptographicException)
        {
            return (null, new UpstreamFailure(UpstreamFailureReason.UpstreamUnavailable,
                "the client secret cannot be decrypted: it was stored under another master key"));
        }
        (string, string)? basic = null;
        if (provider.TokenEndpointAuthMethod == "client_secret_basic" && secret is not null)
            basic = (provider.ClientId, secret);
        else
        {
            fields.Add(new("client_id", provider.ClientId));
            if (secret is not null)
                fields.Add(new("client_secret", secret));
        }
        var answer = await fetcher.PostFormAsync(endpoints.Token, fields, basic, cancellationToken);
        if (answer.Failure is not null)
        {
            // RFC 6749 §5.2: a 400 with an error member is the upstream refusing the code; anything else is the upstream failing.
            var error = answer.StatusCode == 400 && answer.Body is { } errorBody ? TryMember(errorBody, "error") : null;
            return error is not null
                ? (null, new UpstreamFailure(UpstreamFailureReason.CodeRefused, $"token endpoint: {error}"))
                : (null, new UpstreamFailure(UpstreamFailureReason.UpstreamUnavailable, "token endpoint: " + answer.Failure));
        }

        string? accessToken, idToken;
        try
        {
            using var document = JsonDocument.Parse(answer.Body!);
            accessToken = Member(document.RootElement, "access_token");
            idToken = Member(document.RootElement, "id_token");
            // GitHub answers some refusals with 200 and an error member.
            if (Member(document.RootElement, "error") is { } error)
                return (null, new UpstreamFailure(UpstreamFailureReason.CodeRefused, $"token endpoint: {error}"));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return (null, new UpstreamFailure(UpstreamFailureReason.UpstreamUnavailable, "token endpoint: not a JSON object"));
        }

        return provider.Kind == IdentityProviderKind.OpenIdConnect
            ? await FromIdTokenAsync(provider, endpoints, idToken, accessToken, nonce, answer.Body!, cancellationToken)
            : await FromUserInfoAsync(provider, endpoints, accessToken, answer.Body!, cancellationToken);
    }

    private async Task<(UpstreamIdentity?, UpstreamFailure?)> FromIdTokenAsync(IdentityProvider provider, UpstreamEndpoints endpoints, string? idToken,
        string? accessToken, string nonce, string tokenResponse, CancellationToken cancellationToken)
    {
        if (idToken is null)
            return (null, new UpstreamFailure(UpstreamFailureReason.InvalidIdToken, "the token response has no id_token"));
        var jwks = await fetcher.GetStringAsync(endpoints.JwksUri!, cancellationToken);
        if (jwks is not { Failure: null, Body: { } jwksBody })
            return (null, new UpstreamFailure(UpstreamFailureReason.UpstreamUnavailable, "jwks_uri: " + jwks.Failure));
        IList<SecurityKey> keys;
        try
        {
            keys = new JsonWebKeySet(jwksBody).GetSigningKeys();
        }
        catch (Exception exception) when (exception is ArgumentException or JsonException or InvalidOperationException)
        {
            return (null, new UpstreamFailure(UpstreamFailureReason.UpstreamUnavailable, "jwks_uri: not a JWK Set"));
        }

        TokenValidationResult validation;
        try
        {
            validation = await Handler.ValidateTokenAsync(idToken, new TokenValidationParameters
            {
                ValidIssuer = provider.Issuer,
                ValidAudience = provider.ClientId,
                IssuerSigningKeys = keys,
                TryAllIssuerSigningKeys = true,
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                ValidAlgorithms = Algorithms,
                ClockSkew = ClockSkew,
                LifetimeValidator = (notBefore, expires, _, _) =>
                    expires is { } exp && exp > time.GetUtcNow().UtcDateTime - ClockSkew
                    && (notBefore is null || notBefore <= time.GetUtcNow().UtcDateTime + ClockSkew),
            });
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException or OverflowException
                                              or JsonException or SecurityTokenException)
        {
            validation = new TokenValidationResult { IsValid = false, Exception = exception };
        }
        if (!validation.IsValid)
            return (null, new UpstreamFailure(UpstreamFailureReason.InvalidIdToken, validation.Exception?.GetType().Name ?? "invalid"));

        var token = (JsonWebToken)validation.SecurityToken;
        // OpenID Connect Core §3.1.3.7: with several audiences, azp must be this client.
        if (token.Audiences.Count() > 1 && (!token.TryGetPayloadValue<string>("azp", out var azp) || azp != provider.ClientId))
            return (null, new UpstreamFailure(UpstreamFailureReason.InvalidIdToken, "several audiences without azp naming this client"));
        if (!token.TryGetPayloadValue<string>("nonce", out var tokenNonce)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(tokenNonce), Encoding.UTF8.GetBytes(nonce)))
            return (null, new UpstreamFailure(UpstreamFailureReason.InvalidIdToken, "nonce does not match"));

        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(token.EncodedPayload));
        var claims = payload.RootElement;
        var subject = Member(claims, "sub");
        if (string.IsNullOrEmpty(subject))
            return (null, new UpstreamFailure(UpstreamFailureReason.NoSubject, "the ID token has no sub"));
        var identity = Read(provider.Claims with { Subject = "sub" }, claims, subject, Member(claims, "acr"), tokenResponse, provider.StoreTokens);

        // The ID token may carry only sub (Keycloak and Warden give profile claims there, others only at userinfo).
        if (identity.Email is null && endpoints.UserInfo is not null && accessToken is not null)
        {
            var info = await fetcher.GetStringAsync(endpoints.UserInfo, accessToken, cancellationToken);
            if (info is { Failure: null, Body: { } infoBody } && TryParse(infoBody) is { } userInfo && Member(userInfo, "sub") == subject)
                identity = Read(provider.Claims with { Subject = "sub" }, userInfo, subject, identity.Acr, identity.Tokens, false) with
                {
                    Tokens = identity.Tokens,
                };
        }
        return (identity, null);
    }

    private async Task<(UpstreamIdentity?, UpstreamFailure?)> FromUserInfoAsync(IdentityProvider provider, UpstreamEndpoints endpoints, string? accessToken,
        string tokenResponse, CancellationToken cancellationToken)
    {
        if (accessToken is null)
            return (null, new UpstreamFailure(UpstreamFailureReason.UpstreamUnavailable, "the token response has no access_token"));
        var info = await fetcher.GetStringAsync(endpoints.UserInfo!, accessToken, cancellationToken);
        if (info is not { Failure: null, Body: { } body } || TryParse(body) is not { } userInfo)
            return (null, new UpstreamFailure(UpstreamFailureReason.UpstreamUnavailable, "userinfo: " + (info.Failure ?? "not a JSON object")));
        var subject = Member(userInfo, provider.Claims.Subject);
        if (string.IsNullOrEmpty(subject))
            return (null, new UpstreamFailure(UpstreamFailureReason.NoSubject, $"userinfo has no {provider.Claims.Subject}"));
        return (Read(provider.Claims, userInfo, subject, null, tokenResponse, provider.StoreTokens), null);
    }

    private static UpstreamIdentity Read(ClaimMapping mapping, JsonElement claims, string subject, string? acr, string? tokenResponse, bool keepTokens)
    {
        var email = Member(claims, mapping.Email);
        var verified = mapping.EmailVerified is { } verifiedClaim && claims.TryGetProperty(verifiedClaim, out var flag)
                       && (flag.ValueKind == JsonValueKind.True || flag.ValueKind == JsonValueKind.String && flag.GetString() == "true");
        return new UpstreamIdentity(subject, string.IsNullOrEmpty(email) ? null : email, verified && !string.IsNullOrEmpty(email), Member(claims, mapping.Name),
            Member(claims, mapping.Username), Member(claims, mapping.Picture), acr, keepTokens ? tokenResponse : null);
    }

    private static JsonElement? TryParse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? TryMember(string json, string name) => TryParse(json) is { } root ? Member(root, name) : null;

    /// <summary>A member's text: a string as it is, a number as its JSON text (GitHub's numeric id); anything else null.</summary>
    private static string? Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
