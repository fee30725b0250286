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
            "api_key_scopes", "api_key_max_lifetime", "api_key_allow_no_expiry"];

    public static string Write(TenantSettings settings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (settings.AccessTokenLifetime is { } lifetime)
                json.WriteNumber("access_token_lifetime", (long)lifetime.TotalSeconds);
            if (settings.GrantTypes is { } grantTypes)
            {
                json.WriteStartArray("grant_types");
                foreach (var grantType in grantTypes)
                    json.WriteStringValue(grantType);
                json.WriteEndArray();
            }
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
            {
                json.WriteStartArray("api_key_scopes");
                foreach (var scope in apiKeyScopes)
                    json.WriteStringValue(scope);
                json.WriteEndArray();
            }
            if (settings.ApiKeyMaxLifetime is { } apiKeyLifetime)
                json.WriteNumber("api_key_max_lifetime", (long)apiKeyLifetime.TotalSeconds);
            if (settings.ApiKeyAllowNoExpiry is { } noExpiry)
                json.WriteBoolean("api_key_allow_no_expiry", noExpiry);
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
                "access_token_lifetime" when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds) && seconds > 0 => settings with { AccessTokenLifetime = TimeSpan.FromSeconds(seconds) },
                "grant_types" when value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String) =>
                    settings with { GrantTypes = value.EnumerateArray().Select(item => item.GetString()!).ToArray() },
                "registration" when ReadRegistration(value.ValueKind == JsonValueKind.String ? value.GetString() : null) is { } policy =>
                    settings with { Registration = policy },
                "sign_up" when ReadSignUp(value.ValueKind == JsonValueKind.String ? value.GetString() : null) is { } policy => settings with { SignUp = policy },
                "password_min_length" when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var minLength) => settings with { PasswordMinLength = minLength },
                "password_character_classes" when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var classes) => settings with { PasswordCharacterClasses = classes },
                "theme_dir" when value.ValueKind == JsonValueKind.String => settings with { ThemeDirectory = value.GetString() },
                "api_key_scopes" when value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String) =>
                    settings with { ApiKeyScopes = value.EnumerateArray().Select(item => item.GetString()!).ToArray() },
                "api_key_max_lifetime" when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var apiKeySeconds) && apiKeySeconds > 0 =>
                    settings with { ApiKeyMaxLifetime = TimeSpan.FromSeconds(apiKeySeconds) },
                "api_key_allow_no_expiry" when value.ValueKind is JsonValueKind.True or JsonValueKind.False =>
                    settings with { ApiKeyAllowNoExpiry = value.GetBoolean() },
                _ => throw new FormatException($"tenant settings: '{property.Name}' is unknown or has a value of the wrong kind"),
            };
        }
        return settings;
    }

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
