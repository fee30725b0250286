using Warden.Pages.Account;
using Xunit;

namespace Warden.Tests.Account;

/// <summary>The account page names a session's browser and system from its User-Agent, however much else the string claims.</summary>
public sealed class DeviceDescriptionTests
{
    [Theory]
    [InlineData(AccountPage.Firefox, "Firefox", "Windows")]
    [InlineData(AccountPage.ChromeOnAndroid, "Chrome", "Android")]
    [InlineData(AccountPage.SafariOnIPhone, "Safari", "iOS")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge", "Windows")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "Safari", "macOS")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0", "Opera", "Linux")]
    [InlineData("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome", "ChromeOS")]
    [InlineData("curl/8.5.0", "curl", null)]
    public void The_browser_and_system_are_named(string userAgent, string? browser, string? system)
    {
        Assert.Equal(new DeviceDescription(browser, system), DeviceDescription.Parse(userAgent));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SomethingElse/1.0")]
    public void An_unrecognised_agent_has_no_description(string? userAgent)
    {
        Assert.Null(DeviceDescription.Parse(userAgent));
    }
}
