namespace Warden.Core.Registration;

public enum RegistrationPolicy
{
    /// <summary>POST /register is refused.</summary>
    Disabled,

    /// <summary>Anyone may register a client (RFC 7591 §3).</summary>
    Open,

    /// <summary>Registering needs an initial access token created by an operator.</summary>
    InitialAccessToken,
}

/// <param name="RotateAccessToken">Issue a new registration access token on every update (RFC 7592 §2.2 allows it).</param>
/// <param name="RequestsPerHour">Registrations accepted per client address per hour.</param>
/// <param name="DefaultScopes">Scopes a client for people gets when it is registered or created without any (those defined).</param>
public sealed record RegistrationOptions(RegistrationPolicy Policy, bool RotateAccessToken, int RequestsPerHour, IReadOnlyList<string> DefaultScopes);
