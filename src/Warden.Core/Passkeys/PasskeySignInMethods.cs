using Warden.Core.Users;

namespace Warden.Core.Passkeys;

/// <summary>A person's passkeys, counted as ways to sign in (so that removing the last one is refused when they have no password).</summary>
public sealed class PasskeySignInMethods(IPasskeyStore passkeys) : ISignInMethodSource
{
    public string Name => "passkey";

    public Task<int> CountAsync(User user, CancellationToken cancellationToken = default) =>
        passkeys.CountAsync(user.TenantId, user.Id, cancellationToken);
}
