using System.Diagnostics;
using Warden.Core.Errors;
using Warden.Core.Storage;
using Warden.Endpoints;

namespace Warden.Middleware;

/// <summary>
/// The last line of defence: an unreachable database becomes 503 temporarily_unavailable, anything unexpected a 500
/// server_error carrying only a correlation id that is also in the log; no internals reach the client.
/// </summary>
public sealed class UnhandledErrorMiddleware(RequestDelegate next, ILogger<UnhandledErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (StorageUnavailableException exception) when (!context.Response.HasStarted)
        {
            logger.LogWarning("{Method} {Path}: storage unavailable: {Reason}", context.Request.Method, context.Request.Path, exception.Message);
            context.Response.Clear();
            context.Response.Headers.RetryAfter = "5";
            await OAuthErrorResponse.WriteAsync(context, OAuthError.From(ErrorCatalog.Server.StorageUnavailable, exception.GetType().Name));
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var correlationId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
            logger.LogError(exception, "{Method} {Path}: unhandled error, correlation id {CorrelationId}",
                context.Request.Method, context.Request.Path, correlationId);
            context.Response.Clear();
            await OAuthErrorResponse.WriteAsync(context, OAuthError.From(ErrorCatalog.Server.Failed, exception.GetType().Name, [correlationId]));
        }
    }
}
