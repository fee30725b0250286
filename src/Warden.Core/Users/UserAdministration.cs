using System.Net.Mail;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Warden.Core.Security;
using Warden.Core.Storage;

namespace Warden.Core.Users;

/// <summary>A user setting that breaks a rule; the message says which, in one line.</summary>
/// <param name="fieldName">The setting at fault (<c>email</c>, <c>name</c>, <c>picture</c>, <c>password</c>), for a form to show the error next to it.</param>
public sealed class InvalidUserException(string message, string? fieldName = null) : Exception(message)
{
    /// <summary>The setting at fault, or null when the message is about the user as a whole.</summary>
    public string? Field { get; } = fieldName;
}

/// <summary>
/// Creating users, changing their password and status, deleting them: the rules about usernames, emails and
/// passwords in one place, used by the CLI, the user-administration API (/api/users) and declarations.
/// </summary>
/// <param name="passwords">The password rule of each tenant; without it, <see cref="PasswordPolicy.Default"/> everywhere.</param>
public sealed partial class UserAdministration(IUserStore store, PasswordHasher hasher, TimeProvider time, PasswordPolicies? passwords = null)
{
    /// <summary>The longest <c>name</c> (a person's full name, the OpenID Connect <c>name</c> claim).</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest profile picture URL.</summary>
    public const int MaxPictureUrlLength = 2048;

    /// <summary>The metadata member that holds the OpenID Connect <c>name</c> claim (<see cref="UserClaims"/>).</summary>
    private const string NameMember = "name";

    public Task<User> CreateAsync(string tenantId, string username, string? password, string? email, UserRole role,
        CancellationToken cancellationToken = default) =>
        CreateAsync(tenantId, new UserChanges { Username = username, Password = password, Email = email, Role = role }, cancellationToken);

    /// <summary>
    /// Creates an active user from <paramref name="fields"/> (a username required). Throws <see cref="InvalidUserException"/>
    /// for a field that breaks its rule, <see cref="Storage.DuplicateEntityException"/> when the username or email is taken.
    /// </summary>
    public async Task<User> CreateAsync(string tenantId, UserChanges fields, CancellationToken cancellationToken = default)
    {
        if (fields.Username is null)
            throw new InvalidUserException("username is required");
        await CheckAsync(tenantId, fields, cancellationToken);
        var now = time.GetUtcNow();
        var user = Apply(new User
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, Username = fields.Username, SecurityStamp = NewStamp(), CreatedAt = now, UpdatedAt = now,
        }, fields);
        await store.CreateAsync(user, cancellationToken);
        return user;
    }

    /// <summary>
    /// Creates a user whose password was hashed elsewhere (declared in config.yaml): the hash must be one
    /// <see cref="PasswordHasher.IsRecognised"/> accepts; null creates a user without a password.
    /// </summary>
    public async Task<User> CreateWithPasswordHashAsync(string tenantId, string username, string? passwordHash, string? email, UserRole role,
        bool isActive, CancellationToken cancellationToken = default)
    {
        RequireHashedUser(username, email, passwordHash);
        return await AddAsync(tenantId, username, passwordHash, email, role, isActive, cancellationToken);
    }

    /// <summary>The rules for a user created with a password hash made elsewhere (declared or imported).</summary>
    public static void RequireHashedUser(string username, string? email, string? passwordHash)
    {
        RequireUsername(username);
        RequireEmail(email);
        RequirePasswordHash(passwordHash);
    }

    /// <summary>A hash <see cref="PasswordHasher"/> can verify, or null (no password).</summary>
    public static void RequirePasswordHash(string? passwordHash)
    {
        if (passwordHash is not null && PasswordHasher.Unrecognised(passwordHash) is { } problem)
            throw new InvalidUserException($"password_hash is not a password hash Warden recognises ({problem}; " +
                                           "Argon2id or Argon2i PHC such as $argon2id$v=19$..., bcrypt or PBKDF2)");
    }

    private async Task<User> AddAsync(string tenantId, string username, string? passwordHash, string? email, UserRole role, bool isActive,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Username = username,
            Email = email,
            PasswordHash = passwordHash,
            Role = role,
            IsActive = isActive,
            SecurityStamp = NewStamp(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await store.CreateAsync(user, cancellationToken);
        return user;
    }

    /// <summary>Finds a user by id, or by username when <paramref name="idOrUsername"/> is not a UUID.</summary>
    public async Task<User?> FindAsync(string tenantId, string idOrUsername, CancellationToken cancellationToken = default) =>
        Guid.TryParse(idOrUsername, out var id)
            ? await store.FindByIdAsync(tenantId, id, cancellationToken)
            : await store.FindByUsernameAsync(tenantId, idOrUsername, cancellationToken);

    /// <summary>Sets a new password, clears any lockout and changes the security stamp (ending sessions bound to it).</summary>
    public Task<User?> SetPasswordAsync(string tenantId, string idOrUsername, string password, CancellationToken cancellationToken = default) =>
        UpdateAsync(tenantId, idOrUsername, new UserChanges { Password = password }, cancellationToken);

    /// <summary>
    /// A person's own profile: display name (kept as <c>name</c> in the metadata, where the <c>name</c> claim comes from),
    /// email and picture URL; empty values remove them. A changed email is no longer verified. Throws
    /// <see cref="InvalidUserException"/> with the field at fault, also for an email another account of the tenant has.
    /// </summary>
    public async Task<User> UpdateProfileAsync(User user, string? name, string? email, string? pictureUrl, CancellationToken cancellationToken = default)
    {
        var changes = new UserChanges { Name = Blank(name), Email = Blank(email), ProfilePictureUrl = Blank(pictureUrl) };
        try
        {
            return await UpdateAsync(user.TenantId, user.Id.ToString(), changes, cancellationToken)
                   ?? throw new InvalidUserException("the user no longer exists");
        }
        catch (DuplicateEntityException)
        {
            throw new InvalidUserException("another account has this email address", "email");
        }
    }

    /// <summary>The display name a person gave, from the metadata's <c>name</c>; null when none (or not a string).</summary>
    public static string? NameOf(User user)
    {
        try
        {
            return JsonNode.Parse(user.Metadata) is JsonObject metadata && metadata[NameMember] is JsonValue value && value.TryGetValue<string>(out var name)
                ? name
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Disabling changes the security stamp too, so the user's sessions end.</summary>
    public Task<User?> SetActiveAsync(string tenantId, string idOrUsername, bool active, CancellationToken cancellationToken = default) =>
        UpdateAsync(tenantId, idOrUsername, new UserChanges { Active = active }, cancellationToken);

    /// <summary>
    /// Creates the account of a person who signed up: the rules of <see cref="CreateAsync(string, UserChanges, CancellationToken)"/>,
    /// a regular role, the name in the metadata (the <c>name</c> claim), and <see cref="User.EmailVerificationRequired"/>
    /// set until the emailed link is followed.
    /// </summary>
    /// <param name="password">Null for an account that signs in with a passkey only.</param>
    /// <param name="id">The new user's id when the caller already chose it (a passkey made before the account, whose user handle it is).</param>
    public async Task<User> CreateSignedUpAsync(string tenantId, string username, string? password, string email, string name,
        CancellationToken cancellationToken = default, Guid? id = null)
    {
        var fields = new UserChanges { Username = username, Email = email, Password = password, Name = name };
        await CheckAsync(tenantId, fields, cancellationToken);
        var now = time.GetUtcNow();
        var user = Apply(new User
        {
            Id = id ?? Guid.CreateVersion7(), TenantId = tenantId, Username = username, SecurityStamp = NewStamp(), CreatedAt = now, UpdatedAt = now,
        }, fields) with { EmailVerificationRequired = true };
        await store.CreateAsync(user, cancellationToken);
        return user;
    }

    /// <summary>Marks the email verified (the owner followed a link sent to it) and lets a signed-up account sign in.</summary>
    public Task<User?> MarkEmailVerifiedAsync(string tenantId, Guid userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(tenantId, userId.ToString(), user => user with { EmailVerified = true, EmailVerificationRequired = false }, cancellationToken);

    /// <summary>
    /// A password reset through a link sent to the account's email: a new password as <see cref="SetPasswordAsync"/> sets
    /// it (new hash, new security stamp, lock cleared), and the email verified, since the person proved control of it.
    /// </summary>
    public async Task<User?> ResetPasswordAsync(string tenantId, Guid userId, string password, CancellationToken cancellationToken = default)
    {
        var changes = new UserChanges { Password = password };
        await CheckAsync(tenantId, changes, cancellationToken);
        return await ChangeAsync(tenantId, userId.ToString(),
            user => Apply(user, changes) with { EmailVerified = true, EmailVerificationRequired = false }, cancellationToken);
    }

    /// <summary>
    /// Changes the fields <paramref name="changes"/> gives; null when there is no such user. A new password, a removed
    /// password or disabling changes the security stamp, ending the user's sessions and refresh tokens. Throws
    /// <see cref="InvalidUserException"/> for a field that breaks its rule (checked before the user is looked up),
    /// <see cref="Storage.DuplicateEntityException"/> when the new username or email is taken.
    /// </summary>
    public async Task<User?> UpdateAsync(string tenantId, string idOrUsername, UserChanges changes, CancellationToken cancellationToken = default)
    {
        await CheckAsync(tenantId, changes, cancellationToken);
        return await ChangeAsync(tenantId, idOrUsername, user => Apply(user, changes), cancellationToken);
    }

    private async Task<User?> ChangeAsync(string tenantId, string idOrUsername, Func<User, User> change, CancellationToken cancellationToken)
    {
        var user = await FindAsync(tenantId, idOrUsername, cancellationToken);
        if (user is null)
            return null;
        var changed = change(user) with { UpdatedAt = time.GetUtcNow() };
        return await store.UpdateAsync(changed, cancellationToken) ? changed : null;
    }

    /// <summary>The password rule of the tenant.</summary>
    public ValueTask<PasswordPolicy> PasswordPolicyAsync(string tenantId, CancellationToken cancellationToken = default) =>
        passwords?.ForAsync(tenantId, cancellationToken) ?? ValueTask.FromResult(PasswordPolicy.Default);

    /// <summary>The rules each given field must meet on its own.</summary>
    private async ValueTask CheckAsync(string tenantId, UserChanges changes, CancellationToken cancellationToken)
    {
        if (changes.Username is { } username)
            RequireUsername(username);
        if (changes.Email.IsSet)
            RequireEmail(changes.Email.Value);
        if (changes.Password is { IsSet: true, Value: { } password })
            (await PasswordPolicyAsync(tenantId, cancellationToken)).Require(password);
        if (changes.Metadata is { } metadata)
            RequireMetadata(metadata);
        if (changes.Name is { IsSet: true, Value: { } name })
            RequireName(name);
        if (changes.ProfilePictureUrl is { IsSet: true, Value: { } url })
            RequirePictureUrl(url);
        if (changes.Name.IsSet && changes.Metadata is { } replaced && JsonNode.Parse(replaced)!.AsObject().ContainsKey(NameMember))
            throw new InvalidUserException("give name or metadata.name, not both");
    }

    /// <summary>The user with the changes applied: hashes, stamps and the rules that depend on the stored values.</summary>
    private User Apply(User user, UserChanges changes)
    {
        var changed = user with
        {
            Username = changes.Username ?? user.Username,
            Role = changes.Role ?? user.Role,
            ProfilePictureUrl = changes.ProfilePictureUrl.IsSet ? changes.ProfilePictureUrl.Value : user.ProfilePictureUrl,
            Metadata = WithName(changes.Metadata ?? user.Metadata, changes.Name),
        };
        if (changes.Email.IsSet)
        {
            var sameAddress = string.Equals(changes.Email.Value, user.Email, StringComparison.OrdinalIgnoreCase);
            changed = changed with { Email = changes.Email.Value, EmailVerified = sameAddress && user.EmailVerified };
        }
        if (changes.EmailVerified is { } verified)
        {
            if (verified && changed.Email is null)
                throw new InvalidUserException("email_verified needs an email");
            changed = changed with { EmailVerified = verified };
        }
        if (changes.Password.IsSet)
        {
            changed = changed with
            {
                PasswordHash = changes.Password.Value is { } password ? hasher.Hash(password) : null,
                SecurityStamp = NewStamp(), FailedLoginCount = 0, LockedUntil = null,
            };
        }
        if (changes.Active is { } active)
        {
            changed = changed with
            {
                IsActive = active, SecurityStamp = active ? changed.SecurityStamp : NewStamp(), FailedLoginCount = 0, LockedUntil = null,
            };
        }
        return changed;
    }

    private static string WithName(string metadata, FieldChange<string?> name)
    {
        if (!name.IsSet)
            return metadata;
        var members = JsonNode.Parse(metadata) as JsonObject ?? [];
        if (name.Value is null)
            members.Remove(NameMember);
        else
            members[NameMember] = name.Value;
        return members.ToJsonString();
    }

    public async Task<bool> DeleteAsync(string tenantId, string idOrUsername, CancellationToken cancellationToken = default) =>
        await FindAsync(tenantId, idOrUsername, cancellationToken) is { } user && await store.DeleteAsync(tenantId, user.Id, cancellationToken);

    /// <summary>Whether the text is a username the rules accept (sign-up takes the email as username when it is).</summary>
    public static bool IsValidUsername(string username) => UsernamePattern().IsMatch(username);

    internal static void RequireUsername(string username)
    {
        if (!UsernamePattern().IsMatch(username))
            throw new InvalidUserException("username must be 1-100 characters: ASCII letters, digits and . _ @ + -");
    }

    internal static void RequireEmail(string? email)
    {
        if (email is not null && (email.Length > 254 || email.Any(char.IsControl) || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
            throw new InvalidUserException($"'{new string(email.Select(c => char.IsControl(c) ? ' ' : c).ToArray())}' is not an email address", "email");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static void RequireMetadata(string metadata)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(metadata);
        }
        catch (JsonException)
        {
            parsed = null;
        }
        if (parsed is not JsonObject members)
            throw new InvalidUserException("metadata must be a JSON object");
        // PostgreSQL's jsonb cannot store U+0000; refusing it everywhere keeps the backends alike.
        if (HoldsNul(members))
            throw new InvalidUserException("metadata cannot hold the character U+0000");
    }

    private static bool HoldsNul(JsonNode? node) => node switch
    {
        JsonObject members => members.Any(member => member.Key.Contains('\0') || HoldsNul(member.Value)),
        JsonArray items => items.Any(HoldsNul),
        JsonValue value => value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Contains('\0'),
        _ => false,
    };

    /// <summary>A person's name: 1-200 characters, no control characters.</summary>
    public static void RequireName(string name)
    {
        if (name.Length is 0 or > MaxNameLength || name.Any(char.IsControl))
            throw new InvalidUserException($"name must be 1-{MaxNameLength} characters without control characters", "name");
    }

    /// <summary>
    /// A picture is shown by the applications a person uses, so an absolute https URL of reasonable length; imported
    /// accounts (<paramref name="allowHttp"/>) keep the http URLs their old system had.
    /// </summary>
    internal static void RequirePictureUrl(string url, bool allowHttp = false)
    {
        if (url.Length > MaxPictureUrlLength || url.Any(char.IsControl) || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (allowHttp && uri.Scheme == Uri.UriSchemeHttp)) || uri.Host.Length == 0)
            throw new InvalidUserException($"profile_picture_url '{new string((url.Length > 60 ? url[..60] + "…" : url).Select(c => char.IsControl(c) ? ' ' : c).ToArray())}' " +
                                           $"is not an {(allowHttp ? "http or https" : "https")} URL of at most {MaxPictureUrlLength} characters", "picture");
    }

    internal static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    [GeneratedRegex(@"^[A-Za-z0-9._@+\-]{1,100}$")]
    private static partial Regex UsernamePattern();

}
