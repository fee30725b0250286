namespace Warden.Core.Protocol;

/// <summary>
/// Every protocol name the server reads or writes on the wire, one nested class per kind, so that a grant type, a
/// parameter or an error code is spelt in exactly one place (style §10; OpenIddict's <c>OpenIddictConstants</c>).
/// </summary>
public static class OAuthNames
{
    /// <summary>Grant types (RFC 6749 §4, RFC 8628 §3.4).</summary>
    public static class GrantTypes
    {
        public const string AuthorizationCode = "authorization_code";
        public const string ClientCredentials = "client_credentials";
        public const string RefreshToken = "refresh_token";
        public const string DeviceCode = "urn:ietf:params:oauth:grant-type:device_code";

        /// <summary>RFC 8693 token exchange; Warden exchanges API keys for access tokens.</summary>
        public const string TokenExchange = "urn:ietf:params:oauth:grant-type:token-exchange";
    }

    /// <summary>Token type identifiers of token exchange (RFC 8693 §3), and Warden's own for API keys.</summary>
    public static class TokenTypes
    {
        public const string AccessToken = "urn:ietf:params:oauth:token-type:access_token";

        /// <summary>A Warden API key as a subject token (a URN of Warden's, as RFC 8693 §3 lets a server define).</summary>
        public const string ApiKey = "urn:warden:params:oauth:token-type:api_key";
    }

    /// <summary>Request parameters of the authorization, token, device, introspection, revocation and logout endpoints.</summary>
    public static class Parameters
    {
        public const string ClientAssertion = "client_assertion";
        public const string ClientAssertionType = "client_assertion_type";
        public const string ClientId = "client_id";
        public const string ClientSecret = "client_secret";
        public const string Code = "code";
        public const string CodeChallenge = "code_challenge";
        public const string CodeChallengeMethod = "code_challenge_method";
        public const string CodeVerifier = "code_verifier";
        public const string DeviceCode = "device_code";
        public const string GrantType = "grant_type";
        public const string IdTokenHint = "id_token_hint";
        public const string LoginHint = "login_hint";
        public const string UiLocales = "ui_locales";
        public const string MaxAge = "max_age";
        public const string Nonce = "nonce";
        public const string PostLogoutRedirectUri = "post_logout_redirect_uri";
        public const string Prompt = "prompt";
        public const string RedirectUri = "redirect_uri";
        public const string RefreshToken = "refresh_token";
        public const string Request = "request";
        public const string RequestUri = "request_uri";
        public const string Resource = "resource";
        public const string ResponseMode = "response_mode";
        public const string ResponseType = "response_type";
        public const string Scope = "scope";
        public const string State = "state";
        public const string Token = "token";
        public const string SubjectToken = "subject_token";
        public const string SubjectTokenType = "subject_token_type";
        public const string ActorToken = "actor_token";
        public const string ActorTokenType = "actor_token_type";
        public const string RequestedTokenType = "requested_token_type";
        public const string Audience = "audience";
        public const string UserCode = "user_code";
    }

    /// <summary>Response parameters and members of error responses (RFC 6749 §4.1.2, §5.2; RFC 9207).</summary>
    public static class ResponseParameters
    {
        public const string Code = "code";
        public const string Error = "error";
        public const string ErrorDescription = "error_description";

        /// <summary>Warden's extension member: the stable identifier of the refusal, listed in docs/errors.md.</summary>
        public const string ErrorId = "error_id";

        public const string Issuer = "iss";
        public const string State = "state";
    }

    /// <summary>Response types (RFC 6749 §3.1.1); only the code flow is served.</summary>
    public static class ResponseTypes
    {
        public const string Code = "code";
    }

    /// <summary>Response modes (OAuth 2.0 Multiple Response Type Encoding, Form Post Response Mode).</summary>
    public static class ResponseModes
    {
        public const string Query = "query";
        public const string FormPost = "form_post";
    }

    /// <summary>Scopes with a meaning to the protocol itself, not only to resource servers.</summary>
    public static class Scopes
    {
        /// <summary>OpenID Connect Core §3.1.2.1: makes the request an OpenID Connect one (ID token, UserInfo).</summary>
        public const string OpenId = "openid";

        /// <summary>OpenID Connect Core §11: asks for a refresh token.</summary>
        public const string OfflineAccess = "offline_access";
    }

    /// <summary>Values of the prompt parameter (OpenID Connect Core §3.1.2.1) that are served.</summary>
    public static class Prompts
    {
        public const string None = "none";
        public const string Login = "login";
        public const string Consent = "consent";
    }

    /// <summary>Client authentication methods at the token endpoint (RFC 7591 §2, RFC 7523 §2.2).</summary>
    public static class ClientAuthenticationMethods
    {
        public const string SecretBasic = "client_secret_basic";
        public const string SecretPost = "client_secret_post";
        public const string PrivateKeyJwt = "private_key_jwt";
        public const string None = "none";
    }

    /// <summary>Values of client_assertion_type (RFC 7523 §2.2).</summary>
    public static class AssertionTypes
    {
        public const string JwtBearer = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    }

    /// <summary>
    /// Error codes of RFC 6749 §4.1.2.1 and §5.2, RFC 6750 §3.1, RFC 7591 §3.2.2, RFC 8628 §3.5, RFC 8707 §2 and OpenID
    /// Connect Core §3.1.2.6.
    /// </summary>
    public static class ErrorCodes
    {
        public const string InvalidRequest = "invalid_request";
        public const string InvalidClient = "invalid_client";
        public const string InvalidGrant = "invalid_grant";
        public const string UnauthorizedClient = "unauthorized_client";
        public const string UnsupportedGrantType = "unsupported_grant_type";
        public const string UnsupportedResponseType = "unsupported_response_type";
        public const string InvalidScope = "invalid_scope";
        public const string InvalidTarget = "invalid_target";
        public const string AccessDenied = "access_denied";
        public const string ServerError = "server_error";
        public const string TemporarilyUnavailable = "temporarily_unavailable";
        public const string AuthorizationPending = "authorization_pending";
        public const string SlowDown = "slow_down";
        public const string ExpiredToken = "expired_token";
        public const string InvalidToken = "invalid_token";
        public const string InsufficientScope = "insufficient_scope";
        public const string InvalidClientMetadata = "invalid_client_metadata";
        public const string InvalidRedirectUri = "invalid_redirect_uri";
        public const string InvalidSoftwareStatement = "invalid_software_statement";
        public const string LoginRequired = "login_required";
        public const string ConsentRequired = "consent_required";
        public const string RequestNotSupported = "request_not_supported";
        public const string RequestUriNotSupported = "request_uri_not_supported";
    }
}
