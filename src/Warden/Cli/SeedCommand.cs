using System.CommandLine;
using Warden.Core.Tenants;

namespace Warden.Cli;

/// <summary>
/// `warden seed`: the administrator (password from WARDEN_ADMIN_PASSWORD, or generated and printed once), the
/// standard scopes and the default settings. Idempotent: settings an operator changed are kept.
/// </summary>
public static class SeedCommand
{
    public static Command Create()
    {
        var command = new Command("seed", "Create the admin user, the standard scopes and the default settings if they are missing (idempotent)");
        command.SetAction((parseResult, cancellationToken) => CliStorage.WithSeedingAsync(parseResult, async seeding =>
        {
            var password = Environment.GetEnvironmentVariable("WARDEN_ADMIN_PASSWORD");
            var result = await seeding.SeedAsync(CommonOptions.TenantOf(parseResult), string.IsNullOrEmpty(password) ? null : password, cancellationToken);
            Console.WriteLine(result.CreatedScopes.Count == 0
                ? "scopes: standard scopes already present"
                : $"scopes: created {string.Join(", ", result.CreatedScopes)}");
            Console.WriteLine(result.CreatedSettings.Count == 0
                ? "settings: default settings already present"
                : $"settings: created {string.Join(", ", result.CreatedSettings)}");
            Console.WriteLine(result.AdminCreated ? $"admin: created user '{result.AdminUsername}'" : $"admin: user '{result.AdminUsername}' already exists");
            if (result.GeneratedPassword is not null)
            {
                Console.WriteLine($"admin password: {result.GeneratedPassword}");
                Console.WriteLine("The password is shown only now: store it safely, or set WARDEN_ADMIN_PASSWORD before seeding.");
            }
            return 0;
        }, cancellationToken));
        return command;
    }
}
