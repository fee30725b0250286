using System.Text;
using System.Text.RegularExpressions;
using Warden.Core.Security;

namespace Warden.Core.IdentityProviders;

/// <summary>
/// Creates, changes and removes the providers stored in the database, with every rule about what a provider may be;
/// the CLI and the declarations of config.yaml build providers through <see cref="Build"/>. A name config.yaml declares
/// cannot be added, changed or removed here (<paramref name="declaredNames"/>): the file is where it changes.
/// </summary>
public sealed partial class IdentityProviderAdministration(IIdentityProviderStore store, KeyProtector protector, TimeProvider time,
    IReadOnlyCollection<string> declaredNames)
{
    public const int MaxNameLength = 40;

    public async Task<IdentityProvider> CreateAsync(string tenantId, IdentityProviderSpecification specification, CancellationToken cancellationToken = default)
    {
        RefuseDeclared(specification.Name);
        var provider = Build(specification, tenantId, null, protector, time.GetUtcNow());
        await store.CreateAsync(provider, cancellationToken);
        return provider;
    }

    /// <summary>The changed provider, or null when none is stored with this name.</summary>
    public async Task<IdentityProvider?> UpdateAsync(string tenantId, IdentityProviderSpecification changes, CancellationToken cancellationToken = default)
    {
        RefuseDeclared(changes.Name);
        if (await store.FindAsync(tenantId, changes.Name, cancellationToken) is not { } stored)
            return null;
        var provider = Build(changes, tenantId, stored, protector, time.GetUtcNow());
        return await store.UpdateAsync(provider, cancellationToken) ? provider : null;
    }

    public Task<bool> DeleteAsync(string tenantId, string name, CancellationToken cancellationToken = default)
    {
        RefuseDeclared(name);
        return store.DeleteAsync(tenantId, name, cancellationToken);
    }

    private void RefuseDeclared(string name)
    {
        if (declaredNames.Contains(name))
            throw new InvalidIdentityProviderException($"provider '{name}' is declared in config.yaml (identity_providers): change it there");
    }

    /// <summary>
    /// The provider <paramref name="given"/> describes: on top of <paramref name="stored"/> for an update, else on top of
    /// its preset. Throws <see cref="InvalidIdentityProviderException"/> naming the field at fault.
    /// </summary>
    public static IdentityProvider Build(IdentityProviderSpecification given, string tenantId, IdentityProvider? stored, KeyProtector protector,
        DateTimeOffset now)
    {
        if (given.Name.Length > MaxNameLength || !NamePattern().IsMatch(given.Name))
            throw new InvalidIdentityProviderException($"name '{given.Name}': 1-{MaxNameLength} lowercase letters, digits and hyphens, starting with a letter");
        var start = stored;
        if (start is null)
        {
            var preset = given.Preset ?? (given.AuthorizationEndpoint is not null && given.Issuer is null ? IdentityProviderPresets.GenericOAuth2
                : IdentityProviderPresets.Generic);
            start = IdentityProviderPresets.Start(preset, given, tenantId, now)
                    ?? throw new InvalidIdentityProviderException($"preset '{preset}': expected one of {string.Join(", ", IdentityProviderPresets.Names)}");
        }
        else if (given.Preset is not null && given.Preset != (stored!.Preset ?? IdentityProviderText.Kind(stored.Kind)))
        {
            throw new InvalidIdentityProviderException("the preset of a provider cannot change: remove it and add it again");
        }

        var provider = start with
        {
            DisplayName = given.DisplayName ?? start.DisplayName,
            Issuer = given.Issuer ?? start.Issuer,
            AuthorizationEndpoint = given.AuthorizationEndpoint ?? start.AuthorizationEndpoint,
            TokenEndpoint = given.TokenEndpoint ?? start.TokenEndpoint,
            UserInfoEndpoint = given.UserInfoEndpoint ?? start.UserInfoEndpoint,
            ClientId = given.ClientId ?? start.ClientId,
            EncryptedClientSecret = given.ClientSecret is { } secret ? protector.Protect(Encoding.UTF8.GetBytes(secret)) : start.EncryptedClientSecret,
            TokenEndpointAuthMethod = given.TokenEndpointAuthMethod ?? start.TokenEndpointAuthMethod,
            Scopes = given.Scopes ?? start.Scopes,
            Claims = given.Claims ?? start.Claims,
            LinkPolicy = given.LinkPolicy ?? start.LinkPolicy,
            ShowButton = given.ShowButton ?? start.ShowButton,
            StoreTokens = given.StoreTokens ?? start.StoreTokens,
            UpdatedAt = now,
        };
        Check(provider);
        return provider;
    }

    private static void Check(IdentityProvider provider)
    {
        if (provider.ClientId.Length == 0)
            throw new InvalidIdentityProviderException("client id is required (--client-id, client_id)");
        if (provider.DisplayName.Length is 0 or > 100)
            throw new InvalidIdentityProviderException("display name must be 1-100 characters");
        if (provider.TokenEndpointAuthMethod is not ("client_secret_basic" or "client_secret_post" or "none"))
            throw new InvalidIdentityProviderException($"token endpoint auth method '{provider.TokenEndpointAuthMethod}': expected client_secret_basic, client_secret_post or none");
        if (provider.TokenEndpointAuthMethod != "none" && provider.EncryptedClientSecret is null)
            throw new InvalidIdentityProviderException("a client secret is required (--client-secret-stdin, or secret_env / secret_file); token auth method none for a public client");
        if (provider.Scopes.Any(scope => scope.Length == 0 || scope.Any(c => c <= ' ' || c == '"' || c == '\\')))
            throw new InvalidIdentityProviderException("scopes must be non-empty words without spaces, quotes or backslashes");
        RequireUrl("issuer", provider.Issuer, required: provider.Kind == IdentityProviderKind.OpenIdConnect);
        RequireUrl("authorization endpoint", provider.AuthorizationEndpoint, required: provider.Kind == IdentityProviderKind.OAuth2);
        RequireUrl("token endpoint", provider.TokenEndpoint, required: provider.Kind == IdentityProviderKind.OAuth2);
        RequireUrl("userinfo endpoint", provider.UserInfoEndpoint, required: provider.Kind == IdentityProviderKind.OAuth2);
        if (provider.Kind == IdentityProviderKind.OpenIdConnect && !provider.Scopes.Contains("openid"))
            throw new InvalidIdentityProviderException("an OpenID Connect provider's scopes must include openid");
    }

    private static void RequireUrl(string field, string? url, bool required)
    {
        if (url is null)
        {
            if (required)
                throw new InvalidIdentityProviderException($"{field} is required");
            return;
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Query.Length > 0 && field == "issuer"
            || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            throw new InvalidIdentityProviderException($"{field} '{url}': expected an absolute http(s) URL without user, fragment (or, for the issuer, query)");
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex NamePattern();
}
