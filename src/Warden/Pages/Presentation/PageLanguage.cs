using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Warden.Pages.Presentation;

/// <summary>
/// Which language a page is shown in: the first supported tag of the OpenID Connect <c>ui_locales</c> parameter (on the
/// page's own query, or on the authorization request its <c>returnUrl</c> resumes), else the best supported language of
/// <c>Accept-Language</c> by quality, else English. A regional tag (<c>de-CH</c>) falls back to its language (<c>de</c>).
/// </summary>
public static class PageLanguage
{
    public const string UiLocalesParameter = Core.Protocol.OAuthNames.Parameters.UiLocales;

    public static string Choose(HttpRequest request, PageTextCatalog catalog)
    {
        var uiLocales = request.Query[UiLocalesParameter].ToString();
        if (uiLocales.Length == 0 && request.Query["returnUrl"].ToString() is { Length: > 0 } returnUrl
            && returnUrl.IndexOf('?') is var question and >= 0)
            uiLocales = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(returnUrl[question..]).GetValueOrDefault(UiLocalesParameter).ToString();
        foreach (var tag in uiLocales.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Supported(tag, catalog) is { } language)
                return language;
        }

        if (StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage.Select(value => value ?? "").ToList(), out var accepted))
        {
            foreach (var candidate in accepted.Where(value => value.Quality is not 0).OrderByDescending(value => value.Quality ?? 1))
            {
                if (Supported(candidate.Value.ToString(), catalog) is { } language)
                    return language;
            }
        }
        return PageTextCatalog.DefaultLanguage;
    }

    private static string? Supported(string tag, PageTextCatalog catalog)
    {
        if (tag.Length is 0 or > 35)
            return null;
        if (catalog.Supports(tag))
            return tag.ToLower(CultureInfo.InvariantCulture);
        var primary = tag.Split('-')[0];
        return catalog.Supports(primary) ? primary.ToLower(CultureInfo.InvariantCulture) : null;
    }
}
