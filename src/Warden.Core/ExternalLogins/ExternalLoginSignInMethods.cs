using Warden.Core.Users;

namespace Warden.Core.ExternalLogins;

/// <summary>Each linked upstream account is a way to sign in (<see cref="SignInMethods"/>).</summary>
public sealed class ExternalLoginSignInMethods(IExternalLoginStore logins) : ISignInMethodSource
{
    public string Name => "linked account";

    public async Task<int> CountAsync(User user, CancellationToken cancellationToken = default) =>
        (await logins.ListByUserAsync(user.TenantId, user.Id, cancellationToken)).Count;
}
