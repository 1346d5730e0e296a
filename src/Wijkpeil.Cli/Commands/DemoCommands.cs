using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Wijkpeil.App.DefaultData;

namespace Wijkpeil.Cli.Commands;

/// <summary>
/// <c>wijkpeil demo load|remove</c>: the optional example projects of the Vitale Wijken agenda (invented dates, outputs
/// and funding, marked "voorbeeldgegevens" wherever shown), which the embedded default never loads.
/// </summary>
internal static class DemoCommands
{
    public static Command Create(CliSession session, IDictionary<Command, string> notes)
    {
        var demo = new Command("demo", "Voorbeeldgegevens: voorbeeldprojecten met bedachte data, prestaties en geld, om te laten zien wat de uitvoeringsagenda kan tonen. De standaarddata laadt ze nooit; pagina's en API markeren ze als voorbeeldgegevens.");
        demo.Subcommands.Add(Load(session, notes));
        demo.Subcommands.Add(Remove(session));
        return demo;
    }

    private static Command Load(CliSession session, IDictionary<Command, string> notes)
    {
        var load = new Command("load", $"Voeg {DemoData.ProjectCount} voorbeeldprojecten toe aan de agenda van {DemoData.ProgrammeCode} en een voorbeeldsubsidieregeling met verleende aanvragen, gepubliceerd en gemarkeerd als voorbeeldgegevens; elke toevoeging staat in de audittrail. Een tweede keer verandert niets.");
        load.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                var outcome = await services.GetRequiredService<DemoData>().LoadAsync(token);
                switch (outcome.Result)
                {
                    case DemoResult.Loaded:
                        session.Out.WriteLine($"{outcome.Projects} voorbeeldprojecten{Applications(outcome)} toegevoegd aan {DemoData.ProgrammeCode}, gemarkeerd als voorbeeldgegevens. Weghalen: 'wijkpeil demo remove'.");
                        return ExitCodes.Success;
                    case DemoResult.AlreadyLoaded:
                        Warn(session, $"de voorbeeldgegevens zijn al geladen ({outcome.Projects} voorbeeldprojecten in {DemoData.ProgrammeCode}); er is niets toegevoegd. Opnieuw laden: eerst 'wijkpeil demo remove'.");
                        return ExitCodes.Success;
                    default:
                        return NoProgramme(session);
                }
            },
            ct));
        notes[load] = """
            Voorbeelden:
              wijkpeil demo load      voorbeeldprojecten en een voorbeeldsubsidieregeling met aanvragen toevoegen
                                      (een tweede keer: waarschuwing, niets veranderd)
              wijkpeil demo remove    alle voorbeeldprojecten, -regelingen en -aanvragen weer weghalen

            De projecten uit het voortgangsbericht en eigen projecten zijn nooit voorbeeldgegevens en blijven staan.
            """;
        return load;
    }

    private static Command Remove(CliSession session)
    {
        var remove = new Command("remove", $"Verwijder alle voorbeeldprojecten uit de agenda van {DemoData.ProgrammeCode} en de voorbeeldsubsidieregeling met haar aanvragen; elke verwijdering staat in de audittrail. Projecten uit het voortgangsbericht en eigen projecten blijven staan.");
        remove.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                var outcome = await services.GetRequiredService<DemoData>().RemoveAsync(token);
                switch (outcome.Result)
                {
                    case DemoResult.Removed:
                        session.Out.WriteLine($"{outcome.Projects} voorbeeldprojecten{Applications(outcome)} verwijderd uit {DemoData.ProgrammeCode}.");
                        return ExitCodes.Success;
                    case DemoResult.NothingToRemove:
                        session.Out.WriteLine($"Er zijn geen voorbeeldgegevens in {DemoData.ProgrammeCode}; er is niets verwijderd.");
                        return ExitCodes.Success;
                    default:
                        return NoProgramme(session);
                }
            },
            ct));
        return remove;
    }

    /// <summary>" en 3 voorbeeldaanvragen (in een voorbeeldsubsidieregeling)", or nothing when no application changed.</summary>
    private static string Applications(DemoOutcome outcome) =>
        outcome.Applications > 0 ? $" en {outcome.Applications} voorbeeldaanvragen (in een voorbeeldsubsidieregeling)" : string.Empty;

    private static int NoProgramme(CliSession session)
    {
        session.WriteError($"er is geen programma {DemoData.ProgrammeCode}: de voorbeeldgegevens horen bij de standaarddata (DefaultData__Load). Er is niets gewijzigd.");
        return ExitCodes.BadInput;
    }

    private static void Warn(CliSession session, string message) =>
        session.Error.Write(new Text("waarschuwing: " + message + Environment.NewLine, new Style(Color.Yellow)));
}
