using Warden.Middleware;
using Microsoft.AspNetCore.Mvc;
using Warden.Core.Passkeys;
using Warden.Passkeys;

namespace Warden.Pages.Account;

/// <summary>
/// The passkeys section: the person's passkeys (name, the authenticator's name when its AAGUID is a known one, added,
/// last used), renamed and removed with plain forms; adding one needs the page's script (WebAuthn). Removing the last
/// way to sign in (no password and no other passkey) is refused. The page hands the script what the WebAuthn Signal
/// API needs to keep the browser's passkey list in step: every accepted credential id, the person's names, and the
/// credential just removed.
/// </summary>
public sealed partial class AccountModel
{
    public IReadOnlyList<PasskeyCredential> Passkeys { get; private set; } = [];

    /// <summary>The credential id (base64url) of the passkey this request's redirect says was removed, for signalUnknownCredential.</summary>
    public string? RemovedCredentialId { get; private set; }

    private IServiceProvider Services => HttpContext.RequestServices;

    private PasskeyCeremonies Ceremonies => Services.GetRequiredService<PasskeyCeremonies>();

    public bool PasskeysEnabled => Ceremonies.Enabled;

    public string PasskeyRpId => Ceremonies.RelyingPartyId(HttpContext.Tenant().Issuer);

    private async Task LoadPasskeysAsync()
    {
        Passkeys = await Services.GetRequiredService<IPasskeyStore>().ListAsync(Person.TenantId, Person.Id, HttpContext.RequestAborted);
        if (Request.Query["removed"] is { Count: 1 } removed && removed[0] is { Length: > 0 and <= 400 } credentialId)
            RemovedCredentialId = credentialId;
    }

    public static string CredentialIdOf(PasskeyCredential passkey) => PasskeyCeremonies.Base64Url(passkey.CredentialId);

    public string UserHandleText => PasskeyCeremonies.Base64Url(PasskeyCeremonies.UserHandle(Person.Id));

    public string AcceptedCredentialsJson => System.Text.Json.JsonSerializer.Serialize(Passkeys.Select(CredentialIdOf));

    public async Task<IActionResult> OnPostRenamePasskeyAsync(Guid? id, string? name)
    {
        if (!await SignInAsync())
            return ToLogin();
        var cleaned = PasskeyCeremonies.CleanName(name);
        if (cleaned is null || name!.Trim().Length > PasskeyCeremonies.MaxNameLength)
        {
            Error = text["passkeys.error.name"];
            return await RefusedAsync();
        }
        if (id is not { } passkeyId
            || !await Services.GetRequiredService<IPasskeyStore>().RenameAsync(Person.TenantId, Person.Id, passkeyId, cleaned, HttpContext.RequestAborted))
        {
            Error = text["passkeys.error.unknown"];
            return await RefusedAsync();
        }
        Record("passkey_renamed", "success", null, new { passkey = passkeyId });
        return Completed("passkey_renamed");
    }

    public async Task<IActionResult> OnPostRemovePasskeyAsync(Guid? id)
    {
        if (!await SignInAsync())
            return ToLogin();
        var store = Services.GetRequiredService<IPasskeyStore>();
        var passkey = id is { } passkeyId
            ? (await store.ListAsync(Person.TenantId, Person.Id, HttpContext.RequestAborted)).FirstOrDefault(candidate => candidate.Id == passkeyId)
            : null;
        if (passkey is null)
        {
            Error = text["passkeys.error.unknown"];
            return await RefusedAsync();
        }
        if (await Services.GetRequiredService<Core.Users.SignInMethods>().CountAsync(Person, HttpContext.RequestAborted) <= 1)
        {
            Record("passkey_removed", "failure", null, new { passkey = passkey.Id, reason = "last_sign_in_method" });
            Error = text["passkeys.error.last_method"];
            return await RefusedAsync(StatusCodes.Status409Conflict);
        }
        if (!await store.DeleteAsync(Person.TenantId, Person.Id, passkey.Id, HttpContext.RequestAborted))
        {
            Error = text["passkeys.error.unknown"];
            return await RefusedAsync();
        }
        Record("passkey_removed", "success", null, new { passkey = passkey.Id });
        return Redirect(Path + "?done=passkey_removed&removed=" + Uri.EscapeDataString(CredentialIdOf(passkey)) + "#passkeys");
    }
}
