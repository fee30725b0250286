using System.CommandLine;
using System.Text.Json.Nodes;
using Warden.Core.Clients;
using Warden.Core.Protocol;
using Warden.Core.Tenants;

namespace Warden.Cli;

/// <summary>
/// `warden clients create|list|show|update|delete|rotate-secret`. A secret is printed once, when it is created or
/// rotated; the database keeps only its hash. Readable output by default, --json for scripts.
/// </summary>
public static class ClientsCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON instead of text" };
    private static readonly Argument<string> ClientId = new("client-id") { Description = "The client's client_id" };

    private static readonly Option<string> Name = new("--name") { Description = "Display name" };
    private static readonly Option<string> Type = new("--type") { Description = "confidential (default) or public" };
    private static readonly Option<string[]> Grants = new("--grant")
    {
        Description = "Allowed grant type (repeatable); default: authorization_code and refresh_token with --redirect-uri, else client_credentials",
    };
    private static readonly Option<string[]> Scopes = new("--scope") { Description = "Allowed scopes, space-separated (repeatable)" };
    private static readonly Option<string[]> RedirectUris = new("--redirect-uri") { Description = "Redirect URI (repeatable)" };
    private static readonly Option<string[]> PostLogoutUris = new("--post-logout-redirect-uri") { Description = "Post-logout redirect URI (repeatable)" };
    private static readonly Option<string[]> Resources = new("--resource") { Description = "Resource (audience) the client may request, RFC 8707 (repeatable)" };
    private static readonly Option<string> AuthMethod = new("--auth-method")
    {
        Description = "client_secret_basic (default), client_secret_post, private_key_jwt or none (public clients)",
    };
    private static readonly Option<string> TokenFormat = new("--token-format") { Description = "jwt (default) or reference" };
    private static readonly Option<int?> TokenLifetime = new("--token-lifetime") { Description = "Access token lifetime in seconds" };
    private static readonly Option<string> SigningAlgorithm = new("--signing-alg") { Description = "ES256 or RS256 for this client's tokens" };
    private static readonly Option<string> Jwks = new("--jwks") { Description = "The client's public JWK Set (JSON, or @file)" };
    private static readonly Option<string> JwksUri = new("--jwks-uri") { Description = "Where the client publishes its JWK Set" };
    private static readonly Option<bool?> FirstParty = new("--first-party") { Description = "Trusted first-party client" };
    private static readonly Option<bool?> IntrospectAll = new("--introspect-all")
    {
        Description = "A resource server that may introspect every token (default: only tokens issued to it or naming it in their audience)",
    };
    private static readonly Option<string> NewClientId = new("--client-id") { Description = "Use this client_id instead of a generated one" };
    private static readonly Option<bool> SecretStdin = new("--secret-stdin")
    {
        Description = $"Read the secret from the first line of standard input instead of generating one (at least {ClientAdministration.MinGivenSecretLength} characters)",
    };
    private static readonly Option<int> Overlap = new("--overlap")
    {
        Description = "Seconds the previous secrets keep working after rotation (default 86400)",
        DefaultValueFactory = _ => 86_400,
    };

    public static Command Create()
    {
        var create = new Command("create", "Register a client; prints its client_id and, once, its secret")
        {
            NewClientId, Name, Type, Grants, Scopes, RedirectUris, PostLogoutUris, Resources, AuthMethod, TokenFormat, TokenLifetime,
            SigningAlgorithm, Jwks, JwksUri, FirstParty, IntrospectAll, SecretStdin, Json,
        };
        create.SetAction((parseResult, cancellationToken) => CliStorage.WithAdministrationAsync(parseResult, async admin =>
        {
            var name = parseResult.GetValue(Name) ?? throw new InvalidClientSpecificationException("--name is required");
            var specification = Apply(parseResult, new ClientSpecification { Name = name, GrantTypes = DefaultGrants(parseResult) });
            var secretHash = parseResult.GetValue(SecretStdin) ? admin.Clients.HashGivenSecret(ReadSecret()) : null;
            var (client, secret) = await admin.Clients.CreateAsync(CommonOptions.TenantOf(parseResult), specification, parseResult.GetValue(NewClientId), secretHash,
                cancellationToken);
            Print(parseResult, Describe(client, [], secret));
            if (specification.Scopes.Count == 0 && DefaultClientScopes.ServesPeople(client.GrantTypes))
                ReportDefaultScopes(client, admin.Clients.DefaultScopes);
            return 0;
        }, cancellationToken));

        var list = new Command("list", "List clients") { Json };
        list.SetAction((parseResult, cancellationToken) => CliStorage.WithAdministrationAsync(parseResult, async admin =>
        {
            var clients = await admin.Storage.Clients.ListAsync(CommonOptions.TenantOf(parseResult), cancellationToken);
            if (parseResult.GetValue(Json))
            {
                Console.WriteLine(new JsonArray(clients.Select(client => (JsonNode)Describe(client, [], null)).ToArray()).ToJsonString());
                return 0;
            }
            Console.WriteLine($"{"CLIENT ID",-24} {"TYPE",-12} {"ORIGIN",-13} {"AUTH",-20} {"GRANTS",-40} NAME");
            foreach (var client in clients)
                Console.WriteLine($"{client.ClientId,-24} {Lower(client.Type),-12} {client.Origin,-13} {client.TokenEndpointAuthMethod,-20} {string.Join(",", client.GrantTypes),-40} {client.Name}");
            Console.WriteLine($"{clients.Count} client(s)");
            return 0;
        }, cancellationToken));

        var show = new Command("show", "Show one client (secrets are listed by id and expiry, never shown)") { ClientId, Json };
        show.SetAction((parseResult, cancellationToken) => CliStorage.WithAdministrationAsync(parseResult, async admin =>
        {
            var id = parseResult.GetValue(ClientId)!;
            var client = await admin.Storage.Clients.FindAsync(CommonOptions.TenantOf(parseResult), id, cancellationToken);
            if (client is null)
                return NotFound(id);
            Print(parseResult, Describe(client, await admin.Storage.Clients.ListSecretsAsync(CommonOptions.TenantOf(parseResult), id, cancellationToken), null));
            return 0;
        }, cancellationToken));

        var update = new Command("update", "Change a client; options given replace the stored values")
        {
            ClientId, Name, Type, Grants, Scopes, RedirectUris, PostLogoutUris, Resources, AuthMethod, TokenFormat, TokenLifetime,
            SigningAlgorithm, Jwks, JwksUri, FirstParty, IntrospectAll, Json,
        };
        update.SetAction((parseResult, cancellationToken) => CliStorage.WithAdministrationAsync(parseResult, async admin =>
        {
            var id = parseResult.GetValue(ClientId)!;
            var client = await admin.Clients.UpdateAsync(CommonOptions.TenantOf(parseResult), id, existing => Apply(parseResult, existing), cancellationToken);
            if (client is null)
                return NotFound(id);
            Print(parseResult, Describe(client, [], null));
            return 0;
        }, cancellationToken));

        var delete = new Command("delete", "Delete a client and its secrets") { ClientId };
        delete.SetAction((parseResult, cancellationToken) => CliStorage.WithAdministrationAsync(parseResult, async admin =>
        {
            var id = parseResult.GetValue(ClientId)!;
            if (!await admin.Clients.DeleteAsync(CommonOptions.TenantOf(parseResult), id, cancellationToken))
                return NotFound(id);
            Console.WriteLine($"deleted {id}");
            return 0;
        }, cancellationToken));

        var rotate = new Command("rotate-secret", "Issue a new secret (printed once); older ones expire after --overlap")
        {
            ClientId, Overlap, SecretStdin, Json,
        };
        rotate.SetAction((parseResult, cancellationToken) => CliStorage.WithAdministrationAsync(parseResult, async admin =>
        {
            var id = parseResult.GetValue(ClientId)!;
            var overlap = TimeSpan.FromSeconds(Math.Max(0, parseResult.GetValue(Overlap)));
            if (parseResult.GetValue(SecretStdin))
            {
                if (!await admin.Clients.RotateToGivenSecretAsync(CommonOptions.TenantOf(parseResult), id, admin.Clients.HashGivenSecret(ReadSecret()), overlap, cancellationToken))
                    return NotFound(id);
                Print(parseResult, new JsonObject
                {
                    ["client_id"] = id, ["previous_secrets_expire_at"] = CliFormat.Time(DateTimeOffset.UtcNow + overlap),
                });
                return 0;
            }
            var secret = await admin.Clients.RotateSecretAsync(CommonOptions.TenantOf(parseResult), id, overlap, cancellationToken);
            if (secret is null)
                return NotFound(id);
            var result = new JsonObject
            {
                ["client_id"] = id,
                ["client_secret"] = secret.Value,
                ["secret_id"] = secret.Id.ToString(),
                ["previous_secrets_expire_at"] = CliFormat.Time(DateTimeOffset.UtcNow + overlap),
            };
            Print(parseResult, result);
            return 0;
        }, cancellationToken));

        return new Command("clients", "Manage OAuth clients") { create, list, show, update, delete, rotate };
    }

    /// <summary>Without --grant: a web application (code and refresh) when it has a redirect URI, else a machine client.</summary>
    private static IReadOnlyList<string> DefaultGrants(ParseResult parseResult) =>
        parseResult.GetValue(RedirectUris) is { Length: > 0 }
            ? [OAuthNames.GrantTypes.AuthorizationCode, OAuthNames.GrantTypes.RefreshToken]
            : [OAuthNames.GrantTypes.ClientCredentials];

    private static ClientSpecification Apply(ParseResult parseResult, ClientSpecification spec)
    {
        static IReadOnlyList<string>? Many(ParseResult result, Option<string[]> option, bool split = false)
        {
            var values = result.GetValue(option);
            if (values is null || values.Length == 0)
                return null;
            return split ? values.SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray() : values;
        }

        var type = parseResult.GetValue(Type) switch
        {
            null => spec.Type,
            "confidential" => ClientType.Confidential,
            "public" => ClientType.Public,
            var other => throw new InvalidClientSpecificationException($"--type '{other}': expected confidential or public"),
        };
        var format = parseResult.GetValue(TokenFormat) switch
        {
            null => spec.AccessTokenFormat,
            "jwt" => AccessTokenFormat.Jwt,
            "reference" => AccessTokenFormat.Reference,
            var other => throw new InvalidClientSpecificationException($"--token-format '{other}': expected jwt or reference"),
        };
        var jwks = parseResult.GetValue(Jwks) is { } text ? text.StartsWith('@') ? File.ReadAllText(text[1..]) : text : spec.Jwks;
        return spec with
        {
            Name = parseResult.GetValue(Name) ?? spec.Name,
            Type = type,
            GrantTypes = Many(parseResult, Grants) ?? spec.GrantTypes,
            Scopes = Many(parseResult, Scopes, split: true) ?? spec.Scopes,
            RedirectUris = Many(parseResult, RedirectUris) ?? spec.RedirectUris,
            PostLogoutRedirectUris = Many(parseResult, PostLogoutUris) ?? spec.PostLogoutRedirectUris,
            Resources = Many(parseResult, Resources) ?? spec.Resources,
            TokenEndpointAuthMethod = parseResult.GetValue(AuthMethod)
                                      ?? (parseResult.GetValue(Type) is not null ? null : spec.TokenEndpointAuthMethod),
            AccessTokenFormat = format,
            AccessTokenLifetime = parseResult.GetValue(TokenLifetime) is { } seconds ? TimeSpan.FromSeconds(seconds) : spec.AccessTokenLifetime,
            SigningAlgorithm = parseResult.GetValue(SigningAlgorithm) ?? spec.SigningAlgorithm,
            Jwks = jwks,
            JwksUri = parseResult.GetValue(JwksUri) ?? spec.JwksUri,
            FirstParty = parseResult.GetValue(FirstParty) ?? spec.FirstParty,
            IntrospectAll = parseResult.GetValue(IntrospectAll) ?? spec.IntrospectAll,
        };
    }

    private static JsonObject Describe(Client client, IReadOnlyList<ClientSecret> secrets, IssuedSecret? secret)
    {
        var result = new JsonObject { ["client_id"] = client.ClientId };
        if (secret is not null)
            result["client_secret"] = secret.Value;
        result["name"] = client.Name;
        result["type"] = Lower(client.Type);
        result["token_endpoint_auth_method"] = client.TokenEndpointAuthMethod;
        result["grant_types"] = Array(client.GrantTypes);
        result["scopes"] = Array(client.Scopes);
        result["redirect_uris"] = Array(client.RedirectUris);
        result["post_logout_redirect_uris"] = Array(client.PostLogoutRedirectUris);
        result["resources"] = Array(client.Resources);
        result["access_token_format"] = Lower(client.AccessTokenFormat);
        result["access_token_lifetime"] = client.AccessTokenLifetime is { } lifetime ? (int)lifetime.TotalSeconds : null;
        result["signing_alg"] = client.SigningAlgorithm;
        result["jwks_uri"] = client.JwksUri;
        result["has_jwks"] = client.Jwks is not null;
        result["first_party"] = client.FirstParty;
        result["introspect_all"] = client.IntrospectAll;
        result["origin"] = client.Origin;
        result["created_at"] = CliFormat.Time(client.CreatedAt);
        result["updated_at"] = CliFormat.Time(client.UpdatedAt);
        if (secrets.Count > 0)
        {
            result["secrets"] = new JsonArray(secrets.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id.ToString(), ["created_at"] = CliFormat.Time(s.CreatedAt), ["expires_at"] = s.ExpiresAt is { } at ? CliFormat.Time(at) : null,
            }).ToArray());
        }
        return result;
    }

    private static void Print(ParseResult parseResult, JsonObject result)
    {
        if (parseResult.GetValue(Json))
        {
            Console.WriteLine(result.ToJsonString());
            return;
        }
        foreach (var (name, value) in result)
        {
            var text = value switch
            {
                null => "-",
                JsonArray array when name == "secrets" => string.Join("; ", array.Select(s => $"{s!["id"]} (expires {s["expires_at"]?.ToString() ?? "never"})")),
                JsonArray array => array.Count == 0 ? "-" : string.Join(" ", array.Select(item => item!.ToString())),
                _ when name == "origin" && value.ToString() == ClientOrigins.Registration =>
                    "registration (registered by itself through /register, not verified by an operator)",
                _ => value.ToString(),
            };
            Console.WriteLine($"{name + ":",-28} {text}");
        }
        if (result.ContainsKey("client_secret"))
            Console.WriteLine("The secret is shown only now: store it safely. Warden keeps only its hash.");
    }

    /// <summary>On stderr, so that stdout stays the result: where the scopes came from, and which defaults are not defined yet.</summary>
    private static void ReportDefaultScopes(Client client, DefaultClientScopes defaults)
    {
        var missing = defaults.Configured.Except(client.Scopes, StringComparer.Ordinal).ToList();
        Console.Error.WriteLine($"warden: no --scope given: the client got the default scopes of registration.default_scopes " +
                                $"({(client.Scopes.Count == 0 ? "none defined" : string.Join(" ", client.Scopes))})");
        if (missing.Count > 0)
            Console.Error.WriteLine($"warden: default scopes not defined on this server: {string.Join(" ", missing)} " +
                                    "('warden seed' creates the OpenID Connect standard scopes; then 'warden clients update --scope')");
    }

    /// <summary>The secret an operator pipes in (--secret-stdin): one line, never echoed or printed.</summary>
    private static string ReadSecret() =>
        Console.In.ReadLine() ?? throw new InvalidClientSpecificationException("--secret-stdin: standard input is empty");

    private static int NotFound(string clientId)
    {
        Console.Error.WriteLine($"warden: no client '{clientId}'");
        return 1;
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(value => (JsonNode)value).ToArray());
    private static string Lower<T>(T value) where T : Enum => value.ToString().ToLowerInvariant();

}
