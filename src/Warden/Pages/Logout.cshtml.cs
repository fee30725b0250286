using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Hosting;
using Warden.Sessions;

namespace Warden.Pages;

/// <summary>Sign-out is a POST with an anti-forgery token, so another site cannot sign a user out; GET only asks.</summary>
public sealed class LogoutModel(CurrentUser currentUser) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await currentUser.SignOutAsync(HttpContext);
        return LocalRedirect("/login");
    }
}
