using System.Globalization;
using System.Security.Cryptography;
using Warden.Core.Clients;
using Warden.Core.Scopes;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Users;

namespace Warden.Core.Declarations;

/// <summary>What applying one declared object did.</summary>
public enum DeclarationOutcomeKind
{
    Created,
    Unchanged,

    /// <summary>The object differs from the database in a field the declaration names, or breaks a rule; nothing was changed.</summary>
    Refused,
}

/// <param name="Object">The object as the file names it: <c>clients[billing]</c>, <c>scopes[invoices.read]</c>, <c>users[alice]</c>.</param>
/// <param name="Detail">For a refusal, the field and both values: "redirect_uris differs from the database (declared …, stored …)".</param>
public sealed record DeclarationOutcome(DeclarationOutcomeKind Kind, string Object, string? Detail = null)
{
    public override string ToString() => Detail is null ? Object : $"{Object}: {Detail}";
}

/// <summary>The outcome of every declared object, in the order scopes, clients, users.</summary>
public sealed record DeclarationReport(IReadOnlyList<DeclarationOutcome> Outcomes)
{
    public IReadOnlyList<DeclarationOutcome> Refusals => Outcomes.Where(outcome => outcome.Kind == DeclarationOutcomeKind.Refused).ToList();
}

/// <summary>
/// Applies declared clients, scopes and users to a tenant, idempotently: what is missing is created, what equals the
/// declaration in every field the declaration names is left alone. An object that differs in such a field (or breaks a
/// rule) is refused, and then nothing at all is created, so a start either applies the whole declaration or changes
/// nothing. The declaration never overwrites the database: an operator who changed a client with the CLI has to make the
/// file agree (or change the database back) before the server starts again.
/// </summary>
public sealed class DeclaredObjectsApplier(
    IClientStore clientStore, ClientAdministration clients, IScopeStore scopeStore, ScopeAdministration scopes, IUserStore userStore,
    UserAdministration users, SecretHasher secretHasher, TimeProvider time)
{
    private const string None = "(none)";

    /// <summary>The fields of a client a declaration may name (its YAML keys), each as the text two clients are compared by.</summary>
    private static readonly IReadOnlyDictionary<string, Func<Client, string>> ClientFields = new Dictionary<string, Func<Client, string>>
    {
        ["name"] = client => client.Name,
        ["type"] = client => Lower(client.Type),
        ["grant_types"] = client => Set(client.GrantTypes),
        ["scopes"] = client => Set(client.Scopes),
        ["redirect_uris"] = client => Set(client.RedirectUris),
        ["post_logout_redirect_uris"] = client => Set(client.PostLogoutRedirectUris),
        ["resources"] = client => Set(client.Resources),
        ["token_endpoint_auth_method"] = client => client.TokenEndpointAuthMethod,
        ["access_token_format"] = client => Lower(client.AccessTokenFormat),
        ["access_token_lifetime"] = client => client.AccessTokenLifetime is { } lifetime
            ? ((long)lifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture) : "(server default)",
        ["signing_alg"] = client => client.SigningAlgorithm ?? "(server default)",
        ["jwks"] = client => client.Jwks ?? None,
        ["jwks_uri"] = client => client.JwksUri ?? None,
        ["first_party"] = client => Text(client.FirstParty),
        ["introspect_all"] = client => Text(client.IntrospectAll),
    };

    /// <summary>The YAML keys of a client that <see cref="ClientFields"/> compares.</summary>
    public static IReadOnlyCollection<string> ComparedClientFields => (IReadOnlyCollection<string>)ClientFields.Keys;

    /// <summary>Applies every declared object to its own tenant (which must exist).</summary>
    public async Task<DeclarationReport> ApplyAsync(DeclaredObjects declared, CancellationToken cancellationToken = default)
    {
        var steps = declared.Scopes.Select(scope => ScopeStep(scope.TenantId, scope))
            .Concat(declared.Clients.Select(client => ClientStep(client.TenantId, client)))
            .Concat(declared.Users.Select(user => UserStep(user.TenantId, user)))
            .ToList();

        var outcomes = new List<DeclarationOutcome?>();
        var missing = new List<(int Index, Step Step)>();
        foreach (var step in steps)
        {
            var error = Validate(step);
            if (error is not null)
            {
                outcomes.Add(new DeclarationOutcome(DeclarationOutcomeKind.Refused, step.Object, error));
                continue;
            }
            var differences = await step.DifferencesAsync(cancellationToken);
            if (differences is null)
            {
                missing.Add((outcomes.Count, step));
                outcomes.Add(null);
            }
            else
                outcomes.AddRange(Outcomes(step.Object, differences));
        }
        if (outcomes.Any(outcome => outcome?.Kind == DeclarationOutcomeKind.Refused))
            return new DeclarationReport(outcomes.OfType<DeclarationOutcome>().ToList());

        var created = new Dictionary<int, IReadOnlyList<DeclarationOutcome>>();
        foreach (var (index, step) in missing)
            created[index] = await CreateAsync(step, cancellationToken);
        return new DeclarationReport(outcomes.SelectMany((outcome, index) => outcome is null ? created[index] : [outcome]).ToList());
    }

    /// <summary>Creates a missing object; when another instance created it a moment ago, compares with what it created.</summary>
    private static async Task<IReadOnlyList<DeclarationOutcome>> CreateAsync(Step step, CancellationToken cancellationToken)
    {
        try
        {
            await step.CreateAsync(cancellationToken);
            return [new DeclarationOutcome(DeclarationOutcomeKind.Created, step.Object)];
        }
        catch (DuplicateEntityException exception)
        {
            var differences = await step.DifferencesAsync(cancellationToken);
            return differences is null
                ? [new DeclarationOutcome(DeclarationOutcomeKind.Refused, step.Object, $"cannot be created: {exception.Message}")]
                : Outcomes(step.Object, differences);
        }
    }

    private static IReadOnlyList<DeclarationOutcome> Outcomes(string name, IReadOnlyList<string> differences) =>
        differences.Count == 0
            ? [new DeclarationOutcome(DeclarationOutcomeKind.Unchanged, name)]
            : differences.Select(difference => new DeclarationOutcome(DeclarationOutcomeKind.Refused, name, difference)).ToList();

    private static string? Validate(Step step)
    {
        try
        {
            step.Validate();
            return null;
        }
        catch (Exception exception) when (exception is InvalidClientSpecificationException or InvalidScopeException or InvalidUserException)
        {
            return exception.Message;
        }
    }

    private Step ScopeStep(string tenantId, DeclaredScope declared) => new(
        DeclaredName.Of("scopes", tenantId, declared.Name),
        () => ScopeAdministration.RequireName(declared.Name),
        async cancellationToken =>
        {
            var stored = await scopeStore.FindAsync(tenantId, declared.Name, cancellationToken);
            if (stored is null)
                return null;
            var differences = new List<string>();
            Compare(differences, "display_name", declared.DisplayName, stored.DisplayName);
            Compare(differences, "description", declared.Description, stored.Description);
            Compare(differences, "claims", declared.Claims is null ? null : Set(declared.Claims), Set(stored.Claims));
            Compare(differences, "requires_consent", Boolean(declared.RequiresConsent), Text(stored.RequiresConsent));
            Compare(differences, "registrable", Boolean(declared.Registrable), Text(stored.Registrable));
            return differences;
        },
        cancellationToken => scopes.CreateAsync(tenantId, declared.Name, declared.DisplayName, declared.Description, declared.Claims ?? [],
            declared.RequiresConsent ?? true, declared.Registrable ?? false, cancellationToken));

    private Step ClientStep(string tenantId, DeclaredClient declared)
    {
        Client Normalised() => clients.Build(tenantId, declared.ClientId, declared.Specification, default, default);
        byte[] SecretHash() => declared.Secret!.Hash ?? clients.HashGivenSecret(declared.Secret.Value!);
        return new Step(
            DeclaredName.Of("clients", tenantId, declared.ClientId),
            () =>
            {
                var client = Normalised();
                if (ClientAuthenticator.AcceptsSecret(client) && declared.Secret is null)
                    throw new InvalidClientSpecificationException(
                        $"{client.TokenEndpointAuthMethod} needs secret_env, secret_file or secret_hash (a declared client's secret is never generated)");
                if (!ClientAuthenticator.AcceptsSecret(client) && declared.Secret is not null)
                    throw new InvalidClientSpecificationException($"{client.TokenEndpointAuthMethod} takes no secret, but {declared.Secret.Origin} is given");
                if (declared.Secret is not null)
                    SecretHash();
            },
            async cancellationToken =>
            {
                var stored = await clientStore.FindAsync(tenantId, declared.ClientId, cancellationToken);
                if (stored is null)
                    return null;
                var client = Normalised();
                var differences = new List<string>();
                foreach (var (field, render) in ClientFields)
                {
                    if (declared.Fields.Contains(field))
                        Compare(differences, field, render(client), render(stored));
                }
                if (declared.Secret is not null && ClientAuthenticator.AcceptsSecret(stored))
                {
                    var now = time.GetUtcNow();
                    var valid = (await clientStore.ListSecretsAsync(tenantId, declared.ClientId, cancellationToken)).Where(secret => secret.IsValidAt(now)).ToList();
                    if (valid.Count(secret => Verifies(declared.Secret, secret.Hash)) == 0)
                        differences.Add($"secret differs from the database ({declared.Secret.Origin} verifies against none of the client's {valid.Count} " +
                                        $"unexpired secret(s); to switch, pipe it to `warden clients rotate-secret {declared.ClientId} --secret-stdin`)");
                }
                return differences;
            },
            cancellationToken => clients.CreateAsync(tenantId, declared.Specification, declared.ClientId,
                declared.Secret is null ? null : SecretHash(), cancellationToken));
    }

    private Step UserStep(string tenantId, DeclaredUser declared) => new(
        DeclaredName.Of("users", tenantId, declared.Username),
        () => UserAdministration.RequireHashedUser(declared.Username, declared.Email, declared.PasswordHash),
        async cancellationToken =>
        {
            var stored = await userStore.FindByUsernameAsync(tenantId, declared.Username, cancellationToken);
            if (stored is null)
                return null;
            var differences = new List<string>();
            // Email addresses are unique ignoring case, so a change of case is not a difference. The password hash is
            // not compared: it is the initial password, which the user may change and sign-in may rehash.
            if (declared.Email is not null && !string.Equals(declared.Email, stored.Email, StringComparison.OrdinalIgnoreCase))
                differences.Add(Difference("email", declared.Email, stored.Email ?? None));
            Compare(differences, "role", declared.Role is { } role ? Lower(role) : null, Lower(stored.Role));
            Compare(differences, "is_active", Boolean(declared.IsActive), Text(stored.IsActive));
            return differences;
        },
        cancellationToken => users.CreateWithPasswordHashAsync(tenantId, declared.Username, declared.PasswordHash, declared.Email,
            declared.Role ?? UserRole.Regular, declared.IsActive ?? true, cancellationToken));

    /// <summary>Each stored secret is compared in constant time (and all of them are); a hash from the file is compared with the stored hash directly.</summary>
    private bool Verifies(DeclaredSecret declared, byte[] storedHash) =>
        declared.Value is not null
            ? secretHasher.Matches(declared.Value, storedHash)
            : CryptographicOperations.FixedTimeEquals(declared.Hash, storedHash);

    private static void Compare(List<string> differences, string field, string? declared, string stored)
    {
        if (declared is not null && declared != stored)
            differences.Add(Difference(field, declared, stored));
    }

    private static string Difference(string field, string declared, string stored) =>
        $"{field} differs from the database (declared {Shorten(declared)}, stored {Shorten(stored)})";

    /// <summary>Keeps a report line short when the value is long (a JWK Set).</summary>
    private static string Shorten(string value) => value.Length <= 120 ? value : value[..117] + "...";

    /// <summary>Lists compare as sets: the order of redirect URIs or scopes means nothing.</summary>
    private static string Set(IEnumerable<string> values)
    {
        var sorted = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? None : string.Join(' ', sorted);
    }

    private static string? Boolean(bool? value) => value is { } known ? Text(known) : null;

    private static string Text(bool value) => value ? "true" : "false";

    private static string Lower<T>(T value) where T : Enum => value.ToString().ToLowerInvariant();

    /// <param name="Validate">Throws the rule's exception when the declaration cannot be created as it stands.</param>
    /// <param name="DifferencesAsync">Null when the object does not exist; otherwise the differences in fields the declaration names.</param>
    private sealed record Step(string Object, Action Validate, Func<CancellationToken, Task<IReadOnlyList<string>?>> DifferencesAsync,
        Func<CancellationToken, Task> CreateAsync);
}
