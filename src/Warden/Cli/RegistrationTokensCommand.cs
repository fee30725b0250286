using System.CommandLine;
using System.Text.Json.Nodes;
using Warden.Core.Registration;
using Warden.Core.Tenants;

namespace Warden.Cli;

/// <summary>
/// `warden registration-tokens create|list|revoke`: initial access tokens for dynamic client registration
/// (registration.policy initial_access_token). A token is printed once, when it is created.
/// </summary>
public static class RegistrationTokensCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON instead of text" };
    private static readonly Option<bool> SingleUse = new("--single-use") { Description = "The token registers one client, then stops working" };
    private static readonly Option<int?> ExpiresIn = new("--expires-in") { Description = "Seconds until the token stops working (default: never)" };
    private static readonly Argument<Guid> Id = new("id") { Description = "The token's id, as listed" };

    public static Command Create()
    {
        var create = new Command("create", "Create an initial access token and print it once") { SingleUse, ExpiresIn, Json };
        create.SetAction((parseResult, cancellationToken) => CliStorage.WithAdministrationAsync(parseResult, async admin =>
        {
            var lifetime = parseResult.GetValue(ExpiresIn) is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            var (token, value) = await Tokens(admin).CreateAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(SingleUse), lifetime, cancellationToken);
            var description = Describe(token);
            description["token"] = value;
            if (parseResult.GetValue(Json))
            {
                Console.WriteLine(description.ToJsonString());
                return 0;
            }
            Console.WriteLine($"id:         {token.Id}");
            Console.WriteLine($"token:      {value}");
            Console.WriteLine($"single use: {(token.SingleUse ? "yes" : "no")}");
            Console.WriteLine($"expires at: {(token.ExpiresAt is { } at ? CliFormat.Time(at) : "never")}");
            Console.WriteLine("The token is shown only now; store it where the registering party can use it.");
            return 0;
        }, cancellationToken));

        var list = new Command("list", "List initial access tokens (never their values)") { Json };
        list.SetAction((parseResult, cancellationToken) => CliStorage.WithAdministrationAsync(parseResult, async admin =>
        {
            var all = await Tokens(admin).ListAsync(CommonOptions.TenantOf(parseResult), cancellationToken);
            if (parseResult.GetValue(Json))
            {
                Console.WriteLine(new JsonArray(all.Select(token => (JsonNode)Describe(token)).ToArray()).ToJsonString());
                return 0;
            }
            Console.WriteLine($"{"ID",-36} {"SINGLE USE",-10} {"EXPIRES",-20} USED");
            foreach (var token in all)
            {
                Console.WriteLine($"{token.Id,-36} {(token.SingleUse ? "yes" : "no"),-10} " +
                                  $"{(token.ExpiresAt is { } at ? CliFormat.Time(at) : "never"),-20} {(token.UsedAt is { } used ? CliFormat.Time(used) : "-")}");
            }
            Console.WriteLine($"{all.Count} token(s)");
            return 0;
        }, cancellationToken));

        var revoke = new Command("revoke", "Delete an initial access token") { Id };
        revoke.SetAction((parseResult, cancellationToken) => CliStorage.WithAdministrationAsync(parseResult, async admin =>
        {
            var id = parseResult.GetValue(Id);
            if (await Tokens(admin).RevokeAsync(CommonOptions.TenantOf(parseResult), id, cancellationToken))
            {
                Console.WriteLine($"revoked {id}");
                return 0;
            }
            Console.Error.WriteLine($"warden: no registration token '{id}'");
            return 1;
        }, cancellationToken));

        return new Command("registration-tokens", "Manage initial access tokens for dynamic client registration") { create, list, revoke };
    }

    private static InitialAccessTokens Tokens(CliAdministration admin) => new(admin.Storage.RegistrationTokens, admin.Hasher, TimeProvider.System);

    private static JsonObject Describe(RegistrationToken token) => new()
    {
        ["id"] = token.Id.ToString(),
        ["single_use"] = token.SingleUse,
        ["expires_at"] = token.ExpiresAt is { } at ? CliFormat.Time(at) : null,
        ["created_at"] = CliFormat.Time(token.CreatedAt),
        ["used_at"] = token.UsedAt is { } used ? CliFormat.Time(used) : null,
    };
}
