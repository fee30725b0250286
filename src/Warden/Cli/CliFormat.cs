using System.Globalization;

namespace Warden.Cli;

/// <summary>How the verbs print values, the same in every verb.</summary>
public static class CliFormat
{
    /// <summary>UTC to the second, ISO 8601 (2026-01-31T12:00:00Z).</summary>
    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
