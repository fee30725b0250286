namespace Warden.Core.Authorization;

/// <summary>
/// Redirect URIs are compared exactly, character for character (RFC 9700 §4.1.3), with one exception: a native app's
/// loopback redirect URI (http://127.0.0.1, http://[::1] or http://localhost) may use any port, because the app picks a
/// free one at run time (RFC 8252 §7.3).
/// </summary>
public static class RedirectUriRules
{
    public static bool IsRegistered(string requested, IReadOnlyList<string> registered)
    {
        if (registered.Contains(requested, StringComparer.Ordinal))
            return true;
        if (!IsLoopback(requested, out var request))
            return false;
        foreach (var candidate in registered)
        {
            if (IsLoopback(candidate, out var allowed)
                && string.Equals(request.Host, allowed.Host, StringComparison.OrdinalIgnoreCase)
                && AfterAuthority(requested) == AfterAuthority(candidate))
                return true;
        }
        return false;
    }

    private static bool IsLoopback(string value, out Uri uri) =>
        Uri.TryCreate(value, UriKind.Absolute, out uri!) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback
        && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0 && value.StartsWith("http://", StringComparison.Ordinal);

    /// <summary>Path and query exactly as written, so that everything but host and port is compared character for character.</summary>
    private static string AfterAuthority(string value)
    {
        var end = value.IndexOfAny(['/', '?'], "http://".Length);
        return end < 0 ? "" : value[end..];
    }
}
