using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Warden.Configuration;
using Warden.Core.Registration;
using Warden.Tests.OAuth;
using Xunit;
using Xunit.Abstractions;

namespace Warden.Tests.Reliability;

/// <summary>
/// Thousands of malformed requests to every endpoint, generated from a seed (printed, and set with WARDEN_FUZZ_SEED to
/// replay a failure): random and boundary parameters, repeats, huge values, wrong content types, broken Basic headers,
/// broken JWT assertions, invalid UTF-8. No answer may be a 5xx, every protocol error body must be an RFC error object
/// with a code its RFC defines, and the server must still serve valid requests afterwards.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Requests = 3000;

    private static readonly string[] ParameterNames =
    [
        "grant_type", "client_id", "client_secret", "scope", "code", "redirect_uri", "code_verifier", "refresh_token", "token",
        "token_type_hint", "resource", "client_assertion", "client_assertion_type", "device_code", "response_type", "state", "nonce",
        "prompt", "max_age", "code_challenge", "code_challenge_method", "response_mode", "user_code", "id_token_hint",
        "post_logout_redirect_uri", "login_hint", "request", "request_uri", "decision", "username", "password",
    ];

    private static readonly string[] GrantTypes =
    [
        "client_credentials", "authorization_code", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code", "password", "implicit", "",
    ];

    /// <summary>
    /// The error codes each family of endpoints may answer with (RFC 6749 §5.2, 7009, 7662, 6750, 7591, 8628, 8707), besides
    /// temporarily_unavailable, which any endpoint may answer when storage is unreachable or a rate limit is reached.
    /// </summary>
    private static readonly Dictionary<string, HashSet<string>> AllowedErrors = new()
    {
        ["/token"] =
        [
            "invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope",
            "invalid_target", "authorization_pending", "slow_down", "access_denied", "expired_token",
        ],
        ["/introspect"] = ["invalid_request", "invalid_client", "unauthorized_client"],
        ["/revoke"] = ["invalid_request", "invalid_client", "unauthorized_client", "unsupported_token_type"],
        ["/device_authorization"] = ["invalid_request", "invalid_client", "unauthorized_client", "invalid_scope"],
        ["/userinfo"] = ["invalid_request", "invalid_token", "insufficient_scope"],
        ["/register"] =
        [
            "invalid_request", "invalid_redirect_uri", "invalid_client_metadata", "invalid_software_statement", "invalid_token",
            "access_denied", "temporarily_unavailable",
        ],
    };

    private static readonly string[] FormEndpoints = ["/token", "/introspect", "/revoke", "/device_authorization"];
    private static readonly string[] PageEndpoints = ["/authorize", "/consent", "/device", "/end_session", "/login", "/logout"];

    [Fact]
    public async Task Malformed_requests_never_get_a_5xx_and_errors_follow_the_RFCs()
    {
        var seed = Environment.GetEnvironmentVariable("WARDEN_FUZZ_SEED") is { } fixedSeed ? int.Parse(fixedSeed) : Random.Shared.Next();
        output.WriteLine($"fuzz seed {seed} (replay with WARDEN_FUZZ_SEED={seed})");
        var random = new Random(seed);
        await using var warden = await AuthorizationCodeFixture.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory },
            options => options with
            {
                Registration = options.Registration with { Policy = RegistrationPolicy.Open, RequestsPerHour = 100_000 },
                Limits = options.Limits with { AuthorizePerMinute = 0, DevicePerMinute = 0 },
            });
        var (client, secret) = await warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        var (web, _) = await warden.CreateClientAsync(AuthorizationCodeFixture.WebClient());
        string[] clientIds = [client.ClientId, web.ClientId, "unknown", ""];
        // Header values go out as raw UTF-8 bytes, so non-ASCII headers reach the server instead of failing in the client.
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 })
        {
            BaseAddress = warden.Client.BaseAddress,
        };

        for (var i = 0; i < Requests; i++)
        {
            using var request = Generate(random, clientIds, secret!);
            var description = $"request {i} (seed {seed}): {request.Method} {request.RequestUri}";
            using var response = await http.SendAsync(request);
            var status = (int)response.StatusCode;
            Assert.True(status < 500, $"{description} answered {status}: {await response.Content.ReadAsStringAsync()}");

            var path = request.RequestUri!.OriginalString.Split('?')[0];
            var family = path.StartsWith("/register", StringComparison.Ordinal) ? "/register" : path;
            if (status >= 400 && AllowedErrors.TryGetValue(family, out var allowed) && response.Content.Headers.ContentLength > 0)
            {
                var body = await response.Content.ReadAsStringAsync();
                using var json = JsonDocument.Parse(body);
                var error = json.RootElement.GetProperty("error").GetString();
                Assert.True(allowed.Contains(error!) || error == "temporarily_unavailable", $"{description} answered error '{error}', which {family} may not use: {body}");
                if (json.RootElement.TryGetProperty("error_description", out var errorDescription))
                    Assert.True(errorDescription.GetString()!.All(c => c is >= ' ' and <= '~' or >= '\u00a0'), $"{description}: error_description has control characters");
            }
        }

        var token = await warden.ClientCredentialsTokenAsync(client.ClientId, secret!);
        Assert.True((await warden.IntrospectAsync(token, client.ClientId, secret!)).GetProperty("active").GetBoolean());
    }

    private static HttpRequestMessage Generate(Random random, string[] clientIds, string secret)
    {
        var choice = random.Next(100);
        if (choice < 55)
        {
            var path = FormEndpoints[random.Next(FormEndpoints.Length)];
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = FormBody(random, clientIds, secret) };
            AddAuthorization(random, request, clientIds, secret);
            return request;
        }
        if (choice < 70)
        {
            var path = PageEndpoints[random.Next(PageEndpoints.Length)];
            var method = random.Next(3) == 0 ? HttpMethod.Post : HttpMethod.Get;
            var request = new HttpRequestMessage(method, path + "?" + Query(random, clientIds, secret));
            if (method == HttpMethod.Post)
                request.Content = FormBody(random, clientIds, secret);
            return request;
        }
        if (choice < 80)
        {
            var request = new HttpRequestMessage(random.Next(2) == 0 ? HttpMethod.Get : HttpMethod.Post, "/userinfo");
            AddAuthorization(random, request, clientIds, secret, bearer: true);
            if (request.Method == HttpMethod.Post)
                request.Content = FormBody(random, clientIds, secret);
            return request;
        }
        var methods = new[] { HttpMethod.Post, HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete };
        var registrationMethod = methods[random.Next(methods.Length)];
        var registration = new HttpRequestMessage(registrationMethod,
            registrationMethod == HttpMethod.Post ? "/register" : "/register/" + Uri.EscapeDataString(Value(random, clientIds, secret)));
        if (registrationMethod == HttpMethod.Post || registrationMethod == HttpMethod.Put)
            registration.Content = JsonBody(random, clientIds, secret);
        AddAuthorization(random, registration, clientIds, secret, bearer: true);
        return registration;
    }

    private static HttpContent FormBody(Random random, string[] clientIds, string secret)
    {
        var kind = random.Next(12);
        HttpContent content = kind switch
        {
            0 => new ByteArrayContent([0x67, 0x72, 0x61, 0x6e, 0x74, 0x3d, 0xff, 0xfe, 0xc3, 0x28]),
            1 => new ByteArrayContent(RandomBytes(random, random.Next(0, 2000))),
            2 => new StringContent(new string('a', 70_000) + "=" + new string('b', 10)),
            _ => new StringContent(Query(random, clientIds, secret), Encoding.UTF8),
        };
        content.Headers.ContentType = random.Next(8) switch
        {
            0 => new MediaTypeHeaderValue("application/json"),
            1 => new MediaTypeHeaderValue("text/plain"),
            2 => null,
            _ => new MediaTypeHeaderValue("application/x-www-form-urlencoded"),
        };
        return content;
    }

    private static string Query(Random random, string[] clientIds, string secret)
    {
        var pairs = new List<string>();
        var count = random.Next(0, 12);
        for (var i = 0; i < count; i++)
        {
            var name = random.Next(10) == 0 ? Value(random, clientIds, secret) : ParameterNames[random.Next(ParameterNames.Length)];
            var value = name == "grant_type" && random.Next(2) == 0 ? GrantTypes[random.Next(GrantTypes.Length)] : Value(random, clientIds, secret);
            pairs.Add(Escape(random, name) + "=" + Escape(random, value));
            if (random.Next(8) == 0)
                pairs.Add(Escape(random, name) + "=" + Escape(random, Value(random, clientIds, secret)));
        }
        return string.Join('&', pairs);
    }

    /// <summary>Mostly escaped, sometimes raw (stray %, + and &amp; are part of the fuzz).</summary>
    private static string Escape(Random random, string value) =>
        random.Next(10) == 0 ? value.Replace("&", "").Replace("#", "") : Uri.EscapeDataString(value);

    private static string Value(Random random, string[] clientIds, string secret) => random.Next(16) switch
    {
        0 => "",
        1 => new string('x', random.Next(1000, 9000)),
        2 => "\u0000\u0001\u001f\u007f",
        3 => "😀ünïcødé\u200b\ufeff",
        4 => clientIds[random.Next(clientIds.Length)],
        5 => secret,
        6 => "https://app.example/cb",
        7 => "openid profile email offline_access invoices.read",
        8 => Jwt(random),
        9 => "-1",
        10 => "99999999999999999999",
        11 => "%zz%",
        12 => "\"';--<script>alert(1)</script>",
        13 => "S256",
        14 => "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        _ => Convert.ToBase64String(RandomBytes(random, random.Next(1, 64))),
    };

    private static string Jwt(Random random)
    {
        string Segment() => random.Next(4) switch
        {
            0 => Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}""")).TrimEnd('='),
            1 => Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"alg":"RS256","kid":"x","iss":"a","sub":"b","aud":"c","exp":1}""")).TrimEnd('='),
            2 => "!!!not-base64!!!",
            _ => Convert.ToBase64String(RandomBytes(random, random.Next(0, 100))).Replace('+', '-').Replace('/', '_').TrimEnd('='),
        };
        return string.Join('.', Enumerable.Range(0, random.Next(1, 5)).Select(_ => Segment()));
    }

    private static HttpContent JsonBody(Random random, string[] clientIds, string secret)
    {
        string[] fields = ["redirect_uris", "grant_types", "response_types", "token_endpoint_auth_method", "scope", "client_name", "jwks", "jwks_uri",
            "contacts", "client_uri", "logo_uri", "software_statement", "client_id", "client_secret", "post_logout_redirect_uris"];
        string JsonValue() => random.Next(7) switch
        {
            0 => JsonSerializer.Serialize(Value(random, clientIds, secret)),
            1 => "[" + string.Join(',', Enumerable.Range(0, random.Next(0, 4)).Select(_ => JsonSerializer.Serialize(Value(random, clientIds, secret)))) + "]",
            2 => random.Next().ToString(),
            3 => "null",
            4 => "{\"keys\":[{\"kty\":\"EC\"}]}",
            5 => "true",
            _ => "[\"https://app.example/cb\"]",
        };
        var body = random.Next(10) switch
        {
            0 => "{\"unterminated\": ",
            1 => "[1,2,3]",
            2 => new string('[', 5000),
            _ => "{" + string.Join(',', Enumerable.Range(0, random.Next(0, 8)).Select(_ => $"\"{fields[random.Next(fields.Length)]}\":{JsonValue()}")) + "}",
        };
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = random.Next(6) == 0 ? new MediaTypeHeaderValue("text/plain") : new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static void AddAuthorization(Random random, HttpRequestMessage request, string[] clientIds, string secret, bool bearer = false)
    {
        var value = random.Next(8) switch
        {
            0 => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(clientIds[random.Next(clientIds.Length)] + ":" + secret)),
            1 => "Basic !!!notbase64",
            2 => "Basic " + Convert.ToBase64String([0xff, 0x3a, 0xfe]),
            3 => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("no-colon")),
            4 => "Bearer " + Value(random, clientIds, secret),
            5 => "Bearer",
            6 when bearer => "Bearer " + Jwt(random),
            _ => null,
        };
        // CR, LF and NUL cannot be sent in a header at all; everything else can.
        if (value is not null)
            request.Headers.TryAddWithoutValidation("Authorization", new string(value.Where(c => c is not ('\r' or '\n' or '\0')).ToArray()));
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
