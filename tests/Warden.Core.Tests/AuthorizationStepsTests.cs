using Microsoft.Extensions.Time.Testing;
using Warden.Core.Authorization;
using Warden.Core.Protocol;
using Xunit;

namespace Warden.Core.Tests;

/// <summary>OpenID Connect Core §3.1.2.1: prompt and max_age against the signed-in user's auth_time, on a pinned clock.</summary>
public sealed class AuthorizationStepsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero));

    private static AuthorizationRequest Request(TimeSpan? maxAge = null, params string[] prompts) => new()
    {
        Client = new Clients.Client
        {
            TenantId = TestEngine.Tenant, ClientId = "app", Name = "App", CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
        },
        RedirectUri = TestEngine.RedirectUri,
        ResponseMode = ResponseMode.Query,
        Scopes = ["openid"],
        Prompts = prompts.ToHashSet(),
        MaxAge = maxAge,
        Parameters = ProtocolParameters.Empty,
    };

    private (AuthorizationStep Step, string? Error) Next(AuthorizationRequest request, DateTimeOffset? authTime, bool consentNeeded = false)
    {
        var (step, error) = AuthorizationSteps.Next(request, authTime, consentNeeded, _time.GetUtcNow());
        return (step, error?.Error);
    }

    [Fact]
    public void Nobody_signed_in_means_sign_in_or_with_prompt_none_login_required()
    {
        Assert.Equal((AuthorizationStep.SignIn, null), Next(Request(), authTime: null));
        Assert.Equal((AuthorizationStep.Fail, "login_required"), Next(Request(null, "none"), authTime: null));
    }

    [Fact]
    public void A_signed_in_user_who_approved_everything_gets_the_code()
    {
        Assert.Equal((AuthorizationStep.Issue, null), Next(Request(), _time.GetUtcNow().AddHours(-8)));
        Assert.Equal((AuthorizationStep.Issue, null), Next(Request(null, "none"), _time.GetUtcNow()));
    }

    [Fact]
    public void Max_age_is_met_up_to_its_last_second_and_then_asks_for_a_new_sign_in()
    {
        var authTime = _time.GetUtcNow();
        var request = Request(TimeSpan.FromMinutes(10));
        var silent = Request(TimeSpan.FromMinutes(10), "none");

        _time.Advance(TimeSpan.FromMinutes(10));
        var atMaxAge = Next(request, authTime);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal((AuthorizationStep.Issue, null), atMaxAge);
        Assert.Equal((AuthorizationStep.SignIn, null), Next(request, authTime));
        Assert.Equal((AuthorizationStep.Fail, "login_required"), Next(silent, authTime));
    }

    [Fact]
    public void Max_age_zero_always_asks_for_a_new_sign_in()
    {
        var authTime = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal((AuthorizationStep.SignIn, null), Next(Request(TimeSpan.Zero), authTime));
    }

    [Fact]
    public void Prompt_login_asks_for_a_new_sign_in_even_just_after_one()
    {
        Assert.Equal((AuthorizationStep.SignIn, null), Next(Request(null, "login"), _time.GetUtcNow()));
    }

    [Fact]
    public void Consent_is_asked_when_needed_or_prompted_and_without_interaction_is_consent_required()
    {
        var now = _time.GetUtcNow();

        Assert.Equal((AuthorizationStep.Consent, null), Next(Request(), now, consentNeeded: true));
        Assert.Equal((AuthorizationStep.Consent, null), Next(Request(null, "consent"), now));
        Assert.Equal((AuthorizationStep.Fail, "consent_required"), Next(Request(null, "none"), now, consentNeeded: true));
    }
}
