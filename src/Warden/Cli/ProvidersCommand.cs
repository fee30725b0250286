using System.CommandLine;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Warden.Core.ExternalLogins;
using Warden.Core.IdentityProviders;
using Warden.Core.Security;
using Warden.Core.Tenants;
using Warden.Hosting;

namespace Warden.Cli;

/// <summary>
/// `warden providers add|list|show|update|remove`: the upstream identity providers stored in the database (every instance
/// sees them). Providers declared in config.yaml are listed and shown too, marked as such, and refused by add, update
/// and remove: the file is where they change. A client secret is read from standard input only and never printed.
/// </summary>
public static class ProvidersCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON instead of text" };
    private static readonly Argument<string> Name = new("name") { Description = "The provider's name in URLs: lowercase letters, digits and hyphens" };
    private static readonly Option<string> Preset = new("--preset")
    {
        Description = "google, microsoft, github, gitlab, keycloak, or oidc (default, discovery from --issuer) / oauth2 (explicit endpoints)",
    };
    private static readonly Option<string> DisplayName = new("--display-name") { Description = "What the button says after \"Continue with\"" };
    private static readonly Option<string> Issuer = new("--issuer") { Description = "The upstream's issuer (OpenID Connect discovery starts there)" };
    private static readonly Option<string> DirectoryTenant = new("--directory-tenant") { Description = "Microsoft Entra ID tenant id or domain (microsoft preset)" };
    private static readonly Option<string> AuthorizationEndpoint = new("--authorization-endpoint") { Description = "OAuth 2.0 authorization endpoint" };
    private static readonly Option<string> TokenEndpoint = new("--token-endpoint") { Description = "OAuth 2.0 token endpoint" };
    private static readonly Option<string> UserInfoEndpoint = new("--userinfo-endpoint") { Description = "The endpoint that says who signed in" };
    private static readonly Option<string> ClientId = new("--client-id") { Description = "Warden's client id at the upstream" };
    private static readonly Option<bool> ClientSecretStdin = new("--client-secret-stdin") { Description = "Read the client secret from standard input" };
    private static readonly Option<string> TokenAuth = new("--token-endpoint-auth-method")
    {
        Description = "client_secret_basic (default), client_secret_post, or none (public client, PKCE only)",
    };
    private static readonly Option<string[]> Scopes = new("--scope") { Description = "A scope to ask the upstream for (repeatable)" };
    private static readonly Option<string> ClaimSubject = new("--claim-subject") { Description = "The userinfo member with the account's id (OAuth 2.0)" };
    private static readonly Option<string> ClaimEmail = new("--claim-email") { Description = "The claim with the email address" };
    private static readonly Option<string> ClaimEmailVerified = new("--claim-email-verified")
    {
        Description = "The claim saying the email is verified, or none when the upstream never says so",
    };
    private static readonly Option<string> ClaimName = new("--claim-name") { Description = "The claim with the person's name" };
    private static readonly Option<string> ClaimUsername = new("--claim-username") { Description = "The claim proposed as username" };
    private static readonly Option<string> LinkPolicyOption = new("--link-policy")
    {
        Description = "create (default: a new user on first sign-in), link_verified_email, or account_page (link after a local sign-in only)",
    };
    private static readonly Option<bool?> ShowButton = new("--show-button") { Description = "Whether the sign-in page shows the button (default true)" };
    private static readonly Option<bool?> StoreTokens = new("--store-tokens") { Description = "Keep the upstream's tokens, encrypted (default false)" };

    public static Command Create()
    {
        Option[] definition =
        [
            Preset, DisplayName, Issuer, DirectoryTenant, AuthorizationEndpoint, TokenEndpoint, UserInfoEndpoint, ClientId, ClientSecretStdin, TokenAuth,
            Scopes, ClaimSubject, ClaimEmail, ClaimEmailVerified, ClaimName, ClaimUsername, LinkPolicyOption, ShowButton, StoreTokens, Json,
        ];
        var add = new Command("add", "Add an upstream identity provider") { Name };
        var update = new Command("update", "Change a provider; options given replace the stored values") { Name };
        foreach (var option in definition)
        {
            add.Options.Add(option);
            update.Options.Add(option);
        }
        add.SetAction((parseResult, cancellationToken) => WithProvidersAsync(parseResult, async (admin, _, issuer) =>
            Print(parseResult, await admin.CreateAsync(CommonOptions.TenantOf(parseResult), Specification(parseResult, null), cancellationToken), issuer), cancellationToken));
        update.SetAction((parseResult, cancellationToken) => WithProvidersAsync(parseResult, async (admin, directory, issuer) =>
        {
            var stored = await directory.FindAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(Name)!, cancellationToken);
            return await admin.UpdateAsync(CommonOptions.TenantOf(parseResult), Specification(parseResult, stored), cancellationToken) is { } changed
                ? Print(parseResult, changed, issuer)
                : NotFound(parseResult);
        }, cancellationToken));

        var list = new Command("list", "List the providers (config.yaml's and the database's)") { Json };
        list.SetAction((parseResult, cancellationToken) => WithProvidersAsync(parseResult, async (_, directory, issuer) =>
        {
            var providers = await directory.ListAsync(CommonOptions.TenantOf(parseResult), cancellationToken);
            if (parseResult.GetValue(Json))
            {
                Console.WriteLine(new JsonArray(providers.Select(provider => (JsonNode)Describe(provider, issuer)).ToArray()).ToJsonString());
                return 0;
            }
            Console.WriteLine($"{"NAME",-20} {"KIND",-7} {"SOURCE",-9} {"BUTTON",-7} {"POLICY",-20} ISSUER");
            foreach (var provider in providers)
                Console.WriteLine($"{provider.Name,-20} {IdentityProviderText.Kind(provider.Kind),-7} {Source(provider),-9} {(provider.ShowButton ? "yes" : "no"),-7} " +
                                  $"{IdentityProviderText.Policy(provider.LinkPolicy),-20} {provider.Issuer}");
            Console.WriteLine($"{providers.Count} provider(s)");
            return 0;
        }, cancellationToken));

        var show = new Command("show", "Show a provider and the redirect URI to register at the upstream") { Name, Json };
        show.SetAction((parseResult, cancellationToken) => WithProvidersAsync(parseResult, async (_, directory, issuer) =>
            await directory.FindAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(Name)!, cancellationToken) is { } provider
                ? Print(parseResult, provider, issuer)
                : NotFound(parseResult), cancellationToken));

        var remove = new Command("remove", "Remove a provider and every account linked through it") { Name };
        remove.SetAction((parseResult, cancellationToken) => WithProvidersAsync(parseResult, async (admin, _, _) =>
        {
            if (!await admin.DeleteAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(Name)!, cancellationToken))
                return NotFound(parseResult);
            Console.WriteLine($"removed {parseResult.GetValue(Name)}");
            return 0;
        }, cancellationToken));

        return new Command("providers", "Manage the upstream identity providers people may sign in with") { add, list, show, update, remove };
    }

    private static Task<int> WithProvidersAsync(ParseResult parseResult, Func<IdentityProviderAdministration, IdentityProviderDirectory, string, Task<int>> work,
        CancellationToken cancellationToken) =>
        CliStorage.WithAdministrationAsync(parseResult, administration =>
        {
            // WithAdministrationAsync has proved this master key decrypts the servers' signing keys, so the secret is readable by them.
            var protector = new KeyProtector(MasterKeyLoader.Load(administration.Options.Keys, NullLogger.Instance));
            var declared = ExternalLoginServices.Declared(administration.Options, protector, TimeProvider.System);
            var store = administration.Storage.IdentityProviders;
            return work(new IdentityProviderAdministration(store, protector, TimeProvider.System, declared.Select(provider => provider.Name).ToList()),
                new IdentityProviderDirectory(store, declared), administration.Options.Server.Issuer);
        }, cancellationToken);

    private static IdentityProviderSpecification Specification(ParseResult parseResult, IdentityProvider? stored)
    {
        var claims = stored?.Claims ?? ClaimMapping.OpenIdConnect;
        var mappingGiven = new[] { ClaimSubject, ClaimEmail, ClaimEmailVerified, ClaimName, ClaimUsername }.Any(option => parseResult.GetValue(option) is not null);
        var policy = parseResult.GetValue(LinkPolicyOption);
        return new IdentityProviderSpecification
        {
            Name = parseResult.GetValue(Name)!,
            Preset = parseResult.GetValue(Preset),
            DisplayName = parseResult.GetValue(DisplayName),
            Issuer = parseResult.GetValue(Issuer),
            DirectoryTenant = parseResult.GetValue(DirectoryTenant),
            AuthorizationEndpoint = parseResult.GetValue(AuthorizationEndpoint),
            TokenEndpoint = parseResult.GetValue(TokenEndpoint),
            UserInfoEndpoint = parseResult.GetValue(UserInfoEndpoint),
            ClientId = parseResult.GetValue(ClientId),
            ClientSecret = parseResult.GetValue(ClientSecretStdin)
                ? Console.In.ReadLine() is { Length: > 0 } secret ? secret : throw new InvalidIdentityProviderException("--client-secret-stdin: standard input is empty")
                : null,
            TokenEndpointAuthMethod = parseResult.GetValue(TokenAuth),
            Scopes = parseResult.GetValue(Scopes) is { Length: > 0 } scopes ? scopes.SelectMany(scope => scope.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray() : null,
            Claims = mappingGiven
                ? claims with
                {
                    Subject = parseResult.GetValue(ClaimSubject) ?? claims.Subject,
                    Email = parseResult.GetValue(ClaimEmail) ?? claims.Email,
                    EmailVerified = parseResult.GetValue(ClaimEmailVerified) is { } verified ? verified == "none" ? null : verified : claims.EmailVerified,
                    Name = parseResult.GetValue(ClaimName) ?? claims.Name,
                    Username = parseResult.GetValue(ClaimUsername) ?? claims.Username,
                }
                : null,
            LinkPolicy = policy is null ? null
                : IdentityProviderText.ReadPolicy(policy) ?? throw new InvalidIdentityProviderException(
                    $"--link-policy '{policy}': expected create, link_verified_email or account_page"),
            ShowButton = parseResult.GetValue(ShowButton),
            StoreTokens = parseResult.GetValue(StoreTokens),
        };
    }

    private static int Print(ParseResult parseResult, IdentityProvider provider, string issuer)
    {
        if (parseResult.GetValue(Json))
        {
            Console.WriteLine(Describe(provider, issuer).ToJsonString());
            return 0;
        }
        Console.WriteLine($"name:                  {provider.Name}");
        Console.WriteLine($"display name:          {provider.DisplayName}");
        Console.WriteLine($"kind:                  {IdentityProviderText.Kind(provider.Kind)}{(provider.Preset is { } preset ? $" ({preset} preset)" : "")}");
        Console.WriteLine($"source:                {Source(provider)}");
        Console.WriteLine($"issuer:                {provider.Issuer}");
        if (provider.AuthorizationEndpoint is not null)
            Console.WriteLine($"authorization:         {provider.AuthorizationEndpoint}");
        if (provider.TokenEndpoint is not null)
            Console.WriteLine($"token endpoint:        {provider.TokenEndpoint}");
        if (provider.UserInfoEndpoint is not null)
            Console.WriteLine($"userinfo endpoint:     {provider.UserInfoEndpoint}");
        Console.WriteLine($"client id:             {provider.ClientId}");
        Console.WriteLine($"client secret:         {(provider.EncryptedClientSecret is null ? "none" : "set (encrypted, not shown)")}");
        Console.WriteLine($"scopes:                {string.Join(' ', provider.Scopes)}");
        Console.WriteLine($"link policy:           {IdentityProviderText.Policy(provider.LinkPolicy)}");
        Console.WriteLine($"button:                {(provider.ShowButton ? "shown" : "hidden")}");
        Console.WriteLine($"store tokens:          {(provider.StoreTokens ? "yes (encrypted)" : "no")}");
        Console.WriteLine($"redirect uri:          {UpstreamSignIn.RedirectUri(issuer, provider.Name)}");
        return 0;
    }

    private static JsonObject Describe(IdentityProvider provider, string issuer) => new()
    {
        ["name"] = provider.Name,
        ["display_name"] = provider.DisplayName,
        ["kind"] = IdentityProviderText.Kind(provider.Kind),
        ["preset"] = provider.Preset,
        ["source"] = Source(provider),
        ["issuer"] = provider.Issuer,
        ["authorization_endpoint"] = provider.AuthorizationEndpoint,
        ["token_endpoint"] = provider.TokenEndpoint,
        ["userinfo_endpoint"] = provider.UserInfoEndpoint,
        ["client_id"] = provider.ClientId,
        ["client_secret_set"] = provider.EncryptedClientSecret is not null,
        ["token_endpoint_auth_method"] = provider.TokenEndpointAuthMethod,
        ["scopes"] = new JsonArray(provider.Scopes.Select(scope => (JsonNode)scope).ToArray()),
        ["claims"] = JsonNode.Parse(IdentityProviderText.Mapping(provider.Claims)),
        ["link_policy"] = IdentityProviderText.Policy(provider.LinkPolicy),
        ["show_button"] = provider.ShowButton,
        ["store_tokens"] = provider.StoreTokens,
        ["redirect_uri"] = UpstreamSignIn.RedirectUri(issuer, provider.Name),
    };

    private static string Source(IdentityProvider provider) => provider.Source == IdentityProviderSource.Configuration ? "config" : "database";

    private static int NotFound(ParseResult parseResult)
    {
        Console.Error.WriteLine($"warden: no provider '{parseResult.GetValue(Name)}'");
        return 1;
    }
}
