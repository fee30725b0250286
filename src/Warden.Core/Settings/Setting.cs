namespace Warden.Core.Settings;

/// <summary>A system setting of a tenant: a named text value that operators change with `warden settings`. An empty value means unset.</summary>
public sealed record Setting(string TenantId, string Key, string Value, DateTimeOffset UpdatedAt)
{
    /// <summary>
    /// What `warden seed` creates when missing, never overwriting an operator's value: the site name pages show, and
    /// the policy and terms-of-service URIs OpenID Connect Discovery 1.0 §3 advertises (op_policy_uri, op_tos_uri).
    /// </summary>
    public static IReadOnlyList<(string Key, string Value)> Defaults { get; } =
    [
        ("site_name", "Warden"),
        ("op_policy_uri", ""),
        ("op_tos_uri", ""),
    ];
}
