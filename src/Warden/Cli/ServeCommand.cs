using System.CommandLine;
using Warden.Configuration;
using Warden.Hosting;

namespace Warden.Cli;

/// <summary>`warden serve` (the default verb): runs the server until SIGTERM or Ctrl+C.</summary>
public static class ServeCommand
{
    private static readonly Option<string?> Urls = new("--urls") { Description = "Listen addresses, ';'-separated (server.urls)" };
    private static readonly Option<string?> Issuer = new("--issuer") { Description = "Issuer identifier (server.issuer)" };

    public static Command Create()
    {
        var command = new Command("serve", "Run the authorization server (the default when no verb is given)") { Urls, Issuer };
        command.SetAction((parseResult, _) => RunAsync(parseResult));
        return command;
    }

    /// <summary>Adds serve's own options to the root command so that `warden --urls …` works without the verb.</summary>
    public static void AddTo(RootCommand root)
    {
        root.Add(Urls);
        root.Add(Issuer);
        root.SetAction((parseResult, _) => RunAsync(parseResult));
    }

    private static async Task<int> RunAsync(ParseResult parseResult)
    {
        var options = CommonOptions.LoadOptions(parseResult,
            (ConfigurationKeys.ServerUrls, parseResult.GetValue(Urls), "--urls"),
            (ConfigurationKeys.ServerIssuer, parseResult.GetValue(Issuer), "--issuer"));
        var app = await WardenServer.BuildAsync(options);
        await app.RunAsync();
        return 0;
    }
}
