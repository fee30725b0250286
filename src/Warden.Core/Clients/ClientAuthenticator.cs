using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.Audit;
using Warden.Core.Caching;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Warden.Core.Security;

namespace Warden.Core.Clients;

/// <summary>The outcome of client authentication: the client, or the error to return.</summary>
public sealed record ClientAuthentication(RegisteredClient? Client, OAuthError? Error, string? Method)
{
    public static ClientAuthentication Failed(OAuthError error, string? method = null) => new(null, error, method);
}

/// <summary>
/// Authenticates clients at the token, introspection and revocation endpoints (RFC 6749 §2.3, RFC 7523 §2.2):
/// client_secret_basic, client_secret_post, private_key_jwt, and none for public clients. Exactly one method per
/// request. A client registered for a secret accepts it by either secret method, as Keycloak, Duende and OpenIddict do
/// (ASP.NET Core's OpenIdConnect handler posts the secret in the form by default); private_key_jwt and none stay strict.
/// Unknown client and wrong secret give the same answer; a known client using a method it may not use is told which
/// method it is registered for.
/// </summary>
public sealed class ClientAuthenticator(
    ClientDirectory clients,
    SecretHasher hasher,
    ClientJwksResolver jwks,
    ICacheStore cache,
    AuditTrail audit,
    OAuthServerOptions options,
    TimeProvider time)
{
    public const string SecretBasic = "client_secret_basic";
    public const string SecretPost = "client_secret_post";
    public const string PrivateKeyJwt = "private_key_jwt";
    public const string None = "none";
    public const string JwtBearerAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    public static readonly IReadOnlyList<string> Methods = [SecretBasic, SecretPost, PrivateKeyJwt, None];
    public static readonly IReadOnlyList<string> AssertionAlgorithms = ["RS256", "PS256", "ES256", "ES384", "ES512", "RS384", "RS512", "PS384", "PS512"];

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>Longer-lived assertions are refused: each one's jti must be remembered until it expires.</summary>
    public static readonly TimeSpan MaxAssertionLifetime = TimeSpan.FromHours(1);
    private static readonly JsonWebTokenHandler AssertionHandler = new() { MapInboundClaims = false };
    private static readonly byte[] DummyHash = new byte[32];

    public async Task<ClientAuthentication> AuthenticateAsync(ClientCredentialsInput input, RequestContext context,
        CancellationToken cancellationToken)
    {
        var result = await AuthenticateCoreAsync(input, context, cancellationToken);
        if (result.Error is not null)
        {
            var clientId = input.BasicClientId ?? input.FormClientId;
            audit.Record(context.TenantId, "client_authentication", "failure", clientId?.Length <= 200 ? clientId : null, null,
                context.IpAddress, new { method = result.Method, reason = result.Error.Description });
        }
        return result;
    }

    private async Task<ClientAuthentication> AuthenticateCoreAsync(ClientCredentialsInput input, RequestContext context,
        CancellationToken cancellationToken)
    {
        var methodsUsed = (input.UsedBasic ? 1 : 0) + (input.FormSecret is not null ? 1 : 0)
                          + (input.Assertion is not null || input.AssertionType is not null ? 1 : 0);
        if (methodsUsed > 1)
            return ClientAuthentication.Failed(OAuthError.InvalidRequest("use exactly one client authentication method"));
        if (input.UsedBasic && input.FormClientId is not null && input.FormClientId != input.BasicClientId)
            return ClientAuthentication.Failed(OAuthError.InvalidRequest("client_id differs from the one in the Authorization header"));

        if (input.Assertion is not null || input.AssertionType is not null)
            return await AuthenticateAssertionAsync(input, context, cancellationToken);

        var method = input.UsedBasic ? SecretBasic : input.FormSecret is not null ? SecretPost : None;
        var clientId = input.BasicClientId ?? input.FormClientId;
        if (clientId is null)
            return ClientAuthentication.Failed(OAuthError.InvalidClient("client authentication is required"), method);

        var registered = await clients.FindAsync(context.TenantId, clientId, cancellationToken);
        if (method == None)
        {
            if (registered is null)
                return ClientAuthentication.Failed(OAuthError.InvalidClient("client authentication failed"), method);
            return registered.Client is { Type: ClientType.Public, TokenEndpointAuthMethod: None }
                ? new ClientAuthentication(registered, null, method)
                : ClientAuthentication.Failed(WrongMethod(registered.Client, method), method);
        }

        var secret = input.BasicSecret ?? input.FormSecret!;
        if (registered is null || !AcceptsSecret(registered.Client))
        {
            // Same work as for a known client, so timing does not tell which client ids exist.
            hasher.Matches(secret, DummyHash);
            return ClientAuthentication.Failed(
                registered is null ? OAuthError.InvalidClient("client authentication failed") : WrongMethod(registered.Client, method), method);
        }

        var now = time.GetUtcNow();
        var hash = hasher.Hash(secret);
        var matched = false;
        foreach (var candidate in registered.Secrets)
            matched |= candidate.IsValidAt(now) & System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(hash, candidate.Hash);
        return matched
            ? new ClientAuthentication(registered, null, method)
            : ClientAuthentication.Failed(OAuthError.InvalidClient("client authentication failed"), method);
    }

    private async Task<ClientAuthentication> AuthenticateAssertionAsync(ClientCredentialsInput input, RequestContext context,
        CancellationToken cancellationToken)
    {
        if (input.AssertionType != JwtBearerAssertionType)
            return ClientAuthentication.Failed(OAuthError.InvalidClient($"client_assertion_type must be {JwtBearerAssertionType}"), PrivateKeyJwt);
        if (input.Assertion is null || input.Assertion.Length > 16_384 || !AssertionHandler.CanReadToken(input.Assertion))
            return ClientAuthentication.Failed(OAuthError.InvalidClient("client_assertion is not a JWT"), PrivateKeyJwt);

        var unverified = AssertionHandler.ReadJsonWebToken(input.Assertion);
        var clientId = unverified.Issuer;
        if (string.IsNullOrEmpty(clientId) || (input.FormClientId is not null && input.FormClientId != clientId))
            return ClientAuthentication.Failed(OAuthError.InvalidClient("client assertion issuer must be the client_id"), PrivateKeyJwt);

        var registered = await clients.FindAsync(context.TenantId, clientId, cancellationToken);
        if (registered is null)
            return ClientAuthentication.Failed(OAuthError.InvalidClient("client authentication failed"), PrivateKeyJwt);
        if (registered.Client.TokenEndpointAuthMethod != PrivateKeyJwt)
            return ClientAuthentication.Failed(WrongMethod(registered.Client, PrivateKeyJwt), PrivateKeyJwt);
        var keys = await jwks.ResolveAsync(registered.Client, cancellationToken);
        if (keys is null || keys.Count == 0)
            return ClientAuthentication.Failed(OAuthError.InvalidClient("the client's keys cannot be read"), PrivateKeyJwt);

        var validation = await AssertionHandler.ValidateTokenAsync(input.Assertion, new TokenValidationParameters
        {
            ValidIssuer = clientId,
            ValidAudiences = [options.TokenEndpoint, options.Issuer, options.IntrospectionEndpoint, options.RevocationEndpoint],
            IssuerSigningKeys = keys,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidAlgorithms = AssertionAlgorithms,
            ClockSkew = ClockSkew,
            TryAllIssuerSigningKeys = true,
            LifetimeValidator = (notBefore, expires, _, _) =>
                expires is { } exp && exp > time.GetUtcNow().UtcDateTime - ClockSkew
                && (notBefore is null || notBefore <= time.GetUtcNow().UtcDateTime + ClockSkew),
        });
        if (!validation.IsValid)
            return ClientAuthentication.Failed(OAuthError.InvalidClient("client assertion is invalid: " + Reason(validation.Exception)), PrivateKeyJwt);

        var token = (JsonWebToken)validation.SecurityToken;
        if (token.Subject != clientId)
            return ClientAuthentication.Failed(OAuthError.InvalidClient("client assertion subject must be the client_id"), PrivateKeyJwt);
        if (string.IsNullOrEmpty(token.Id))
            return ClientAuthentication.Failed(OAuthError.InvalidClient("client assertion needs a jti"), PrivateKeyJwt);

        var remaining = new DateTimeOffset(token.ValidTo, TimeSpan.Zero) - time.GetUtcNow() + ClockSkew;
        if (remaining > MaxAssertionLifetime + ClockSkew)
            return ClientAuthentication.Failed(OAuthError.InvalidClient("client assertion expires too late (at most 1 hour ahead)"), PrivateKeyJwt);
        var fresh = await cache.SetIfAbsentAsync($"assertion-jti:{context.TenantId}:{clientId}:{token.Id}", "1",
            remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1), cancellationToken);
        return fresh
            ? new ClientAuthentication(registered, null, PrivateKeyJwt)
            : ClientAuthentication.Failed(OAuthError.InvalidClient("client assertion was already used (jti replay)"), PrivateKeyJwt);
    }

    /// <summary>Whether the client authenticates with a shared secret, sent by either client_secret_basic or client_secret_post.</summary>
    public static bool AcceptsSecret(Client client) => client.TokenEndpointAuthMethod is SecretBasic or SecretPost;

    /// <summary>The methods a client may use at the token endpoint (both secret methods for a secret client).</summary>
    public static IReadOnlyList<string> AcceptedMethods(Client client) =>
        AcceptsSecret(client) ? [SecretBasic, SecretPost] : [client.TokenEndpointAuthMethod];

    /// <summary>
    /// Same status and code as every other failure; the description names the registered method, because the client
    /// is known and the method, not the credential, is what it has to fix.
    /// </summary>
    private static OAuthError WrongMethod(Client client, string used) => OAuthError.InvalidClient(
        $"client authentication failed: this client is registered for {string.Join(" or ", AcceptedMethods(client))}, not {used}");

    private static string Reason(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "expired",
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "bad signature",
        SecurityTokenNoExpirationException => "no exp",
        SecurityTokenInvalidLifetimeException => "expired or not yet valid",
        SecurityTokenInvalidAlgorithmException => "algorithm not allowed",
        _ => "rejected",
    };

}
