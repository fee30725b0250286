namespace Warden.Core.Errors;

/// <summary>
/// A protocol error (RFC 6749 §5.2). <see cref="Description"/> is shown to the client, so it never carries
/// internals; those go to the server log where the error is raised.
/// </summary>
public sealed record OAuthError(string Error, string? Description, int StatusCode = 400)
{
    public static OAuthError InvalidRequest(string description) => new("invalid_request", description);

    /// <summary>401; the token endpoint adds WWW-Authenticate when the client tried HTTP Basic.</summary>
    public static OAuthError InvalidClient(string description) => new("invalid_client", description, 401);

    public static OAuthError InvalidGrant(string description) => new("invalid_grant", description);
    public static OAuthError UnauthorizedClient(string description) => new("unauthorized_client", description);
    public static OAuthError UnsupportedGrantType(string description) => new("unsupported_grant_type", description);
    public static OAuthError InvalidScope(string description) => new("invalid_scope", description);

    /// <summary>RFC 8707 §2: a resource indicator that is malformed or not allowed for the client.</summary>
    public static OAuthError InvalidTarget(string description) => new("invalid_target", description);

    /// <summary>RFC 8628 §3.5: the person has not decided yet; poll again after the interval.</summary>
    public static OAuthError AuthorizationPending() => new("authorization_pending", "the user has not yet approved or denied the request");

    /// <summary>RFC 8628 §3.5: polled too fast; the interval grows by 5 seconds.</summary>
    public static OAuthError SlowDown(TimeSpan interval) =>
        new("slow_down", $"polling too fast: wait at least {interval.TotalSeconds:0} seconds between requests");

    public static OAuthError AccessDenied(string description) => new("access_denied", description);
    public static OAuthError ExpiredToken(string description) => new("expired_token", description);

    public static OAuthError ServerError(string correlationId) =>
        new("server_error", $"The server failed to process the request (correlation id {correlationId}).", 500);

    public static OAuthError TemporarilyUnavailable() =>
        new("temporarily_unavailable", "The server cannot reach its storage right now; retry shortly.", 503);
}
