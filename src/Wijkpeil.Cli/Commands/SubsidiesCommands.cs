using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Wijkpeil.App.Modules.Subsidies.AnonymiseApplications;

namespace Wijkpeil.Cli.Commands;

/// <summary>
/// <c>wijkpeil subsidies anonymise [--dry-run]</c>: removes applicants' personal data once the retention period has
/// passed (<c>Subsidies:RetentionYears</c>), as the web host does every night.
/// </summary>
internal static class SubsidiesCommands
{
    public static Command Create(CliSession session, IDictionary<Command, string> notes)
    {
        var subsidies = new Command("subsidies", "Subsidieregelingen: persoonsgegevens van aanvragers anonimiseren na de bewaartermijn.");
        subsidies.Subcommands.Add(Anonymise(session, notes));
        return subsidies;
    }

    private static Command Anonymise(CliSession session, IDictionary<Command, string> notes)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Toon alleen de kenmerken van de aanvragen die aan de beurt zijn; verander niets." };
        var anonymise = new Command("anonymise", $"Anonimiseer de aanvragen waarvan de bewaartermijn voorbij is: naam, e-mail, telefoon en adres van de aanvrager, de tekst van het eindverslag en de bijlagen gaan weg; bedragen, titel en omschrijving blijven. Elke anonimisering staat in de audittrail. Een tweede keer verandert niets.");
        anonymise.Options.Add(dryRun);
        anonymise.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                var handler = services.GetRequiredService<AnonymiseApplicationsHandler>();
                if (parseResult.GetValue(dryRun))
                {
                    var due = await handler.DueAsync(token);
                    foreach (var application in due)
                    {
                        session.StdoutWriter.WriteLine(application.Reference);
                    }

                    session.Error.WriteLine($"{due.Count} aanvragen zijn aan de beurt om geanonimiseerd te worden; er is niets veranderd (--dry-run).");
                    return ExitCodes.Success;
                }

                var done = await handler.AnonymiseAsync(token);
                foreach (var application in done)
                {
                    session.StdoutWriter.WriteLine(application.Reference);
                }

                session.Error.WriteLine($"{done.Count} aanvragen geanonimiseerd.");
                return ExitCodes.Success;
            },
            ct));
        notes[anonymise] = $"""
            Bewaartermijn (Subsidies__RetentionYears, standaard {RetentionOptions.DefaultYears} jaar):
              vastgesteld                    dat aantal jaren na de vaststelling
              geweigerd, buiten behandeling  dat aantal jaren na het einde van de bezwaartermijn (of het laatste bezwaar)
              ingetrokken                    dat aantal jaren na de laatste gedateerde stap
              concept, nooit ingediend       {RetentionOptions.DraftYears} jaar na het begin of de laatste bijlage
              verleend, nog niet vastgesteld blijft bewaard

            Voorbeelden:
              wijkpeil subsidies anonymise --dry-run   welke aanvragen zijn aan de beurt (kenmerken op stdout)
              wijkpeil subsidies anonymise             anonimiseer ze (kenmerken op stdout, aantal op stderr)

            De webapplicatie doet dit elke nacht zelf (Scheduling__DailyHour); deze opdracht is voor wie niet wil wachten.
            """;
        return anonymise;
    }
}
