namespace Warden.Core.ExternalLogins;

/// <summary>Why an upstream sign-in did not complete, as the audit trail records it and the failure page explains it.</summary>
public enum UpstreamFailureReason
{
    /// <summary>No provider of that name, or its button is not offered.</summary>
    UnknownProvider,

    /// <summary>The callback's state is unknown, expired, already used (a replayed callback) or belongs to another browser.</summary>
    BadState,

    /// <summary>The upstream answered the authorization request with an error (the person declined, or the upstream refused).</summary>
    UpstreamDenied,

    /// <summary>The upstream could not be reached, took too long, or answered something that is not what the protocol says.</summary>
    UpstreamUnavailable,

    /// <summary>The upstream's token endpoint refused the code (used, expired, or not for this client).</summary>
    CodeRefused,

    /// <summary>The ID token did not validate: signature, issuer, audience, nonce, expiry or algorithm.</summary>
    InvalidIdToken,

    /// <summary>The upstream gave no usable subject.</summary>
    NoSubject,

    /// <summary>The provider links only from the account page, and this upstream account is not linked yet.</summary>
    NotLinked,

    /// <summary>The upstream account is linked to another local user.</summary>
    LinkedElsewhere,

    /// <summary>A user would be created with an email address another local account holds (and linking by email is not allowed).</summary>
    EmailInUse,

    /// <summary>The local user is deactivated, locked or gone.</summary>
    UserUnavailable,
}

/// <summary>A refusal: its reason, and a private detail for the log and the audit trail only.</summary>
public sealed record UpstreamFailure(UpstreamFailureReason Reason, string Detail)
{
    /// <summary>The reason's spelling in the audit trail.</summary>
    public string Code => Reason switch
    {
        UpstreamFailureReason.UnknownProvider => "unknown_provider",
        UpstreamFailureReason.BadState => "bad_state",
        UpstreamFailureReason.UpstreamDenied => "upstream_denied",
        UpstreamFailureReason.UpstreamUnavailable => "upstream_unavailable",
        UpstreamFailureReason.CodeRefused => "code_refused",
        UpstreamFailureReason.InvalidIdToken => "invalid_id_token",
        UpstreamFailureReason.NoSubject => "no_subject",
        UpstreamFailureReason.NotLinked => "not_linked",
        UpstreamFailureReason.LinkedElsewhere => "linked_elsewhere",
        UpstreamFailureReason.EmailInUse => "email_in_use",
        _ => "user_unavailable",
    };
}

/// <summary>Who the upstream says signed in, after every check passed.</summary>
/// <param name="Acr">The ID token's <c>acr</c>, when it had one.</param>
/// <param name="Tokens">The upstream's token response (JSON), kept only when the provider asks for it.</param>
public sealed record UpstreamIdentity(string Subject, string? Email, bool EmailVerified, string? Name, string? Username, string? Picture, string? Acr,
    string? Tokens);
