using System.CommandLine;
using System.Text.Json.Nodes;
using Warden.Core.Cleanup;

namespace Warden.Cli;

/// <summary>`warden cleanup`: one expired-data cleanup pass (over every tenant, or with --tenant over one), with what it removed per table.</summary>
public static class CleanupCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON instead of text" };

    public static Command Create()
    {
        var command = new Command("cleanup",
            "Delete expired codes, tokens, revocation entries and old audit rows once, of every tenant or, with --tenant, of that one") { Json };
        command.SetAction((parseResult, cancellationToken) => CliStorage.WithCleanerAsync(parseResult, async cleaner =>
        {
            var tenant = parseResult.GetValue(CommonOptions.Tenant);
            var pass = tenant is null ? cleaner.RunOnceAsync(cancellationToken) : cleaner.RunOnceForTenantAsync(tenant, cancellationToken);
            if (await pass is not { } report)
            {
                Console.Error.WriteLine("warden: another instance is cleaning this database right now; try again in a few minutes");
                return 1;
            }
            if (parseResult.GetValue(Json))
            {
                var tables = new JsonObject();
                foreach (var (kind, count) in report.Deleted)
                    tables[kind.TableName()] = count;
                var json = new JsonObject
                {
                    ["deleted"] = tables, ["total"] = report.Total, ["milliseconds"] = (long)report.Duration.TotalMilliseconds,
                };
                if (tenant is not null)
                    json["tenant"] = tenant;
                Console.WriteLine(json.ToJsonString());
                return 0;
            }
            if (tenant is not null)
                Console.WriteLine($"tenant: {tenant}");
            Console.WriteLine($"{"TABLE",-22} DELETED");
            foreach (var (kind, count) in report.Deleted)
                Console.WriteLine($"{kind.TableName(),-22} {count}");
            Console.WriteLine($"{"total",-22} {report.Total} ({report.Duration.TotalMilliseconds:0} ms)");
            return 0;
        }, cancellationToken));
        return command;
    }
}
