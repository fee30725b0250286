using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Warden.Configuration;
using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Grants;
using Warden.Endpoints;
using Warden.Testing;
using Xunit;

namespace Warden.Tests;

/// <summary>
/// The error catalogue (docs/errors.md): identifiers unique and in their area's family, every entry documented with
/// its exact code, status and description, refusals logged with identifier and detail, and the grant types clients
/// may be given derived from the registered grant handlers.
/// </summary>
public sealed partial class ErrorCatalogTests
{
    private static readonly Dictionary<string, string> FamilyOfArea = new()
    {
        ["Request"] = "REQUEST", ["Server"] = "SERVER", ["Client"] = "CLIENT", ["Token"] = "TOKEN", ["Scope"] = "SCOPE", ["Grant"] = "GRANT",
        ["Device"] = "DEVICE", ["Authorization"] = "AUTHZ", ["Logout"] = "LOGOUT", ["Introspection"] = "INTROSPECT", ["Revocation"] = "REVOKE",
        ["UserInfo"] = "USERINFO", ["Registration"] = "REG", ["SignIn"] = "SIGNIN", ["UserApi"] = "USERAPI",
        ["Passkey"] = "PASSKEY", ["ApiKey"] = "APIKEY", ["ApiKeyApi"] = "KEYAPI",
    };

    private static IReadOnlyList<(string Area, string Member, ErrorDefinition Definition)> Entries() =>
        typeof(ErrorCatalog).GetNestedTypes()
            .SelectMany(area => area.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(field => (area.Name, field.Name, (ErrorDefinition)field.GetValue(null)!)))
            .ToList();

    [Fact]
    public void Every_identifier_is_unique_and_belongs_to_its_area_family()
    {
        var entries = Entries();

        Assert.True(entries.Count > 80, $"only {entries.Count} entries found");
        Assert.Equal(entries.Count, entries.Select(entry => entry.Definition.Id).Distinct().Count());
        Assert.All(entries, entry =>
        {
            var match = IdentifierPattern().Match(entry.Definition.Id);
            Assert.True(match.Success, $"{entry.Area}.{entry.Member}: {entry.Definition.Id} is not WARDEN-AREA-NNNN");
            Assert.Equal(FamilyOfArea[entry.Area], match.Groups[1].Value);
            Assert.InRange(entry.Definition.StatusCode, 400, 599);
        });
    }

    [Fact]
    public void Docs_errors_lists_every_identifier_with_its_code_status_and_description_and_nothing_else()
    {
        var rows = DocumentedRow().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs/errors.md")))
            .ToDictionary(row => row.Groups["id"].Value, row => row);
        var entries = Entries();

        Assert.All(entries, entry =>
        {
            Assert.True(rows.TryGetValue(entry.Definition.Id, out var row), $"{entry.Definition.Id} is not in docs/errors.md");
            Assert.Equal((entry.Definition.Code, entry.Definition.StatusCode.ToString(), entry.Definition.Description),
                (row!.Groups["code"].Value, row.Groups["status"].Value, row.Groups["description"].Value.Replace("\\|", "|")));
        });
        Assert.Empty(rows.Keys.Except(entries.Select(entry => entry.Definition.Id)));
    }

    [Fact]
    public void A_description_is_filled_from_its_arguments_and_the_detail_stays_apart()
    {
        var error = OAuthError.From(ErrorCatalog.Request.RepeatedParameter, "detail for the log", ["scope"]);

        Assert.Equal(("WARDEN-REQUEST-0004", "invalid_request", 400), (error.Id, error.Error, error.StatusCode));
        Assert.Equal("parameter 'scope' was sent more than once", error.Description);
        Assert.Equal("detail for the log", error.Detail);
    }

    [Fact]
    public void A_refusal_is_logged_with_its_identifier_and_detail_on_one_line()
    {
        var lines = new List<string>();
        using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(new ListLoggerProvider(lines)).SetMinimumLevel(LogLevel.Information))
            .BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = "POST";
        http.Request.Path = "/token";

        RefusalLog.Write(http, OAuthError.From(ErrorCatalog.Grant.RefreshTokenInvalid, "expired\nforged second line"));

        var line = Assert.Single(lines);
        Assert.Equal($"{RefusalLog.Category}: POST /token refused with WARDEN-GRANT-0007 invalid_grant (400): expired forged second line", line);
    }

    [Fact]
    public async Task The_grant_types_a_client_may_have_are_those_of_the_registered_grant_handlers()
    {
        await using var warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory });

        var handled = warden.Services.GetServices<IGrantHandler>().Select(handler => handler.GrantType).Order(StringComparer.Ordinal);

        Assert.Equal(handled, warden.Services.GetRequiredService<ClientAdministration>().KnownGrantTypes);
        // client_credentials, authorization_code, refresh_token, device_code and token exchange (#19).
        Assert.Equal(5, handled.Count());
    }

    [GeneratedRegex(@"^WARDEN-([A-Z]+)-(\d{4})$")]
    private static partial Regex IdentifierPattern();

    /// <summary>A catalogue row: | `WARDEN-…` | `code` | status | description | meaning | what to do |</summary>
    [GeneratedRegex(@"^\| `(?<id>WARDEN-[A-Z]+-\d{4})` \| `(?<code>[a-z_]+)` \| (?<status>\d{3}) \| (?<description>(?:[^|\\]|\\\|)+?) \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedRow();

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(string category, List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Add($"{category}: {formatter(state, exception)}");
        }
    }
}
