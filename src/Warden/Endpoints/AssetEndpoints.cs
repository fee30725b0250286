using Microsoft.Net.Http.Headers;
using Warden.Pages.Presentation;

namespace Warden.Endpoints;

/// <summary>
/// The pages' stylesheets, logo and favicon (<see cref="SiteTheme"/>), from this server so that the pages' content
/// security policy needs no other origin. Pages link them with a version in the query, so they may be cached for a
/// year; a request for an asset the theme does not have answers 404.
/// </summary>
public static class AssetEndpoints
{
    private const string CacheForAYear = "public, max-age=31536000, immutable";

    public static void MapAssetEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(SiteTheme.StylesheetPath, (TenantThemes themes, HttpContext http) => Serve(http, themes.For(http).Theme.Stylesheet));
        app.MapGet(SiteTheme.ThemeStylesheetPath, (TenantThemes themes, HttpContext http) => Serve(http, themes.For(http).Theme.ThemeStylesheet));
        app.MapGet(SiteTheme.LogoPath, (TenantThemes themes, HttpContext http) => Serve(http, themes.For(http).Theme.Logo));
        app.MapGet(SiteTheme.FaviconPath, (TenantThemes themes, HttpContext http) => Serve(http, themes.For(http).Theme.Favicon));
        app.MapGet(SiteTheme.PasskeyScriptPath, (SiteTheme theme, HttpContext http) => Serve(http, theme.PasskeyScript));
    }

    private static IResult Serve(HttpContext http, ThemeAsset? asset)
    {
        if (asset is null)
            return Results.NotFound();
        http.Response.Headers.CacheControl = CacheForAYear;
        var etag = new EntityTagHeaderValue($"\"{asset.Version}\"");
        return Results.Bytes(asset.Content, asset.ContentType, entityTag: etag);
    }
}
