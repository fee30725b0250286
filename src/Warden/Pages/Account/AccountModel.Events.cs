using System.Text.Json;
using Warden.Core.Audit;

namespace Warden.Pages.Account;

/// <summary>One line of the security events section: what happened (a text in the page's language), when and from where.</summary>
public sealed record SecurityEvent(string What, DateTimeOffset When, string? Address, bool Failed);

/// <summary>
/// The recent security events section: the person's last <see cref="EventCount"/> sign-ins (and failures, lockouts),
/// sign-outs, password changes, sessions ended and applications revoked, from the audit trail. The trail is written in
/// batches, so an event appears within its flush interval (a second or so).
/// </summary>
public sealed partial class AccountModel
{
    public const int EventCount = 20;

    /// <summary>The audit event types the section shows.</summary>
    private static readonly string[] SecurityEventTypes =
        ["login", "logout", "password_changed", "session_ended", "application_revoked", "profile_updated", "passkey_sign_in", "passkey_registered",
            "passkey_removed"];

    public IReadOnlyList<SecurityEvent> Events { get; private set; } = [];

    private async Task LoadEventsAsync()
    {
        // One query per type, each on the (tenant, user, time) index: a person's token events cannot crowd these out.
        var found = new List<AuditEvent>();
        foreach (var type in SecurityEventTypes)
        {
            found.AddRange(await auditLog.QueryAsync(new AuditQuery(Person.TenantId) { UserId = Person.Id.ToString(), EventType = type, Limit = EventCount },
                HttpContext.RequestAborted));
        }
        var names = Applications.ToDictionary(application => application.ClientId, application => application.Name, StringComparer.Ordinal);
        Events = [.. found.OrderByDescending(found => found.OccurredAt).Take(EventCount).Select(found => Describe(found, names))];
    }

    private SecurityEvent Describe(AuditEvent found, Dictionary<string, string> applicationNames)
    {
        var reason = Reason(found.Details);
        var failed = found.Outcome != "success";
        var locked = reason is "locked" or "bad_password_locked";
        var key = (found.EventType, failed) switch
        {
            ("login", false) => "account.events.login",
            ("login", true) => locked ? "account.events.locked" : "account.events.login_failed",
            ("password_changed", false) => "account.events.password_changed",
            ("password_changed", true) => locked ? "account.events.locked" : "account.events.password_change_failed",
            ("session_ended", _) => "account.events.session_ended",
            ("application_revoked", _) => "account.events.application_revoked",
            ("profile_updated", _) => "account.events.profile_updated",
            ("passkey_sign_in", false) => "account.events.passkey_sign_in",
            ("passkey_sign_in", true) => "account.events.passkey_sign_in_failed",
            ("passkey_registered", false) => "account.events.passkey_registered",
            ("passkey_registered", true) => "account.events.passkey_registration_failed",
            ("passkey_removed", false) => "account.events.passkey_removed",
            ("passkey_removed", true) => "account.events.passkey_not_removed",
            _ => "account.events.logout",
        };
        var application = found.ClientId is null ? "" : applicationNames.GetValueOrDefault(found.ClientId, found.ClientId);
        return new SecurityEvent(text.Format(key, application), found.OccurredAt, found.IpAddress, failed);
    }

    private static string? Reason(string details)
    {
        try
        {
            using var document = JsonDocument.Parse(details);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("reason", out var reason)
                   && reason.ValueKind == JsonValueKind.String
                ? reason.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
