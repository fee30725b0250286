using System.Security.Cryptography;

namespace Warden.Pages.Presentation;

/// <summary>An asset a page links to: its bytes, content type and a version for the link, so a changed file is fetched anew.</summary>
public sealed record ThemeAsset(byte[] Content, string ContentType, string Version);

/// <summary>
/// The look of the pages: Warden's own stylesheet (embedded) and what <c>ui.theme_dir</c> adds, read once at start:
/// <c>theme.css</c> (loaded after Warden's, so it overrides any rule or custom property), a logo
/// (<c>logo.svg</c>, <c>logo.png</c> or <c>logo.webp</c>), a favicon (<c>favicon.svg</c>, <c>favicon.png</c> or
/// <c>favicon.ico</c>; Warden's own otherwise) and texts (<see cref="PageTextCatalog"/>). Served by <see cref="Endpoints.AssetEndpoints"/> from this
/// server only, so the pages' content security policy stays <c>'self'</c>.
/// </summary>
public sealed class SiteTheme
{
    public const string StylesheetPath = "/assets/warden.css";
    public const string ThemeStylesheetPath = "/assets/theme.css";
    public const string LogoPath = "/assets/logo";
    public const string FaviconPath = "/assets/favicon";
    public const string PasskeyScriptPath = "/assets/passkeys.js";

    private static readonly (string Extension, string ContentType)[] ImageTypes =
        [(".svg", "image/svg+xml"), (".png", "image/png"), (".webp", "image/webp"), (".ico", "image/x-icon")];

    public SiteTheme(UiOptions options)
    {
        Options = options;
        Stylesheet = Asset(Embedded("Warden.Pages.Assets.warden.css"), "text/css; charset=utf-8");
        Favicon = Asset(Embedded("Warden.Pages.Assets.favicon.svg"), "image/svg+xml");
        PasskeyScript = Asset(Embedded("Warden.Pages.Assets.passkeys.js"), "text/javascript; charset=utf-8");
        if (options.ThemeDirectory is not { } directory)
            return;
        if (!Directory.Exists(directory))
            throw new Configuration.ConfigurationException($"ui.theme_dir: the directory {directory} does not exist");
        var css = Path.Combine(directory, "theme.css");
        if (File.Exists(css))
            ThemeStylesheet = Asset(File.ReadAllBytes(css), "text/css; charset=utf-8");
        Logo = Image(directory, "logo");
        Favicon = Image(directory, "favicon") ?? Favicon;
    }

    public UiOptions Options { get; }

    public ThemeAsset Stylesheet { get; }
    public ThemeAsset? ThemeStylesheet { get; }
    public ThemeAsset? Logo { get; }
    /// <summary>The theme's favicon, else Warden's own (so that browsers do not ask for a /favicon.ico that is not there).</summary>
    public ThemeAsset Favicon { get; }

    /// <summary>The sign-in and account pages' WebAuthn script (the only script Warden serves).</summary>
    public ThemeAsset PasskeyScript { get; }

    /// <summary>The link to an asset with its version, for pages (assets are cached for a year by that link).</summary>
    public static string Link(string path, ThemeAsset asset) => path + "?v=" + asset.Version;

    private static ThemeAsset? Image(string directory, string name)
    {
        foreach (var (extension, contentType) in ImageTypes)
        {
            var file = Path.Combine(directory, name + extension);
            if (File.Exists(file))
                return Asset(File.ReadAllBytes(file), contentType);
        }
        return null;
    }

    private static ThemeAsset Asset(byte[] content, string contentType) =>
        new(content, contentType, Convert.ToHexStringLower(SHA256.HashData(content))[..12]);

    private static byte[] Embedded(string name)
    {
        using var stream = typeof(SiteTheme).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"the embedded resource {name} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <summary>
/// The <c>ui</c> section: the theme directory and the contacts and links pages show where a person needs them
/// (the error pages, the sign-in page's footer).
/// </summary>
/// <param name="ThemeDirectory">ui.theme_dir: a directory with theme.css, logo.*, favicon.* and text/{language}.json; null for none.</param>
/// <param name="SupportEmail">ui.support_email: shown on error pages as the address to write to.</param>
/// <param name="SupportUrl">ui.support_url: a help page, linked from every page's footer.</param>
public sealed record UiOptions(string? ThemeDirectory, string? SupportEmail, string? SupportUrl)
{
    public static UiOptions None { get; } = new(null, null, null);
}
