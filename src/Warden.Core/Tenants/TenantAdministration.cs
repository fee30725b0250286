using System.Text.RegularExpressions;
using Warden.Core.Protocol;

namespace Warden.Core.Tenants;

/// <summary>A tenant change that breaks a rule; the message is one line naming what is wrong.</summary>
public sealed class InvalidTenantException(string message) : Exception(message);

/// <summary>
/// Creating, changing, disabling and deleting tenants, with the rules every path (CLI, config.yaml) shares: an id is
/// a DNS label (lowercase letters, digits and inner hyphens, at most 63), so it can name a host; the default tenant
/// can be renamed but not disabled, readdressed, given settings or deleted, since it is served by the configuration;
/// a host is a host name with an optional port; settings name only grant types the server supports.
/// </summary>
public sealed partial class TenantAdministration(ITenantStore store, TimeProvider time, IReadOnlyCollection<string> supportedGrantTypes)
{
    public Task<Tenant?> FindAsync(string id, CancellationToken cancellationToken = default) => store.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken = default) => store.ListAsync(cancellationToken);

    public async Task<Tenant> CreateAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        RequireValidId(tenant.Id);
        var created = Validated(tenant with { CreatedAt = time.GetUtcNow() });
        if (created.IsDefault)
            throw new InvalidTenantException($"tenant '{Tenant.DefaultId}' exists in every database");
        try
        {
            await store.CreateAsync(created, cancellationToken);
        }
        catch (Storage.DuplicateEntityException)
        {
            throw new InvalidTenantException(created.Host is { } host
                ? $"tenant '{created.Id}': the id or the host {host} is taken"
                : $"tenant '{created.Id}' exists");
        }
        return (await store.FindAsync(created.Id, cancellationToken))!;
    }

    /// <summary>Applies <paramref name="change"/> to the stored tenant; null when there is none.</summary>
    public async Task<Tenant?> UpdateAsync(string id, Func<Tenant, Tenant> change, CancellationToken cancellationToken = default)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } stored)
            return null;
        var changed = Validated(change(stored) with { Id = stored.Id, CreatedAt = stored.CreatedAt });
        if (stored.IsDefault && changed != stored with { Name = changed.Name })
            throw new InvalidTenantException($"tenant '{Tenant.DefaultId}' follows the configuration: only its name can change");
        try
        {
            return await store.UpdateAsync(changed, cancellationToken) ? await store.FindAsync(id, cancellationToken) : null;
        }
        catch (Storage.DuplicateEntityException)
        {
            throw new InvalidTenantException($"tenant '{id}': the host {changed.Host} is another tenant's");
        }
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (id == Tenant.DefaultId)
            throw new InvalidTenantException($"tenant '{Tenant.DefaultId}' cannot be deleted");
        return await store.DeleteAsync(id, cancellationToken);
    }

    public static void RequireValidId(string id)
    {
        if (!IdPattern().IsMatch(id))
            throw new InvalidTenantException(
                $"tenant id '{Shorten(id)}': use 1 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit");
    }

    private Tenant Validated(Tenant tenant)
    {
        if (string.IsNullOrWhiteSpace(tenant.Name) || tenant.Name.Length > 200)
            throw new InvalidTenantException($"tenant '{tenant.Id}': the name must be 1 to 200 characters");
        if (tenant.Host is { } host)
        {
            if (tenant.Addressing != TenantAddressing.Host)
                throw new InvalidTenantException($"tenant '{tenant.Id}': a host is given only with host addressing");
            if (!HostPattern().IsMatch(host))
                throw new InvalidTenantException($"tenant '{tenant.Id}': host '{Shorten(host)}' is not a host name with an optional :port");
        }
        var settings = tenant.Settings;
        if (settings.GrantTypes?.FirstOrDefault(grantType => !supportedGrantTypes.Contains(grantType)) is { } unknown)
            throw new InvalidTenantException($"tenant '{tenant.Id}': grant type '{Shorten(unknown)}' is not one this server supports ({string.Join(", ", supportedGrantTypes.Order())})");
        if (settings.AccessTokenLifetime is { } lifetime && (lifetime < TimeSpan.FromSeconds(1) || lifetime > OAuthServerOptions.MaxAccessTokenLifetime))
            throw new InvalidTenantException($"tenant '{tenant.Id}': access_token_lifetime must be between 1 second and {OAuthServerOptions.MaxAccessTokenLifetime.TotalHours} hours");
        if (settings.PasswordMinLength is < Users.PasswordPolicy.LeastMinLength or > Users.PasswordPolicy.MostMinLength)
            throw new InvalidTenantException($"tenant '{tenant.Id}': password_min_length must be from {Users.PasswordPolicy.LeastMinLength} to {Users.PasswordPolicy.MostMinLength}");
        RequireSeconds(tenant.Id, "id_token_lifetime", settings.IdTokenLifetime, 60, 86_400);
        RequireSeconds(tenant.Id, "refresh_token_lifetime", settings.RefreshTokenLifetime, 60, 31_536_000);
        RequireSeconds(tenant.Id, "refresh_token_idle_lifetime", settings.RefreshTokenIdleLifetime, 60, 31_536_000);
        RequireSeconds(tenant.Id, "authorization_code_lifetime", settings.AuthorizationCodeLifetime, 10, 600);
        if (settings.RefreshTokenIdleLifetime > settings.RefreshTokenLifetime)
            throw new InvalidTenantException($"tenant '{tenant.Id}': refresh_token_idle_lifetime must be at most its refresh_token_lifetime");
        if (settings.ApiKeyMaxLifetime is { } apiKeyLifetime && (apiKeyLifetime < TimeSpan.FromMinutes(1) || apiKeyLifetime > ApiKeys.TenantApiKeyPolicySource.MostMaxLifetime))
            throw new InvalidTenantException($"tenant '{tenant.Id}': api_key_max_lifetime must be from 60 to {(long)ApiKeys.TenantApiKeyPolicySource.MostMaxLifetime.TotalSeconds} seconds");
        if (settings.ApiKeyScopes?.FirstOrDefault(scope => !Scopes.ScopeAdministration.IsValidName(scope)) is { } badScope)
            throw new InvalidTenantException($"tenant '{tenant.Id}': api_key_scopes: '{Shorten(badScope)}' is not a scope name");
        if (settings.PasswordCharacterClasses is < 1 or > 4)
            throw new InvalidTenantException($"tenant '{tenant.Id}': password_character_classes must be from 1 to 4");
        // The pages read the theme when first shown; a directory that is not there would only show as the server's look.
        if (settings.ThemeDirectory is { } theme && (!Path.IsPathFullyQualified(theme) || !Directory.Exists(theme)))
            throw new InvalidTenantException($"tenant '{tenant.Id}': theme_dir '{Shorten(theme)}' is not an absolute path to a directory that exists");
        return tenant with { Host = tenant.Host?.ToLowerInvariant() };
    }

    /// <summary>The same ranges as the server's tokens.* settings.</summary>
    private static void RequireSeconds(string tenantId, string name, TimeSpan? value, int least, int most)
    {
        if (value is { } lifetime && (lifetime < TimeSpan.FromSeconds(least) || lifetime > TimeSpan.FromSeconds(most)))
            throw new InvalidTenantException($"tenant '{tenantId}': {name} must be from {least} to {most} seconds");
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(?=.{1,253}(:|$))[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(:[0-9]{1,5})?$")]
    private static partial Regex HostPattern();
}
