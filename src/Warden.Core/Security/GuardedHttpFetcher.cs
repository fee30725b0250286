using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Warden.Core.Security;

/// <summary>The body of a fetched URL, or why it was not fetched.</summary>
public sealed record FetchResult(string? Body, string? Failure)
{
    /// <summary>The HTTP status of the answer (0 when there was none); with <see cref="Failure"/> set, <see cref="Body"/> may
    /// still hold an error answer's body (a token endpoint's RFC 6749 §5.2 JSON).</summary>
    public int StatusCode { get; init; }

    public static FetchResult Failed(string reason) => new(null, reason);
}

/// <summary>
/// Fetches URLs that clients supplied (jwks_uri) without letting them point the server at itself or its network
/// (server-side request forgery): https only unless <see cref="OutboundFetchOptions.AllowHttp"/>, no redirects, no
/// proxy, a timeout and a response size cap, and every address the host name resolves to checked when the connection
/// is made, so a DNS answer that changes between a check and the connection (rebinding) cannot reach a refused
/// address. Loopback, private (RFC 1918, CGNAT), link-local (cloud metadata at 169.254.169.254), unique-local,
/// multicast and reserved addresses are refused unless <see cref="OutboundFetchOptions.AllowedNetworks"/> names them.
/// </summary>
public sealed class GuardedHttpFetcher : IDisposable
{
    private static readonly IPNetwork[] RefusedNetworks =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"), IPNetwork.Parse("224.0.0.0/3"),
        IPNetwork.Parse("::/127"), IPNetwork.Parse("64:ff9b::/96"), IPNetwork.Parse("64:ff9b:1::/48"), IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"), IPNetwork.Parse("ff00::/8"),
    ];

    private readonly OutboundFetchOptions _options;
    private readonly HttpClient _http;

    public GuardedHttpFetcher(OutboundFetchOptions options)
    {
        _options = options;
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            MaxResponseHeadersLength = 16,
            ConnectCallback = ConnectAsync,
        })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>The body of a GET of <paramref name="url"/> answered 2xx, or why there is none. Never throws for the URL's sake.</summary>
    public Task<FetchResult> GetStringAsync(string url, CancellationToken cancellationToken) =>
        SendAsync(url, () => new HttpRequestMessage(HttpMethod.Get, url), cancellationToken);

    /// <summary>
    /// A GET with a bearer token (an upstream provider's userinfo endpoint, RFC 6750 §2.1), under the same rules as
    /// <see cref="GetStringAsync(string, CancellationToken)"/>.
    /// </summary>
    public Task<FetchResult> GetStringAsync(string url, string bearerToken, CancellationToken cancellationToken) =>
        SendAsync(url, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearerToken);
            return request;
        }, cancellationToken);

    /// <summary>
    /// A form POST (an upstream provider's token endpoint), under the same rules; <paramref name="basicCredentials"/>,
    /// when given, is sent as HTTP Basic (RFC 6749 §2.3.1: both parts form-urlencoded first). A non-2xx answer is a
    /// failure that still carries its body, so the caller can read an RFC 6749 §5.2 error.
    /// </summary>
    public Task<FetchResult> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, (string User, string Password)? basicCredentials,
        CancellationToken cancellationToken) =>
        SendAsync(url, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
            if (basicCredentials is var (user, password))
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
                    Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(user) + ":" + Uri.EscapeDataString(password))));
            return request;
        }, cancellationToken);

    private async Task<FetchResult> SendAsync(string url, Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        if (RefuseUrl(url, _options.AllowHttp) is { } refusal)
            return FetchResult.Failed(refusal);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var request = createRequest();
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400)
                return FetchResult.Failed($"answered {status}: redirects are not followed") with { StatusCode = status };
            if (response.Content.Headers.ContentLength > _options.MaxResponseBytes)
                return FetchResult.Failed($"the response is larger than {_options.MaxResponseBytes} bytes") with { StatusCode = status };
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            var buffer = new byte[_options.MaxResponseBytes + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), timeout.Token)) > 0)
                length += read;
            if (length > _options.MaxResponseBytes)
                return FetchResult.Failed($"the response is larger than {_options.MaxResponseBytes} bytes") with { StatusCode = status };
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, length);
            return status is < 200 or >= 300
                ? new FetchResult(text, $"answered {status}") { StatusCode = status }
                : new FetchResult(text, null) { StatusCode = status };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed($"no answer within {_options.Timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException exception)
        {
            return FetchResult.Failed(exception.InnerException is RefusedAddressException refused ? refused.Message : "could not connect: " + exception.Message);
        }
        catch (Exception exception) when (exception is IOException or DecoderFallbackException)
        {
            return FetchResult.Failed("the response could not be read: " + exception.Message);
        }
    }

    /// <summary>Why the server would not fetch <paramref name="url"/> whatever it resolves to, or null.</summary>
    public static string? RefuseUrl(string url, bool allowHttp)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            return "not an http(s) URL";
        if (uri.Scheme == Uri.UriSchemeHttp && !allowHttp)
            return "not https (security.fetch_allow_http allows http, for development)";
        if (uri.UserInfo.Length > 0)
            return "the URL carries a user name or password";
        return null;
    }

    /// <summary>Whether an address may be connected to: not in a refused range, or in an allowed network.</summary>
    public bool IsPermitted(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        return _options.AllowedNetworks.Any(network => network.Contains(address)) || !RefusedNetworks.Any(network => network.Contains(address));
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var permitted = addresses.Where(IsPermitted).ToList();
        if (permitted.Count == 0)
            throw new RefusedAddressException(
                $"{host} is {string.Join(", ", addresses.Select(a => a.ToString()))}: loopback, private, link-local or reserved addresses are " +
                "not fetched unless security.fetch_allowed_networks names them");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted.ToArray(), context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The connection was not made because every address of the host is refused.</summary>
    private sealed class RefusedAddressException(string message) : IOException(message);
}
