using System.Globalization;
using Warden.Core.Clients;
using Warden.Core.Protocol;

namespace Warden.Core.Authorization;

/// <summary>
/// Validates /authorize requests in the order that keeps open redirects impossible: first the client and the redirect
/// URI (errors shown on the error page), then everything else (errors sent to the now trusted redirect URI).
/// </summary>
public sealed class AuthorizationRequestValidator(ClientDirectory clients, AuthorizationOptions authorization, OAuthServerOptions server)
{
    public const string OpenIdScope = "openid";
    public const string AuthorizationCodeGrant = "authorization_code";

    public static readonly IReadOnlyList<string> SupportedPrompts = ["none", "login", "consent"];

    private const int MaxParameterLength = 2048;

    public async Task<AuthorizationValidation> ValidateAsync(string tenantId, ProtocolParameters parameters, CancellationToken cancellationToken)
    {
        foreach (var name in (string[])["client_id", "redirect_uri"])
        {
            if (parameters.All(name).Count > 1)
                return Unredirectable("invalid_request", $"{name} was sent more than once");
        }
        var clientId = parameters["client_id"];
        if (clientId is null)
            return Unredirectable("invalid_request", "client_id is required");
        var registered = clientId.Length <= 200 ? await clients.FindAsync(tenantId, clientId, cancellationToken) : null;
        if (registered is null)
            return Unredirectable("invalid_client", "the client is not known");
        var client = registered.Client;

        var redirectUri = parameters["redirect_uri"];
        if (redirectUri is null)
        {
            // RFC 6749 §3.1.2.3 allows leaving it out when only one is registered; OpenID Connect always requires it.
            if (client.RedirectUris.Count != 1 || HasScope(parameters, OpenIdScope))
                return Unredirectable("invalid_request", "redirect_uri is required");
            redirectUri = client.RedirectUris[0];
        }
        else if (!RedirectUriRules.IsRegistered(redirectUri, client.RedirectUris))
        {
            return Unredirectable("invalid_request", "redirect_uri is not registered for this client");
        }

        var state = parameters["state"];
        var mode = parameters["response_mode"] switch
        {
            "form_post" => ResponseMode.FormPost,
            _ => ResponseMode.Query,
        };
        AuthorizationValidation Fail(string error, string description) =>
            new(null, error, description, AuthorizationResponse.Failure(redirectUri, mode, state, error, description, server.Issuer));

        if (parameters.FirstRepeated(new HashSet<string>()) is { } repeated)
            return Fail("invalid_request", $"parameter '{repeated}' was sent more than once");
        if (parameters.Names.FirstOrDefault(name => parameters[name]?.Length > MaxParameterLength) is { } tooLong)
            return Fail("invalid_request", $"parameter '{tooLong}' is longer than {MaxParameterLength} characters");
        if (parameters["response_mode"] is { } requestedMode && requestedMode is not ("query" or "form_post"))
            return Fail("invalid_request", "response_mode must be query or form_post");
        if (!client.GrantTypes.Contains(AuthorizationCodeGrant, StringComparer.Ordinal))
            return Fail("unauthorized_client", "this client may not use the authorization code flow");
        if (parameters["request"] is not null)
            return Fail("request_not_supported", "request objects are not supported");
        if (parameters["request_uri"] is not null)
            return Fail("request_uri_not_supported", "request_uri is not supported");

        var responseType = parameters["response_type"];
        if (responseType is null)
            return Fail("invalid_request", "response_type is required");
        if (responseType != "code")
            return Fail("unsupported_response_type", "only response_type=code is supported");

        var (scopes, scopeError) = ScopeRules.Grant(parameters["scope"], client.Scopes);
        if (scopeError is not null)
            return Fail(scopeError.Error, scopeError.Description!);

        var challenge = parameters["code_challenge"];
        var method = parameters["code_challenge_method"] ?? (challenge is null ? null : Pkce.Plain);
        if (challenge is null)
        {
            if (method is not null)
                return Fail("invalid_request", "code_challenge_method was sent without code_challenge");
            if (client.Type == ClientType.Public || authorization.PkceRequiredFor == PkceRequirement.AllClients)
                return Fail("invalid_request", "PKCE is required: send code_challenge with code_challenge_method=S256 (RFC 7636)");
        }
        else
        {
            if (method is not (Pkce.S256 or Pkce.Plain))
                return Fail("invalid_request", "code_challenge_method must be S256");
            if (method == Pkce.Plain && !authorization.AllowPlainPkce)
                return Fail("invalid_request", "code_challenge_method plain is not allowed; use S256");
            if (!Pkce.IsWellFormed(challenge))
                return Fail("invalid_request", "code_challenge must be 43 to 128 characters of the RFC 7636 alphabet");
        }

        var prompts = (parameters["prompt"] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (prompts.FirstOrDefault(prompt => !SupportedPrompts.Contains(prompt)) is { } unknownPrompt)
            return Fail("invalid_request", $"prompt value '{unknownPrompt}' is not supported");
        if (prompts.Contains("none") && prompts.Count > 1)
            return Fail("invalid_request", "prompt=none cannot be combined with other values");

        TimeSpan? maxAge = null;
        if (parameters["max_age"] is { } maxAgeText)
        {
            if (!int.TryParse(maxAgeText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                return Fail("invalid_request", "max_age must be a non-negative number of seconds");
            maxAge = TimeSpan.FromSeconds(seconds);
        }

        return new AuthorizationValidation(new AuthorizationRequest
        {
            Client = client,
            RedirectUri = redirectUri,
            ResponseMode = mode,
            State = state,
            Scopes = scopes!,
            Nonce = parameters["nonce"],
            CodeChallenge = challenge,
            CodeChallengeMethod = challenge is null ? null : method,
            Prompts = prompts,
            MaxAge = maxAge,
            LoginHint = parameters["login_hint"],
            Parameters = parameters,
        }, null, null, null);
    }

    private static bool HasScope(ProtocolParameters parameters, string scope) =>
        (parameters["scope"] ?? "").Split(' ').Contains(scope, StringComparer.Ordinal);

    private static AuthorizationValidation Unredirectable(string error, string description) => new(null, error, description, null);
}
