using System.Net;

namespace Warden.Core.Security;

/// <summary>The rules for every URL a client gives and the server then fetches (jwks_uri).</summary>
/// <param name="AllowHttp">Whether plain http URLs are fetched (development only); otherwise only https.</param>
/// <param name="AllowedNetworks">Addresses fetched even though they are loopback, private, link-local, unique-local or
/// cloud metadata addresses.</param>
/// <param name="Timeout">The longest one fetch may take, connecting included.</param>
/// <param name="MaxResponseBytes">The largest response body read; a larger one is refused.</param>
public sealed record OutboundFetchOptions(bool AllowHttp, IReadOnlyList<IPNetwork> AllowedNetworks, TimeSpan Timeout, int MaxResponseBytes)
{
    public static OutboundFetchOptions Default { get; } = new(AllowHttp: false, AllowedNetworks: [], Timeout: TimeSpan.FromSeconds(5),
        MaxResponseBytes: 64 * 1024);
}
