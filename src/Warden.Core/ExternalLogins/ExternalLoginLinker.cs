using System.Text;
using System.Text.RegularExpressions;
using Warden.Core.IdentityProviders;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Users;

namespace Warden.Core.ExternalLogins;

/// <summary>
/// Decides which local user a validated upstream identity is, under the provider's <see cref="LinkPolicy"/>: the linked
/// user; else, when linking from the account page, the signed-in user; else by verified email when the policy allows;
/// else a user created just in time; or a refusal. Only an identity that passed <see cref="UpstreamClient"/>'s checks
/// ever reaches it, so no link is made from an unvalidated assertion.
/// </summary>
public sealed partial class ExternalLoginLinker(IExternalLoginStore logins, IUserStore users, UserAdministration administration, KeyProtector protector,
    TimeProvider time)
{
    public sealed record Outcome(User? User, ExternalLogin? Login, bool Created, bool Linked, UpstreamFailure? Failure);

    public async Task<Outcome> ResolveAsync(string tenantId, IdentityProvider provider, UpstreamIdentity identity, Guid? linkUserId,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var tokens = identity.Tokens is { } json ? protector.Protect(Encoding.UTF8.GetBytes(json)) : null;
        var existing = await logins.FindAsync(tenantId, provider.Name, identity.Subject, cancellationToken);
        if (existing is not null)
        {
            if (linkUserId is { } linking && existing.UserId != linking)
                return Refused(UpstreamFailureReason.LinkedElsewhere, "the upstream account is linked to another user");
            var linkedUser = await users.FindByIdAsync(tenantId, existing.UserId, cancellationToken);
            if (linkedUser is null || !linkedUser.IsActive || linkedUser.LockedUntil > now)
                return Refused(UpstreamFailureReason.UserUnavailable, "the linked user is deactivated, locked or gone");
            await logins.RecordUseAsync(tenantId, existing.Id, now, tokens, cancellationToken);
            return new Outcome(linkedUser, existing, false, false, null);
        }

        if (linkUserId is { } userId)
        {
            var user = await users.FindByIdAsync(tenantId, userId, cancellationToken);
            return user is null
                ? Refused(UpstreamFailureReason.UserUnavailable, "the signed-in user is gone")
                : await LinkAsync(tenantId, provider, identity, user, tokens, created: false, cancellationToken);
        }

        if (provider.LinkPolicy == LinkPolicy.AccountPage)
            return Refused(UpstreamFailureReason.NotLinked, "the provider links from the account page only");

        // An address the upstream did not verify is neither linked by nor given to a new user (see CreateUserAsync).
        if (identity.Email is { } email && identity.EmailVerified)
        {
            var holder = await users.FindByEmailAsync(tenantId, email, cancellationToken);
            if (holder is not null)
            {
                // Both sides must vouch for the address: the upstream says it verified it, and the local account's is verified.
                if (provider.LinkPolicy == LinkPolicy.LinkVerifiedEmail && identity.EmailVerified && holder.EmailVerified)
                {
                    if (!holder.IsActive || holder.LockedUntil > now)
                        return Refused(UpstreamFailureReason.UserUnavailable, "the user with that email is deactivated or locked");
                    return await LinkAsync(tenantId, provider, identity, holder, tokens, created: false, cancellationToken);
                }
                return Refused(UpstreamFailureReason.EmailInUse, "a local user has the upstream's email address");
            }
        }

        var created = await CreateUserAsync(tenantId, provider, identity, cancellationToken);
        return await LinkAsync(tenantId, provider, identity, created, tokens, created: true, cancellationToken);

        Outcome Refused(UpstreamFailureReason reason, string detail) => new(null, null, false, false, new UpstreamFailure(reason, detail));
    }

    private async Task<Outcome> LinkAsync(string tenantId, IdentityProvider provider, UpstreamIdentity identity, User user, byte[]? tokens, bool created,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var login = new ExternalLogin
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, Provider = provider.Name, Subject = identity.Subject, UserId = user.Id,
            Email = identity.Email, EmailVerified = identity.EmailVerified, LinkedAt = now, LastUsedAt = now, EncryptedTokens = tokens,
        };
        try
        {
            await logins.CreateAsync(login, cancellationToken);
        }
        catch (DuplicateEntityException)
        {
            // Two callbacks of one upstream account raced; the other linked it.
            return new Outcome(null, null, false, false, new UpstreamFailure(UpstreamFailureReason.LinkedElsewhere, "linked concurrently"));
        }
        return new Outcome(user, login, created, true, null);
    }

    /// <summary>
    /// A user without a password, with the upstream's verified email: the upstream's username, else the email's local part,
    /// else provider-subject; numbered when taken.
    /// </summary>
    private async Task<User> CreateUserAsync(string tenantId, IdentityProvider provider, UpstreamIdentity identity, CancellationToken cancellationToken)
    {
        var proposed = Clean(identity.Username) ?? Clean(identity.Email?.Split('@')[0]) ?? Clean($"{provider.Name}-{identity.Subject}") ?? provider.Name;
        for (var attempt = 0; ; attempt++)
        {
            var username = attempt == 0 ? proposed : $"{proposed[..Math.Min(proposed.Length, 90)]}-{RandomValues.Identifier()[..6].ToLowerInvariant()}";
            if (await users.FindByUsernameAsync(tenantId, username, cancellationToken) is not null && attempt < 5)
                continue;
            try
            {
                return await administration.CreateAsync(tenantId, new UserChanges
                {
                    // Only a verified address: an unverified one would let anyone holding an account at a careless provider
                    // take the address here before its owner signs up. The link keeps the address as the provider gave it.
                    Username = username, Email = identity.EmailVerified ? identity.Email : null, EmailVerified = identity.EmailVerified, Name = identity.Name,
                    ProfilePictureUrl = identity.Picture is { Length: <= UserAdministration.MaxPictureUrlLength } picture
                                        && picture.StartsWith("https://", StringComparison.Ordinal) ? picture : null,
                }, cancellationToken);
            }
            catch (DuplicateEntityException) when (attempt < 5)
            {
            }
        }
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        var cleaned = UnsafeCharacters().Replace(text, "-").Trim('-');
        cleaned = cleaned.Length > 100 ? cleaned[..100] : cleaned;
        return cleaned.Length == 0 || !UserAdministration.IsValidUsername(cleaned) ? null : cleaned;
    }

    [GeneratedRegex("[^A-Za-z0-9._@+-]+")]
    private static partial Regex UnsafeCharacters();
}
