using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Warden.Pages.Presentation;

/// <summary>
/// The texts of one request's page, in the language <see cref="PageLanguage"/> chose for it, from the request's tenant's
/// theme (<see cref="TenantThemes"/>). Pages use it as <c>@Text["key"]</c>.
/// </summary>
public sealed class PageText(TenantThemes themes, PageTextCatalog serverTexts, IHttpContextAccessor http)
{
    private PageTextCatalog? _catalog;

    private PageTextCatalog Catalog => _catalog ??= http.HttpContext is { } context ? themes.For(context).Texts : serverTexts;

    private string? _language;

    /// <summary>The page's language (a BCP 47 primary tag such as <c>en</c>), for <c>&lt;html lang&gt;</c>.</summary>
    public string Language => _language ??= http.HttpContext is { } context ? PageLanguage.Choose(context.Request, Catalog) : PageTextCatalog.DefaultLanguage;

    public string this[string key] => Catalog.Lookup(Language, key);

    /// <summary>A text with <c>{0}</c>-style placeholders filled in; the arguments are HTML-encoded by Razor like any other string.</summary>
    /// <remarks>
    /// Formatted with the invariant culture: the server runs in globalization-invariant mode, where no other culture
    /// exists, and the arguments are names and addresses that need none.
    /// </remarks>
    public string Format(string key, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, this[key], arguments);

    /// <summary>
    /// A text whose <c>{0}</c>-style placeholders are markup (such as <see cref="Strong"/>): the text itself is
    /// HTML-encoded, the arguments are written as the HTML they are, so a translation can place an emphasised name
    /// anywhere in its sentence.
    /// </summary>
    public IHtmlContent Markup(string key, params IHtmlContent[] arguments)
    {
        var encoded = HtmlEncoder.Default.Encode(this[key]);
        return new HtmlString(string.Format(CultureInfo.InvariantCulture, encoded, arguments.Select(Render).ToArray<object>()));
    }

    /// <summary>A <c>&lt;strong&gt;</c> element with the encoded <paramref name="value"/>, and an id for tests and links when given.</summary>
    public static IHtmlContent Strong(string value, string? id = null) => Element("strong", value, id);

    /// <summary>A <c>&lt;span&gt;</c> element with the encoded <paramref name="value"/>, and an id when given.</summary>
    public static IHtmlContent Span(string value, string? id = null) => Element("span", value, id);

    private static TagBuilder Element(string name, string value, string? id)
    {
        var element = new TagBuilder(name);
        if (id is not null)
            element.Attributes["id"] = id;
        element.InnerHtml.Append(value);
        return element;
    }

    private static string Render(IHtmlContent content)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
