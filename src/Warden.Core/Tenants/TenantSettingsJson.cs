using System.Text.Json;
using Warden.Core.Registration;
using Warden.Core.Users;

namespace Warden.Core.Tenants;

/// <summary>
/// <see cref="TenantSettings"/> as the JSON object the tenants table stores: only the settings the tenant sets, with
/// config.yaml's names (access_token_lifetime in seconds, grant_types, registration, sign_up, password_min_length,
/// password_character_classes, theme_dir, api_key_scopes, api_key_max_lifetime, api_key_allow_no_expiry). Reading is strict, so a hand-edited row with an unknown key or a wrong type is reported rather than
/// half applied.
/// </summary>
public static class TenantSettingsJson
{
    public static readonly IReadOnlyList<string> Keys =
        ["access_token_lifetime", "grant_types", "registration", "sign_up", "password_min_length", "password_character_classes", "theme_dir",
            "api_key_scopes", "api_key_max_lifetime", "api_key_allow_no_expiry",
            "id_token_lifetime", "refresh_token_lifetime", "refresh_token_idle_lifetime", "authorization_code_lifetime"];

    public static string Write(TenantSettings settings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteSeconds(json, "access_token_lifetime", settings.AccessTokenLifetime);
            if (settings.GrantTypes is { } grantTypes)
                WriteStrings(json, "grant_types", grantTypes);
            if (settings.Registration is { } registration)
                json.WriteString("registration", RegistrationText(registration));
            if (settings.SignUp is { } signUp)
                json.WriteString("sign_up", SignUpText(signUp));
            if (settings.PasswordMinLength is { } minLength)
                json.WriteNumber("password_min_length", minLength);
            if (settings.PasswordCharacterClasses is { } classes)
                json.WriteNumber("password_character_classes", classes);
            if (settings.ThemeDirectory is { } theme)
                json.WriteString("theme_dir", theme);
            if (settings.ApiKeyScopes is { } apiKeyScopes)
                WriteStrings(json, "api_key_scopes", apiKeyScopes);
            WriteSeconds(json, "api_key_max_lifetime", settings.ApiKeyMaxLifetime);
            if (settings.ApiKeyAllowNoExpiry is { } noExpiry)
                json.WriteBoolean("api_key_allow_no_expiry", noExpiry);
            WriteSeconds(json, "id_token_lifetime", settings.IdTokenLifetime);
            WriteSeconds(json, "refresh_token_lifetime", settings.RefreshTokenLifetime);
            WriteSeconds(json, "refresh_token_idle_lifetime", settings.RefreshTokenIdleLifetime);
            WriteSeconds(json, "authorization_code_lifetime", settings.AuthorizationCodeLifetime);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads what <see cref="Write"/> wrote. Throws <see cref="FormatException"/> naming the key that is wrong.</summary>
    public static TenantSettings Read(string text)
    {
        using var document = JsonDocument.Parse(text);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
            throw new FormatException("tenant settings are not a JSON object");
        var settings = TenantSettings.Inherited;
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var value = property.Value;
            settings = property.Name switch
            {
                "access_token_lifetime" when Seconds(value) is { } access => settings with { AccessTokenLifetime = access },
                "grant_types" when Strings(value) is { } grantTypes => settings with { GrantTypes = grantTypes },
                "registration" when ReadRegistration(value.ValueKind == JsonValueKind.String ? value.GetString() : null) is { } policy =>
                    settings with { Registration = policy },
                "sign_up" when ReadSignUp(value.ValueKind == JsonValueKind.String ? value.GetString() : null) is { } policy => settings with { SignUp = policy },
                "password_min_length" when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var minLength) => settings with { PasswordMinLength = minLength },
                "password_character_classes" when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var classes) => settings with { PasswordCharacterClasses = classes },
                "theme_dir" when value.ValueKind == JsonValueKind.String => settings with { ThemeDirectory = value.GetString() },
                "api_key_scopes" when Strings(value) is { } apiKeyScopes => settings with { ApiKeyScopes = apiKeyScopes },
                "api_key_max_lifetime" when Seconds(value) is { } apiKeyLifetime => settings with { ApiKeyMaxLifetime = apiKeyLifetime },
                "id_token_lifetime" when Seconds(value) is { } idToken => settings with { IdTokenLifetime = idToken },
                "refresh_token_lifetime" when Seconds(value) is { } refresh => settings with { RefreshTokenLifetime = refresh },
                "refresh_token_idle_lifetime" when Seconds(value) is { } idle => settings with { RefreshTokenIdleLifetime = idle },
                "authorization_code_lifetime" when Seconds(value) is { } code => settings with { AuthorizationCodeLifetime = code },
                "api_key_allow_no_expiry" when value.ValueKind is JsonValueKind.True or JsonValueKind.False =>
                    settings with { ApiKeyAllowNoExpiry = value.GetBoolean() },
                _ => throw new FormatException($"tenant settings: '{property.Name}' is unknown or has a value of the wrong kind"),
            };
        }
        return settings;
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void WriteSeconds(Utf8JsonWriter json, string name, TimeSpan? value)
    {
        if (value is { } lifetime)
            json.WriteNumber(name, (long)lifetime.TotalSeconds);
    }

    /// <summary>A positive whole number of seconds; null for anything else.</summary>
    private static TimeSpan? Seconds(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds) && seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;

    /// <summary>The strings of a JSON array of strings; null for anything else.</summary>
    private static string[]? Strings(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String)
            ? value.EnumerateArray().Select(item => item.GetString()!).ToArray()
            : null;

    public static string RegistrationText(RegistrationPolicy policy) => policy switch
    {
        RegistrationPolicy.Open => "open",
        RegistrationPolicy.InitialAccessToken => "initial_access_token",
        _ => "disabled",
    };

    public static RegistrationPolicy? ReadRegistration(string? text) => text switch
    {
        "open" => RegistrationPolicy.Open,
        "initial_access_token" => RegistrationPolicy.InitialAccessToken,
        "disabled" => RegistrationPolicy.Disabled,
        _ => null,
    };

    public static string SignUpText(SignUpPolicy policy) => policy switch
    {
        SignUpPolicy.Open => "open",
        SignUpPolicy.Domains => "domains",
        _ => "disabled",
    };

    public static SignUpPolicy? ReadSignUp(string? text) => text switch
    {
        "open" => SignUpPolicy.Open,
        "domains" => SignUpPolicy.Domains,
        "disabled" => SignUpPolicy.Disabled,
        _ => null,
    };
}

/// <summary>The stored and configured names of <see cref="TenantAddressing"/>.</summary>
public static class TenantText
{
    public static string Addressing(TenantAddressing addressing) => addressing == TenantAddressing.Host ? "host" : "path";

    public static TenantAddressing ReadAddressing(string text) => text == "host" ? TenantAddressing.Host : TenantAddressing.Path;
}
