namespace Warden.Core.Errors;

/// <summary>
/// A protocol error (RFC 6749 §5.2). <see cref="Description"/> is shown to the client; <see cref="LogDetail"/>
/// is for the server log only and never leaves the process.
/// </summary>
public sealed record OAuthError(string Error, string? Description, int StatusCode = 400)
{
    public string? LogDetail { get; init; }

    public static OAuthError ServerError(string correlationId) =>
        new("server_error", $"The server failed to process the request (correlation id {correlationId}).", 500);

    public static OAuthError TemporarilyUnavailable() =>
        new("temporarily_unavailable", "The server cannot reach its storage right now; retry shortly.", 503);
}
