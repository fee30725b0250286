using Warden.Core.Tenants;
using System.Globalization;
using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Names = Warden.Core.Protocol.OAuthNames;

namespace Warden.Core.Authorization;

/// <summary>
/// Validates /authorize requests in the order that keeps open redirects impossible: first the client and the redirect
/// URI (errors shown on the error page), then everything else (errors sent to the now trusted redirect URI).
/// </summary>
public sealed class AuthorizationRequestValidator(ClientDirectory clients, AuthorizationOptions authorization, TenantDirectory tenants)
{
    public static readonly IReadOnlyList<string> SupportedPrompts = [Names.Prompts.None, Names.Prompts.Login, Names.Prompts.Consent];

    private const int MaxParameterLength = 2048;

    public async Task<AuthorizationValidation> ValidateAsync(string tenantId, ProtocolParameters parameters, CancellationToken cancellationToken)
    {
        foreach (var name in (string[])[Names.Parameters.ClientId, Names.Parameters.RedirectUri])
        {
            if (parameters.All(name).Count > 1)
                return Unredirectable(ErrorCatalog.Authorization.RepeatedClientParameter, arguments: [name]);
        }
        var clientId = parameters[Names.Parameters.ClientId];
        if (clientId is null)
            return Unredirectable(ErrorCatalog.Authorization.ClientIdMissing);
        var registered = await clients.FindAsync(tenantId, clientId, cancellationToken);
        if (registered is null)
            return Unredirectable(ErrorCatalog.Authorization.UnknownClient,
                clientId.Length <= 200 ? "no such client_id in the tenant" : "client_id longer than 200 characters");
        var client = registered.Client;

        var redirectUri = parameters[Names.Parameters.RedirectUri];
        if (redirectUri is null)
        {
            // RFC 6749 §3.1.2.3 allows leaving it out when only one is registered; OpenID Connect always requires it.
            if (client.RedirectUris.Count != 1 || HasScope(parameters, Names.Scopes.OpenId))
                return Unredirectable(ErrorCatalog.Authorization.RedirectUriMissing,
                    client.RedirectUris.Count != 1 ? "the client has several redirect URIs" : "OpenID Connect requests must name it");
            redirectUri = client.RedirectUris[0];
        }
        else if (!RedirectUriRules.IsRegistered(redirectUri, client.RedirectUris))
        {
            return Unredirectable(ErrorCatalog.Authorization.RedirectUriNotRegistered,
                $"none of the {client.RedirectUris.Count} redirect URIs of client {client.ClientId} matches");
        }

        var state = parameters[Names.Parameters.State];
        var mode = parameters[Names.Parameters.ResponseMode] switch
        {
            Names.ResponseModes.FormPost => ResponseMode.FormPost,
            _ => ResponseMode.Query,
        };
        var issuer = (await tenants.ForAsync(tenantId, cancellationToken)).Issuer;
        AuthorizationValidation Refuse(OAuthError error) =>
            new(null, error, AuthorizationResponse.Failure(redirectUri, mode, state, error, issuer), client);
        AuthorizationValidation Fail(ErrorDefinition definition, params string[] arguments) =>
            Refuse(OAuthError.From(definition, arguments: arguments));

        if (parameters.FirstRepeated(new HashSet<string>()) is { } repeated)
            return Fail(ErrorCatalog.Request.RepeatedParameter, repeated);
        if (parameters.Names.FirstOrDefault(name => parameters[name]?.Length > MaxParameterLength) is { } tooLong)
            return Fail(ErrorCatalog.Authorization.ParameterTooLong, tooLong, MaxParameterLength.ToString(CultureInfo.InvariantCulture));
        if (parameters[Names.Parameters.ResponseMode] is { } requestedMode
            && requestedMode is not (Names.ResponseModes.Query or Names.ResponseModes.FormPost))
            return Fail(ErrorCatalog.Authorization.ResponseModeUnsupported);
        if (!client.GrantTypes.Contains(Names.GrantTypes.AuthorizationCode, StringComparer.Ordinal))
            return Fail(ErrorCatalog.Authorization.CodeFlowNotAllowed);
        if (parameters[Names.Parameters.Request] is not null)
            return Fail(ErrorCatalog.Authorization.RequestObject);
        if (parameters[Names.Parameters.RequestUri] is not null)
            return Fail(ErrorCatalog.Authorization.RequestUri);

        var responseType = parameters[Names.Parameters.ResponseType];
        if (responseType is null)
            return Fail(ErrorCatalog.Authorization.ResponseTypeMissing);
        if (responseType != Names.ResponseTypes.Code)
            return Fail(ErrorCatalog.Authorization.ResponseTypeUnsupported);

        var (scopes, scopeError) = ScopeRules.Grant(parameters[Names.Parameters.Scope], client.Scopes);
        if (scopeError is not null)
            return Refuse(scopeError);

        var challenge = parameters[Names.Parameters.CodeChallenge];
        var method = parameters[Names.Parameters.CodeChallengeMethod] ?? (challenge is null ? null : Pkce.Plain);
        if (challenge is null)
        {
            if (method is not null)
                return Fail(ErrorCatalog.Authorization.MethodWithoutChallenge);
            if (client.Type == ClientType.Public || authorization.PkceRequiredFor == PkceRequirement.AllClients)
                return Fail(ErrorCatalog.Authorization.PkceRequired);
        }
        else
        {
            if (method is not (Pkce.S256 or Pkce.Plain))
                return Fail(ErrorCatalog.Authorization.ChallengeMethodUnsupported);
            if (method == Pkce.Plain && !authorization.AllowPlainPkce)
                return Fail(ErrorCatalog.Authorization.PlainChallengeRefused);
            if (!Pkce.IsWellFormed(challenge))
                return Fail(ErrorCatalog.Authorization.ChallengeMalformed);
        }

        var prompts = (parameters[Names.Parameters.Prompt] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (prompts.FirstOrDefault(prompt => !SupportedPrompts.Contains(prompt)) is { } unknownPrompt)
            return Fail(ErrorCatalog.Authorization.PromptUnsupported, unknownPrompt);
        if (prompts.Contains(Names.Prompts.None) && prompts.Count > 1)
            return Fail(ErrorCatalog.Authorization.PromptNoneCombined);

        TimeSpan? maxAge = null;
        if (parameters[Names.Parameters.MaxAge] is { } maxAgeText)
        {
            if (!int.TryParse(maxAgeText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                return Fail(ErrorCatalog.Authorization.MaxAgeMalformed);
            maxAge = TimeSpan.FromSeconds(seconds);
        }

        return new AuthorizationValidation(new AuthorizationRequest
        {
            Client = client,
            RedirectUri = redirectUri,
            RedirectUriInRequest = parameters[Names.Parameters.RedirectUri] is not null,
            ResponseMode = mode,
            State = state,
            Scopes = scopes!,
            Nonce = parameters[Names.Parameters.Nonce],
            CodeChallenge = challenge,
            CodeChallengeMethod = challenge is null ? null : method,
            Prompts = prompts,
            MaxAge = maxAge,
            LoginHint = parameters[Names.Parameters.LoginHint],
            Parameters = parameters,
        }, null, null);
    }

    private static bool HasScope(ProtocolParameters parameters, string scope) =>
        (parameters[Names.Parameters.Scope] ?? "").Split(' ').Contains(scope, StringComparer.Ordinal);

    /// <summary>An error found before the redirect URI is trusted: shown on the error page, never redirected.</summary>
    private static AuthorizationValidation Unredirectable(ErrorDefinition definition, string? detail = null,
        IReadOnlyList<string>? arguments = null) =>
        new(null, OAuthError.From(definition, detail, arguments), null);
}
