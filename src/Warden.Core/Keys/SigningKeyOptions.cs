namespace Warden.Core.Keys;

/// <param name="DefaultAlgorithm">ES256 or RS256: what clients without their own choice get.</param>
/// <param name="ActivationDelay">How long a rotated-in key is only published before it signs, so that resource servers
/// caching the JWKS learn it first.</param>
/// <param name="MaxTokenLifetime">The longest an access token can live: a retired key stays published this long.</param>
/// <param name="RefreshInterval">How often an instance rereads the keys, which is how instances sharing a database
/// agree on rotations made elsewhere.</param>
public sealed record SigningKeyOptions(string DefaultAlgorithm, TimeSpan ActivationDelay, TimeSpan MaxTokenLifetime, TimeSpan RefreshInterval);
