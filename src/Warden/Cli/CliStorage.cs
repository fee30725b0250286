using System.CommandLine;
using Warden.Core.Storage;
using Warden.Hosting;

namespace Warden.Cli;

/// <summary>Opens the configured storage backend for a CLI verb and closes it afterwards.</summary>
public static class CliStorage
{
    public static async Task<int> WithStorageAsync(ParseResult parseResult, Func<IStorageBackend, Task<int>> work,
        CancellationToken cancellationToken)
    {
        var options = CommonOptions.LoadOptions(parseResult);
        using var loggerFactory = WardenLogging.CreateFactory(options.Logging);
        await using var storage = BackendFactory.CreateStorage(options.Database, loggerFactory, TimeProvider.System);
        cancellationToken.ThrowIfCancellationRequested();
        return await work(storage);
    }
}
