using Microsoft.AspNetCore.Http;
using Warden.Pages.Presentation;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.Ui;

/// <summary>The page texts: every shipped language complete, the language choice, and a theme's overrides.</summary>
public sealed class PageTextTests
{
    private static readonly PageTextCatalog Catalog = new(null);

    [Fact]
    public void Every_shipped_language_has_every_English_key()
    {
        Assert.Contains("de", Catalog.Languages);
        foreach (var language in Catalog.Languages)
        {
            var missing = Catalog.Keys.Where(key => !Catalog.Has(language, key)).ToList();
            Assert.True(missing.Count == 0, $"'{language}' lacks {string.Join(", ", missing)}");
        }
    }

    [Theory]
    [InlineData("", "", "en")]
    [InlineData("", "de-CH,de;q=0.9,en;q=0.8", "de")]
    [InlineData("", "fr;q=1, en;q=0.5, de;q=0.9", "de")]
    [InlineData("", "de;q=0, en", "en")]
    [InlineData("?ui_locales=fr%20de", "en", "de")]
    [InlineData("?ui_locales=xx", "de", "de")]
    [InlineData("?returnUrl=%2Fauthorize%3Fclient_id%3Da%26ui_locales%3Dde", "en", "de")]
    [InlineData("?returnUrl=%2Fauthorize%3Fclient_id%3Da", "", "en")]
    [InlineData("?returnUrl=%2Fauthorize%3F%26%26%3D%3D", "garbage;;q=x", "en")]
    public void The_language_is_ui_locales_then_Accept_Language_then_English(string query, string acceptLanguage, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        if (acceptLanguage.Length > 0)
            context.Request.Headers.AcceptLanguage = acceptLanguage;
        Assert.Equal(expected, PageLanguage.Choose(context.Request, Catalog));
    }

    [Fact]
    public void A_theme_overrides_a_text_and_may_add_a_language()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory.File("text"));
        File.WriteAllText(directory.File("text/en.json"), """{"site.footer_support": "Get help"}""");
        File.WriteAllText(directory.File("text/sv.json"), """{"site.footer_support": "Hjälp"}""");
        var themed = new PageTextCatalog(directory.Path);

        Assert.Equal("Get help", themed.Lookup("en", "site.footer_support"));
        Assert.Equal("Hilfe", themed.Lookup("de", "site.footer_support"));
        Assert.Equal("Hjälp", themed.Lookup("sv", "site.footer_support"));
        Assert.Equal("Contact", themed.Lookup("sv", "site.footer_contact"));
    }

    [Fact]
    public void A_theme_text_file_that_is_not_an_object_of_texts_is_a_configuration_error_naming_it()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory.File("text"));
        File.WriteAllText(directory.File("text/en.json"), """{"site.footer_support": 3}""");
        var error = Assert.Throws<Warden.Configuration.ConfigurationException>(() => new PageTextCatalog(directory.Path));
        Assert.Contains("en.json", error.Message);
    }
}
