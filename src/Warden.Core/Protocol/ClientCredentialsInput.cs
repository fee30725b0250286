namespace Warden.Core.Protocol;

/// <summary>
/// What a request offered to authenticate its client: HTTP Basic (already decoded by the endpoint), form
/// parameters (client_secret_post, private_key_jwt) or a bare client_id (public clients).
/// </summary>
public sealed record ClientCredentialsInput(
    string? BasicClientId,
    string? BasicSecret,
    string? FormClientId,
    string? FormSecret,
    string? AssertionType,
    string? Assertion)
{
    public bool UsedBasic => BasicClientId is not null;

    public static ClientCredentialsInput FromForm(ProtocolParameters form, string? basicClientId, string? basicSecret) => new(
        basicClientId, basicSecret, form[OAuthNames.Parameters.ClientId], form[OAuthNames.Parameters.ClientSecret],
        form[OAuthNames.Parameters.ClientAssertionType], form[OAuthNames.Parameters.ClientAssertion]);
}
