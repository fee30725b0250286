using Microsoft.AspNetCore.Mvc;
using Warden.Core.Users;

namespace Warden.Pages.Account;

/// <summary>An application the person allowed: its consent and the client's name (its id when the client is gone).</summary>
public sealed record AllowedApplication(string ClientId, string Name, IReadOnlyList<string> Scopes, DateTimeOffset GrantedAt);

/// <summary>
/// The applications section: the consents the person gave. Revoking one forgets the consent and ends that client's
/// refresh token families for the person, so the application must ask again.
/// </summary>
public sealed partial class AccountModel
{
    public IReadOnlyList<AllowedApplication> Applications { get; private set; } = [];

    private async Task LoadApplicationsAsync()
    {
        var allowed = new List<AllowedApplication>();
        foreach (var consent in await consents.ListForUserAsync(Person.TenantId, Person.Id, HttpContext.RequestAborted))
        {
            var client = await clients.FindAsync(Person.TenantId, consent.ClientId, HttpContext.RequestAborted);
            allowed.Add(new AllowedApplication(consent.ClientId, client?.Client.Name ?? consent.ClientId, consent.Scopes, consent.GrantedAt));
        }
        Applications = allowed;
    }

    public async Task<IActionResult> OnPostRevokeApplicationAsync([FromForm(Name = "client_id")] string? clientId)
    {
        if (!await SignInAsync())
            return ToLogin();
        if (string.IsNullOrEmpty(clientId) || clientId.Length > 200
            || !await consents.RevokeAsync(Person.TenantId, Person.Id, clientId, HttpContext.RequestAborted))
        {
            Error = text["account.applications.error.unknown"];
            return await RefusedAsync();
        }
        var families = await refreshTokens.RevokeUserFamiliesAsync(Person.TenantId, Person.Id, clientId, HttpContext.RequestAborted);
        Record("application_revoked", "success", clientId, new { refresh_token_families_ended = families });
        return Completed("application");
    }
}
