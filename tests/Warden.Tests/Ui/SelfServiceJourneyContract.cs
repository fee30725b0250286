using Microsoft.Playwright;
using Warden.Configuration;
using Warden.Testing;
using Warden.Tests.OAuth;
using Warden.Tests.SelfService;
using Xunit;
using static Warden.Tests.SelfService.SelfServiceFixture;

namespace Warden.Tests.Ui;

/// <summary>
/// The whole self-service journey in Chromium, on each backend: sign up, confirm the address with the link the SMTP
/// server received, sign in, change the password on the account page (which signs the other browser out), sign out
/// everywhere (the account page's "sign out all others", then this browser), forget the password, reset it through
/// the emailed link, sign in with it. Each page is also checked with axe-core.
/// </summary>
public abstract class SelfServiceJourneyContract<TBackend>(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
    where TBackend : IServerBackend, new()
{
    private const string Address = "journey@example.org";
    private const string FirstPassword = "first journey passphrase";
    private const string SecondPassword = "second journey passphrase";
    private const string ThirdPassword = "third journey passphrase";

    private readonly TemporaryDirectory _directory = new();
    private TestSmtpServer _smtp = null!;
    private RunningWarden _warden = null!;

    public async Task InitializeAsync()
    {
        _smtp = TestSmtpServer.Start();
        _warden = await AuthorizationCodeFixture.StartAsync(await new TBackend().CreateAsync(_directory), options => WithEmail(options, _smtp.Port));
    }

    public async Task DisposeAsync()
    {
        await _warden.DisposeAsync();
        await _smtp.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Sign_up_verify_sign_in_change_the_password_sign_out_everywhere_forget_it_reset_it_and_sign_in_again()
    {
        var page = await chromium.NewPageAsync(Screen.Phone);

        await page.GotoAsync(_warden.Issuer + "/signup");
        await Chromium.AssertAccessibleAsync(page, "signup");
        await page.FillAsync("#email", Address);
        await page.FillAsync("#name", "Journey Person");
        await page.FillAsync("#password", FirstPassword);
        await page.FillAsync("#password_confirmation", FirstPassword);
        await SubmitAsync(page);
        await page.WaitForSelectorAsync("#sent");
        await Chromium.AssertAccessibleAsync(page, "signup-sent");

        await page.GotoAsync(_warden.Issuer + TestSmtpServer.LinkIn(await _smtp.NextAsync(Address), "/signup/verify"));
        await Chromium.AssertAccessibleAsync(page, "signup-verify");
        await SubmitAsync(page);
        await page.WaitForSelectorAsync("#verified");

        await SignInAsync(page, FirstPassword);
        var otherBrowser = await chromium.NewPageAsync(Screen.Desktop);
        await SignInAsync(otherBrowser, FirstPassword);

        await page.GotoAsync(_warden.Issuer + "/account");
        await Chromium.AssertAccessibleAsync(page, "account");
        await page.FillAsync("#current_password", FirstPassword);
        await page.FillAsync("#new_password", SecondPassword);
        await page.FillAsync("#new_password_again", SecondPassword);
        await page.Locator("form:has(#new_password) button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#done");
        Assert.False(await IsSignedInAsync(otherBrowser));
        Assert.True(await IsSignedInAsync(page));

        await SignInAsync(otherBrowser, SecondPassword);
        await page.GotoAsync(_warden.Issuer + "/account");
        await page.Locator("form[action*='EndOtherSessions'] button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#done");
        Assert.False(await IsSignedInAsync(otherBrowser));
        await page.GotoAsync(_warden.Issuer + "/logout");
        await SubmitAsync(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.False(await IsSignedInAsync(page));

        await ResetPasswordAsync(page, ThirdPassword);
        await SignInAsync(page, ThirdPassword);
        Assert.True(await IsSignedInAsync(page));
    }

    private async Task ResetPasswordAsync(IPage page, string password)
    {
        await page.GotoAsync(_warden.Issuer + "/password/forgot");
        await Chromium.AssertAccessibleAsync(page, "password-forgot");
        await page.FillAsync("#email", Address);
        await SubmitAsync(page);
        await page.WaitForSelectorAsync("#sent");

        await page.GotoAsync(_warden.Issuer + TestSmtpServer.LinkIn(await _smtp.NextAsync(Address), "/password/reset"));
        await Chromium.AssertAccessibleAsync(page, "password-reset");
        await page.FillAsync("#password", password);
        await page.FillAsync("#password_confirmation", password);
        await SubmitAsync(page);
        await page.WaitForSelectorAsync("#reset-done");
    }

    private async Task SignInAsync(IPage page, string password)
    {
        await page.GotoAsync(_warden.Issuer + "/login");
        await page.FillAsync("#username", Address);
        await page.FillAsync("#password", password);
        await SubmitAsync(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await IsSignedInAsync(page), "the sign-in did not succeed");
    }

    /// <summary>Whether the sign-in page shows the account as signed in (it offers sign-out instead of the password field).</summary>
    private async Task<bool> IsSignedInAsync(IPage page)
    {
        await page.GotoAsync(_warden.Issuer + "/login");
        return await page.Locator("#password").CountAsync() == 0 && (await page.ContentAsync()).Contains(Address, StringComparison.Ordinal);
    }

    /// <summary>Submits the page's form with the password field, or its only form.</summary>
    private static async Task SubmitAsync(IPage page)
    {
        var form = await page.Locator("form:has(#password)").CountAsync() > 0 ? page.Locator("form:has(#password)")
            : await page.Locator("main form").CountAsync() > 0 ? page.Locator("main form").First
            : page.Locator("form").First;
        await form.Locator("button[type=submit]").First.ClickAsync();
    }
}

public sealed class MemorySelfServiceJourneyTests(Chromium chromium) : SelfServiceJourneyContract<MemoryServerBackend>(chromium);
public sealed class SqliteSelfServiceJourneyTests(Chromium chromium) : SelfServiceJourneyContract<SqliteServerBackend>(chromium);
public sealed class PostgresSelfServiceJourneyTests(Chromium chromium) : SelfServiceJourneyContract<PostgresServerBackend>(chromium);
