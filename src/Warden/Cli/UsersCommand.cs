using System.CommandLine;
using System.Text.Json.Nodes;
using Warden.Core.Tenants;
using Warden.Core.Users;

namespace Warden.Cli;

/// <summary>
/// `warden users create|list|show|update|set-password|disable|enable|delete|consents|revoke-consent|passkeys|import`. Passwords and
/// password hashes are never printed.
/// </summary>
public static class UsersCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON instead of text" };
    private static readonly Argument<string> User = new("user") { Description = "The user's id or username" };
    private static readonly Option<string> Username = new("--username") { Description = "Username (ASCII letters, digits and . _ @ + -)" };
    private static readonly Option<string> Email = new("--email") { Description = "Email address" };
    private static readonly Option<string> Role = new("--role") { Description = "regular (default) or admin" };
    private static readonly Option<bool?> EmailVerified = new("--email-verified") { Description = "Whether the email address is verified: true or false" };
    private static readonly Option<string> Name = new("--name") { Description = "The person's full name (the OpenID Connect name claim)" };
    private static readonly Option<string> Password = new("--password") { Description = "The password (visible in the process list; prefer --password-stdin)" };
    private static readonly Option<bool> PasswordStdin = new("--password-stdin") { Description = "Read the password from the first line of standard input" };
    private static readonly Option<string> Client = new("--client") { Description = "The client whose consent to revoke", Required = true };
    private static readonly Argument<FileInfo> ImportFile = new("file") { Description = "JSON lines, one user per line (see docs/operations.md)" };
    private static readonly Argument<string> PasskeyId = new("id") { Description = "The passkey's id (as `warden users passkeys USER` lists it)" };
    private static readonly Option<bool> Check = new("--check") { Description = "Check the file and report; write nothing" };

    /// <summary>How many bad lines `users import` prints before it only counts the rest.</summary>
    private const int ProblemsShown = 100;

    public static Command Create()
    {
        var create = new Command("create", "Create a user") { Username, Password, PasswordStdin, Email, Role, Json };
        create.SetAction((parseResult, cancellationToken) => CliStorage.WithUsersAsync(parseResult, async users =>
        {
            var username = parseResult.GetValue(Username) ?? throw new InvalidUserException("--username is required");
            var role = ParseRole(parseResult.GetValue(Role) ?? "regular");
            var user = await users.CreateAsync(CommonOptions.TenantOf(parseResult), username, ReadPassword(parseResult), parseResult.GetValue(Email), role, cancellationToken);
            Print(parseResult, Describe(user));
            return 0;
        }, cancellationToken));

        var list = new Command("list", "List users") { Json };
        list.SetAction((parseResult, cancellationToken) => CliStorage.WithUsersAsync(parseResult, async (users, store) =>
        {
            var all = await store.ListAsync(CommonOptions.TenantOf(parseResult), cancellationToken);
            if (parseResult.GetValue(Json))
            {
                Console.WriteLine(new JsonArray(all.Select(user => (JsonNode)Describe(user)).ToArray()).ToJsonString());
                return 0;
            }
            Console.WriteLine($"{"USERNAME",-24} {"ROLE",-8} {"ACTIVE",-7} {"EMAIL",-32} ID");
            foreach (var user in all)
                Console.WriteLine($"{user.Username,-24} {Lower(user.Role),-8} {(user.IsActive ? "yes" : "no"),-7} {user.Email ?? "-",-32} {user.Id}");
            Console.WriteLine($"{all.Count} user(s)");
            return 0;
        }, cancellationToken));

        var show = new Command("show", "Show one user") { User, Json };
        show.SetAction((parseResult, cancellationToken) => CliStorage.WithUsersAsync(parseResult, async users =>
        {
            var user = await users.FindAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(User)!, cancellationToken);
            return user is null ? NotFound(parseResult) : Print(parseResult, Describe(user));
        }, cancellationToken));

        var update = new Command("update", "Change a user's username, email, name or role; options given replace the stored values")
        {
            User, Username, Email, EmailVerified, Name, Role, Json,
        };
        update.SetAction((parseResult, cancellationToken) => CliStorage.WithUsersAsync(parseResult, async users =>
        {
            var changes = new UserChanges
            {
                Username = parseResult.GetValue(Username),
                Email = parseResult.GetResult(Email) is null ? default(FieldChange<string?>) : parseResult.GetValue(Email),
                EmailVerified = parseResult.GetValue(EmailVerified),
                Name = parseResult.GetResult(Name) is null ? default(FieldChange<string?>) : parseResult.GetValue(Name),
                Role = parseResult.GetValue(Role) is { } role ? ParseRole(role) : null,
            };
            var user = await users.UpdateAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(User)!, changes, cancellationToken);
            return user is null ? NotFound(parseResult) : Print(parseResult, Describe(user));
        }, cancellationToken));

        var setPassword = new Command("set-password", "Set a user's password (ends their sessions, clears lockout)") { User, Password, PasswordStdin };
        setPassword.SetAction((parseResult, cancellationToken) => CliStorage.WithUsersAsync(parseResult, async users =>
        {
            var password = ReadPassword(parseResult) ?? throw new InvalidUserException("give --password or --password-stdin");
            var user = await users.SetPasswordAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(User)!, password, cancellationToken);
            return user is null ? NotFound(parseResult) : Done($"password set for {user.Username}");
        }, cancellationToken));

        var disable = new Command("disable", "Disable a user (ends their sessions)") { User };
        disable.SetAction((parseResult, cancellationToken) => CliStorage.WithUsersAsync(parseResult, async users =>
            await users.SetActiveAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(User)!, false, cancellationToken) is { } user
                ? Done($"disabled {user.Username}")
                : NotFound(parseResult), cancellationToken));

        var enable = new Command("enable", "Enable a user") { User };
        enable.SetAction((parseResult, cancellationToken) => CliStorage.WithUsersAsync(parseResult, async users =>
            await users.SetActiveAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(User)!, true, cancellationToken) is { } user
                ? Done($"enabled {user.Username}")
                : NotFound(parseResult), cancellationToken));

        var delete = new Command("delete", "Delete a user") { User };
        delete.SetAction((parseResult, cancellationToken) => CliStorage.WithUsersAsync(parseResult, async users =>
            await users.DeleteAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(User)!, cancellationToken)
                ? Done($"deleted {parseResult.GetValue(User)}")
                : NotFound(parseResult), cancellationToken));

        var consents = new Command("consents", "List the clients a user has allowed, and the scopes") { User, Json };
        consents.SetAction((parseResult, cancellationToken) => CliStorage.WithConsentsAsync(parseResult, async (users, store) =>
        {
            if (await users.FindAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(User)!, cancellationToken) is not { } user)
                return NotFound(parseResult);
            var all = await store.ListForUserAsync(CommonOptions.TenantOf(parseResult), user.Id, cancellationToken);
            if (parseResult.GetValue(Json))
            {
                Console.WriteLine(new JsonArray(all.Select(consent => (JsonNode)new JsonObject
                {
                    ["client_id"] = consent.ClientId,
                    ["scopes"] = new JsonArray(consent.Scopes.Select(scope => (JsonNode)scope).ToArray()),
                    ["granted_at"] = CliFormat.Time(consent.GrantedAt),
                    ["updated_at"] = CliFormat.Time(consent.UpdatedAt),
                }).ToArray()).ToJsonString());
                return 0;
            }
            Console.WriteLine($"{"CLIENT",-36} {"GRANTED",-20} SCOPES");
            foreach (var consent in all)
                Console.WriteLine($"{consent.ClientId,-36} {CliFormat.Time(consent.GrantedAt),-20} {string.Join(' ', consent.Scopes)}");
            Console.WriteLine($"{all.Count} consent(s)");
            return 0;
        }, cancellationToken));

        var revokeConsent = new Command("revoke-consent",
            "Forget what a user allowed a client: the consent page asks again and the client's refresh tokens stop working") { User, Client };
        revokeConsent.SetAction((parseResult, cancellationToken) => CliStorage.WithConsentsAsync(parseResult, async (users, store) =>
        {
            if (await users.FindAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(User)!, cancellationToken) is not { } user)
                return NotFound(parseResult);
            var clientId = parseResult.GetValue(Client)!;
            if (await store.RevokeAsync(CommonOptions.TenantOf(parseResult), user.Id, clientId, cancellationToken))
                return Done($"revoked {user.Username}'s consent for {clientId}");
            Console.Error.WriteLine($"warden: {user.Username} has no consent for '{clientId}'");
            return 1;
        }, cancellationToken));

        var passkeys = new Command("passkeys", "List a user's passkeys") { User, Json };
        passkeys.SetAction((parseResult, cancellationToken) => CliStorage.WithPasskeysAsync(parseResult, async (users, store) =>
        {
            if (await users.FindAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(User)!, cancellationToken) is not { } user)
                return NotFound(parseResult);
            var all = await store.ListAsync(CommonOptions.TenantOf(parseResult), user.Id, cancellationToken);
            if (parseResult.GetValue(Json))
            {
                Console.WriteLine(new JsonArray(all.Select(passkey => (JsonNode)new JsonObject
                {
                    ["id"] = passkey.Id.ToString(),
                    ["name"] = passkey.Name,
                    ["authenticator"] = Core.Passkeys.KnownAuthenticators.NameOf(passkey.Aaguid),
                    ["aaguid"] = passkey.Aaguid.ToString(),
                    ["transports"] = new JsonArray(passkey.Transports.Select(transport => (JsonNode)transport).ToArray()),
                    ["backup_eligible"] = passkey.BackupEligible,
                    ["backed_up"] = passkey.BackedUp,
                    ["sign_count"] = passkey.SignCount,
                    ["created_at"] = CliFormat.Time(passkey.CreatedAt),
                    ["last_used_at"] = passkey.LastUsedAt is { } used ? CliFormat.Time(used) : null,
                }).ToArray()).ToJsonString());
                return 0;
            }
            Console.WriteLine($"{"ID",-36} {"CREATED",-20} {"LAST USED",-20} NAME");
            foreach (var passkey in all)
                Console.WriteLine($"{passkey.Id,-36} {CliFormat.Time(passkey.CreatedAt),-20} " +
                                  $"{(passkey.LastUsedAt is { } used ? CliFormat.Time(used) : "never"),-20} {passkey.Name}");
            Console.WriteLine($"{all.Count} passkey(s)");
            return 0;
        }, cancellationToken));
        var removePasskey = new Command("remove", "Remove one of a user's passkeys (even their last way to sign in: an operator may mean to)")
            { User, PasskeyId };
        removePasskey.SetAction((parseResult, cancellationToken) => CliStorage.WithPasskeysAsync(parseResult, async (users, store) =>
        {
            if (await users.FindAsync(CommonOptions.TenantOf(parseResult), parseResult.GetValue(User)!, cancellationToken) is not { } user)
                return NotFound(parseResult);
            var text = parseResult.GetValue(PasskeyId)!;
            if (!Guid.TryParse(text, out var id))
            {
                Console.Error.WriteLine($"warden: '{text}' is not a passkey id (a UUID, as `warden users passkeys {user.Username}` lists it)");
                return 2;
            }
            if (await store.DeleteAsync(CommonOptions.TenantOf(parseResult), user.Id, id, cancellationToken))
                return Done($"removed passkey {id} of {user.Username}");
            Console.Error.WriteLine($"warden: {user.Username} has no passkey '{id}'");
            return 1;
        }, cancellationToken));
        passkeys.Subcommands.Add(removePasskey);

        var import = new Command("import",
            "Import users from another server: one JSON object per line, password hashes kept as they are (all lines or none)") { ImportFile, Check };
        import.SetAction((parseResult, cancellationToken) => ImportAsync(parseResult, cancellationToken));

        return new Command("users", "Manage user accounts") { create, list, show, update, setPassword, disable, enable, delete, consents, revokeConsent, passkeys,
            import };
    }

    private static Task<int> ImportAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var file = parseResult.GetValue(ImportFile)!;
        if (!file.Exists)
            throw new InvalidUserException($"{file.Name}: no such file");
        var lines = File.ReadAllLines(file.FullName);
        if (parseResult.GetValue(Check))
        {
            // A dry run migrates nothing: a database never migrated has no users to collide with.
            return CliStorage.WithStorageAsync(parseResult, async storage =>
            {
                var migrated = (await storage.GetMigrationStatusAsync(cancellationToken)).Any(migration => migration.IsApplied);
                var existing = migrated ? await storage.Users.ListAsync(CommonOptions.TenantOf(parseResult), cancellationToken) : [];
                var plan = new UserImport(storage.Users, TimeProvider.System).Prepare(CommonOptions.TenantOf(parseResult), lines, existing);
                return Report(file, plan) ?? Done($"{file.Name}: {plan.Users.Count} user(s) can be imported (--check: nothing written)");
            }, cancellationToken);
        }
        return CliStorage.WithUsersAsync(parseResult, async (_, store) =>
        {
            var import = new UserImport(store, TimeProvider.System);
            var plan = await import.PrepareAsync(CommonOptions.TenantOf(parseResult), lines, cancellationToken);
            if (Report(file, plan) is { } failed)
                return failed;
            await import.ImportAsync(plan, cancellationToken);
            return Done($"imported {plan.Users.Count} user(s) from {file.Name}");
        }, cancellationToken);
    }

    /// <summary>Prints each bad line (one line each) and returns exit code 2, or null when the file is good.</summary>
    private static int? Report(FileInfo file, UserImportPlan plan)
    {
        if (plan.Problems.Count == 0)
            return null;
        foreach (var problem in plan.Problems.Take(ProblemsShown))
            Console.Error.WriteLine(problem.Line == 0 ? $"warden: {file.Name}: {problem.Message}" : $"warden: {file.Name} line {problem.Line}: {problem.Message}");
        if (plan.Problems.Count > ProblemsShown)
            Console.Error.WriteLine($"warden: {file.Name}: {plan.Problems.Count - ProblemsShown} more bad line(s) not shown");
        Console.Error.WriteLine($"warden: {file.Name}: {plan.Problems.Count} bad line(s); nothing imported");
        return 2;
    }

    private static UserRole ParseRole(string role) => role switch
    {
        "regular" => UserRole.Regular,
        "admin" => UserRole.Admin,
        _ => throw new InvalidUserException($"--role '{role}': expected regular or admin"),
    };

    private static string? ReadPassword(ParseResult parseResult)
    {
        var inline = parseResult.GetValue(Password);
        if (inline is not null && parseResult.GetValue(PasswordStdin))
            throw new InvalidUserException("give either --password or --password-stdin, not both");
        return parseResult.GetValue(PasswordStdin)
            ? Console.In.ReadLine() ?? throw new InvalidUserException("--password-stdin: standard input is empty")
            : inline;
    }

    private static JsonObject Describe(User user) => new()
    {
        ["id"] = user.Id.ToString(),
        ["username"] = user.Username,
        ["email"] = user.Email,
        ["email_verified"] = user.EmailVerified,
        ["role"] = Lower(user.Role),
        ["active"] = user.IsActive,
        ["has_password"] = user.PasswordHash is not null,
        ["locked_until"] = user.LockedUntil is { } locked ? CliFormat.Time(locked) : null,
        ["created_at"] = CliFormat.Time(user.CreatedAt),
        ["updated_at"] = CliFormat.Time(user.UpdatedAt),
    };

    private static int Print(ParseResult parseResult, JsonObject result)
    {
        if (parseResult.GetValue(Json))
        {
            Console.WriteLine(result.ToJsonString());
            return 0;
        }
        foreach (var (name, value) in result)
            Console.WriteLine($"{name + ":",-16} {value?.ToString() ?? "-"}");
        return 0;
    }

    private static int Done(string message)
    {
        Console.WriteLine(message);
        return 0;
    }

    private static int NotFound(ParseResult parseResult)
    {
        Console.Error.WriteLine($"warden: no user '{parseResult.GetValue(User)}'");
        return 1;
    }

    private static string Lower(UserRole role) => role.ToString().ToLowerInvariant();
}
