using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Warden.Configuration;
using Warden.Core.Clients;
using Warden.Core.Scopes;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Xunit;

namespace Warden.Tests.OAuth;

/// <summary>
/// Drives the authorization code flow as an application and its user would: the application builds the authorize
/// URL and redeems the code; the user's browser follows redirects, signs in and answers the consent page.
/// </summary>
public static class AuthorizationCodeFixture
{
    public const string Password = "correct horse battery";
    public const string RedirectUri = "https://app.example/cb";
    public const string PostLogoutUri = "https://app.example/bye";

    /// <summary>A server with cheap password hashing, the standard scopes and a user alice; on <paramref name="time"/> when given.</summary>
    public static async Task<RunningWarden> StartAsync(DatabaseOptions database, Func<WardenOptions, WardenOptions>? configure = null,
        CacheOptions? cache = null, TimeProvider? time = null)
    {
        var warden = await RunningWarden.StartAsync(database, cache, options =>
        {
            options = options with
            {
                Passwords = new Core.Security.PasswordHashingOptions(8_192, 1, 1),
                Sessions = options.Sessions with { MaxFailures = 3 },
            };
            return configure?.Invoke(options) ?? options;
        }, time);
        var services = warden.Services;
        var storage = services.GetRequiredService<IStorageBackend>();
        var clock = services.GetRequiredService<TimeProvider>();
        await new ScopeAdministration(storage.Scopes, clock).EnsureStandardScopesAsync(Tenant.DefaultId);
        if (await storage.Users.FindByUsernameAsync(Tenant.DefaultId, "alice") is null)
        {
            var alice = await new UserAdministration(storage.Users, services.GetRequiredService<Core.Security.PasswordHasher>(), clock)
                .CreateAsync(Tenant.DefaultId, "alice", Password, "alice@example.com", UserRole.Regular);
            await storage.Users.UpdateAsync(alice with { EmailVerified = true, Metadata = """{"name":"Alice Liddell","locale":"en-GB"}""" });
        }
        return warden;
    }

    public static ClientSpecification WebClient(string name = "Photo Album") => new()
    {
        Name = name,
        GrantTypes = ["authorization_code", "refresh_token"],
        Scopes = ["openid", "profile", "email", "offline_access"],
        RedirectUris = [RedirectUri],
        PostLogoutRedirectUris = [PostLogoutUri],
    };

    public sealed record Pkce(string Verifier, string Challenge)
    {
        public static Pkce Create()
        {
            var verifier = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            return new Pkce(verifier, Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
        }
    }

    public static string AuthorizeUrl(string clientId, Pkce? pkce, string scope = "openid profile email offline_access", string state = "s-123",
        string nonce = "n-456", string redirectUri = RedirectUri, params (string Name, string Value)[] extra)
    {
        var query = new Dictionary<string, string?>
        {
            ["response_type"] = "code", ["client_id"] = clientId, ["redirect_uri"] = redirectUri, ["scope"] = scope, ["state"] = state,
            ["nonce"] = nonce,
        };
        if (pkce is not null)
        {
            query["code_challenge"] = pkce.Challenge;
            query["code_challenge_method"] = "S256";
        }
        foreach (var (name, value) in extra)
            query[name] = value;
        return QueryHelpers.AddQueryString("/authorize", query);
    }

    /// <summary>Follows local redirects until the response leaves the server (or stops redirecting); returns the last response.</summary>
    public static async Task<HttpResponseMessage> FollowAsync(this Browser browser, string path)
    {
        var response = await browser.GetAsync(path);
        for (var hops = 0; hops < 10 && response.StatusCode == HttpStatusCode.Found; hops++)
        {
            var location = response.Headers.Location!.ToString();
            if (!location.StartsWith('/'))
                return response;
            response = await browser.GetAsync(location);
        }
        return response;
    }

    /// <summary>Signs in on the page the flow sent the browser to, then follows on; returns where it stopped.</summary>
    public static async Task<HttpResponseMessage> SignInAndFollowAsync(this Browser browser, HttpResponseMessage loginPage, string username = "alice",
        string password = Password)
    {
        var signIn = await browser.SignInAsync(username, password, loginPage.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        return await browser.FollowAsync(signIn.Headers.Location!.ToString());
    }

    /// <summary>Posts the consent form shown at <paramref name="consentPage"/> with the decision.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(this Browser browser, HttpResponseMessage consentPage, string decision)
    {
        var html = await consentPage.Content.ReadAsStringAsync();
        return await browser.Raw.PostAsync(consentPage.RequestMessage!.RequestUri!.PathAndQuery, new FormUrlEncodedContent([
            new("decision", decision), new("__RequestVerificationToken", Browser.TokenOf(html)),
        ]));
    }

    /// <summary>The whole front channel for a signed-out browser: sign in, allow, and return the redirect's query.</summary>
    public static async Task<Dictionary<string, string>> AuthorizeAsync(this Browser browser, string authorizeUrl)
    {
        var page = await browser.FollowAsync(authorizeUrl);
        if (page.RequestMessage!.RequestUri!.AbsolutePath == "/login")
            page = await browser.SignInAndFollowAsync(page);
        if (page.StatusCode == HttpStatusCode.OK && page.RequestMessage!.RequestUri!.AbsolutePath == "/consent")
            page = await browser.DecideAsync(page, "allow");
        Assert.Equal(HttpStatusCode.Found, page.StatusCode);
        return CallbackParameters(page);
    }

    public static Dictionary<string, string> CallbackParameters(HttpResponseMessage response)
    {
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(RedirectUri + "?", location);
        return QueryHelpers.ParseQuery(new Uri(location).Query).ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
    }

    public static Task<(int Status, JsonElement Body, HttpResponseMessage Response)> RedeemAsync(this RunningWarden warden, string code,
        string clientId, string? secret, string? verifier, string redirectUri = RedirectUri)
    {
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", redirectUri) };
        if (verifier is not null)
            form.Add(new("code_verifier", verifier));
        if (secret is null)
            form.Add(new("client_id", clientId));
        return warden.PostFormAsync("/token", form, secret is null ? null : clientId, secret);
    }

    public static Task<(int Status, JsonElement Body, HttpResponseMessage Response)> RefreshAsync(this RunningWarden warden, string refreshToken,
        string clientId, string? secret)
    {
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "refresh_token"), new("refresh_token", refreshToken) };
        if (secret is null)
            form.Add(new("client_id", clientId));
        return warden.PostFormAsync("/token", form, secret is null ? null : clientId, secret);
    }

    /// <summary>Validates an ID token as a relying party would, with Microsoft.IdentityModel against the served JWKS.</summary>
    public static async Task<JsonWebToken> ValidateIdTokenAsync(this RunningWarden warden, string idToken, string clientId)
    {
        var jwks = new JsonWebKeySet(await warden.Client.GetStringAsync("/.well-known/jwks.json"));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = warden.Issuer,
            ValidAudience = clientId,
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidTypes = ["JWT"],
            ClockSkew = TimeSpan.Zero,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return (JsonWebToken)result.SecurityToken;
    }

    public static string FormAction(string html) => WebUtility.HtmlDecode(Regex.Match(html, "<form method=\"post\" action=\"([^\"]+)\"").Groups[1].Value);
}
