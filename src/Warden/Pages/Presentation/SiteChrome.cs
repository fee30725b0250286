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
public sealed class SiteChrome(SettingCatalog settings, TenantThemes themes)
{
    public const string DefaultSiteName = "Warden";

    /// <summary>The site's name when no <c>site_name</c> is set: the tenant's display name, or Warden's for the default tenant.</summary>
    public static string NameOf(Core.Tenants.Tenant tenant) => tenant.IsDefault ? DefaultSiteName : tenant.Name;

    public async ValueTask<SiteDetails> DetailsAsync(HttpContext http)
    {
        var theme = themes.For(http).Theme;
        var values = await settings.GetAsync(http.TenantId(), http.RequestAborted);
        // Below the tenant's path, so that a path-form tenant's page loads its own theme's assets.
        var basePath = http.Request.PathBase.Value ?? "";
        string Link(string path, ThemeAsset asset) => basePath + SiteTheme.Link(path, asset);
        var stylesheets = theme.ThemeStylesheet is { } custom
            ? new[] { Link(SiteTheme.StylesheetPath, theme.Stylesheet), Link(SiteTheme.ThemeStylesheetPath, custom) }
            : [Link(SiteTheme.StylesheetPath, theme.Stylesheet)];
        return new SiteDetails(
            values.GetValueOrDefault("site_name") ?? NameOf(http.Tenant().Tenant),
            theme.Logo is { } logo ? Link(SiteTheme.LogoPath, logo) : null,
            Link(SiteTheme.FaviconPath, theme.Favicon),
            stylesheets,
            theme.Options.SupportEmail, theme.Options.SupportUrl,
            values.GetValueOrDefault("op_policy_uri"), values.GetValueOrDefault("op_tos_uri"));
    }
}
