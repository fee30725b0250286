using System.CommandLine;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Warden.Core.ApiKeys;
using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Protocol;
using Warden.Core.Security;
using Warden.Core.Tenants;
using Warden.Core.Users;

namespace Warden.Cli;

/// <summary>
/// `warden api-keys create|list|show|revoke`: the long-lived API keys of a tenant, owned by a user or a client. A key
/// is printed once, when it is created; afterwards it is named by its public id. Creation and revocation are audited.
/// </summary>
public static class ApiKeysCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON instead of text" };
    private static readonly Option<string?> Name = new("--name") { Description = "What the key is for, as listings show it", Required = true };
    private static readonly Option<string?> User = new("--user") { Description = "The owning user (username or id)" };
    private static readonly Option<string?> Client = new("--client") { Description = "The owning client (client id)" };
    private static readonly Option<string[]> Scope = new("--scope")
    {
        Description = "A scope of the key (repeat, or separate by spaces)", AllowMultipleArgumentsPerToken = true,
    };
    private static readonly Option<int?> ExpiresIn = new("--expires-in")
    {
        Description = "Seconds until the key stops working (default: api_keys.max_lifetime)",
    };
    private static readonly Option<bool> NoExpiry = new("--no-expiry") { Description = "The key never expires (if api_keys.allow_no_expiry)" };
    private static readonly Argument<string> Id = new("id") { Description = "The key's public id (or wdn_<id>), as listed" };

    public static Command Create()
    {
        var create = new Command("create", "Create an API key and print it once") { Name, User, Client, Scope, ExpiresIn, NoExpiry, Json };
        create.SetAction((parseResult, cancellationToken) => WithServiceAsync(parseResult, async (service, users, audit) =>
        {
            var context = Context(parseResult);
            var userName = parseResult.GetValue(User);
            var user = userName is null ? null
                : await users.FindAsync(context.TenantId, userName, cancellationToken) ?? throw new InvalidApiKeyException($"there is no user '{userName}'");
            var created = await service.CreateAsync(context, new ApiKeyRequest
            {
                Name = parseResult.GetValue(Name)!,
                UserId = user?.Id,
                ClientId = parseResult.GetValue(Client),
                Scopes = (parseResult.GetValue(Scope) ?? []).SelectMany(value => value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray(),
                Lifetime = parseResult.GetValue(ExpiresIn) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                NoExpiry = parseResult.GetValue(NoExpiry),
            }, new ApiKeyActor(null, "cli"), cancellationToken);
            await audit.FlushAsync();
            var description = Describe(created.Key);
            description["api_key"] = created.Value;
            if (parseResult.GetValue(Json))
            {
                Console.WriteLine(description.ToJsonString());
                return 0;
            }
            Print(created.Key, user?.Username);
            Console.WriteLine($"api key:    {created.Value}");
            Console.WriteLine("The key is shown only now; store it where the application that uses it can read it.");
            return 0;
        }, cancellationToken));

        var list = new Command("list", "List the tenant's API keys (never the keys themselves)") { Json };
        list.SetAction((parseResult, cancellationToken) => WithServiceAsync(parseResult, async (service, _, _) =>
        {
            var all = await service.ListAsync(CommonOptions.TenantOf(parseResult), cancellationToken);
            if (parseResult.GetValue(Json))
            {
                Console.WriteLine(new JsonArray(all.Select(key => (JsonNode)Describe(key)).ToArray()).ToJsonString());
                return 0;
            }
            Console.WriteLine($"{"ID",-16} {"NAME",-24} {"OWNER",-38} {"STATE",-8} {"EXPIRES",-20} LAST USED");
            var now = TimeProvider.System.GetUtcNow();
            foreach (var key in all)
            {
                Console.WriteLine($"{key.PublicId,-16} {Shorten(key.Name, 24),-24} {Owner(key),-38} {State(key, now),-8} " +
                                  $"{(key.ExpiresAt is { } at ? CliFormat.Time(at) : "never"),-20} {(key.LastUsedAt is { } used ? CliFormat.Time(used) : "-")}");
            }
            Console.WriteLine($"{all.Count} key(s)");
            return 0;
        }, cancellationToken));

        var show = new Command("show", "Show one API key (never the key itself)") { Id, Json };
        show.SetAction((parseResult, cancellationToken) => WithServiceAsync(parseResult, async (service, _, _) =>
        {
            var key = await service.FindAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(Id)!, cancellationToken);
            if (key is null)
                return NotFound(parseResult);
            if (parseResult.GetValue(Json))
                Console.WriteLine(Describe(key).ToJsonString());
            else
                Print(key, null);
            return 0;
        }, cancellationToken));

        var revoke = new Command("revoke", "Revoke an API key: it stops working at once") { Id };
        revoke.SetAction((parseResult, cancellationToken) => WithServiceAsync(parseResult, async (service, _, audit) =>
        {
            var key = await service.RevokeAsync(Context(parseResult), parseResult.GetValue(Id)!, new ApiKeyActor(null, "cli"), cancellationToken);
            await audit.FlushAsync();
            if (key is null)
                return NotFound(parseResult);
            Console.WriteLine($"revoked {key.PublicId} at {CliFormat.Time(key.RevokedAt!.Value)}");
            return 0;
        }, cancellationToken));

        return new Command("api-keys", "Manage API keys: long-lived credentials of a user or client") { create, list, show, revoke };
    }

    private static RequestContext Context(ParseResult parseResult) => new(CommonOptions.TenantOf(parseResult), null);

    private static int NotFound(ParseResult parseResult)
    {
        Console.Error.WriteLine($"warden: no API key '{parseResult.GetValue(Id)}' in tenant '{CommonOptions.TenantOf(parseResult)}'");
        return 1;
    }

    /// <summary>The service over the CLI's storage, with an audit trail the verb flushes before it ends.</summary>
    private static Task<int> WithServiceAsync(ParseResult parseResult, Func<ApiKeyService, UserAdministration, AuditTrail, Task<int>> work,
        CancellationToken cancellationToken) =>
        CliStorage.WithAdministrationAsync(parseResult, admin =>
        {
            var time = TimeProvider.System;
            var storage = admin.Storage;
            var audit = new AuditTrail(storage.AuditLog, time, NullLogger<AuditTrail>.Instance);
            var serverOptions = new OAuthServerOptions(admin.Options.Server.Issuer, admin.Options.Tokens.AccessTokenLifetime, TimeSpan.Zero);
            var policies = new TenantApiKeyPolicySource(admin.Options.ApiKeys, new Core.Tenants.TenantDirectory(storage.Tenants, serverOptions, time));
            var service = new ApiKeyService(storage.ApiKeys, policies, storage.Scopes, storage.Users, new ClientDirectory(storage.Clients, serverOptions, time),
                admin.Hasher, new ApiKeyUseRecorder(storage.ApiKeys, time, NullLogger<ApiKeyUseRecorder>.Instance), audit, time);
            var users = admin.Users;
            return work(service, users, audit);
        }, cancellationToken);

    private static void Print(ApiKey key, string? username)
    {
        Console.WriteLine($"id:         {key.PublicId}");
        Console.WriteLine($"name:       {key.Name}");
        Console.WriteLine($"owner:      {(username is null ? Owner(key) : $"user {username} ({key.UserId})")}");
        Console.WriteLine($"scopes:     {string.Join(' ', key.Scopes)}");
        Console.WriteLine($"created at: {CliFormat.Time(key.CreatedAt)}");
        Console.WriteLine($"expires at: {(key.ExpiresAt is { } at ? CliFormat.Time(at) : "never")}");
        Console.WriteLine($"last used:  {(key.LastUsedAt is { } used ? CliFormat.Time(used) : "-")}");
        Console.WriteLine($"revoked at: {(key.RevokedAt is { } revoked ? CliFormat.Time(revoked) : "-")}");
    }

    private static string Owner(ApiKey key) => key.UserId is { } userId ? $"user {userId}" : $"client {key.ClientId}";

    private static string State(ApiKey key, DateTimeOffset now) => key.RevokedAt is not null ? "revoked" : key.IsActiveAt(now) ? "active" : "expired";

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static JsonObject Describe(ApiKey key) => new()
    {
        ["id"] = key.PublicId,
        ["name"] = key.Name,
        ["user_id"] = key.UserId?.ToString(),
        ["client_id"] = key.ClientId,
        ["scopes"] = new JsonArray(key.Scopes.Select(scope => (JsonNode)scope).ToArray()),
        ["created_at"] = CliFormat.Time(key.CreatedAt),
        ["expires_at"] = key.ExpiresAt is { } at ? CliFormat.Time(at) : null,
        ["last_used_at"] = key.LastUsedAt is { } used ? CliFormat.Time(used) : null,
        ["revoked_at"] = key.RevokedAt is { } revoked ? CliFormat.Time(revoked) : null,
    };
}
