using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Warden.Endpoints;

/// <summary>
/// /health (every check, with details), /health/ready (may this instance take traffic: database, cache, schema)
/// and /health/live (the process answers; no dependency is checked, so a database outage never restarts it).
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static void MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", Options(_ => true));
        endpoints.MapHealthChecks("/health/ready", Options(check => check.Tags.Contains(ReadyTag)));
        endpoints.MapHealthChecks("/health/live", Options(_ => false));
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = WriteReportAsync,
    };

    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.Headers.CacheControl = "no-store";
        return JsonResponse.WriteAsync(context, json =>
        {
            json.WriteStartObject();
            json.WriteString("status", StatusName(report.Status));
            json.WriteNumber("duration_ms", Math.Round(report.TotalDuration.TotalMilliseconds, 2));
            json.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                json.WriteStartObject(name);
                json.WriteString("status", StatusName(entry.Status));
                if (entry.Description is not null)
                    json.WriteString("description", entry.Description);
                foreach (var (key, value) in entry.Data)
                {
                    switch (value)
                    {
                        case double number:
                            json.WriteNumber(key, number);
                            break;
                        case int number:
                            json.WriteNumber(key, number);
                            break;
                        default:
                            json.WriteString(key, value.ToString());
                            break;
                    }
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static string StatusName(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
