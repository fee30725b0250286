using System.CommandLine;
using Warden.Core.Declarations;
using Warden.Core.Scopes;
using Warden.Core.Security;
using Warden.Core.Tenants;
using Warden.Core.Users;

namespace Warden.Cli;

/// <summary>
/// `warden config apply`: applies the tenants, clients, scopes and users config.yaml declares to the database without
/// serving, exactly as every start does. Prints one line per object (created, unchanged) and each refusal on stderr; exit code 0,
/// or 2 when a declaration conflicts with the database or breaks a rule (then nothing was created).
/// </summary>
public static class ConfigCommand
{
    public static Command Create()
    {
        var apply = new Command("apply", "Apply the tenants, clients, scopes and users config.yaml declares, as `warden serve` does at start");
        apply.SetAction((parseResult, cancellationToken) => CliStorage.WithAdministrationAsync(parseResult, async admin =>
        {
            var declared = admin.Options.Declarations;
            var time = TimeProvider.System;
            var storage = admin.Storage;
            var tenants = new DeclaredTenantsApplier(storage.Tenants, new TenantAdministration(storage.Tenants, time, admin.GrantTypes));
            IReadOnlyList<string> applied;
            try
            {
                applied = await tenants.ApplyAsync(declared, cancellationToken);
            }
            catch (InvalidTenantException exception)
            {
                throw new Configuration.ConfigurationException($"{declared.Source} {exception.Message}");
            }
            foreach (var line in applied)
                Console.WriteLine($"{declared.Source} {line}");
            if (declared.IsEmpty)
            {
                Console.WriteLine(declared.Tenants.Count == 0
                    ? "The configuration declares no tenants, clients, scopes or users."
                    : "The configuration declares no clients, scopes or users.");
                return 0;
            }
            var applier = new DeclaredObjectsApplier(storage.Clients, admin.Clients, storage.Scopes, new ScopeAdministration(storage.Scopes, time),
                storage.Users, admin.Users, admin.Hasher, time);
            var report = await applier.ApplyAsync(declared, cancellationToken);

            foreach (var outcome in report.Outcomes)
            {
                if (outcome.Kind == DeclarationOutcomeKind.Refused)
                    Console.Error.WriteLine($"warden: {declared.Source} {outcome}");
                else
                    Console.WriteLine($"{declared.Source} {outcome.Object}: {outcome.Kind.ToString().ToLowerInvariant()}");
            }
            var created = report.Outcomes.Count(outcome => outcome.Kind == DeclarationOutcomeKind.Created);
            var unchanged = report.Outcomes.Count(outcome => outcome.Kind == DeclarationOutcomeKind.Unchanged);
            var refused = report.Refusals.Count;
            Console.WriteLine(refused == 0
                ? $"{created} created, {unchanged} unchanged"
                : $"{refused} conflict(s): nothing was created; make config.yaml and the database agree, then apply again");
            return refused == 0 ? 0 : 2;
        }, cancellationToken));

        return new Command("config", "Work with the declarations in config.yaml") { apply };
    }
}
