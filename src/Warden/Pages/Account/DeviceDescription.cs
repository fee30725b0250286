namespace Warden.Pages.Account;

/// <summary>
/// A User-Agent shortened to what a person recognises: the browser and the operating system (“Firefox”, “Windows”).
/// Only the common browsers and systems are named; the order of the checks matters because most browsers also claim to
/// be the ones they descend from (Edge and Opera say Chrome, Chrome says Safari, Android says Linux).
/// </summary>
public sealed record DeviceDescription(string? Browser, string? System)
{
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("EdgA/", "Edge"), ("EdgiOS/", "Edge"), ("OPR/", "Opera"), ("SamsungBrowser/", "Samsung Internet"),
        ("Vivaldi/", "Vivaldi"), ("FxiOS/", "Firefox"), ("Firefox/", "Firefox"), ("CriOS/", "Chrome"), ("Chromium/", "Chromium"),
        ("Chrome/", "Chrome"), ("Safari/", "Safari"), ("curl/", "curl"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Windows", "Windows"), ("iPhone", "iOS"), ("iPad", "iPadOS"), ("CrOS", "ChromeOS"), ("Android", "Android"),
        ("Mac OS X", "macOS"), ("Macintosh", "macOS"), ("Linux", "Linux"),
    ];

    /// <summary>The browser and system named in <paramref name="userAgent"/>; null when neither is recognised.</summary>
    public static DeviceDescription? Parse(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
            return null;
        var browser = Browsers.FirstOrDefault(known => userAgent.Contains(known.Token, StringComparison.Ordinal)).Name;
        var system = Systems.FirstOrDefault(known => userAgent.Contains(known.Token, StringComparison.Ordinal)).Name;
        return browser is null && system is null ? null : new DeviceDescription(browser, system);
    }
}
