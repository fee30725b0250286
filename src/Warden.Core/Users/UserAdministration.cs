using System.Net.Mail;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Warden.Core.Security;

namespace Warden.Core.Users;

/// <summary>A user setting that breaks a rule; the message says which, in one line.</summary>
public sealed class InvalidUserException(string message) : Exception(message);

/// <summary>
/// Creating users, changing their password and status, deleting them: the rules about usernames, emails and
/// passwords in one place, used by the CLI (and later by the sign-up and admin pages).
/// </summary>
public sealed partial class UserAdministration(IUserStore store, PasswordHasher hasher, TimeProvider time)
{
    public const int MinPasswordLength = 8;

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

    /// <summary>Disabling changes the security stamp too, so the user's sessions end.</summary>
    public Task<User?> SetActiveAsync(string tenantId, string idOrUsername, bool active, CancellationToken cancellationToken = default) =>
        ChangeAsync(tenantId, idOrUsername, user => user with
        {
            IsActive = active, SecurityStamp = active ? user.SecurityStamp : NewStamp(), FailedLoginCount = 0, LockedUntil = null,
        }, cancellationToken);

    /// <summary>
    /// Creates the account of a person who signed up: the username, email and password rules of
    /// <see cref="CreateAsync"/>, a regular role, the name in the metadata (the <c>name</c> claim), and
    /// <see cref="User.EmailVerificationRequired"/> set until the emailed link is followed.
    /// </summary>
    public async Task<User> CreateSignedUpAsync(string tenantId, string username, string password, string email, string name,
        CancellationToken cancellationToken = default)
    {
        RequireUsername(username);
        RequireEmail(email);
        RequirePassword(password);
        RequireName(name);
        var now = time.GetUtcNow();
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Username = username,
            Email = email,
            PasswordHash = hasher.Hash(password),
            EmailVerificationRequired = true,
            Metadata = new System.Text.Json.Nodes.JsonObject { ["name"] = name }.ToJsonString(),
            SecurityStamp = NewStamp(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await store.CreateAsync(user, cancellationToken);
        return user;
    }

    /// <summary>Marks the email verified (the owner followed a link sent to it) and lets a signed-up account sign in.</summary>
    public Task<User?> MarkEmailVerifiedAsync(string tenantId, Guid userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(tenantId, userId.ToString(), user => user with { EmailVerified = true, EmailVerificationRequired = false }, cancellationToken);

    /// <summary>
    /// A password reset through a link sent to the account's email: <see cref="SetPasswordAsync"/> (new hash, new
    /// security stamp, lock cleared), and the email verified, since the person proved control of it.
    /// </summary>
    public Task<User?> ResetPasswordAsync(string tenantId, Guid userId, string password, CancellationToken cancellationToken = default)
    {
        RequirePassword(password);
        return ChangeAsync(tenantId, userId.ToString(), user => user with
        {
            PasswordHash = hasher.Hash(password), SecurityStamp = NewStamp(), FailedLoginCount = 0, LockedUntil = null,
            EmailVerified = true, EmailVerificationRequired = false,
        }, cancellationToken);
    }

    /// <summary>A person's name as sign-up takes it: 1-200 characters, no control characters.</summary>
    public static void RequireName(string name)
    {
        if (name.Trim().Length is 0 or > 200 || name.Any(char.IsControl))
            throw new InvalidUserException("a name has 1 to 200 characters");
    }

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

    /// <summary>Whether the text is a username the rules accept (sign-up takes the email as username when it is).</summary>
    public static bool IsValidUsername(string username) => UsernamePattern().IsMatch(username);

    internal static void RequireUsername(string username)
    {
        if (!UsernamePattern().IsMatch(username))
            throw new InvalidUserException("username must be 1-100 characters: ASCII letters, digits and . _ @ + -");
    }

    internal static void RequireEmail(string? email)
    {
        if (email is not null && (email.Length > 254 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
            throw new InvalidUserException($"'{email}' is not an email address");
    }

    internal static void RequirePassword(string password)
    {
        if (password.Length < MinPasswordLength || password.Length > PasswordHasher.MaxPasswordLength)
            throw new InvalidUserException($"a password has {MinPasswordLength} to {PasswordHasher.MaxPasswordLength} characters");
    }

    internal static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    [GeneratedRegex(@"^[A-Za-z0-9._@+\-]{1,100}$")]
    private static partial Regex UsernamePattern();

}
