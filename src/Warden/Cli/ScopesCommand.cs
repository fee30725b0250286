using System.CommandLine;
using System.Text.Json.Nodes;
using Warden.Core.Scopes;
using Warden.Core.Tenants;

namespace Warden.Cli;

/// <summary>`warden scopes create|list|show|update|delete`.</summary>
public static class ScopesCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON instead of text" };
    private static readonly Argument<string> Name = new("name") { Description = "The scope name, as clients request it" };
    private static readonly Option<string> DisplayName = new("--display-name") { Description = "What the consent page calls it" };
    private static readonly Option<string> Description = new("--description") { Description = "What the consent page says it allows" };
    private static readonly Option<string[]> Claims = new("--claim") { Description = "A user claim the scope releases (repeatable)" };
    private static readonly Option<bool?> Consent = new("--consent") { Description = "Whether users must consent (default true)" };
    private static readonly Option<bool?> Registrable = new("--registrable")
    {
        Description = "Whether a client registering itself (POST /register) may ask for it (default false)",
    };

    public static Command Create()
    {
        var create = new Command("create", "Create a scope") { Name, DisplayName, Description, Claims, Consent, Registrable, Json };
        create.SetAction((parseResult, cancellationToken) => CliStorage.WithScopesAsync(parseResult, async (admin, _) =>
            Print(parseResult, await admin.CreateAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(Name)!, parseResult.GetValue(DisplayName),
                parseResult.GetValue(Description), parseResult.GetValue(Claims) ?? [], parseResult.GetValue(Consent) ?? true, parseResult.GetValue(Registrable) ?? false, cancellationToken)),
            cancellationToken));

        var list = new Command("list", "List scopes") { Json };
        list.SetAction((parseResult, cancellationToken) => CliStorage.WithScopesAsync(parseResult, async (_, store) =>
        {
            var scopes = await store.ListAsync(CommonOptions.TenantOf(parseResult), cancellationToken);
            if (parseResult.GetValue(Json))
            {
                Console.WriteLine(new JsonArray(scopes.Select(scope => (JsonNode)Describe(scope)).ToArray()).ToJsonString());
                return 0;
            }
            Console.WriteLine($"{"NAME",-20} {"CONSENT",-8} {"REGISTRABLE",-12} {"CLAIMS",-40} DISPLAY NAME");
            foreach (var scope in scopes)
                Console.WriteLine($"{scope.Name,-20} {YesNo(scope.RequiresConsent),-8} {YesNo(scope.Registrable),-12} {string.Join(",", scope.Claims),-40} {scope.DisplayName}");
            Console.WriteLine($"{scopes.Count} scope(s)");
            return 0;
        }, cancellationToken));

        var show = new Command("show", "Show one scope") { Name, Json };
        show.SetAction((parseResult, cancellationToken) => CliStorage.WithScopesAsync(parseResult, async (_, store) =>
            await store.FindAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(Name)!, cancellationToken) is { } scope
                ? Print(parseResult, scope)
                : NotFound(parseResult), cancellationToken));

        var update = new Command("update", "Change a scope; options given replace the stored values") { Name, DisplayName, Description, Claims, Consent, Registrable, Json };
        update.SetAction((parseResult, cancellationToken) => CliStorage.WithScopesAsync(parseResult, async (admin, _) =>
            await admin.UpdateAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(Name)!, scope => scope with
            {
                DisplayName = parseResult.GetValue(DisplayName) ?? scope.DisplayName,
                Description = parseResult.GetValue(Description) ?? scope.Description,
                Claims = parseResult.GetValue(Claims) is { Length: > 0 } claims ? claims : scope.Claims,
                RequiresConsent = parseResult.GetValue(Consent) ?? scope.RequiresConsent,
                Registrable = parseResult.GetValue(Registrable) ?? scope.Registrable,
            }, cancellationToken) is { } changed
                ? Print(parseResult, changed)
                : NotFound(parseResult), cancellationToken));

        var delete = new Command("delete", "Delete a scope") { Name };
        delete.SetAction((parseResult, cancellationToken) => CliStorage.WithScopesAsync(parseResult, async (_, store) =>
        {
            if (!await store.DeleteAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(Name)!, cancellationToken))
                return NotFound(parseResult);
            Console.WriteLine($"deleted {parseResult.GetValue(Name)}");
            return 0;
        }, cancellationToken));

        return new Command("scopes", "Manage scopes and the claims they release") { create, list, show, update, delete };
    }

    private static JsonObject Describe(Scope scope) => new()
    {
        ["name"] = scope.Name,
        ["display_name"] = scope.DisplayName,
        ["description"] = scope.Description,
        ["claims"] = new JsonArray(scope.Claims.Select(claim => (JsonNode)claim).ToArray()),
        ["requires_consent"] = scope.RequiresConsent,
        ["registrable"] = scope.Registrable,
    };

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static int Print(ParseResult parseResult, Scope scope)
    {
        var result = Describe(scope);
        if (parseResult.GetValue(Json))
        {
            Console.WriteLine(result.ToJsonString());
            return 0;
        }
        foreach (var (name, value) in result)
            Console.WriteLine($"{name + ":",-18} {(value is JsonArray array ? string.Join(" ", array) : value?.ToString())}");
        return 0;
    }

    private static int NotFound(ParseResult parseResult)
    {
        Console.Error.WriteLine($"warden: no scope '{parseResult.GetValue(Name)}'");
        return 1;
    }
}
