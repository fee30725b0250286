using Warden.Core.Settings;
using Warden.Middleware;

namespace Warden.Pages.Presentation;

/// <summary>What every page shows around its content: the site's name and logo, its stylesheets and its contacts.</summary>
/// <param name="PolicyUri">The op_policy_uri setting, linked from the footer when set.</param>
/// <param name="TermsUri">The op_tos_uri setting, linked from the footer when set.</param>
public sealed record SiteDetails(string Name, string? LogoLink, string FaviconLink, IReadOnlyList<string> StylesheetLinks,
    string? SupportEmail, string? SupportUrl, string? PolicyUri, string? TermsUri);

/// <summary>
/// The site details of the request's tenant: the <c>site_name</c>, <c>op_policy_uri</c> and <c>op_tos_uri</c> settings
/// (through <see cref="SettingCatalog"/>) with the theme's assets and the <c>ui</c> contacts. The layout uses it as <c>@Site</c>.
/// </summary>
public sealed class SiteChrome(SettingCatalog settings, SiteTheme theme)
{
    public const string DefaultSiteName = "Warden";

    public async ValueTask<SiteDetails> DetailsAsync(HttpContext http)
    {
        var values = await settings.GetAsync(http.TenantId(), http.RequestAborted);
        var stylesheets = theme.ThemeStylesheet is { } custom
            ? new[] { SiteTheme.Link(SiteTheme.StylesheetPath, theme.Stylesheet), SiteTheme.Link(SiteTheme.ThemeStylesheetPath, custom) }
            : [SiteTheme.Link(SiteTheme.StylesheetPath, theme.Stylesheet)];
        return new SiteDetails(
            values.GetValueOrDefault("site_name") ?? DefaultSiteName,
            theme.Logo is { } logo ? SiteTheme.Link(SiteTheme.LogoPath, logo) : null,
            SiteTheme.Link(SiteTheme.FaviconPath, theme.Favicon),
            stylesheets,
            theme.Options.SupportEmail, theme.Options.SupportUrl,
            values.GetValueOrDefault("op_policy_uri"), values.GetValueOrDefault("op_tos_uri"));
    }
}
