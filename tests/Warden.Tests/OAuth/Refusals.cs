using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Warden.Tests.OAuth;

/// <summary>
/// Asserts a refusal's error code and stable identifier (docs/errors.md) on each channel it can take: a JSON body, the
/// client's redirect URI, or the error page. Identifiers are written out in the tests on purpose: they are public and
/// must not change, so renumbering one fails a test.
/// </summary>
public static partial class Refusals
{
    public static void AssertJson(JsonElement body, string error, string id) =>
        Assert.Equal((error, id), (body.GetProperty("error").GetString(), body.GetProperty("error_id").GetString()));

    public static void AssertRedirect(IReadOnlyDictionary<string, string> callback, string error, string id) =>
        Assert.Equal((error, id), (callback["error"], callback["error_id"]));

    /// <summary>The error page: status 400, no redirect, and the code and identifier shown to the person.</summary>
    public static async Task AssertPageAsync(HttpResponseMessage response, string error, string id)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal((error, id), (ShownError().Match(html).Groups[1].Value, ShownId().Match(html).Groups[1].Value));
    }

    [GeneratedRegex("<p id=\"error\"[^>]*><code>([^<]*)</code>")]
    private static partial Regex ShownError();

    [GeneratedRegex("<code id=\"error-id\">([^<]*)</code>")]
    private static partial Regex ShownId();
}
