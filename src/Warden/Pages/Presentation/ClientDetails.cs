using System.Text.Json;
using Warden.Core.Clients;

namespace Warden.Pages.Presentation;

/// <summary>
/// How a page names the application a person deals with: its name and, when it registered them (RFC 7591 §2
/// <c>logo_uri</c>, <c>client_uri</c>, <c>policy_uri</c>, <c>tos_uri</c>, kept in <see cref="Client.RegistrationMetadata"/>),
/// its logo, home page and documents. Clients an operator created have a name only.
/// </summary>
/// <param name="LogoUri">An https logo only: the pages' content security policy loads no other images from elsewhere.</param>
/// <param name="ClientHost">The host of <paramref name="ClientUri"/>, the text of its link.</param>
public sealed record ClientDetails(string Name, string? LogoUri, string? ClientUri, string? ClientHost, string? PolicyUri, string? TermsUri)
{
    public static ClientDetails Of(Client client)
    {
        string? logo = null, home = null, policy = null, terms = null;
        if (client.RegistrationMetadata is not null)
        {
            using var metadata = JsonDocument.Parse(client.RegistrationMetadata);
            logo = WebUrl(metadata.RootElement, "logo_uri", httpsOnly: true);
            home = WebUrl(metadata.RootElement, "client_uri", httpsOnly: false);
            policy = WebUrl(metadata.RootElement, "policy_uri", httpsOnly: false);
            terms = WebUrl(metadata.RootElement, "tos_uri", httpsOnly: false);
        }
        return new ClientDetails(client.Name, logo, home, home is null ? null : new Uri(home).Authority, policy, terms);
    }

    /// <summary>The field when it is an absolute http(s) URL (registration checked this; a page checks again before linking).</summary>
    private static string? WebUrl(JsonElement metadata, string field, bool httpsOnly) =>
        metadata.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
        && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (!httpsOnly && uri.Scheme == Uri.UriSchemeHttp))
            ? value.GetString()
            : null;
}

/// <summary>The first letter of a name, shown in place of a logo for a site or application that has none.</summary>
public static class Monogram
{
    public static string Of(string name) =>
        name.Trim() is { Length: > 0 } trimmed ? System.Globalization.StringInfo.GetNextTextElement(trimmed).ToUpperInvariant() : "·";
}
