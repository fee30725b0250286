using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Warden.Configuration;
using Warden.Core.Audit;
using Warden.Core.Tenants;

namespace Warden.Cli;

/// <summary>`warden audit list`: the audit trail, newest first, filtered by time range, user, client and event type.</summary>
public static class AuditCommand
{
    public const int MaxLimit = 10_000;

    private static readonly Option<bool> Json = new("--json") { Description = "Print the events as a JSON array" };
    private static readonly Option<string> From = new("--from") { Description = "Only events at or after this time (ISO 8601, e.g. 2026-11-23T08:00:00Z)" };
    private static readonly Option<string> To = new("--to") { Description = "Only events before this time (ISO 8601)" };
    private static readonly Option<string> User = new("--user") { Description = "Only events about this user (id or username)" };
    private static readonly Option<string> Client = new("--client") { Description = "Only events about this client_id" };
    private static readonly Option<string> Type = new("--type") { Description = "Only events of this type, e.g. login or token_issued" };
    private static readonly Option<int> Limit = new("--limit") { Description = $"At most this many events (default 100, at most {MaxLimit})", DefaultValueFactory = _ => 100 };

    public static Command Create()
    {
        var list = new Command("list", "List audit events, newest first") { From, To, User, Client, Type, Limit, Json };
        list.SetAction((parseResult, cancellationToken) => CliStorage.WithAuditLogAsync(parseResult, async (audit, users) =>
        {
            var limit = parseResult.GetValue(Limit);
            if (limit is < 1 or > MaxLimit)
                throw new ConfigurationException($"--limit {limit}: expected 1 to {MaxLimit}");
            string? userId = null;
            if (parseResult.GetValue(User) is { } user)
            {
                if (await users.FindAsync(CommonOptions.TenantOf(parseResult), user, cancellationToken) is not { } found)
                {
                    Console.Error.WriteLine($"warden: no user '{user}'");
                    return 1;
                }
                userId = found.Id.ToString();
            }
            var events = await audit.QueryAsync(new AuditQuery(CommonOptions.TenantOf(parseResult))
            {
                From = Time(parseResult, From), To = Time(parseResult, To), EventType = parseResult.GetValue(Type),
                ClientId = parseResult.GetValue(Client), UserId = userId, Limit = limit,
            }, cancellationToken);

            if (parseResult.GetValue(Json))
            {
                Console.WriteLine(new JsonArray(events.Select(Describe).ToArray()).ToJsonString());
                return 0;
            }
            Console.WriteLine($"{"TIME",-20} {"EVENT",-30} {"OUTCOME",-8} {"CLIENT",-24} {"USER",-36} {"ADDRESS",-16} DETAILS");
            foreach (var e in events)
                Console.WriteLine($"{CliFormat.Time(e.OccurredAt),-20} {e.EventType,-30} {e.Outcome,-8} {e.ClientId ?? "-",-24} {e.UserId ?? "-",-36} {e.IpAddress ?? "-",-16} {e.Details}");
            Console.WriteLine($"{events.Count} event(s)");
            return 0;
        }, cancellationToken));
        return new Command("audit", "Read the audit trail") { list };
    }

    private static DateTimeOffset? Time(ParseResult parseResult, Option<string> option) =>
        parseResult.GetValue(option) is not { } text ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time
        : throw new ConfigurationException($"{option.Name} '{text}': expected an ISO 8601 time such as 2026-11-23T08:00:00Z");

    private static JsonNode Describe(AuditEvent e) => new JsonObject
    {
        ["id"] = e.Id.ToString(),
        ["occurred_at"] = e.OccurredAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        ["event_type"] = e.EventType,
        ["outcome"] = e.Outcome,
        ["client_id"] = e.ClientId,
        ["user_id"] = e.UserId,
        ["ip_address"] = e.IpAddress,
        ["details"] = JsonNode.Parse(e.Details),
    };
}
