using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Warden.Core.Caching;
using Warden.Core.IdentityProviders;
using Warden.Core.Security;

namespace Warden.Core.ExternalLogins;

/// <summary>What a round trip to the upstream remembers between the redirect and the callback.</summary>
/// <param name="LinkUserId">Set when a signed-in person links another account from the account page.</param>
/// <param name="BrowserBinding">The SHA-256 of the random value the starting browser holds in a cookie, so a callback
/// carried to another browser (login CSRF) is refused.</param>
public sealed record UpstreamState(string Provider, string Verifier, string Nonce, string ReturnUrl, Guid? LinkUserId, string BrowserBinding);

/// <summary>
/// The upstream round trip: <see cref="BeginAsync"/> keeps its state in the cache store under a random <c>state</c> (so
/// any instance can finish it) and gives the upstream's authorization URL; <see cref="CompleteAsync"/> takes that state
/// exactly once (read, then delete: of two callbacks with one state only the one whose delete succeeds goes on) and
/// redeems the code through <see cref="UpstreamClient"/>.
/// </summary>
public sealed class UpstreamSignIn(IdentityProviderDirectory providers, UpstreamClient upstream, ICacheStore cache)
{
    public static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    /// <summary>The callback this server registers at upstreams: <c>{issuer}/login/external/{name}/callback</c>.</summary>
    public static string RedirectUri(string issuer, string provider) => $"{issuer.TrimEnd('/')}/login/external/{provider}/callback";

    public sealed record Started(string AuthorizationUrl, string BrowserValue);

    /// <summary>The upstream URL to send the browser to and the value its binding cookie holds, or the failure.</summary>
    public async Task<(Started? Started, UpstreamFailure? Failure)> BeginAsync(string tenantId, string issuer, string providerName, string returnUrl,
        Guid? linkUserId, CancellationToken cancellationToken)
    {
        if (await providers.FindAsync(tenantId, providerName, cancellationToken) is not { } provider || linkUserId is null && !provider.ShowButton)
            return (null, new UpstreamFailure(UpstreamFailureReason.UnknownProvider, $"no provider '{providerName}' to sign in with"));
        var (endpoints, failure) = await upstream.EndpointsAsync(provider, cancellationToken);
        if (endpoints is null)
            return (null, new UpstreamFailure(UpstreamFailureReason.UpstreamUnavailable, failure!));
        var state = RandomValues.Secret();
        var nonce = RandomValues.Secret();
        var verifier = RandomValues.Secret();
        var browser = RandomValues.Secret();
        var remembered = new UpstreamState(provider.Name, verifier, nonce, returnUrl, linkUserId, Hash(browser));
        await cache.SetAsync(Key(tenantId, state), JsonSerializer.Serialize(remembered), StateLifetime, cancellationToken);
        return (new Started(UpstreamClient.AuthorizationUrl(provider, endpoints, RedirectUri(issuer, provider.Name), state, nonce, verifier), browser), null);
    }

    public sealed record Completed(IdentityProvider Provider, UpstreamState State, UpstreamIdentity Identity);

    /// <summary>
    /// Finishes the round trip for the callback's parameters and the browser's binding cookie. The state is used up
    /// whatever happens next, so a callback is never replayed.
    /// </summary>
    public async Task<(Completed? Completed, UpstreamState? State, UpstreamFailure? Failure)> CompleteAsync(string tenantId, string issuer,
        string providerName, string? state, string? code, string? error, string? browserValue, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(state) || state.Length > 200)
            return (null, null, new UpstreamFailure(UpstreamFailureReason.BadState, "no state"));
        var key = Key(tenantId, state);
        if (await cache.GetAsync(key, cancellationToken) is not { } stored || !await cache.DeleteAsync(key, cancellationToken))
            return (null, null, new UpstreamFailure(UpstreamFailureReason.BadState, "unknown, expired or already used state"));
        var remembered = JsonSerializer.Deserialize<UpstreamState>(stored)!;
        if (remembered.Provider != providerName)
            return (null, remembered, new UpstreamFailure(UpstreamFailureReason.BadState, "the state was issued for another provider"));
        if (browserValue is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(browserValue)),
                Encoding.ASCII.GetBytes(remembered.BrowserBinding)))
            return (null, remembered, new UpstreamFailure(UpstreamFailureReason.BadState, "the callback reached another browser than the one that started"));
        if (error is not null)
            return (null, remembered, new UpstreamFailure(UpstreamFailureReason.UpstreamDenied, "upstream error: " + Truncate(error)));
        if (string.IsNullOrEmpty(code))
            return (null, remembered, new UpstreamFailure(UpstreamFailureReason.UpstreamUnavailable, "the callback has neither code nor error"));
        if (await providers.FindAsync(tenantId, providerName, cancellationToken) is not { } provider)
            return (null, remembered, new UpstreamFailure(UpstreamFailureReason.UnknownProvider, $"provider '{providerName}' was removed"));
        var (endpoints, failure) = await upstream.EndpointsAsync(provider, cancellationToken);
        if (endpoints is null)
            return (null, remembered, new UpstreamFailure(UpstreamFailureReason.UpstreamUnavailable, failure!));
        var (identity, refusal) = await upstream.RedeemAsync(provider, endpoints, code, RedirectUri(issuer, provider.Name), remembered.Verifier,
            remembered.Nonce, cancellationToken);
        return identity is null ? (null, remembered, refusal) : (new Completed(provider, remembered, identity), remembered, null);
    }

    private static string Key(string tenantId, string state) => $"upstream-state:{tenantId}:{Hash(state)}";

    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static string Truncate(string text) => text.Length > 100 ? text[..100] : text;
}
