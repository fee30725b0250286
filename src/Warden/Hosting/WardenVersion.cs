using System.Reflection;

namespace Warden.Hosting;

/// <summary>The version of this build (Directory.Build.props gives every project of the solution the same one).</summary>
public static class WardenVersion
{
    // Read from Warden.Core rather than from warden.dll: finding one attribute of an assembly resolves the type of every
    // attribute it carries, and warden.dll's include the Razor compiler's and MVC's application-part attributes, whose
    // assemblies the server otherwise loads only with the first page (bench/README.md, "Footprint, fourth pass").
    public static string Current { get; } =
        typeof(Core.Tenants.Tenant).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}
