using System.Collections.Concurrent;
using Warden.Core.Tenants;
using Warden.Middleware;

namespace Warden.Pages.Presentation;

/// <summary>A theme with its texts: what <c>ui.theme_dir</c>, or a tenant's <c>theme_dir</c>, gives the pages and mails.</summary>
public sealed record ThemeWithTexts(SiteTheme Theme, PageTextCatalog Texts);

/// <summary>
/// The look and texts of each tenant's pages: the server's (<c>ui.theme_dir</c>) unless the tenant names a
/// <c>theme_dir</c> of its own. A tenant's theme is read on its first page and kept, once per directory, so that
/// tenants sharing a theme share its memory and the number kept is bounded by the directories the operator named.
/// A directory that is gone or unreadable when first needed shows the server's look and is logged, never a failed page.
/// </summary>
public sealed class TenantThemes(SiteTheme serverTheme, PageTextCatalog serverTexts, TenantDirectory tenants, ILogger<TenantThemes> logger)
{
    private readonly ThemeWithTexts _server = new(serverTheme, serverTexts);
    private readonly ConcurrentDictionary<string, Lazy<ThemeWithTexts>> _byDirectory = new(StringComparer.Ordinal);

    /// <summary>The theme of the request's tenant.</summary>
    public ThemeWithTexts For(HttpContext http) => For(http.Tenant());

    public ThemeWithTexts For(ServedTenant tenant) =>
        tenant.Tenant.Settings.ThemeDirectory is { } directory && directory != serverTheme.Options.ThemeDirectory
            ? _byDirectory.GetOrAdd(directory, key => new Lazy<ThemeWithTexts>(() => Load(key))).Value
            : _server;

    /// <summary>The theme of a tenant known by id only (a mail composed outside a request).</summary>
    public async ValueTask<ThemeWithTexts> ForAsync(string tenantId, CancellationToken cancellationToken) =>
        await tenants.FindAsync(tenantId, cancellationToken) is { } tenant ? For(tenant) : _server;

    private ThemeWithTexts Load(string directory)
    {
        try
        {
            return new ThemeWithTexts(new SiteTheme(serverTheme.Options with { ThemeDirectory = directory }), new PageTextCatalog(directory));
        }
        catch (Exception exception) when (exception is Configuration.ConfigurationException or IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("The theme directory {Directory} of a tenant cannot be read, so its pages show the server's look: {Problem}",
                directory, exception.Message);
            return _server;
        }
    }
}
