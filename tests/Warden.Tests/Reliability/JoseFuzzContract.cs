using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Warden.Configuration;
using Warden.Core.Registration;
using Warden.Tests.OAuth;
using Warden.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Warden.Tests.Reliability;

/// <summary>
/// Malformed JWTs, generated from a seed (printed; WARDEN_FUZZ_SEED replays it), sent to every place that reads one:
/// client assertions at /token, access tokens at /introspect, /revoke and /userinfo, ID token hints at /end_session,
/// refresh tokens at /token, registration access tokens at /register/{id} and software statements at /register. Header
/// and claim values of the wrong JSON type, huge values, bad base64, non-JSON and array segments, with the server's own
/// kid and a real client id so the reader gets past the first checks. Each must be an invalid credential with the
/// endpoint's RFC error, never a 5xx. Bound once per storage backend.
/// </summary>
public abstract class JoseFuzzContract<TBackend>(ITestOutputHelper output) : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private const int Tokens = 3000;
    private readonly TemporaryDirectory _directory = new();
    private RunningWarden? _warden;

    public async Task InitializeAsync() => _warden = await RunningWarden.StartAsync(await new TBackend().CreateAsync(_directory),
        configure: options => options with
        {
            Registration = options.Registration with { Policy = RegistrationPolicy.Open, RequestsPerHour = 100_000 },
        });

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Malformed_JWTs_are_invalid_credentials_at_every_endpoint_that_reads_one()
    {
        var warden = _warden!;
        var seed = Environment.GetEnvironmentVariable("WARDEN_FUZZ_SEED") is { } fixedSeed ? int.Parse(fixedSeed) : Random.Shared.Next();
        output.WriteLine($"JOSE fuzz seed {seed} (replay with WARDEN_FUZZ_SEED={seed})");
        var random = new Random(seed);

        var (machine, secret) = await warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        var (web, webSecret) = await warden.CreateClientAsync(AuthorizationCodeFixture.WebClient());
        using var clientKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var point = clientKey.ExportParameters(false).Q;
        var jwks = JsonSerializer.Serialize(new
        {
            keys = new[] { new { kty = "EC", crv = "P-256", kid = "c1", alg = "ES256", use = "sig", x = Base64UrlEncoder.Encode(point.X), y = Base64UrlEncoder.Encode(point.Y) } },
        });
        var (assertingClient, _) = await warden.CreateClientAsync(OAuthClientHelpers.MachineClient("asserting") with
        {
            TokenEndpointAuthMethod = "private_key_jwt", Jwks = jwks,
        });
        using var jwksResponse = JsonDocument.Parse(await warden.Client.GetStringAsync("/.well-known/jwks.json"));
        var serverKids = jwksResponse.RootElement.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()!).ToArray();
        var corpus = new MalformedJwtCorpus(random, [.. serverKids, "c1"], [machine.ClientId, assertingClient.ClientId, warden.Issuer],
            [warden.Issuer, warden.Issuer + "/token"], clientKey);

        for (var i = 0; i < Tokens; i++)
        {
            var jwt = corpus.Next();
            var target = i % 8;
            var description = $"token {i} (seed {seed}) to target {target}: {(jwt.Length > 300 ? jwt[..300] + "…" : jwt)}";
            var (status, body) = target switch
            {
                0 or 1 => await PostAsync(warden, "/token", [new("grant_type", "client_credentials"),
                    new("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), new("client_assertion", jwt)]),
                2 => await PostAsync(warden, "/introspect", [new("token", jwt)], machine.ClientId, secret),
                3 => await PostAsync(warden, "/revoke", [new("token", jwt)], machine.ClientId, secret),
                4 => await SendAsync(warden, new HttpRequestMessage(HttpMethod.Get, "/userinfo"), jwt),
                5 => await PostAsync(warden, "/end_session", [new("id_token_hint", jwt)]),
                6 => await PostAsync(warden, "/token", [new("grant_type", "refresh_token"), new("refresh_token", jwt)], web.ClientId, webSecret),
                _ when i % 16 == 7 => await SendAsync(warden, new HttpRequestMessage(HttpMethod.Get, "/register/" + assertingClient.ClientId), jwt),
                _ => await SendAsync(warden, new HttpRequestMessage(HttpMethod.Post, "/register")
                {
                    Content = new StringContent(JsonSerializer.Serialize(new { redirect_uris = new[] { "https://app.example/cb" }, software_statement = jwt }),
                        Encoding.UTF8, "application/json"),
                }, null),
            };
            Assert.True(status < 500, $"{description} answered {status}: {body}");
            string[] expected = target switch
            {
                0 or 1 => ["401 invalid_client", "400 invalid_request"],
                2 => ["200 active=false"],
                3 => ["200"],
                // Kestrel refuses a header over 32 KiB itself (431) before any reader sees it.
                4 => ["401 invalid_token", "400 invalid_request", "431"],
                5 => ["400"],
                6 => ["400 invalid_grant", "400 invalid_request"],
                _ when i % 16 == 7 => ["401 invalid_token", "431"],
                _ => ["400 invalid_software_statement"],
            };
            Assert.True(expected.Contains(Outcome(status, body, target)), $"{description} answered {status}: {body}; expected one of {string.Join(", ", expected)}");
        }

        Assert.True((await warden.IntrospectAsync(await warden.ClientCredentialsTokenAsync(machine.ClientId, secret!), machine.ClientId, secret!))
            .GetProperty("active").GetBoolean());
    }

    private static string Outcome(int status, string body, int target)
    {
        if (target == 2 && status == 200)
            return "200 active=" + (JsonDocument.Parse(body).RootElement.GetProperty("active").GetBoolean() ? "true" : "false");
        if (target is 3 or 5 || body.Length == 0 || !body.StartsWith('{'))
            return status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return JsonDocument.Parse(body).RootElement.TryGetProperty("error", out var error) ? $"{status} {error.GetString()}" : $"{status}";
    }

    private static async Task<(int Status, string Body)> PostAsync(RunningWarden warden, string path, KeyValuePair<string, string>[] form,
        string? clientId = null, string? secret = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        if (clientId is not null)
            request.Headers.Authorization = OAuthClientHelpers.Basic(clientId, secret!);
        return await SendAsync(warden, request, null);
    }

    private static async Task<(int Status, string Body)> SendAsync(RunningWarden warden, HttpRequestMessage request, string? bearer)
    {
        using (request)
        {
            if (bearer is not null)
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
            using var response = await warden.Client.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status == 401 && response.Headers.WwwAuthenticate.FirstOrDefault(h => h.Scheme == "Bearer") is { } challenge
                && (await response.Content.ReadAsStringAsync()).Length == 0)
                return (status, $$"""{"error":"{{ChallengeError(challenge)}}"}""");
            return (status, await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>RFC 6750 §3: a bearer error travels in the WWW-Authenticate header when the body is empty.</summary>
    private static string ChallengeError(AuthenticationHeaderValue challenge) =>
        challenge.Parameter?.Split(',').Select(part => part.Trim()).FirstOrDefault(part => part.StartsWith("error=", StringComparison.Ordinal))?["error=".Length..].Trim('"')
        ?? "invalid_token";
}

/// <summary>
/// Generates malformed compact JWTs: each segment is either a JSON object built from plausible header or claim names with
/// values of random JSON types (strings, numbers out of range, arrays, objects, null, huge strings), or broken (bad base64,
/// non-JSON, a JSON array or scalar, invalid UTF-8, nested arrays); sometimes too few or too many segments; sometimes
/// signed with a real key so that verification succeeds and only the claims are wrong.
/// </summary>
public sealed class MalformedJwtCorpus(Random random, string[] kids, string[] issuers, string[] audiences, ECDsa signingKey)
{
    private static readonly string[] HeaderNames = ["alg", "kid", "typ", "cty", "crit", "jku", "x5c", "x5t", "zip", "enc"];
    private static readonly string[] TypedHeaderNames = ["alg", "kid", "typ"];
    private static readonly string[] TypedClaimNames = ["iss", "sub", "aud", "exp", "nbf", "iat", "jti", "client_id", "scope", "nonce", "sid"];
    private static readonly string[] NotString = ["1", "1.5", "true", "null", "[]", "{}", "[1,\"x\",null]", "1e400", "[\"a\"]"];
    private static readonly string[] NotDate = ["\"x\"", "\"1700000000\"", "1e400", "-1", "[]", "{}", "true", "null", "99999999999999999999999999"];
    private static readonly string[] NotAudience = ["1", "{}", "[1,\"x\",null]", "true", "null", "[[\"a\"]]"];
    private static readonly string[] ClaimNames = ["iss", "sub", "aud", "exp", "nbf", "iat", "jti", "client_id", "scope", "nonce", "sid", "azp", "auth_time", "cnf"];

    public string Next()
    {
        // Every token has at least one defect: a broken segment, or a header or claim value of the wrong JSON type.
        var defectInHeader = random.Next(3) == 0;
        var header = random.Next(10) == 0 ? BrokenSegment() : Encode(Header(defectInHeader));
        var payload = random.Next(10) == 0 ? BrokenSegment() : Encode(Claims(!defectInHeader));
        var signingInput = header + "." + payload;
        var signature = random.Next(4) switch
        {
            0 => Base64UrlEncoder.Encode(signingKey.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256)),
            1 => "",
            2 => "!!!",
            _ => Base64UrlEncoder.Encode(Bytes(random.Next(1, 100))),
        };
        return random.Next(12) switch
        {
            // An empty parameter is a missing one, a different error; "." is as broken and still present.
            0 => header.Length > 0 ? header : ".",
            1 => signingInput,
            2 => signingInput + "." + signature + "." + payload,
            3 => signingInput + "." + signature + ".." ,
            _ => signingInput + "." + signature,
        };
    }

    private string Header(bool defect)
    {
        var fields = new Dictionary<string, string>
        {
            ["alg"] = Quote(random.Next(5) == 0 ? "none" : "ES256"),
            ["kid"] = Quote(kids[random.Next(kids.Length)]),
            ["typ"] = Quote(random.Next(2) == 0 ? "JWT" : "at+jwt"),
        };
        Mutate(fields, HeaderNames);
        if (defect)
            fields[TypedHeaderNames[random.Next(TypedHeaderNames.Length)]] = WrongType(NotString);
        return Object(fields);
    }

    private string Claims(bool defect)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var issuer = issuers[random.Next(issuers.Length)];
        var fields = new Dictionary<string, string>
        {
            ["iss"] = Quote(issuer),
            ["sub"] = Quote(issuer),
            ["aud"] = Quote(audiences[random.Next(audiences.Length)]),
            ["exp"] = (now + 60).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["iat"] = now.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["jti"] = Quote(Guid.NewGuid().ToString()),
        };
        Mutate(fields, ClaimNames);
        if (defect)
        {
            var name = TypedClaimNames[random.Next(TypedClaimNames.Length)];
            fields[name] = WrongType(name switch { "exp" or "nbf" or "iat" => NotDate, "aud" => NotAudience, _ => NotString });
        }
        return Object(fields);
    }

    /// <summary>One to four fields get a value of a random (mostly wrong) JSON type; some are dropped or added.</summary>
    private void Mutate(Dictionary<string, string> fields, string[] names)
    {
        for (var count = random.Next(1, 5); count > 0; count--)
        {
            var name = names[random.Next(names.Length)];
            if (random.Next(6) == 0)
                fields.Remove(name);
            else
                fields[name] = Value();
        }
    }

    private string Value() => random.Next(16) switch
    {
        0 => "1",
        1 => "-1",
        2 => "1e400",
        3 => "99999999999999999999999999",
        4 => "1.5",
        5 => "true",
        6 => "null",
        7 => "[]",
        8 => "[1,\"x\",null]",
        9 => "{}",
        10 => "{\"a\":[1]}",
        11 => Quote(new string('x', random.Next(2000, 12000))),
        12 => "\"x\"",
        13 => Quote(""),
        14 => "[" + string.Join(',', Enumerable.Repeat("\"https://a.example\"", random.Next(1, 50))) + "]",
        _ => random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private string WrongType(string[] values) => values[random.Next(values.Length)];

    private string BrokenSegment() => random.Next(9) switch
    {
        0 => "!!!not-base64!!!",
        1 => Encode("not json"),
        2 => Encode("[1,2,3]"),
        3 => Encode("\"a string\""),
        4 => Encode("42"),
        5 => Base64UrlEncoder.Encode([0xff, 0xfe, 0x7b, 0x22]),
        6 => Encode(new string('[', 3000)),
        7 => Encode("{\"alg\":"),
        _ => "",
    };

    private static string Object(Dictionary<string, string> fields) => "{" + string.Join(',', fields.Select(pair => Quote(pair.Key) + ":" + pair.Value)) + "}";

    private static string Quote(string value) => JsonSerializer.Serialize(value);

    private static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}

public sealed class MemoryJoseFuzzTests(ITestOutputHelper output) : JoseFuzzContract<MemoryServerBackend>(output);
public sealed class SqliteJoseFuzzTests(ITestOutputHelper output) : JoseFuzzContract<SqliteServerBackend>(output);
public sealed class PostgresJoseFuzzTests(ITestOutputHelper output) : JoseFuzzContract<PostgresServerBackend>(output);
