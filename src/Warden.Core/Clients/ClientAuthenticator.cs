using Warden.Core.Tenants;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.Audit;
using Warden.Core.Caching;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Warden.Core.Security;
using Warden.Core.Tokens;
using Methods = Warden.Core.Protocol.OAuthNames.ClientAuthenticationMethods;

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
    TenantDirectory tenants,
    TimeProvider time)
{
    /// <summary>Every client authentication method, in the order the metadata lists them.</summary>
    public static readonly IReadOnlyList<string> SupportedMethods = [Methods.SecretBasic, Methods.SecretPost, Methods.PrivateKeyJwt, Methods.None];
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
                context.IpAddress,
                new { method = result.Method, error_id = result.Error.Id, detail = result.Error.Detail ?? result.Error.Description });
        }
        return result;
    }

    private async Task<ClientAuthentication> AuthenticateCoreAsync(ClientCredentialsInput input, RequestContext context,
        CancellationToken cancellationToken)
    {
        var methodsUsed = (input.UsedBasic ? 1 : 0) + (input.FormSecret is not null ? 1 : 0)
                          + (input.Assertion is not null || input.AssertionType is not null ? 1 : 0);
        if (methodsUsed > 1)
            return ClientAuthentication.Failed(OAuthError.From(ErrorCatalog.Client.SeveralMethods));
        if (input.UsedBasic && input.FormClientId is not null && input.FormClientId != input.BasicClientId)
            return ClientAuthentication.Failed(OAuthError.From(ErrorCatalog.Client.ClientIdMismatch));

        if (input.Assertion is not null || input.AssertionType is not null)
            return await AuthenticateAssertionAsync(input, context, cancellationToken);

        var method = input.UsedBasic ? Methods.SecretBasic : input.FormSecret is not null ? Methods.SecretPost : Methods.None;
        var clientId = input.BasicClientId ?? input.FormClientId;
        if (clientId is null)
            return ClientAuthentication.Failed(OAuthError.From(ErrorCatalog.Client.AuthenticationRequired), method);

        var registered = await clients.FindAsync(context.TenantId, clientId, cancellationToken);
        if (method == Methods.None)
        {
            if (registered is null)
                return ClientAuthentication.Failed(OAuthError.From(ErrorCatalog.Client.AuthenticationFailed, "unknown client"), method);
            return registered.Client is { Type: ClientType.Public, TokenEndpointAuthMethod: Methods.None }
                ? new ClientAuthentication(registered, null, method)
                : ClientAuthentication.Failed(WrongMethod(registered.Client, method), method);
        }

        var secret = input.BasicSecret ?? input.FormSecret!;
        if (registered is null || !AcceptsSecret(registered.Client))
        {
            // Same work as for a known client, so timing does not tell which client ids exist.
            hasher.Matches(secret, DummyHash);
            var error = registered is null
                ? OAuthError.From(ErrorCatalog.Client.AuthenticationFailed, "unknown client")
                : WrongMethod(registered.Client, method);
            return ClientAuthentication.Failed(error, method);
        }

        var now = time.GetUtcNow();
        var hash = hasher.Hash(secret);
        var matched = false;
        foreach (var candidate in registered.Secrets)
            matched |= candidate.IsValidAt(now) & System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(hash, candidate.Hash);
        return matched
            ? new ClientAuthentication(registered, null, method)
            : ClientAuthentication.Failed(OAuthError.From(ErrorCatalog.Client.AuthenticationFailed,
                registered.Secrets.Any(candidate => candidate.IsValidAt(now)) ? "wrong secret" : "the client has no unexpired secret"), method);
    }

    private async Task<ClientAuthentication> AuthenticateAssertionAsync(ClientCredentialsInput input, RequestContext context,
        CancellationToken cancellationToken)
    {
        if (input.AssertionType != OAuthNames.AssertionTypes.JwtBearer)
            return ClientAuthentication.Failed(OAuthError.From(ErrorCatalog.Client.WrongAssertionType), Methods.PrivateKeyJwt);
        // The shape check comes first: Microsoft.IdentityModel throws on claims of the wrong JSON type ("alg":1, "exp":"x").
        if (UntrustedJwt.TryParse(input.Assertion) is not { } unverified)
            return ClientAuthentication.Failed(OAuthError.From(ErrorCatalog.Client.AssertionNotJwt), Methods.PrivateKeyJwt);

        var clientId = unverified.Issuer;
        if (string.IsNullOrEmpty(clientId) || !Client.IsValidId(clientId) || (input.FormClientId is not null && input.FormClientId != clientId))
            return ClientAuthentication.Failed(OAuthError.From(ErrorCatalog.Client.AssertionIssuer), Methods.PrivateKeyJwt);

        var registered = await clients.FindAsync(context.TenantId, clientId, cancellationToken);
        if (registered is null)
            return ClientAuthentication.Failed(OAuthError.From(ErrorCatalog.Client.AuthenticationFailed, "unknown client (client assertion)"),
                Methods.PrivateKeyJwt);
        if (registered.Client.TokenEndpointAuthMethod != Methods.PrivateKeyJwt)
            return ClientAuthentication.Failed(WrongMethod(registered.Client, Methods.PrivateKeyJwt), Methods.PrivateKeyJwt);
        var keys = await jwks.ResolveAsync(registered.Client, cancellationToken);
        if (keys.Failure is not null)
            return ClientAuthentication.Failed(OAuthError.From(ErrorCatalog.Client.KeysUnreadable, keys.Failure), Methods.PrivateKeyJwt);

        var server = await tenants.ForAsync(context.TenantId, cancellationToken);
        var validation = await ValidateAssertionAsync(input.Assertion!, new TokenValidationParameters
        {
            ValidIssuer = clientId,
            // RFC 7523 §3 and RFC 9700 §2.7: the issuer identifier; the token endpoint URL too, which existing clients send.
            ValidAudiences = [server.Issuer, server.TokenEndpoint],
            IssuerSigningKeys = keys.Keys,
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
            return ClientAuthentication.Failed(OAuthError.From(ErrorCatalog.Client.AssertionInvalid, validation.Exception?.GetType().Name,
                [Reason(validation.Exception)]), Methods.PrivateKeyJwt);

        var token = (JsonWebToken)validation.SecurityToken;
        if (token.Subject != clientId)
            return ClientAuthentication.Failed(OAuthError.From(ErrorCatalog.Client.AssertionSubject), Methods.PrivateKeyJwt);
        if (string.IsNullOrEmpty(token.Id))
            return ClientAuthentication.Failed(OAuthError.From(ErrorCatalog.Client.AssertionWithoutJti), Methods.PrivateKeyJwt);

        var remaining = new DateTimeOffset(token.ValidTo, TimeSpan.Zero) - time.GetUtcNow() + ClockSkew;
        if (remaining > MaxAssertionLifetime + ClockSkew)
            return ClientAuthentication.Failed(OAuthError.From(ErrorCatalog.Client.AssertionTooLong), Methods.PrivateKeyJwt);
        var fresh = await cache.SetIfAbsentAsync($"assertion-jti:{context.TenantId}:{clientId}:{token.Id}", "1",
            remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1), cancellationToken);
        return fresh
            ? new ClientAuthentication(registered, null, Methods.PrivateKeyJwt)
            : ClientAuthentication.Failed(OAuthError.From(ErrorCatalog.Client.AssertionReplayed), Methods.PrivateKeyJwt);
    }

    /// <summary>
    /// The handler's verdict; an exception it throws on a token that passed the shape check (an unexpected header or
    /// claim value) is a rejection like any other, never an error of the server.
    /// </summary>
    private static async Task<TokenValidationResult> ValidateAssertionAsync(string assertion, TokenValidationParameters parameters)
    {
        try
        {
            return await AssertionHandler.ValidateTokenAsync(assertion, parameters);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException
                                              or OverflowException or System.Text.Json.JsonException or SecurityTokenException)
        {
            return new TokenValidationResult { IsValid = false, Exception = exception };
        }
    }

    /// <summary>Whether the client authenticates with a shared secret, sent by either client_secret_basic or client_secret_post.</summary>
    public static bool AcceptsSecret(Client client) => client.TokenEndpointAuthMethod is Methods.SecretBasic or Methods.SecretPost;

    /// <summary>The methods a client may use at the token endpoint (both secret methods for a secret client).</summary>
    public static IReadOnlyList<string> AcceptedMethods(Client client) =>
        AcceptsSecret(client) ? [Methods.SecretBasic, Methods.SecretPost] : [client.TokenEndpointAuthMethod];

    /// <summary>
    /// Same status and code as every other failure; the description names the registered method, because the client
    /// is known and the method, not the credential, is what it has to fix.
    /// </summary>
    private static OAuthError WrongMethod(Client client, string used) =>
        OAuthError.From(ErrorCatalog.Client.WrongMethod, arguments: [string.Join(" or ", AcceptedMethods(client)), used]);

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
