using System.CommandLine;
using System.Text.Json.Nodes;
using Warden.Core.Tenants;

namespace Warden.Cli;

/// <summary>`warden tenants create|list|show|update|disable|enable|delete`.</summary>
public static class TenantsCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON instead of text" };
    private static readonly Argument<string> Id = new("id") { Description = "The tenant id: a DNS label (lowercase letters, digits, hyphens)" };
    private static readonly Option<string> Name = new("--name") { Description = "The tenant's display name (default: the id)" };
    private static readonly Option<string> Addressing = new("--addressing")
    {
        Description = "path ({issuer}/t/{id}, the default) or host ({id}.{the issuer's host}, or --host)",
    };
    private static readonly Option<string> Host = new("--host") { Description = "With --addressing host: the tenant's own host name (and :port)" };
    private static readonly Option<int?> AccessTokenLifetime = new("--access-token-lifetime")
    {
        Description = "Seconds an access token lives when its client sets none (default: tokens.access_token_lifetime)",
    };
    private static readonly Option<string[]> GrantTypes = new("--grant-type")
    {
        Description = "A grant type the tenant's token endpoint accepts (repeatable; default: every one the server supports)",
    };
    private static readonly Option<string> Registration = new("--registration")
    {
        Description = "Dynamic client registration: disabled, open or initial_access_token (default: registration.policy)",
    };
    private static readonly Option<string> SignUp = new("--sign-up") { Description = "Self-service sign-up: disabled, open or domains (default: sign_up.policy)" };
    private static readonly Option<int?> PasswordMinLength = new("--password-min-length")
    {
        Description = $"The fewest characters of a new password, {Core.Users.PasswordPolicy.LeastMinLength} to {Core.Users.PasswordPolicy.MostMinLength} (default: passwords.min_length)",
    };
    private static readonly Option<int?> PasswordCharacterClasses = new("--password-character-classes")
    {
        Description = "How many of lowercase, uppercase, digits and other characters a new password uses, 1 to 4 (default: passwords.character_classes)",
    };
    private static readonly Option<string> ThemeDirectory = new("--theme-dir")
    {
        Description = "A directory with the tenant's theme.css, logo, favicon and texts (default: ui.theme_dir)",
    };
    private static readonly Option<string[]> ApiKeyScopes = new("--api-key-scope")
    {
        Description = "A scope the tenant's API keys may have; repeat it (default: api_keys.allowed_scopes)", AllowMultipleArgumentsPerToken = true,
    };
    private static readonly Option<int?> ApiKeyMaxLifetime = new("--api-key-max-lifetime")
    {
        Description = "Seconds: the longest an API key of the tenant may live (default: api_keys.max_lifetime)",
    };
    private static readonly Option<bool?> ApiKeyAllowNoExpiry = new("--api-key-allow-no-expiry")
    {
        Description = "true or false: whether the tenant's API keys may never expire (default: api_keys.allow_no_expiry)",
    };
    private static readonly Option<int?> IdTokenLifetime = new("--id-token-lifetime") { Description = "Seconds (default: tokens.id_token_lifetime)" };
    private static readonly Option<int?> RefreshTokenLifetime = new("--refresh-token-lifetime")
    {
        Description = "Seconds a refresh token family lives from the sign-in (default: tokens.refresh_token_lifetime)",
    };
    private static readonly Option<int?> RefreshTokenIdleLifetime = new("--refresh-token-idle-lifetime")
    {
        Description = "Seconds an unused refresh token lives (default: tokens.refresh_token_idle_lifetime)",
    };
    private static readonly Option<int?> AuthorizationCodeLifetime = new("--authorization-code-lifetime")
    {
        Description = "Seconds (default: tokens.authorization_code_lifetime)",
    };
    private static readonly Option<bool> Force = new("--force") { Description = "Delete the tenant and everything in it without asking" };

    public static Command Create()
    {
        var create = new Command("create", "Create a tenant") { Id, Name, Addressing, Host, AccessTokenLifetime, GrantTypes, Registration, SignUp, PasswordMinLength, PasswordCharacterClasses, ThemeDirectory, ApiKeyScopes, ApiKeyMaxLifetime,
            ApiKeyAllowNoExpiry, IdTokenLifetime, RefreshTokenLifetime, RefreshTokenIdleLifetime, AuthorizationCodeLifetime, Json };
        create.SetAction((parseResult, cancellationToken) => CliStorage.WithTenantsAsync(parseResult, async (admin, directory) =>
        {
            var id = parseResult.GetValue(Id)!;
            TenantAdministration.RequireValidId(id);
            var tenant = await admin.CreateAsync(Apply(parseResult, new Tenant(id, parseResult.GetValue(Name) ?? id, default)), cancellationToken);
            return Print(parseResult, tenant, directory);
        }, cancellationToken));

        var list = new Command("list", "List tenants") { Json };
        list.SetAction((parseResult, cancellationToken) => CliStorage.WithTenantsAsync(parseResult, async (admin, directory) =>
        {
            var tenants = await admin.ListAsync(cancellationToken);
            if (parseResult.GetValue(Json))
            {
                Console.WriteLine(new JsonArray(tenants.Select(tenant => (JsonNode)Describe(tenant, directory)).ToArray()).ToJsonString());
                return 0;
            }
            Console.WriteLine($"{"ID",-24} {"ACTIVE",-7} {"ISSUER",-50} NAME");
            foreach (var tenant in tenants)
                Console.WriteLine($"{tenant.Id,-24} {(tenant.IsActive ? "yes" : "no"),-7} {directory.IssuerOf(tenant),-50} {tenant.Name}");
            Console.WriteLine($"{tenants.Count} tenant(s)");
            return 0;
        }, cancellationToken));

        var show = new Command("show", "Show one tenant, with its issuer") { Id, Json };
        show.SetAction((parseResult, cancellationToken) => CliStorage.WithTenantsAsync(parseResult, async (admin, directory) =>
            await admin.FindAsync(parseResult.GetValue(Id)!, cancellationToken) is { } tenant
                ? Print(parseResult, tenant, directory)
                : NotFound(parseResult), cancellationToken));

        var update = new Command("update", "Change a tenant; options given replace the stored values")
        {
            Id, Name, Addressing, Host, AccessTokenLifetime, GrantTypes, Registration, SignUp, PasswordMinLength, PasswordCharacterClasses, ThemeDirectory, ApiKeyScopes, ApiKeyMaxLifetime,
            ApiKeyAllowNoExpiry, IdTokenLifetime, RefreshTokenLifetime, RefreshTokenIdleLifetime, AuthorizationCodeLifetime, Json,
        };
        update.SetAction((parseResult, cancellationToken) => CliStorage.WithTenantsAsync(parseResult, async (admin, directory) =>
            await admin.UpdateAsync(parseResult.GetValue(Id)!, tenant => Apply(parseResult, tenant with { Name = parseResult.GetValue(Name) ?? tenant.Name }),
                cancellationToken) is { } changed
                ? Print(parseResult, changed, directory)
                : NotFound(parseResult), cancellationToken));

        var disable = new Command("disable", "Disable a tenant: every endpoint and page of it answers 404; its data stays") { Id };
        disable.SetAction((parseResult, cancellationToken) => SetActiveAsync(parseResult, false, cancellationToken));
        var enable = new Command("enable", "Serve a disabled tenant again") { Id };
        enable.SetAction((parseResult, cancellationToken) => SetActiveAsync(parseResult, true, cancellationToken));

        var delete = new Command("delete", "Delete a tenant and everything in it (clients, users, keys, tokens, audit)") { Id, Force };
        delete.SetAction((parseResult, cancellationToken) => CliStorage.WithTenantsAsync(parseResult, async (admin, _) =>
        {
            var id = parseResult.GetValue(Id)!;
            if (!parseResult.GetValue(Force))
                throw new InvalidTenantException($"deleting tenant '{id}' deletes everything in it: add --force to do so");
            if (!await admin.DeleteAsync(id, cancellationToken))
                return NotFound(parseResult);
            Console.WriteLine($"deleted tenant {id} and everything in it");
            return 0;
        }, cancellationToken));

        return new Command("tenants", "Manage tenants: isolated issuers with clients, users and keys of their own")
        {
            create, list, show, update, disable, enable, delete,
        };
    }

    private static Task<int> SetActiveAsync(ParseResult parseResult, bool active, CancellationToken cancellationToken) =>
        CliStorage.WithTenantsAsync(parseResult, async (admin, _) =>
        {
            var id = parseResult.GetValue(Id)!;
            if (id == Tenant.DefaultId && !active)
                throw new InvalidTenantException($"tenant '{Tenant.DefaultId}' cannot be disabled");
            if (await admin.UpdateAsync(id, tenant => tenant with { IsActive = active }, cancellationToken) is null)
                return NotFound(parseResult);
            Console.WriteLine(active ? $"enabled tenant {id}" : $"disabled tenant {id}: it answers 404 until enabled again");
            return 0;
        }, cancellationToken);

    /// <summary>The options given, over what <paramref name="tenant"/> has.</summary>
    private static Tenant Apply(ParseResult parseResult, Tenant tenant)
    {
        var addressing = parseResult.GetValue(Addressing) switch
        {
            null => tenant.Addressing,
            "path" => TenantAddressing.Path,
            "host" => TenantAddressing.Host,
            var other => throw new InvalidTenantException($"--addressing '{other}': use path or host"),
        };
        var settings = tenant.Settings;
        if (parseResult.GetValue(AccessTokenLifetime) is { } seconds)
            settings = settings with { AccessTokenLifetime = TimeSpan.FromSeconds(seconds) };
        if (parseResult.GetValue(GrantTypes) is { Length: > 0 } grantTypes)
            settings = settings with { GrantTypes = grantTypes };
        if (parseResult.GetValue(Registration) is { } registration)
            settings = settings with
            {
                Registration = TenantSettingsJson.ReadRegistration(registration)
                               ?? throw new InvalidTenantException($"--registration '{registration}': use disabled, open or initial_access_token"),
            };
        if (parseResult.GetValue(SignUp) is { } signUp)
            settings = settings with
            {
                SignUp = TenantSettingsJson.ReadSignUp(signUp) ?? throw new InvalidTenantException($"--sign-up '{signUp}': use disabled, open or domains"),
            };
        if (parseResult.GetValue(PasswordMinLength) is { } minLength)
            settings = settings with { PasswordMinLength = minLength };
        if (parseResult.GetValue(PasswordCharacterClasses) is { } classes)
            settings = settings with { PasswordCharacterClasses = classes };
        if (parseResult.GetValue(ThemeDirectory) is { } theme)
            settings = settings with { ThemeDirectory = Path.GetFullPath(theme) };
        if (parseResult.GetValue(ApiKeyScopes) is { Length: > 0 } apiKeyScopes)
            settings = settings with { ApiKeyScopes = apiKeyScopes };
        if (parseResult.GetValue(ApiKeyMaxLifetime) is { } apiKeySeconds)
            settings = settings with { ApiKeyMaxLifetime = TimeSpan.FromSeconds(apiKeySeconds) };
        if (parseResult.GetValue(ApiKeyAllowNoExpiry) is { } noExpiry)
            settings = settings with { ApiKeyAllowNoExpiry = noExpiry };
        TimeSpan? Lifetime(Option<int?> option, TimeSpan? current) => parseResult.GetValue(option) is { } seconds ? TimeSpan.FromSeconds(seconds) : current;
        settings = settings with
        {
            IdTokenLifetime = Lifetime(IdTokenLifetime, settings.IdTokenLifetime),
            RefreshTokenLifetime = Lifetime(RefreshTokenLifetime, settings.RefreshTokenLifetime),
            RefreshTokenIdleLifetime = Lifetime(RefreshTokenIdleLifetime, settings.RefreshTokenIdleLifetime),
            AuthorizationCodeLifetime = Lifetime(AuthorizationCodeLifetime, settings.AuthorizationCodeLifetime),
        };
        return tenant with
        {
            Addressing = addressing,
            Host = parseResult.GetValue(Host) ?? (addressing == TenantAddressing.Host ? tenant.Host : null),
            Settings = settings,
        };
    }

    private static JsonObject Describe(Tenant tenant, TenantDirectory directory) => new()
    {
        ["id"] = tenant.Id,
        ["name"] = tenant.Name,
        ["active"] = tenant.IsActive,
        ["addressing"] = TenantText.Addressing(tenant.Addressing),
        ["host"] = tenant.Host,
        ["issuer"] = directory.IssuerOf(tenant),
        ["settings"] = JsonNode.Parse(TenantSettingsJson.Write(tenant.Settings)),
        ["created_at"] = CliFormat.Time(tenant.CreatedAt),
    };

    private static int Print(ParseResult parseResult, Tenant tenant, TenantDirectory directory)
    {
        var result = Describe(tenant, directory);
        if (parseResult.GetValue(Json))
        {
            Console.WriteLine(result.ToJsonString());
            return 0;
        }
        foreach (var (name, value) in result)
            Console.WriteLine($"{name + ":",-12} {value?.ToJsonString().Trim('"')}");
        return 0;
    }

    private static int NotFound(ParseResult parseResult)
    {
        Console.Error.WriteLine($"warden: no tenant '{parseResult.GetValue(Id)}'");
        return 1;
    }
}
