using System.Globalization;
using Warden.Core.Clients;
using Warden.Core.Declarations;
using Warden.Core.Users;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Warden.Configuration;

/// <summary>
/// Reads the <c>clients:</c>, <c>scopes:</c>, <c>users:</c>, <c>identity_providers:</c> and <c>tenants:</c> sections of config.yaml (lists of objects) into
/// <see cref="DeclaredObjects"/>. Strict like the rest of the file: an unknown key, a repeated object or a plain secret or
/// password is a <see cref="ConfigurationException"/> naming the object. Secrets come from the environment
/// (<c>secret_env</c>), a file (<c>secret_file</c>, relative to the config file) or as the stored hash
/// (<c>secret_hash</c>); passwords only as hashes.
/// </summary>
public static class DeclaredObjectsFile
{
    /// <summary>The top-level sections this class reads; <see cref="YamlConfigurationFile"/> leaves them to it.</summary>
    public static readonly IReadOnlyList<string> Sections = ["clients", "scopes", "users", "identity_providers", "tenants"];

    private static readonly string[] ClientSecretKeys = ["secret_env", "secret_file", "secret_hash"];
    /// <summary>The key that puts a scope, client or user in a tenant other than the default.</summary>
    private const string TenantKey = "tenant";
    private static readonly string[] ClientKeys = ["client_id", TenantKey, .. DeclaredObjectsApplier.ComparedClientFields, .. ClientSecretKeys];
    private static readonly string[] ScopeKeys = ["name", TenantKey, "display_name", "description", "claims", "requires_consent", "registrable"];
    private static readonly string[] UserKeys = ["username", TenantKey, "email", "role", "is_active", "password_hash"];
    private static readonly string[] ProviderKeys =
    [
        "name", "preset", "display_name", "issuer", "directory_tenant", "authorization_endpoint", "token_endpoint", "userinfo_endpoint", "client_id",
        "secret_env", "secret_file", "token_endpoint_auth_method", "scopes", "claims", "link_policy", "show_button", "store_tokens",
    ];
    private static readonly string[] TenantKeys = ["id", "name", "active", "addressing", "host", .. Core.Tenants.TenantSettingsJson.Keys];
    private static readonly string[] ClaimKeys = ["subject", "email", "email_verified", "name", "username", "picture"];

    /// <param name="environment">Where secret_env is looked up (the process environment).</param>
    public static DeclaredObjects Read(string path, IReadOnlyDictionary<string, string> environment)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or YamlException)
        {
            // YamlConfigurationFile has read the same file a moment before and reports these in detail.
            throw new ConfigurationException($"config file '{path}': cannot be read ({exception.Message.Split('\n')[0]})");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            return DeclaredObjects.None;

        var file = new Reader(path, environment);
        return new DeclaredObjects(
            file.Section(root, "scopes", "name", file.Scope),
            file.Section(root, "clients", "client_id", file.Client),
            file.Section(root, "users", "username", file.User))
        {
            Source = path, IdentityProviders = file.Section(root, "identity_providers", "name", file.IdentityProvider),
            Tenants = file.Section(root, "tenants", "id", file.Tenant),
        };
    }

    /// <summary>One declared object's keys, with the file and the object's name for messages.</summary>
    private sealed class Item(Reader file, string name, YamlMappingNode mapping)
    {
        /// <summary>Every key the object has, empty or not, for the checks of unknown and refused keys.</summary>
        public IReadOnlyList<string> Names { get; } = mapping.Children.Select(pair => ((YamlScalarNode)pair.Key).Value ?? "").ToList();

        /// <summary>The keys with a value: an empty one (<c>name:</c>) counts as not set, as everywhere in the file.</summary>
        public Dictionary<string, YamlNode> Keys { get; } = mapping.Children
            .Where(pair => pair.Value is not YamlScalarNode { Value: null or "" })
            .ToDictionary(pair => ((YamlScalarNode)pair.Key).Value ?? "", pair => pair.Value, StringComparer.Ordinal);

        public ConfigurationException Error(string message) => new($"config file '{file.Path}': {name}: {message}");

        public string? Text(string key)
        {
            if (!Keys.TryGetValue(key, out var node))
                return null;
            return node is YamlScalarNode scalar ? scalar.Value : throw Error($"'{key}' must be a single value");
        }

        public IReadOnlyList<string>? List(string key, bool spaceSeparated = false)
        {
            if (!Keys.TryGetValue(key, out var node))
                return null;
            var values = node switch
            {
                YamlScalarNode scalar => [scalar.Value ?? ""],
                YamlSequenceNode list when list.Children.All(child => child is YamlScalarNode) => list.Children.Select(child => ((YamlScalarNode)child).Value ?? ""),
                _ => throw Error($"'{key}' must be a list of values"),
            };
            return spaceSeparated ? values.SelectMany(value => value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray() : values.ToArray();
        }

        public bool? Boolean(string key) => Text(key) is { } text
            ? WardenOptionsResolver.ParseBoolean(text) ?? throw Error($"{key} '{text}': expected true or false")
            : null;

        public T? Choice<T>(string key, params (string Text, T Value)[] choices) where T : struct
        {
            if (Text(key) is not { } text)
                return null;
            foreach (var (choice, value) in choices)
            {
                if (choice == text)
                    return value;
            }
            throw Error($"{key} '{text}': expected {string.Join(" or ", choices.Select(choice => choice.Text))}");
        }
    }

    private sealed class Reader(string path, IReadOnlyDictionary<string, string> environment)
    {
        public string Path => path;

        public IReadOnlyList<T> Section<T>(YamlMappingNode root, string section, string identifier, Func<Item, string, T> read)
        {
            if (!root.Children.TryGetValue(new YamlScalarNode(section), out var body) || body is YamlScalarNode { Value: null or "" })
                return [];
            if (body is not YamlSequenceNode list)
                throw new ConfigurationException($"config file '{path}': section '{section}' must be a list of objects (each item starting with '- {identifier}:')");
            var seen = new HashSet<string>(section == "users" ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            var items = new List<T>();
            foreach (var (node, index) in list.Children.Select((node, index) => (node, index)))
            {
                if (node is not YamlMappingNode mapping)
                    throw new ConfigurationException($"config file '{path}': {section}[{index + 1}] must be an object with keys such as '{identifier}:'");
                var id = mapping.Children.TryGetValue(new YamlScalarNode(identifier), out var idNode) && idNode is YamlScalarNode { Value: { Length: > 0 } value }
                    ? value
                    : throw new ConfigurationException($"config file '{path}': {section}[{index + 1}] has no '{identifier}'");
                // Another tenant may declare the same name; the tenant is checked against the rules by the section's reader.
                var tenant = mapping.Children.TryGetValue(new YamlScalarNode(TenantKey), out var tenantNode) && tenantNode is YamlScalarNode { Value: { Length: > 0 } named }
                    ? named
                    : Core.Tenants.Tenant.DefaultId;
                var item = new Item(this, DeclaredName.Of(section, tenant, id), mapping);
                if (!seen.Add(tenant + "/" + id))
                    throw item.Error($"declared twice");
                items.Add(read(item, id));
            }
            return items;
        }

        public DeclaredScope Scope(Item item, string name)
        {
            RequireKnownKeys(item, ScopeKeys, refused: []);
            return new DeclaredScope(name, item.Text("display_name"), item.Text("description"), item.List("claims"), item.Boolean("requires_consent"),
                item.Boolean("registrable")) { TenantId = TenantOf(item) };
        }

        public DeclaredUser User(Item item, string username)
        {
            RequireKnownKeys(item, UserKeys, refused: [("password",
                "a plain 'password' is not allowed in the configuration file: give password_hash (a hash made by Warden or another server)")]);
            var hash = item.Text("password_hash");
            try
            {
                UserAdministration.RequirePasswordHash(hash);
            }
            catch (InvalidUserException exception)
            {
                throw item.Error(exception.Message);
            }
            return new DeclaredUser(username, item.Text("email"),
                item.Choice("role", ("regular", UserRole.Regular), ("admin", UserRole.Admin)), item.Boolean("is_active"), hash) { TenantId = TenantOf(item) };
        }

        public DeclaredClient Client(Item item, string clientId)
        {
            RequireKnownKeys(item, ClientKeys, refused: [("secret",
                "a plain 'secret' is not allowed in the configuration file: use secret_env (an environment variable), secret_file (a file) or secret_hash")]);
            var lifetime = item.Text("access_token_lifetime");
            var specification = new ClientSpecification
            {
                Name = item.Text("name") ?? clientId,
                Type = item.Choice("type", ("confidential", ClientType.Confidential), ("public", ClientType.Public)) ?? ClientType.Confidential,
                GrantTypes = item.List("grant_types") ?? [Core.Protocol.OAuthNames.GrantTypes.ClientCredentials],
                Scopes = item.List("scopes", spaceSeparated: true) ?? [],
                RedirectUris = item.List("redirect_uris") ?? [],
                PostLogoutRedirectUris = item.List("post_logout_redirect_uris") ?? [],
                Resources = item.List("resources") ?? [],
                TokenEndpointAuthMethod = item.Text("token_endpoint_auth_method"),
                AccessTokenFormat = item.Choice("access_token_format", ("jwt", AccessTokenFormat.Jwt), ("reference", AccessTokenFormat.Reference))
                                    ?? AccessTokenFormat.Jwt,
                AccessTokenLifetime = lifetime is null ? null
                    : int.TryParse(lifetime, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds)
                    : throw item.Error($"access_token_lifetime '{lifetime}': expected a number of seconds"),
                SigningAlgorithm = item.Text("signing_alg"),
                Jwks = item.Text("jwks"),
                JwksUri = item.Text("jwks_uri"),
                FirstParty = item.Boolean("first_party") ?? false,
                IntrospectAll = item.Boolean("introspect_all") ?? false,
            };
            return new DeclaredClient(clientId, specification, item.Keys.Keys.Where(key => key != TenantKey).ToHashSet(StringComparer.Ordinal), Secret(item))
            {
                TenantId = TenantOf(item),
            };
        }

        public Core.IdentityProviders.IdentityProviderSpecification IdentityProvider(Item item, string name)
        {
            RequireKnownKeys(item, ProviderKeys, refused: [("client_secret",
                "a plain 'client_secret' is not allowed in the configuration file: use secret_env (an environment variable) or secret_file (a file)")]);
            if (item.Keys.ContainsKey("secret_hash"))
                throw item.Error("secret_hash cannot be used for a provider: Warden must send the secret, so give secret_env or secret_file");
            var specification = new Core.IdentityProviders.IdentityProviderSpecification
            {
                Name = name, Preset = item.Text("preset"), DisplayName = item.Text("display_name"), Issuer = item.Text("issuer"),
                DirectoryTenant = item.Text("directory_tenant"), AuthorizationEndpoint = item.Text("authorization_endpoint"),
                TokenEndpoint = item.Text("token_endpoint"), UserInfoEndpoint = item.Text("userinfo_endpoint"), ClientId = item.Text("client_id"),
                ClientSecret = Secret(item)?.Value, TokenEndpointAuthMethod = item.Text("token_endpoint_auth_method"),
                Scopes = item.List("scopes", spaceSeparated: true), Claims = Claims(item),
                LinkPolicy = item.Choice("link_policy", ("create", Core.IdentityProviders.LinkPolicy.CreateUser),
                    ("link_verified_email", Core.IdentityProviders.LinkPolicy.LinkVerifiedEmail), ("account_page", Core.IdentityProviders.LinkPolicy.AccountPage)),
                ShowButton = item.Boolean("show_button"), StoreTokens = item.Boolean("store_tokens"),
            };
            try
            {
                // Checked now, with a throwaway key, so that a bad provider stops the start with one line naming it.
                Core.IdentityProviders.IdentityProviderAdministration.Build(specification, Core.Tenants.Tenant.DefaultId, null,
                    new Core.Security.KeyProtector(Core.Security.MasterKey.Generate()), DateTimeOffset.UnixEpoch);
            }
            catch (Core.IdentityProviders.InvalidIdentityProviderException exception)
            {
                throw item.Error(exception.Message);
            }
            return specification;
        }

        /// <summary>The tenant a scope, client or user names (<c>tenant:</c>), the default one when it names none.</summary>
        private static string TenantOf(Item item)
        {
            var tenant = item.Text(TenantKey) ?? Core.Tenants.Tenant.DefaultId;
            try
            {
                Core.Tenants.TenantAdministration.RequireValidId(tenant);
            }
            catch (Core.Tenants.InvalidTenantException exception)
            {
                throw item.Error(exception.Message);
            }
            return tenant;
        }

        public Core.Tenants.Tenant Tenant(Item item, string id)
        {
            RequireKnownKeys(item, TenantKeys, refused: []);
            int? Number(string key) => item.Text(key) is not { } text ? null
                : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
                : throw item.Error($"{key} '{text}': expected a positive whole number");
            TimeSpan? Lifetime(string key) => Number(key) is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
            var settings = new Core.Tenants.TenantSettings(
                Lifetime("access_token_lifetime"),
                item.List("grant_types"),
                item.Choice("registration", ("disabled", Core.Registration.RegistrationPolicy.Disabled), ("open", Core.Registration.RegistrationPolicy.Open),
                    ("initial_access_token", Core.Registration.RegistrationPolicy.InitialAccessToken)),
                item.Choice("sign_up", ("disabled", SignUpPolicy.Disabled), ("open", SignUpPolicy.Open), ("domains", SignUpPolicy.Domains)),
                Number("password_min_length"), Number("password_character_classes"), item.Text("theme_dir"),
                item.List("api_key_scopes", spaceSeparated: true), Lifetime("api_key_max_lifetime"),
                item.Boolean("api_key_allow_no_expiry"), Lifetime("id_token_lifetime"), Lifetime("refresh_token_lifetime"),
                Lifetime("refresh_token_idle_lifetime"), Lifetime("authorization_code_lifetime"));
            try
            {
                Core.Tenants.TenantAdministration.RequireValidId(id);
            }
            catch (Core.Tenants.InvalidTenantException exception)
            {
                throw item.Error(exception.Message);
            }
            return new Core.Tenants.Tenant(id, item.Text("name") ?? id, default)
            {
                IsActive = item.Boolean("active") ?? true,
                Addressing = item.Choice("addressing", ("path", Core.Tenants.TenantAddressing.Path), ("host", Core.Tenants.TenantAddressing.Host))
                             ?? Core.Tenants.TenantAddressing.Path,
                Host = item.Text("host"),
                Settings = settings,
            };
        }

        private Core.IdentityProviders.ClaimMapping? Claims(Item item)
        {
            if (!item.Keys.TryGetValue("claims", out var node))
                return null;
            if (node is not YamlMappingNode mapping)
                throw item.Error($"'claims' must be an object with the keys {string.Join(", ", ClaimKeys)}");
            var given = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in mapping.Children)
            {
                var name = ((YamlScalarNode)key).Value ?? "";
                if (!ClaimKeys.Contains(name))
                    throw item.Error($"claims: unknown key '{name}' (allowed: {string.Join(", ", ClaimKeys)})");
                given[name] = value is YamlScalarNode { Value: { Length: > 0 } text } ? text : throw item.Error($"claims.{name} must be a claim name");
            }
            var defaults = Core.IdentityProviders.ClaimMapping.OpenIdConnect;
            return new Core.IdentityProviders.ClaimMapping
            {
                Subject = given.GetValueOrDefault("subject") ?? defaults.Subject, Email = given.GetValueOrDefault("email") ?? defaults.Email,
                EmailVerified = given.TryGetValue("email_verified", out var verified) ? verified == "none" ? null : verified : defaults.EmailVerified,
                Name = given.GetValueOrDefault("name") ?? defaults.Name, Username = given.GetValueOrDefault("username") ?? defaults.Username,
                Picture = given.GetValueOrDefault("picture") ?? defaults.Picture,
            };
        }

        private DeclaredSecret? Secret(Item item)
        {
            var given = ClientSecretKeys.Where(item.Keys.ContainsKey).ToList();
            if (given.Count > 1)
                throw item.Error($"give one of secret_env, secret_file and secret_hash, not {string.Join(" and ", given)}");
            if (item.Text("secret_env") is { } variable)
            {
                return environment.TryGetValue(variable, out var value) && value.Length > 0
                    ? DeclaredSecret.FromValue($"secret_env {variable}", value)
                    : throw item.Error($"secret_env: the environment variable {variable} is not set");
            }
            if (item.Text("secret_file") is { } file)
            {
                var full = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, file);
                string text;
                try
                {
                    text = File.ReadAllText(full);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    throw item.Error($"secret_file '{file}' cannot be read ({exception.Message.Split('\n')[0]})");
                }
                // Files written by echo or by secret stores end with a newline that is not part of the secret.
                return DeclaredSecret.FromValue($"secret_file {file}", text.TrimEnd('\r', '\n'));
            }
            if (item.Text("secret_hash") is { } hashText)
            {
                var hash = new byte[32];
                return Convert.TryFromBase64String(hashText, hash, out var length) && length == hash.Length
                    ? DeclaredSecret.FromHash(hash)
                    : throw item.Error("secret_hash must be the base64 of a stored 32-byte secret hash (the secret_hash column of client_secrets in a `warden export` snapshot)");
            }
            return null;
        }

        private static void RequireKnownKeys(Item item, string[] allowed, (string Key, string Message)[] refused)
        {
            foreach (var key in item.Names)
            {
                if (refused.FirstOrDefault(pair => pair.Key == key).Message is { } message)
                    throw item.Error(message);
                if (!allowed.Contains(key))
                    throw item.Error($"unknown key '{key}' (allowed: {string.Join(", ", allowed)})");
            }
        }
    }
}
