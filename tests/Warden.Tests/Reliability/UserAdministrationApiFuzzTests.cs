using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Warden.Configuration;
using Warden.Core.Scopes;
using Warden.Tests.OAuth;
using Xunit;
using Xunit.Abstractions;

namespace Warden.Tests.Reliability;

/// <summary>
/// Issue 16 part 6: bodies, ids and queries made up at random, sent to the user-administration API with a valid admin
/// token so that they reach the JSON reader and the user rules: never a 5xx, and every error is one the API documents.
/// </summary>
public sealed class UserAdministrationApiFuzzTests(ITestOutputHelper output)
{
    private const int Requests = 600;

    private static readonly string[] Fields =
        ["username", "email", "email_verified", "password", "name", "metadata", "profile_picture_url", "active", "role", "id", ""];

    private static readonly HashSet<string> AllowedErrors = ["invalid_request", "not_found", "conflict", "temporarily_unavailable"];

    [Fact]
    public async Task Random_requests_never_get_a_5xx_and_errors_are_the_documented_ones()
    {
        var seed = Environment.GetEnvironmentVariable("WARDEN_FUZZ_SEED") is { } fixedSeed ? int.Parse(fixedSeed) : Random.Shared.Next();
        output.WriteLine($"fuzz seed {seed} (replay with WARDEN_FUZZ_SEED={seed})");
        var random = new Random(seed);
        await using var warden = await AuthorizationCodeFixture.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory },
            options => options with { Limits = options.Limits with { UserApiPerMinute = 0 } });
        var (admin, secret) = await warden.CreateClientAsync(UserAdministrationApiContract<MemoryServerBackend>.AdminClient());
        var token = await warden.ClientCredentialsTokenAsync(admin.ClientId, secret!, ReservedScopes.UserAdministration);
        var ids = new List<string> { Guid.Empty.ToString(), "alice", "%00", "..", new string('9', 300) };

        for (var i = 0; i < Requests; i++)
        {
            using var request = Generate(random, ids);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var description = $"request {i} (seed {seed}): {request.Method} {request.RequestUri}";
            using var response = await warden.Client.SendAsync(request);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(status < 500, $"{description} answered {status}: {body}");
            if (status >= 400 && body.Length > 0)
            {
                var error = JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()!;
                Assert.True(AllowedErrors.Contains(error), $"{description} answered error '{error}': {body}");
            }
            if (status == 201)
                ids.Add(JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!);
        }
    }

    private static HttpRequestMessage Generate(Random random, List<string> ids)
    {
        var id = Uri.EscapeDataString(ids[random.Next(ids.Count)]);
        var (method, path) = random.Next(7) switch
        {
            0 => (HttpMethod.Post, "/api/users"),
            1 => (HttpMethod.Get, "/api/users?" + (random.Next(2) == 0 ? "username=" : "email=") + Uri.EscapeDataString(Text(random))),
            2 => (HttpMethod.Get, "/api/users/" + id),
            3 => (HttpMethod.Post, "/api/users/" + id + (random.Next(2) == 0 ? "/disable" : "/enable")),
            4 => (HttpMethod.Delete, "/api/users/" + id),
            _ => (HttpMethod.Patch, "/api/users/" + id),
        };
        var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post || method == HttpMethod.Patch)
        {
            request.Content = random.Next(10) == 0
                ? new ByteArrayContent(Enumerable.Range(0, random.Next(1, 200)).Select(_ => (byte)random.Next(256)).ToArray())
                : new StringContent(Body(random), Encoding.UTF8);
            request.Content.Headers.ContentType = random.Next(10) == 0 ? new MediaTypeHeaderValue("text/plain") : new MediaTypeHeaderValue("application/json");
        }
        return request;
    }

    private static string Body(Random random)
    {
        var members = Enumerable.Range(0, random.Next(0, 6))
            .Select(_ => $"{JsonSerializer.Serialize(Fields[random.Next(Fields.Length)])}:{Value(random, depth: 0)}");
        var body = "{" + string.Join(",", members) + "}";
        return random.Next(15) == 0 ? body[..random.Next(body.Length)] : body;
    }

    private static string Value(Random random, int depth) => random.Next(depth > 2 ? 6 : 9) switch
    {
        0 => "null",
        1 => random.Next(2) == 0 ? "true" : "false",
        2 => random.Next(-1000, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        3 => JsonSerializer.Serialize(Text(random)),
        4 => JsonSerializer.Serialize($"user{random.Next(20)}@example.com"),
        5 => JsonSerializer.Serialize($"user{random.Next(20)}"),
        6 => "[" + Value(random, depth + 1) + "]",
        _ => "{" + JsonSerializer.Serialize(Text(random)) + ":" + Value(random, depth + 1) + "}",
    };

    private static string Text(Random random)
    {
        var length = random.Next(10) == 0 ? random.Next(200, 3000) : random.Next(0, 24);
        return new string(Enumerable.Range(0, length).Select(_ => random.Next(6) switch
        {
            0 => (char)random.Next(0, 32),
            1 => (char)random.Next(0x80, 0x2FFF),
            _ => (char)random.Next(32, 127),
        }).ToArray());
    }
}
