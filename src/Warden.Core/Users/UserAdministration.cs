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
/// passwords in one place, used by the CLI (and later by the sign-up and admin pages).
/// </summary>
public sealed partial class UserAdministration(IUserStore store, PasswordHasher hasher, TimeProvider time)
{
    public const int MinPasswordLength = 8;

    /// <summary>The longest display name (the OpenID Connect <c>name</c> claim) a person may give.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest profile picture URL.</summary>
    public const int MaxPictureUrlLength = 2048;

    public async Task<User> CreateAsync(string tenantId, string username, string? password, string? email, UserRole role,
        CancellationToken cancellationToken = default)
    {
        RequireUsername(username);
        RequireEmail(email);
        if (password is not null)
            RequirePassword(password);
        return await AddAsync(tenantId, username, password is null ? null : hasher.Hash(password), email, role, isActive: true, cancellationToken);
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
    public Task<User?> SetPasswordAsync(string tenantId, string idOrUsername, string password, CancellationToken cancellationToken = default)
    {
        RequirePassword(password);
        return ChangeAsync(tenantId, idOrUsername, user => user with
        {
            PasswordHash = hasher.Hash(password), SecurityStamp = NewStamp(), FailedLoginCount = 0, LockedUntil = null,
        }, cancellationToken);
    }

    /// <summary>
    /// A person's own profile: display name (kept as <c>name</c> in the metadata, where the <c>name</c> claim comes from),
    /// email and picture URL; empty values remove them. A changed email is no longer verified. Throws
    /// <see cref="InvalidUserException"/> with the field at fault, also for an email another account of the tenant has.
    /// </summary>
    public async Task<User> UpdateProfileAsync(User user, string? name, string? email, string? pictureUrl, CancellationToken cancellationToken = default)
    {
        name = Blank(name);
        email = Blank(email);
        pictureUrl = Blank(pictureUrl);
        RequireName(name);
        RequireEmail(email);
        RequirePictureUrl(pictureUrl);
        var emailChanged = !string.Equals(email, user.Email, StringComparison.OrdinalIgnoreCase);
        var changed = user with
        {
            Metadata = WithName(user.Metadata, name),
            Email = email,
            EmailVerified = !emailChanged && user.EmailVerified,
            ProfilePictureUrl = pictureUrl,
            UpdatedAt = time.GetUtcNow(),
        };
        try
        {
            return await store.UpdateAsync(changed, cancellationToken) ? changed : throw new InvalidUserException("the user no longer exists");
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
            return JsonNode.Parse(user.Metadata) is JsonObject metadata && metadata["name"] is JsonValue value && value.TryGetValue<string>(out var name)
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
        ChangeAsync(tenantId, idOrUsername, user => user with
        {
            IsActive = active, SecurityStamp = active ? user.SecurityStamp : NewStamp(), FailedLoginCount = 0, LockedUntil = null,
        }, cancellationToken);

    public async Task<bool> DeleteAsync(string tenantId, string idOrUsername, CancellationToken cancellationToken = default) =>
        await FindAsync(tenantId, idOrUsername, cancellationToken) is { } user && await store.DeleteAsync(tenantId, user.Id, cancellationToken);

    private async Task<User?> ChangeAsync(string tenantId, string idOrUsername, Func<User, User> change, CancellationToken cancellationToken)
    {
        var user = await FindAsync(tenantId, idOrUsername, cancellationToken);
        if (user is null)
            return null;
        var changed = change(user) with { UpdatedAt = time.GetUtcNow() };
        return await store.UpdateAsync(changed, cancellationToken) ? changed : null;
    }

    internal static void RequireUsername(string username)
    {
        if (!UsernamePattern().IsMatch(username))
            throw new InvalidUserException("username must be 1-100 characters: ASCII letters, digits and . _ @ + -");
    }

    internal static void RequireEmail(string? email)
    {
        if (email is not null && (email.Length > 254 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
            throw new InvalidUserException($"'{email}' is not an email address", "email");
    }

    /// <summary>The length rule of every new password.</summary>
    public static void RequirePassword(string password)
    {
        if (password.Length < MinPasswordLength || password.Length > PasswordHasher.MaxPasswordLength)
            throw new InvalidUserException($"a password has {MinPasswordLength} to {PasswordHasher.MaxPasswordLength} characters", "password");
    }

    private static void RequireName(string? name)
    {
        if (name is not null && (name.Length > MaxNameLength || name.Any(char.IsControl)))
            throw new InvalidUserException($"a name has at most {MaxNameLength} characters and no control characters", "name");
    }

    /// <summary>A picture is shown by the applications a person uses, so only an absolute https URL of reasonable length.</summary>
    private static void RequirePictureUrl(string? url)
    {
        if (url is not null && (url.Length > MaxPictureUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var parsed)
                                || parsed.Scheme != Uri.UriSchemeHttps || parsed.Host.Length == 0))
            throw new InvalidUserException("a picture URL is an https URL of at most 2048 characters", "picture");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string WithName(string metadata, string? name)
    {
        JsonObject parsed;
        try
        {
            parsed = JsonNode.Parse(metadata) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            parsed = [];
        }
        if (name is null)
            parsed.Remove("name");
        else
            parsed["name"] = name;
        return parsed.ToJsonString();
    }

    internal static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    [GeneratedRegex(@"^[A-Za-z0-9._@+\-]{1,100}$")]
    private static partial Regex UsernamePattern();

}
