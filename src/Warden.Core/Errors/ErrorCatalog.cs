using static Warden.Core.Protocol.OAuthNames.ErrorCodes;

namespace Warden.Core.Errors;

/// <summary>
/// Every protocol refusal the server can give, one member per stable identifier, grouped by area. docs/errors.md
/// lists each one with its meaning and what the operator can do; a test keeps the two in step and the identifiers
/// unique. Identifiers are <c>WARDEN-{AREA}-{NNNN}</c>; a number is never reused for another meaning, and an entry
/// that is no longer raised stays listed as retired.
/// </summary>
public static class ErrorCatalog
{
    /// <summary>Reading a protocol request, at any endpoint: the body and its parameters.</summary>
    public static class Request
    {
        public static readonly ErrorDefinition WrongContentType = new("WARDEN-REQUEST-0001", InvalidRequest, 400,
            "the body must be application/x-www-form-urlencoded");
        public static readonly ErrorDefinition InvalidUtf8 = new("WARDEN-REQUEST-0002", InvalidRequest, 400, "the body is not valid UTF-8");
        public static readonly ErrorDefinition BodyTooLarge = new("WARDEN-REQUEST-0003", InvalidRequest, 400, "the body exceeds {0} bytes");
        public static readonly ErrorDefinition RepeatedParameter = new("WARDEN-REQUEST-0004", InvalidRequest, 400,
            "parameter '{0}' was sent more than once");
    }

    /// <summary>The server itself: failures, unavailable storage, rate limits.</summary>
    public static class Server
    {
        public static readonly ErrorDefinition Failed = new("WARDEN-SERVER-0001", ServerError, 500,
            "The server failed to process the request (correlation id {0}).");
        public static readonly ErrorDefinition StorageUnavailable = new("WARDEN-SERVER-0002", TemporarilyUnavailable, 503,
            "The server cannot reach its storage right now; retry shortly.");
        public static readonly ErrorDefinition RateLimited = new("WARDEN-SERVER-0003", TemporarilyUnavailable, 429,
            "more than {0} requests a minute from this address; retry in a minute");
    }

    /// <summary>The sign-in page: attempts refused before their password was checked, shown on the page.</summary>
    public static class SignIn
    {
        public static readonly ErrorDefinition TooManyAttempts = new("WARDEN-SIGNIN-0001", TemporarilyUnavailable, 429,
            "Too many sign-in attempts. Wait a minute and try again.");
        public static readonly ErrorDefinition HashingBusy = new("WARDEN-SIGNIN-0002", TemporarilyUnavailable, 503,
            "The server is busy. Try again in a few seconds.");
    }

    /// <summary>Client authentication at the token, device authorization, introspection and revocation endpoints.</summary>
    public static class Client
    {
        public static readonly ErrorDefinition MalformedBasicHeader = new("WARDEN-CLIENT-0001", InvalidClient, 401,
            "the Authorization header is not valid HTTP Basic");
        public static readonly ErrorDefinition SeveralMethods = new("WARDEN-CLIENT-0002", InvalidRequest, 400,
            "use exactly one client authentication method");
        public static readonly ErrorDefinition ClientIdMismatch = new("WARDEN-CLIENT-0003", InvalidRequest, 400,
            "client_id differs from the one in the Authorization header");
        public static readonly ErrorDefinition AuthenticationRequired = new("WARDEN-CLIENT-0004", InvalidClient, 401,
            "client authentication is required");

        /// <summary>Unknown client, wrong or expired secret: one answer, so client ids cannot be probed.</summary>
        public static readonly ErrorDefinition AuthenticationFailed = new("WARDEN-CLIENT-0005", InvalidClient, 401,
            "client authentication failed");
        public static readonly ErrorDefinition WrongMethod = new("WARDEN-CLIENT-0006", InvalidClient, 401,
            "client authentication failed: this client is registered for {0}, not {1}");
        public static readonly ErrorDefinition WrongAssertionType = new("WARDEN-CLIENT-0007", InvalidClient, 401,
            "client_assertion_type must be " + Protocol.OAuthNames.AssertionTypes.JwtBearer);
        public static readonly ErrorDefinition AssertionNotJwt = new("WARDEN-CLIENT-0008", InvalidClient, 401, "client_assertion is not a JWT");
        public static readonly ErrorDefinition AssertionIssuer = new("WARDEN-CLIENT-0009", InvalidClient, 401,
            "client assertion issuer must be the client_id");
        public static readonly ErrorDefinition KeysUnreadable = new("WARDEN-CLIENT-0010", InvalidClient, 401, "the client's keys cannot be read");
        public static readonly ErrorDefinition AssertionInvalid = new("WARDEN-CLIENT-0011", InvalidClient, 401, "client assertion is invalid: {0}");
        public static readonly ErrorDefinition AssertionSubject = new("WARDEN-CLIENT-0012", InvalidClient, 401,
            "client assertion subject must be the client_id");
        public static readonly ErrorDefinition AssertionWithoutJti = new("WARDEN-CLIENT-0013", InvalidClient, 401, "client assertion needs a jti");
        public static readonly ErrorDefinition AssertionTooLong = new("WARDEN-CLIENT-0014", InvalidClient, 401,
            "client assertion expires too late (at most 1 hour ahead)");
        public static readonly ErrorDefinition AssertionReplayed = new("WARDEN-CLIENT-0015", InvalidClient, 401,
            "client assertion was already used (jti replay)");
    }

    /// <summary>The token endpoint before the grant: grant_type and whether the client may use it.</summary>
    public static class Token
    {
        public static readonly ErrorDefinition GrantTypeMissing = new("WARDEN-TOKEN-0001", InvalidRequest, 400, "grant_type is required");
        public static readonly ErrorDefinition GrantTypeUnsupported = new("WARDEN-TOKEN-0002", UnsupportedGrantType, 400,
            "grant_type '{0}' is not supported");
        public static readonly ErrorDefinition GrantTypeNotAllowed = new("WARDEN-TOKEN-0003", UnauthorizedClient, 400, "this client may not use {0}");
    }

    /// <summary>Scope (RFC 6749 §3.3) and resource indicator (RFC 8707) rules, wherever scopes are requested.</summary>
    public static class Scope
    {
        public static readonly ErrorDefinition Malformed = new("WARDEN-SCOPE-0001", InvalidScope, 400,
            "scope contains characters that RFC 6749 §3.3 does not allow");
        public static readonly ErrorDefinition NotAllowed = new("WARDEN-SCOPE-0002", InvalidScope, 400, "scope not allowed for this client: {0}");
        public static readonly ErrorDefinition ResourceMalformed = new("WARDEN-SCOPE-0003", InvalidTarget, 400,
            "resource must be an absolute URI without a fragment");
        public static readonly ErrorDefinition ResourceNotAllowed = new("WARDEN-SCOPE-0004", InvalidTarget, 400, "resource not allowed for this client");
    }

    /// <summary>The client credentials, authorization code and refresh token grants.</summary>
    public static class Grant
    {
        public static readonly ErrorDefinition CredentialMissing = new("WARDEN-GRANT-0001", InvalidRequest, 400, "{0} is required");
        public static readonly ErrorDefinition ClientCredentialsForPublicClient = new("WARDEN-GRANT-0002", UnauthorizedClient, 400,
            "client_credentials is for confidential clients");

        /// <summary>Unknown, another client's, expired, already used (a replay), or its user deactivated.</summary>
        public static readonly ErrorDefinition AuthorizationCodeInvalid = new("WARDEN-GRANT-0003", InvalidGrant, 400,
            "the authorization code is invalid, expired or already used");
        public static readonly ErrorDefinition RedirectUriMismatch = new("WARDEN-GRANT-0004", InvalidGrant, 400,
            "redirect_uri does not match the authorization request");
        public static readonly ErrorDefinition UnexpectedCodeVerifier = new("WARDEN-GRANT-0005", InvalidGrant, 400,
            "code_verifier was sent but the authorization request had no code_challenge");
        public static readonly ErrorDefinition CodeVerifierMismatch = new("WARDEN-GRANT-0006", InvalidGrant, 400,
            "code_verifier does not match the code_challenge");

        /// <summary>Unknown, another client's, revoked, expired, reused after rotation, its user deactivated or its consent withdrawn.</summary>
        public static readonly ErrorDefinition RefreshTokenInvalid = new("WARDEN-GRANT-0007", InvalidGrant, 400,
            "the refresh token is invalid, expired or revoked");
        public static readonly ErrorDefinition ScopeWidened = new("WARDEN-GRANT-0008", InvalidScope, 400, "scope must be a subset of the original grant");
    }

    /// <summary>The device flow (RFC 8628): the device authorization endpoint and the device_code grant.</summary>
    public static class Device
    {
        public static readonly ErrorDefinition GrantNotAllowed = new("WARDEN-DEVICE-0001", UnauthorizedClient, 400,
            "this client may not use the device authorization grant");

        /// <summary>Unknown, another client's, already redeemed, or its user deactivated.</summary>
        public static readonly ErrorDefinition DeviceCodeInvalid = new("WARDEN-DEVICE-0002", InvalidGrant, 400,
            "the device code is invalid or was already used");
        public static readonly ErrorDefinition DeviceCodeExpired = new("WARDEN-DEVICE-0003", ExpiredToken, 400,
            "the device code has expired; start again");
        public static readonly ErrorDefinition Denied = new("WARDEN-DEVICE-0004", AccessDenied, 400, "the user denied the request");
        public static readonly ErrorDefinition Pending = new("WARDEN-DEVICE-0005", AuthorizationPending, 400,
            "the user has not yet approved or denied the request");
        public static readonly ErrorDefinition SlowDown = new("WARDEN-DEVICE-0006", Protocol.OAuthNames.ErrorCodes.SlowDown, 400,
            "polling too fast: wait at least {0} seconds between requests");
    }

    /// <summary>
    /// The authorization endpoint and the consent page. Entries up to <see cref="RedirectUriNotRegistered"/>, and
    /// <see cref="DecisionMalformed"/>, are shown on the error page (the redirect URI is not yet trusted, or the request
    /// is a hand-made post); the others go to the client's redirect URI.
    /// </summary>
    public static class Authorization
    {
        public static readonly ErrorDefinition RepeatedClientParameter = new("WARDEN-AUTHZ-0001", InvalidRequest, 400, "{0} was sent more than once");
        public static readonly ErrorDefinition ClientIdMissing = new("WARDEN-AUTHZ-0002", InvalidRequest, 400, "client_id is required");
        public static readonly ErrorDefinition UnknownClient = new("WARDEN-AUTHZ-0003", InvalidClient, 400, "the client is not known");
        public static readonly ErrorDefinition RedirectUriMissing = new("WARDEN-AUTHZ-0004", InvalidRequest, 400, "redirect_uri is required");
        public static readonly ErrorDefinition RedirectUriNotRegistered = new("WARDEN-AUTHZ-0005", InvalidRequest, 400,
            "redirect_uri is not registered for this client");
        public static readonly ErrorDefinition ParameterTooLong = new("WARDEN-AUTHZ-0006", InvalidRequest, 400,
            "parameter '{0}' is longer than {1} characters");
        public static readonly ErrorDefinition ResponseModeUnsupported = new("WARDEN-AUTHZ-0007", InvalidRequest, 400,
            "response_mode must be query or form_post");
        public static readonly ErrorDefinition CodeFlowNotAllowed = new("WARDEN-AUTHZ-0008", UnauthorizedClient, 400,
            "this client may not use the authorization code flow");
        public static readonly ErrorDefinition RequestObject = new("WARDEN-AUTHZ-0009", RequestNotSupported, 400, "request objects are not supported");
        public static readonly ErrorDefinition RequestUri = new("WARDEN-AUTHZ-0010", RequestUriNotSupported, 400, "request_uri is not supported");
        public static readonly ErrorDefinition ResponseTypeMissing = new("WARDEN-AUTHZ-0011", InvalidRequest, 400, "response_type is required");
        public static readonly ErrorDefinition ResponseTypeUnsupported = new("WARDEN-AUTHZ-0012", UnsupportedResponseType, 400,
            "only response_type=code is supported");
        public static readonly ErrorDefinition MethodWithoutChallenge = new("WARDEN-AUTHZ-0013", InvalidRequest, 400,
            "code_challenge_method was sent without code_challenge");
        public static readonly ErrorDefinition PkceRequired = new("WARDEN-AUTHZ-0014", InvalidRequest, 400,
            "PKCE is required: send code_challenge with code_challenge_method=S256 (RFC 7636)");
        public static readonly ErrorDefinition ChallengeMethodUnsupported = new("WARDEN-AUTHZ-0015", InvalidRequest, 400,
            "code_challenge_method must be S256");
        public static readonly ErrorDefinition PlainChallengeRefused = new("WARDEN-AUTHZ-0016", InvalidRequest, 400,
            "code_challenge_method plain is not allowed; use S256");
        public static readonly ErrorDefinition ChallengeMalformed = new("WARDEN-AUTHZ-0017", InvalidRequest, 400,
            "code_challenge must be 43 to 128 characters of the RFC 7636 alphabet");
        public static readonly ErrorDefinition PromptUnsupported = new("WARDEN-AUTHZ-0018", InvalidRequest, 400, "prompt value '{0}' is not supported");
        public static readonly ErrorDefinition PromptNoneCombined = new("WARDEN-AUTHZ-0019", InvalidRequest, 400,
            "prompt=none cannot be combined with other values");
        public static readonly ErrorDefinition MaxAgeMalformed = new("WARDEN-AUTHZ-0020", InvalidRequest, 400,
            "max_age must be a non-negative number of seconds");
        public static readonly ErrorDefinition SignInRequired = new("WARDEN-AUTHZ-0021", LoginRequired, 400, "the user must sign in");
        public static readonly ErrorDefinition ConsentNeeded = new("WARDEN-AUTHZ-0022", ConsentRequired, 400, "the user must approve this client");
        public static readonly ErrorDefinition ConsentDenied = new("WARDEN-AUTHZ-0023", AccessDenied, 400, "the user denied the request");
        public static readonly ErrorDefinition DecisionMalformed = new("WARDEN-AUTHZ-0024", InvalidRequest, 400, "decision must be allow or deny");
    }

    /// <summary>RP-initiated logout (the end-session page); shown on the page, never redirected.</summary>
    public static class Logout
    {
        public static readonly ErrorDefinition HintInvalid = new("WARDEN-LOGOUT-0001", InvalidRequest, 400,
            "id_token_hint is not an ID token issued by this server");
        public static readonly ErrorDefinition ClientIdMismatch = new("WARDEN-LOGOUT-0002", InvalidRequest, 400,
            "client_id does not match the id_token_hint");
        public static readonly ErrorDefinition RedirectUriNotRegistered = new("WARDEN-LOGOUT-0003", InvalidRequest, 400,
            "post_logout_redirect_uri is not registered for this client");
    }

    /// <summary>Token introspection (RFC 7662).</summary>
    public static class Introspection
    {
        public static readonly ErrorDefinition PublicClient = new("WARDEN-INTROSPECT-0001", InvalidClient, 401,
            "public clients may not introspect tokens");
        public static readonly ErrorDefinition TokenMissing = new("WARDEN-INTROSPECT-0002", InvalidRequest, 400, "token is required");
    }

    /// <summary>Token revocation (RFC 7009).</summary>
    public static class Revocation
    {
        public static readonly ErrorDefinition TokenMissing = new("WARDEN-REVOKE-0001", InvalidRequest, 400, "token is required");
        public static readonly ErrorDefinition ForeignToken = new("WARDEN-REVOKE-0002", UnauthorizedClient, 400, "the token was not issued to this client");
    }

    /// <summary>The UserInfo endpoint's bearer errors (RFC 6750 §3.1).</summary>
    public static class UserInfo
    {
        public static readonly ErrorDefinition TokenInvalid = new("WARDEN-USERINFO-0001", InvalidToken, 401,
            "the access token is invalid, expired or revoked");
        public static readonly ErrorDefinition OpenIdScopeMissing = new("WARDEN-USERINFO-0002", InsufficientScope, 403,
            "the access token was not granted the openid scope");
        public static readonly ErrorDefinition UserInactive = new("WARDEN-USERINFO-0003", InvalidToken, 401,
            "the user behind the access token is no longer active");
    }

    /// <summary>The passkey endpoints (<c>/passkeys/…</c>), called by the pages' script with JSON.</summary>
    public static class Passkey
    {
        public static readonly ErrorDefinition WrongContentType = new("WARDEN-PASSKEY-0001", InvalidRequest, 400,
            "passkey requests are JSON (Content-Type: application/json)");
        public static readonly ErrorDefinition Malformed = new("WARDEN-PASSKEY-0002", InvalidRequest, 400,
            "the body is not a passkey request this server can read");
        public static readonly ErrorDefinition Refused = new("WARDEN-PASSKEY-0003", AccessDenied, 400, "the passkey was not accepted");
        public static readonly ErrorDefinition SignInRequired = new("WARDEN-PASSKEY-0004", AccessDenied, 401, "sign in first to add a passkey");
        public static readonly ErrorDefinition Disabled = new("WARDEN-PASSKEY-0005", AccessDenied, 404, "passkeys are disabled on this server");
        public static readonly ErrorDefinition CrossOrigin = new("WARDEN-PASSKEY-0006", AccessDenied, 403, "the request came from another origin");
    }

    /// <summary>Dynamic client registration (RFC 7591) and client configuration management (RFC 7592).</summary>
    public static class Registration
    {
        public static readonly ErrorDefinition WrongContentType = new("WARDEN-REG-0001", InvalidRequest, 400,
            "the body must be application/json client metadata");
        public static readonly ErrorDefinition MalformedJson = new("WARDEN-REG-0002", InvalidClientMetadata, 400, "the body is not valid JSON");
        public static readonly ErrorDefinition Disabled = new("WARDEN-REG-0003", AccessDenied, 403, "dynamic client registration is disabled on this server");
        public static readonly ErrorDefinition RateLimited = new("WARDEN-REG-0004", TemporarilyUnavailable, 429,
            "too many registrations from this address; try again later");

        /// <summary>Missing, unknown, already used, another client's or deleted with its client: one answer.</summary>
        public static readonly ErrorDefinition TokenInvalid = new("WARDEN-REG-0005", InvalidToken, 401, "the access token is missing, invalid or expired");
        public static readonly ErrorDefinition NotAnObject = new("WARDEN-REG-0006", InvalidClientMetadata, 400,
            "the request body must be a JSON object of client metadata");
        public static readonly ErrorDefinition SoftwareStatement = new("WARDEN-REG-0007", InvalidSoftwareStatement, 400,
            "software statements are not accepted by this server");
        public static readonly ErrorDefinition GrantTypeUnsupported = new("WARDEN-REG-0008", InvalidClientMetadata, 400,
            "grant_type '{0}' is not supported");
        public static readonly ErrorDefinition ResponseTypeUnsupported = new("WARDEN-REG-0009", InvalidClientMetadata, 400,
            "only the response_type code is supported");
        public static readonly ErrorDefinition ResponseTypeWithoutGrant = new("WARDEN-REG-0010", InvalidClientMetadata, 400,
            "response_types code and grant_types authorization_code go together");
        public static readonly ErrorDefinition AuthMethodUnsupported = new("WARDEN-REG-0011", InvalidClientMetadata, 400,
            "token_endpoint_auth_method must be one of {0}");
        public static readonly ErrorDefinition RedirectUrisMissing = new("WARDEN-REG-0012", InvalidRedirectUri, 400,
            "redirect_uris is required for the authorization_code grant");
        public static readonly ErrorDefinition RedirectUriRefused = new("WARDEN-REG-0013", InvalidRedirectUri, 400, "redirect URI '{0}' {1}");
        public static readonly ErrorDefinition JwksAndJwksUri = new("WARDEN-REG-0014", InvalidClientMetadata, 400, "jwks and jwks_uri are mutually exclusive");
        public static readonly ErrorDefinition JwksNotObject = new("WARDEN-REG-0015", InvalidClientMetadata, 400, "jwks must be a JWK Set object");
        public static readonly ErrorDefinition ScopeUnknown = new("WARDEN-REG-0016", InvalidClientMetadata, 400, "scope '{0}' is not defined on this server");
        public static readonly ErrorDefinition ContactsMalformed = new("WARDEN-REG-0017", InvalidClientMetadata, 400, "contacts must be an array of strings");
        public static readonly ErrorDefinition UrlNotWeb = new("WARDEN-REG-0018", InvalidClientMetadata, 400, "{0} must be an https or http URL");
        public static readonly ErrorDefinition StringMalformed = new("WARDEN-REG-0019", InvalidClientMetadata, 400,
            "{0} must be a string of at most 2000 characters");
        public static readonly ErrorDefinition ArrayMalformed = new("WARDEN-REG-0020", InvalidClientMetadata, 400,
            "{0} must be an array of at most 50 strings");
        public static readonly ErrorDefinition ClientIdMismatch = new("WARDEN-REG-0021", InvalidClientMetadata, 400,
            "client_id must be present and equal to the registered one");
        public static readonly ErrorDefinition SecretChosen = new("WARDEN-REG-0022", InvalidClientMetadata, 400,
            "client_secret does not match the issued secret; it cannot be chosen");
        public static readonly ErrorDefinition ClientTypeChange = new("WARDEN-REG-0023", InvalidClientMetadata, 400,
            "token_endpoint_auth_method cannot change between none and a secret");

        /// <summary>A rule of <c>ClientAdministration</c> about what a client may be; the placeholder is the rule's message.</summary>
        public static readonly ErrorDefinition SpecificationRefused = new("WARDEN-REG-0024", InvalidClientMetadata, 400, "{0}");

        /// <summary>#14: a known grant type that registration.allowed_grant_types does not list (client_credentials by default).</summary>
        public static readonly ErrorDefinition GrantTypeNotAllowed = new("WARDEN-REG-0025", InvalidClientMetadata, 400,
            "grant_types: '{0}' is not allowed for a client that registers itself (allowed: {1})");

        /// <summary>#14: a defined scope that is neither in registration.allowed_scopes nor marked registrable.</summary>
        public static readonly ErrorDefinition ScopeNotAllowed = new("WARDEN-REG-0026", InvalidClientMetadata, 400,
            "scope: '{0}' may not be given to a client that registers itself; ask the operator for it");

        /// <summary>#14: a supported method that registration.allowed_auth_methods does not list.</summary>
        public static readonly ErrorDefinition AuthMethodNotAllowed = new("WARDEN-REG-0027", InvalidClientMetadata, 400,
            "token_endpoint_auth_method: '{0}' is not allowed for a client that registers itself (allowed: {1})");
    }

    /// <summary>
    /// The user-administration API (/api/users): bearer errors (RFC 6750 §3.1), then the request's own. 404 and 409
    /// have no OAuth error code; theirs are <c>not_found</c> and <c>conflict</c>.
    /// </summary>
    public static class UserApi
    {
        public static readonly ErrorDefinition TokenInvalid = new("WARDEN-USERAPI-0001", InvalidToken, 401,
            "the access token is invalid, expired or revoked");
        public static readonly ErrorDefinition ScopeMissing = new("WARDEN-USERAPI-0002", InsufficientScope, 403,
            "the access token was not granted the " + Scopes.ReservedScopes.UserAdministration + " scope");
        public static readonly ErrorDefinition UserToken = new("WARDEN-USERAPI-0003", InsufficientScope, 403,
            "the access token acts for a user; use a token the client obtained for itself (client_credentials)");
        public static readonly ErrorDefinition WrongContentType = new("WARDEN-USERAPI-0004", InvalidRequest, 400, "the body must be application/json");
        public static readonly ErrorDefinition MalformedJson = new("WARDEN-USERAPI-0005", InvalidRequest, 400, "the body is not a JSON object");

        /// <summary>An unknown field, a wrong type, or a rule of <c>UserAdministration</c>; the placeholder says which.</summary>
        public static readonly ErrorDefinition InvalidField = new("WARDEN-USERAPI-0006", InvalidRequest, 400, "{0}");
        public static readonly ErrorDefinition UserNotFound = new("WARDEN-USERAPI-0007", "not_found", 404, "there is no such user");
        public static readonly ErrorDefinition Taken = new("WARDEN-USERAPI-0008", "conflict", 409, "the username or email is already taken");
        public static readonly ErrorDefinition LookupMissing = new("WARDEN-USERAPI-0009", InvalidRequest, 400,
            "look a user up by one of username or email");
    }

    /// <summary>Token exchange of an API key at the token endpoint (RFC 8693 §2.2.2 answers an unusable subject token with invalid_request).</summary>
    public static class ApiKey
    {
        public static readonly ErrorDefinition PublicClient = new("WARDEN-APIKEY-0001", UnauthorizedClient, 400,
            "token exchange is only for confidential clients");
        public static readonly ErrorDefinition SubjectTokenTypeUnsupported = new("WARDEN-APIKEY-0002", InvalidRequest, 400,
            "subject_token_type must be " + Protocol.OAuthNames.TokenTypes.ApiKey);

        /// <summary>Unknown, malformed, revoked, expired, another tenant's, or its owner can no longer act: one answer.</summary>
        public static readonly ErrorDefinition SubjectTokenInvalid = new("WARDEN-APIKEY-0003", InvalidRequest, 400,
            "the subject_token is not an active API key");
        public static readonly ErrorDefinition RequestedTokenTypeUnsupported = new("WARDEN-APIKEY-0004", InvalidRequest, 400,
            "requested_token_type must be " + Protocol.OAuthNames.TokenTypes.AccessToken);
        public static readonly ErrorDefinition ActorTokenUnsupported = new("WARDEN-APIKEY-0005", InvalidRequest, 400,
            "actor_token is not supported");
        public static readonly ErrorDefinition AudienceUnsupported = new("WARDEN-APIKEY-0006", InvalidTarget, 400,
            "audience is not supported; name the resource server with resource");
        public static readonly ErrorDefinition ScopeWidened = new("WARDEN-APIKEY-0007", InvalidScope, 400,
            "scope must be a subset of the API key's scopes");
    }

    /// <summary>The API-key administration API (<c>/api/api-keys</c>).</summary>
    public static class ApiKeyApi
    {
        public static readonly ErrorDefinition TokenInvalid = new("WARDEN-KEYAPI-0001", InvalidToken, 401,
            "the access token is invalid, expired or revoked");
        public static readonly ErrorDefinition ScopeMissing = new("WARDEN-KEYAPI-0002", InsufficientScope, 403,
            "the access token was not granted the " + Scopes.ReservedScopes.ApiKeyAdministration + " scope");
        public static readonly ErrorDefinition UserToken = new("WARDEN-KEYAPI-0003", InsufficientScope, 403,
            "the access token acts for a user; use a token the client obtained for itself (client_credentials)");
        public static readonly ErrorDefinition WrongContentType = new("WARDEN-KEYAPI-0004", InvalidRequest, 400, "the body must be application/json");
        public static readonly ErrorDefinition MalformedJson = new("WARDEN-KEYAPI-0005", InvalidRequest, 400, "the body is not a JSON object");

        /// <summary>An unknown field, a wrong type, or a rule of <c>ApiKeyService</c>; the placeholder says which.</summary>
        public static readonly ErrorDefinition InvalidField = new("WARDEN-KEYAPI-0006", InvalidRequest, 400, "{0}");
        public static readonly ErrorDefinition KeyNotFound = new("WARDEN-KEYAPI-0007", "not_found", 404, "there is no such API key");
    }
}
