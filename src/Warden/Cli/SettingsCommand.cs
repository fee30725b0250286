using System.CommandLine;
using System.Text.Json.Nodes;
using Warden.Core.Settings;
using Warden.Core.Tenants;

namespace Warden.Cli;

/// <summary>`warden settings list|get|set|delete`: the system settings (`warden seed` creates the defaults).</summary>
public static class SettingsCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON instead of text" };
    private static readonly Argument<string> Key = new("key") { Description = "The setting's key: lowercase letters, digits, dots and underscores" };
    private static readonly Argument<string> Value = new("value") { Description = "The new value; an empty value means unset" };

    public static Command Create()
    {
        var list = new Command("list", "List settings") { Json };
        list.SetAction((parseResult, cancellationToken) => CliStorage.WithSettingsAsync(parseResult, async settings =>
        {
            var all = await settings.ListAsync(CommonOptions.TenantOf(parseResult), cancellationToken);
            if (parseResult.GetValue(Json))
            {
                Console.WriteLine(new JsonArray(all.Select(setting => (JsonNode)Describe(setting)).ToArray()).ToJsonString());
                return 0;
            }
            Console.WriteLine($"{"KEY",-30} VALUE");
            foreach (var setting in all)
                Console.WriteLine($"{setting.Key,-30} {setting.Value}");
            Console.WriteLine($"{all.Count} setting(s)");
            return 0;
        }, cancellationToken));

        var get = new Command("get", "Print one setting's value") { Key };
        get.SetAction((parseResult, cancellationToken) => CliStorage.WithSettingsAsync(parseResult, async settings =>
        {
            if (await settings.FindAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(Key)!, cancellationToken) is not { } setting)
                return NotFound(parseResult);
            Console.WriteLine(setting.Value);
            return 0;
        }, cancellationToken));

        var set = new Command("set", "Create a setting or change its value") { Key, Value };
        set.SetAction((parseResult, cancellationToken) => CliStorage.WithSettingsAsync(parseResult, async settings =>
        {
            var setting = await settings.SetAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(Key)!, parseResult.GetValue(Value)!, cancellationToken);
            Console.WriteLine($"set {setting.Key}");
            return 0;
        }, cancellationToken));

        var delete = new Command("delete", "Delete a setting") { Key };
        delete.SetAction((parseResult, cancellationToken) => CliStorage.WithSettingsAsync(parseResult, async settings =>
        {
            if (!await settings.DeleteAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(Key)!, cancellationToken))
                return NotFound(parseResult);
            Console.WriteLine($"deleted {parseResult.GetValue(Key)}");
            return 0;
        }, cancellationToken));

        return new Command("settings", "Manage system settings (site name, policy and terms-of-service URIs)") { list, get, set, delete };
    }

    private static JsonObject Describe(Setting setting) => new()
    {
        ["key"] = setting.Key,
        ["value"] = setting.Value,
        ["updated_at"] = CliFormat.Time(setting.UpdatedAt),
    };

    private static int NotFound(ParseResult parseResult)
    {
        Console.Error.WriteLine($"warden: no setting '{parseResult.GetValue(Key)}'");
        return 1;
    }
}
