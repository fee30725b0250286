using System.CommandLine;
using Warden.Core.Declarations;
using Warden.Core.Scopes;
using Warden.Core.Security;
using Warden.Core.Tenants;
using Warden.Core.Users;

namespace Warden.Cli;

/// <summary>
/// `warden config apply`: applies the clients, scopes and users config.yaml declares to the database without serving,
/// exactly as every start does. Prints one line per object (created, unchanged) and each refusal on stderr; exit code 0,
/// or 2 when a declaration conflicts with the database or breaks a rule (then nothing was created).
/// </summary>
public static class ConfigCommand
{
    public static Command Create()
    {
        var apply = new Command("apply", "Apply the clients, scopes and users config.yaml declares, as `warden serve` does at start");
        apply.SetAction((parseResult, cancellationToken) => CliStorage.WithAdministrationAsync(parseResult, async admin =>
        {
            var declared = admin.Options.Declarations;
            if (declared.IsEmpty)
            {
                Console.WriteLine("The configuration declares no clients, scopes or users.");
                return 0;
            }
            var time = TimeProvider.System;
            var storage = admin.Storage;
            var applier = new DeclaredObjectsApplier(storage.Clients, admin.Clients, storage.Scopes, new ScopeAdministration(storage.Scopes, time),
                storage.Users, new UserAdministration(storage.Users, new PasswordHasher(admin.Options.Passwords), time), admin.Hasher, time);
            var report = await applier.ApplyAsync(Tenant.DefaultId, declared, cancellationToken);

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
