using Warden.Core.Errors;

namespace Warden.Endpoints;

/// <summary>
/// One structured log line per protocol refusal, whatever the channel (JSON, redirect, error page): the identifier,
/// the code, the status and the private detail, which the client never sees. Details never hold secrets; values the
/// client sent (a parameter name, a client id) are stripped of control characters so a line stays one line.
/// </summary>
public static class RefusalLog
{
    public const string Category = "Warden.Refusals";

    public static void Write(HttpContext http, OAuthError error)
    {
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        if (!logger.IsEnabled(LogLevel.Information))
            return;
        logger.LogInformation("{Method} {Path} refused with {ErrorId} {Error} ({Status}): {Detail}", http.Request.Method, http.Request.Path.Value,
            error.Id, error.Error, error.StatusCode, Printable(error.Detail ?? error.Description));
    }

    private static string Printable(string text) =>
        text.Any(char.IsControl) ? new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()) : text;
}
