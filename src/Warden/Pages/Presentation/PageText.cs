using System.Globalization;

namespace Warden.Pages.Presentation;

/// <summary>The texts of one request's page, in the language <see cref="PageLanguage"/> chose for it. Pages use it as <c>@Text["key"]</c>.</summary>
public sealed class PageText(PageTextCatalog catalog, IHttpContextAccessor http)
{
    private string? _language;

    /// <summary>The page's language (a BCP 47 primary tag such as <c>en</c>), for <c>&lt;html lang&gt;</c>.</summary>
    public string Language => _language ??= http.HttpContext is { } context ? PageLanguage.Choose(context.Request, catalog) : PageTextCatalog.DefaultLanguage;

    public string this[string key] => catalog.Lookup(Language, key);

    /// <summary>A text with <c>{0}</c>-style placeholders filled in; the arguments are HTML-encoded by Razor like any other string.</summary>
    public string Format(string key, params object?[] arguments) =>
        string.Format(CultureInfo.GetCultureInfo(Language), this[key], arguments);
}
