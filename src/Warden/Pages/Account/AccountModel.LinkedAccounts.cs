using Microsoft.AspNetCore.Mvc;
using Warden.Core.ExternalLogins;
using Warden.Core.IdentityProviders;

namespace Warden.Pages.Account;

/// <summary>
/// The linked accounts section: the upstream accounts linked to the person (provider, email as the provider gave it,
/// linked and last used), a link per provider not linked yet (the round trip of <c>/login/external/{name}?link=1</c>) and
/// unlinking, refused when the link is the account's last way to sign in.
/// </summary>
public sealed partial class AccountModel
{
    /// <summary>A linked account and the name of its provider as the buttons show it.</summary>
    public sealed record LinkedAccount(ExternalLogin Login, string DisplayName);

    public IReadOnlyList<LinkedAccount> LinkedAccounts { get; private set; } = [];

    /// <summary>Providers the person has no account of linked yet.</summary>
    public IReadOnlyList<IdentityProvider> LinkableProviders { get; private set; } = [];

    // Resolved from the request's services rather than the constructor, so this section adds no parameter to the shared constructor.
    private IExternalLoginStore ExternalLogins => HttpContext.RequestServices.GetRequiredService<IExternalLoginStore>();

    private async Task LoadLinkedAccountsAsync()
    {
        var providers = await HttpContext.RequestServices.GetRequiredService<IdentityProviderDirectory>()
            .ListAsync(Person.TenantId, HttpContext.RequestAborted);
        var logins = await ExternalLogins.ListByUserAsync(Person.TenantId, Person.Id, HttpContext.RequestAborted);
        LinkedAccounts = logins.Select(login => new LinkedAccount(login,
            providers.FirstOrDefault(provider => provider.Name == login.Provider)?.DisplayName ?? login.Provider)).ToList();
        LinkableProviders = providers.Where(provider => logins.All(login => login.Provider != provider.Name)).ToList();
    }

    /// <summary>How many ways the person has to sign in: a password, each passkey, each linked account.</summary>
    private Task<int> SignInMethodCountAsync() =>
        HttpContext.RequestServices.GetRequiredService<Core.Users.SignInMethods>().CountAsync(Person, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostUnlinkAsync(Guid? id)
    {
        if (!await SignInAsync())
            return ToLogin();
        var login = (await ExternalLogins.ListByUserAsync(Person.TenantId, Person.Id, HttpContext.RequestAborted)).FirstOrDefault(login => login.Id == id);
        if (login is null)
        {
            Error = text["account.linked.error.unknown"];
            return await RefusedAsync();
        }
        if (await SignInMethodCountAsync() <= 1)
        {
            Error = text["account.linked.error.last"];
            Record("external_login_unlinked", "failure", null, new { provider = login.Provider, reason = "last_sign_in_method" });
            return await RefusedAsync(StatusCodes.Status409Conflict);
        }
        if (!await ExternalLogins.DeleteAsync(Person.TenantId, Person.Id, login.Id, HttpContext.RequestAborted))
        {
            Error = text["account.linked.error.unknown"];
            return await RefusedAsync();
        }
        Record("external_login_unlinked", "success", null, new { provider = login.Provider, subject = login.Subject });
        return Completed("unlinked");
    }
}
