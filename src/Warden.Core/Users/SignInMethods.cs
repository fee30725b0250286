namespace Warden.Core.Users;

/// <summary>
/// A kind of credential a person can sign in with besides a password (passkeys, linked upstream accounts): how many
/// of them a user has.
/// </summary>
public interface ISignInMethodSource
{
    /// <summary>What these credentials are called in logs and errors, e.g. "passkey".</summary>
    string Name { get; }

    Task<int> CountAsync(User user, CancellationToken cancellationToken = default);
}

/// <summary>
/// How many ways a person has to sign in: a password, and whatever every <see cref="ISignInMethodSource"/> counts.
/// Removing a credential is refused when it is the last one, so that nobody locks themselves out.
/// </summary>
public sealed class SignInMethods(IEnumerable<ISignInMethodSource> sources)
{
    private readonly ISignInMethodSource[] _sources = [.. sources];

    public async Task<int> CountAsync(User user, CancellationToken cancellationToken = default)
    {
        var count = user.PasswordHash is null ? 0 : 1;
        foreach (var source in _sources)
            count += await source.CountAsync(user, cancellationToken);
        return count;
    }
}
