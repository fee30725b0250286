using System.Globalization;
using System.Net;
using MimeKit;
using Warden.Core.Settings;
using Warden.Core.Users;
using Warden.Pages.Presentation;

namespace Warden.Email;

/// <summary>
/// Words an account mail in the person's language (texts in Pages/Text/{language}/email.json, the theme's overrides
/// included) with the site name: a plain text part and a simple HTML part with the same content.
/// </summary>
public sealed class AccountEmailComposer(TenantThemes themes, SettingCatalog settings, SmtpOptions smtp, SignUpOptions lifetimes,
    Core.Tenants.TenantDirectory tenants)
{
    public async Task<MimeMessage> ComposeAsync(AccountEmail email, CancellationToken cancellationToken)
    {
        var values = await settings.GetAsync(email.TenantId, cancellationToken);
        var site = values.GetValueOrDefault("site_name")
                   ?? (await tenants.FindAsync(email.TenantId, cancellationToken) is { } tenant ? SiteChrome.NameOf(tenant.Tenant) : SiteChrome.DefaultSiteName);
        var texts = (await themes.ForAsync(email.TenantId, cancellationToken)).Texts;
        var language = texts.Supports(email.Language) ? email.Language : PageTextCatalog.DefaultLanguage;
        string Text(string key, params object[] arguments) =>
            string.Format(CultureInfo.GetCultureInfo(language), texts.Lookup(language, key), arguments);

        var (area, lifetime) = email.Kind switch
        {
            AccountEmailKind.VerifyAddress => ("email.verify", (int)lifetimes.VerifyLinkLifetime.TotalHours),
            AccountEmailKind.ResetPassword => ("email.reset", (int)lifetimes.ResetLinkLifetime.TotalMinutes),
            _ => ("email.registered", 0),
        };
        var link = email.Kind == AccountEmailKind.AddressAlreadyRegistered ? (await tenants.ForAsync(email.TenantId, cancellationToken)).Issuer + "/password/forgot" : email.Link!;
        var paragraphs = new[]
        {
            email.Name is { Length: > 0 } name ? Text("email.greeting", name) : Text("email.greeting_anonymous"),
            Text(area + ".body", site, lifetime),
        };
        var after = new[] { Text(area + ".ignore"), Text("email.signature", site) };

        var text = string.Join("\n\n", [.. paragraphs, link, .. after]) + "\n";
        var html = "<!DOCTYPE html><html lang=\"" + language + "\"><body>"
                   + string.Concat(paragraphs.Select(paragraph => "<p>" + WebUtility.HtmlEncode(paragraph) + "</p>"))
                   + "<p><a href=\"" + WebUtility.HtmlEncode(link) + "\">" + WebUtility.HtmlEncode(Text(area + ".action")) + "</a></p>"
                   + "<p>" + WebUtility.HtmlEncode(link) + "</p>"
                   + string.Concat(after.Select(paragraph => "<p>" + WebUtility.HtmlEncode(paragraph) + "</p>"))
                   + "</body></html>";

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName ?? site, smtp.FromAddress ?? throw new InvalidOperationException("email.from is not configured")));
        message.To.Add(new MailboxAddress(email.Name ?? "", email.To));
        message.Subject = Text(area + ".subject", site);
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }
}
