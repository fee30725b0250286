using System.CommandLine;
using Warden.Hosting;

namespace Warden.Cli;

/// <summary>`warden version`.</summary>
public static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the version");
        command.SetAction(_ => Console.WriteLine($"warden {WardenVersion.Current} (.NET {Environment.Version})"));
        return command;
    }
}
