using System.CommandLine;
using Warden.Configuration;
using Warden.Core.Clients;
using Warden.Core.Users;
using Warden.Core.Scopes;
using Warden.Core.Settings;
using Warden.Core.Storage;

namespace Warden.Cli;

/// <summary>
/// The `warden` command line. Exit codes: 0 success, 1 the operation failed (for example the database is
/// unreachable), 2 the command line or the configuration is wrong. Errors are one line on stderr, never a stack trace.
/// </summary>
public static class WardenCli
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Warden: an OAuth 2.0 / OpenID Connect authorization server")
        {
            CommonOptions.Config,
            CommonOptions.Set,
            CommonOptions.Tenant,
            ServeCommand.Create(),
            MigrateCommand.Create(),
            DbCommand.Create(),
            ExportCommand.Create(),
            ImportCommand.Create(),
            ClientsCommand.Create(),
            KeysCommand.Create(),
            RegistrationTokensCommand.Create(),
            ApiKeysCommand.Create(),
            CleanupCommand.Create(),
            AuditCommand.Create(),
            UsersCommand.Create(),
            ScopesCommand.Create(),
            ProvidersCommand.Create(),
            TenantsCommand.Create(),
            SettingsCommand.Create(),
            SeedCommand.Create(),
            ConfigCommand.Create(),
            VersionCommand.Create(),
            HealthCheckCommand.Create(),
        };
        ServeCommand.AddTo(root);
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parseResult = CreateRoot().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            Console.Error.WriteLine($"warden: {parseResult.Errors[0].Message} (see warden --help)");
            return 2;
        }
        try
        {
            // The host handles SIGTERM itself (graceful shutdown), so System.CommandLine must not race it.
            return await parseResult.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is ConfigurationException or InvalidClientSpecificationException or InvalidUserException or InvalidScopeException
            or InvalidSettingException or Core.Registration.InvalidRegistrationTokenException
            or Core.IdentityProviders.InvalidIdentityProviderException or Core.Tenants.InvalidTenantException or Core.ApiKeys.InvalidApiKeyException
            or Core.Transfer.TenantTransferRefusedException)
        {
            Console.Error.WriteLine($"warden: {exception.Message}");
            return 2;
        }
        catch (StorageException exception)
        {
            Console.Error.WriteLine($"warden: {FirstLine(exception.Message)}");
            return 1;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // For example a database that refuses the credentials, or a data directory that cannot be created.
            Console.Error.WriteLine($"warden: {exception.GetType().Name}: {FirstLine(exception.Message)}");
            return 1;
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
