using System.Collections.Frozen;
using System.Text.Json;

namespace Warden.Pages.Presentation;

/// <summary>
/// Every text the pages show, per language: the JSON files under Pages/Text/{language}/ (embedded in the program,
/// one file per page area so that each area's texts stay together), then the theme's overrides
/// (<c>{ui.theme_dir}/text/{language}.json</c>) on top. English is complete by definition; a key missing in another
/// language falls back to English, and a test checks that every shipped language has every English key.
/// </summary>
public sealed class PageTextCatalog
{
    public const string DefaultLanguage = "en";

    private const string ResourcePrefix = "Warden.Pages.Text.";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _languages;

    public PageTextCatalog(string? themeDirectory)
    {
        var languages = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, texts) in Embedded())
            Merge(languages, language, texts);
        if (themeDirectory is not null && Directory.Exists(Path.Combine(themeDirectory, "text")))
        {
            foreach (var file in Directory.GetFiles(Path.Combine(themeDirectory, "text"), "*.json").Order(StringComparer.Ordinal))
                Merge(languages, Path.GetFileNameWithoutExtension(file), Read(File.ReadAllText(file), file));
        }
        _languages = languages.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenDictionary(StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The languages with texts, English first.</summary>
    public IReadOnlyList<string> Languages => [DefaultLanguage, .. _languages.Keys.Where(key => key != DefaultLanguage).Order(StringComparer.Ordinal)];

    /// <summary>The keys English has: every key a page may ask for.</summary>
    public IEnumerable<string> Keys => _languages[DefaultLanguage].Keys;

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>, else in English, else the key itself (a visible bug, never an exception).</summary>
    public string Lookup(string language, string key) =>
        _languages.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text) ? text
        : _languages[DefaultLanguage].TryGetValue(key, out var english) ? english
        : key;

    /// <summary>Whether <paramref name="language"/> has its own text for <paramref name="key"/> (not the English fallback).</summary>
    public bool Has(string language, string key) => _languages.TryGetValue(language, out var texts) && texts.ContainsKey(key);

    public bool Supports(string language) => _languages.ContainsKey(language);

    private static IEnumerable<(string Language, Dictionary<string, string> Texts)> Embedded()
    {
        var assembly = typeof(PageTextCatalog).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            // Warden.Pages.Text.{language}.{area}.json
            var language = name[ResourcePrefix.Length..].Split('.')[0];
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return (language, Read(reader.ReadToEnd(), name));
        }
    }

    private static void Merge(Dictionary<string, Dictionary<string, string>> languages, string language, Dictionary<string, string> texts)
    {
        if (!languages.TryGetValue(language, out var existing))
            languages[language] = existing = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, text) in texts)
            existing[key] = text;
    }

    /// <summary>A flat JSON object of key to text; anything else is a configuration error naming the file.</summary>
    private static Dictionary<string, string> Read(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json)
                   ?? throw new Configuration.ConfigurationException($"{source}: expected a JSON object of texts");
        }
        catch (JsonException error)
        {
            throw new Configuration.ConfigurationException($"{source}: not a JSON object of key to text ({error.Message})");
        }
    }
}
