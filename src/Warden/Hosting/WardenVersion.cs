using System.Reflection;

namespace Warden.Hosting;

public static class WardenVersion
{
    public static string Current { get; } =
        typeof(WardenVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}
