using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Warden.Testing;

namespace Warden.Tests.External;

/// <summary>What the fake provider does wrong, if anything.</summary>
public enum FakeBehaviour
{
    Valid,

    /// <summary>Signs the ID token with a key that is not in its JWKS (under the published key's kid).</summary>
    ForgedSignature,
    WrongAudience,
    WrongIssuer,
    WrongNonce,
    Expired,

    /// <summary>An ID token with <c>alg</c> none.</summary>
    Unsigned,

    /// <summary>An ID token signed with HS256 under the client secret, which the allow-list refuses.</summary>
    SymmetricSignature,

    /// <summary>The token endpoint answers 400 invalid_grant.</summary>
    TokenRefused,

    /// <summary>The authorization endpoint answers error=access_denied.</summary>
    Denied,

    /// <summary>The token endpoint does not answer within the downstream's timeout.</summary>
    Slow,

    /// <summary>A valid ID token whose email_verified is false.</summary>
    UnverifiedEmail,
}

/// <summary>
/// A small OpenID Provider on loopback that answers every authorization request at once with a code and issues an ID
/// token for the subject <see cref="Subject"/>, correct or wrong as <see cref="Behaviour"/> says: the failure cases a
/// real provider cannot be made to produce.
/// </summary>
public sealed class FakeOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "downstream";
    public const string ClientSecret = "fake-client-secret-0123456789abcdef";
    public const string Subject = "fake-subject-1";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _published = new(RSA.Create(2048)) { KeyId = "fake-key" };
    private readonly RsaSecurityKey _unpublished = new(RSA.Create(2048)) { KeyId = "fake-key" };
    private string _nonce = "";

    private FakeOpenIdProvider(string issuer)
    {
        Issuer = issuer;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(issuer);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, string>
        {
            ["issuer"] = Issuer, ["authorization_endpoint"] = Issuer + "/authorize", ["token_endpoint"] = Issuer + "/token",
            ["jwks_uri"] = Issuer + "/jwks", ["userinfo_endpoint"] = Issuer + "/userinfo",
        }));
        _app.MapGet("/jwks", () => Results.Text(JsonSerializer.Serialize(new { keys = new[] { JsonWebKeyConverter.ConvertFromRSASecurityKey(_published) } },
            new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }), "application/json"));
        _app.MapGet("/authorize", (HttpRequest request) =>
        {
            _nonce = request.Query["nonce"].ToString();
            var back = request.Query["redirect_uri"] + "?state=" + Uri.EscapeDataString(request.Query["state"].ToString());
            return Results.Redirect(Behaviour == FakeBehaviour.Denied ? back + "&error=access_denied" : back + "&code=fake-code");
        });
        _app.MapPost("/token", async (HttpContext context) =>
        {
            if (Behaviour == FakeBehaviour.Slow)
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
            if (Behaviour == FakeBehaviour.TokenRefused)
                return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
            return Results.Json(new { access_token = "fake-access-token", token_type = "Bearer", expires_in = 300, id_token = IdToken() });
        });
    }

    public string Issuer { get; }

    /// <summary>What the next ID token (or answer) will be like.</summary>
    public FakeBehaviour Behaviour { get; set; }

    public static async Task<FakeOpenIdProvider> StartAsync()
    {
        var provider = new FakeOpenIdProvider($"http://127.0.0.1:{FreePort.Next()}");
        await provider._app.StartAsync();
        return provider;
    }

    public Task StopAsync() => _app.StopAsync();

    /// <summary>Makes one ID token, so that the first one a test asks for is not slowed by compiling the token handler.</summary>
    public Task WarmUpAsync() => Task.Run(() => IdToken());

    private string IdToken()
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = Subject, ["email"] = "fake@example.net", ["email_verified"] = Behaviour != FakeBehaviour.UnverifiedEmail, ["name"] = "Fake Person",
            ["nonce"] = Behaviour == FakeBehaviour.WrongNonce ? "another-nonce" : _nonce,
        };
        var handler = new JsonWebTokenHandler();
        if (Behaviour == FakeBehaviour.Unsigned)
        {
            claims["iss"] = Issuer;
            claims["aud"] = ClientId;
            claims["exp"] = new DateTimeOffset(now.AddMinutes(5)).ToUnixTimeSeconds();
            return handler.CreateToken(JsonSerializer.Serialize(claims));
        }
        var key = Behaviour switch
        {
            FakeBehaviour.ForgedSignature => new SigningCredentials(_unpublished, SecurityAlgorithms.RsaSha256),
            FakeBehaviour.SymmetricSignature => new SigningCredentials(new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(ClientSecret)) { KeyId = "fake-key" },
                SecurityAlgorithms.HmacSha256),
            _ => new SigningCredentials(_published, SecurityAlgorithms.RsaSha256),
        };
        var expired = Behaviour == FakeBehaviour.Expired;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Behaviour == FakeBehaviour.WrongIssuer ? "https://elsewhere.example" : Issuer,
            Audience = Behaviour == FakeBehaviour.WrongAudience ? "another-client" : ClientId,
            Claims = claims,
            NotBefore = now.AddMinutes(expired ? -30 : -1),
            IssuedAt = now.AddMinutes(expired ? -30 : 0),
            Expires = now.AddMinutes(expired ? -10 : 5),
            SigningCredentials = key,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
