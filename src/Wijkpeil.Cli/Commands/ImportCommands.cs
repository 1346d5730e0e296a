using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Modules.Areas.ImportBoundaries;
using Wijkpeil.App.Modules.Areas.ImportRegions;
using Wijkpeil.App.Modules.Measurements.Import;

namespace Wijkpeil.Cli.Commands;

/// <summary><c>wijkpeil import &lt;format&gt; &lt;pad&gt;</c>: one subcommand per file format, each with the options it uses.</summary>
internal static class ImportCommands
{
    public static Command Create(CliSession session, IDictionary<Command, string> notes)
    {
        var import = new Command("import", "Lees een bestand in: de gebiedenlijst, cijfers in een van de bronformaten, of gebiedsgrenzen. Een import is atomair: bij een fout wordt niets opgeslagen en noemt de melding bestand, rij, kolom, waarde en wat er verwacht werd.");
        import.Subcommands.Add(Regions(session));
        import.Subcommands.Add(Observations(session, "statline", "Een StatLine-tabel als xlsx- of CSV-download (UntypedDataSet), zoals RIVM-tabel 50090NED 'Gezondheid per wijk en buurt'.", withYear: true));
        import.Subcommands.Add(Observations(session, "kwb", "Het CBS-bestand Kerncijfers wijken en buurten (kwb-JJJJ.xlsx) met de korte CBS-kolomnamen (a_inw, p_huurw, ...).", withYear: true));
        import.Subcommands.Add(Observations(session, "statline-csv", "Een StatLine-webexport 'downloaden als CSV' (puntkomma's, kolomkoppen als categoriepad).", withYear: true));
        import.Subcommands.Add(Observations(session, "odata", "Een StatLine OData-extract in JSON: het standaardantwoord ({\"value\": [...]}) of een extract per gebiedscode. DataProperties.json en TableInfos.json in dezelfde map leveren titels, eenheden, tabel-id en periode.", withYear: true));
        import.Subcommands.Add(Observations(session, "observations", "Het generieke lange CSV-formaat van Wijkpeil: één waarde per rij met gebied, indicator, periode en eventueel uitsplitsing en marges. De gebieden en indicatoren moeten al bestaan.", withYear: false));
        import.Subcommands.Add(Boundaries(session));
        notes[import] = """
            Voorbeelden:
              wijkpeil import regions 85984NED-WijkenEnBuurten-2024.csv --provinces gemeente-provincie.csv
              wijkpeil import statline 50090NED-gezondheid-2016-18plus.xlsx 50090NED-gezondheid-2020-18plus.xlsx
              wijkpeil import statline 50090NED-gezondheid-2020-18plus.xlsx --publish
              wijkpeil import statline 50090NED-gezondheid-2020-18plus.xlsx --publish --note "Uitschieters nagekeken tegen StatLine."
              wijkpeil import kwb kwb-2023-gemeente-utrecht.xlsx --year 2023
              wijkpeil import boundaries wijk_2024.geojson
            Zonder --publish wacht een bestand als concept op beoordeling (wijkpeil imports, /beheer/imports).
            Met --publish gaan de cijfers eerst door de controle van de beoordelingspagina: vallen er cijfers op,
            dan wordt er niets opgeslagen en noemt de melding elk opvallend cijfer (gebied, indicator, periode,
            oude en nieuwe waarde, reden), tenzij --note schriftelijk toelicht waarom het toch gepubliceerd wordt.
            Dezelfde import nog eens uitvoeren verandert niets; gewijzigde waarden worden bijgewerkt en de oude
            waarde blijft bewaard.
            """;
        return import;
    }

    private static Command Observations(CliSession session, string format, string description, bool withYear)
    {
        var command = new Command(format, description);
        // One or more files: several go in one after another, each atomic on its own, and the next is read
        // while the previous one is stored.
        var paths = new Argument<string[]>("pad")
        {
            Description = "Het bestand om in te lezen, of meerdere bestanden van dit formaat: die worden na elkaar ingelezen, elk atomair, en bij de eerste fout wordt gestopt.",
            Arity = ArgumentArity.OneOrMore,
        };
        var publish = new Option<bool>("--publish") { Description = "Sla de cijfers op als gepubliceerd (openbaar zichtbaar) in plaats van als concept. Eerst gaan ze door dezelfde controle als op de beoordelingspagina: vallen er cijfers op, dan wordt er niets opgeslagen en noemt de melding elk opvallend cijfer, tenzij u met --note schriftelijk toelicht waarom het bestand toch gepubliceerd wordt. Een concept wacht naast de openbare cijfers, zonder er iets aan te veranderen, tot het gepubliceerd of verworpen wordt (wijkpeil imports)." };
        var note = new Option<string?>("--note") { Description = "Alleen met --publish: waarom het bestand gepubliceerd wordt hoewel de controle cijfers laat opvallen die niet één voor één bevestigd zijn. Bewaard bij de import en in de audittrail, zoals 'publiceren met toelichting' op de beoordelingspagina.", HelpName = "tekst" };
        var table = new Option<string?>("--table") { Description = "Het id van de brontabel (zoals 50090NED) als het bestand dat niet zelf vermeldt.", HelpName = "id" };
        var year = withYear ? new Option<int?>("--year") { Description = "Het jaar (de periode) van de cijfers als het bestand dat niet vermeldt.", HelpName = "jjjj" } : null;
        var by = ImportedByOption();
        command.Arguments.Add(paths);
        command.Options.Add(publish);
        command.Options.Add(note);
        command.Options.Add(table);
        if (year is not null)
        {
            command.Options.Add(year);
        }

        command.Options.Add(by);
        command.SetAction((parseResult, ct) => parseResult.GetValue(note) is not null && !parseResult.GetValue(publish)
            ? NoteWithoutPublish(session)
            : session.RunAsync(
            (services, token) =>
            {
                // The first file is read and parsed while the database starts (a first start migrates it).
                var parser = services.GetServices<IDatasetParser>().FirstOrDefault(p => string.Equals(p.Format, format, StringComparison.Ordinal));

                // The operator's --publish is reviewed as the review page reviews a draft; only the embedded default
                // data, which ships with the release, publishes without (DefaultDataLoader).
                var options = new ImportOptions(
                    Publish: parseResult.GetValue(publish),
                    SourceTable: parseResult.GetValue(table),
                    Year: year is null ? null : parseResult.GetValue(year),
                    ImportedBy: parseResult.GetValue(by) ?? CliSession.DefaultImportedBy,
                    ReviewBeforePublishing: true,
                    PublicationNote: parseResult.GetValue(note));
                var files = parseResult.GetRequiredValue(paths);
                return new FilesToImport(parser, options, files, parser is null ? null : ObservationImporter.ParseFirstFile(parser, files, options, token));
            },
            async (services, ahead, token) =>
            {
                if (ahead.Parser is null)
                {
                    session.WriteError($"het importformaat '{format}' is in deze versie van Wijkpeil niet beschikbaar.");
                    return ExitCodes.Failure;
                }

                var importer = services.GetRequiredService<ObservationImporter>();
                var status = ahead.Files.Length == 1
                    ? $"{Path.GetFileName(ahead.Files[0])} inlezen…"
                    : $"{ahead.Files.Length} bestanden inlezen…";
                var outcomes = await session.WithStatusAsync(status, () => importer.ImportFilesAsync(ahead.Parser, ahead.Files, ahead.Options, ahead.FirstFile, token));
                return Report(session, ahead.Files, outcomes);
            },
            ct));
        return command;
    }

    private static Task<int> NoteWithoutPublish(CliSession session)
    {
        // A draft is published with its note on the review page or with wijkpeil imports publish --note.
        session.WriteError("--note hoort bij --publish: een concept krijgt zijn toelichting bij het publiceren (op de beoordelingspagina of met wijkpeil imports publish ID --note).");
        return Task.FromResult(ExitCodes.Usage);
    }

    private static Command Regions(CliSession session)
    {
        var command = new Command("regions", "De CBS-gebiedenlijst (zoals 85984NED-WijkenEnBuurten-2024.csv): Nederland, provincies, gemeenten, wijken en buurten met hun bovenliggende gebied en het jaar van de indeling. Bestaande codes krijgen het indelingsjaar en de huidige naam; er wordt niets verwijderd.");
        var path = PathArgument("De CSV met de gebiedenlijst van een StatLine-tabel (kolommen Key en Title).");
        var provinces = new Option<string?>("--provinces") { Description = "CSV met gemeentenummer en provincienaam (zoals gemeente-provincie.csv) om de gemeenten aan hun provincie te koppelen.", HelpName = "bestand" };
        var year = new Option<int?>("--year") { Description = "Het jaar van de gebiedsindeling als de bestandsnaam het niet vermeldt.", HelpName = "jjjj" };
        command.Arguments.Add(path);
        command.Options.Add(provinces);
        command.Options.Add(year);
        command.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                var options = new ImportOptions(Year: parseResult.GetValue(year), ImportedBy: CliSession.DefaultImportedBy);
                var file = parseResult.GetRequiredValue(path);
                var importer = services.GetRequiredService<RegionImporter>();
                var outcome = await session.WithStatusAsync($"{Path.GetFileName(file)} inlezen…", () => importer.ImportAsync(file, parseResult.GetValue(provinces), options, token));
                return Report(session, outcome);
            },
            ct));
        return command;
    }

    private static Command Boundaries(CliSession session)
    {
        var command = new Command("boundaries", "Gebiedsgrenzen als GeoJSON (WGS84), zoals wijk_2024.geojson van CBS/PDOK, voor de kaarten. Gebieden worden herkend aan hun CBS-code (statcode).");
        var path = PathArgument("Het GeoJSON-bestand.");
        var year = new Option<int?>("--year") { Description = "Het jaar van de gebiedsindeling als de features (jrstatcode) en de bestandsnaam het niet vermelden.", HelpName = "jjjj" };
        command.Arguments.Add(path);
        command.Options.Add(year);
        command.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                var options = new ImportOptions(Year: parseResult.GetValue(year), ImportedBy: CliSession.DefaultImportedBy);
                var file = parseResult.GetRequiredValue(path);
                var importer = services.GetRequiredService<BoundaryImporter>();
                var outcome = await session.WithStatusAsync($"{Path.GetFileName(file)} inlezen…", () => importer.ImportAsync(file, options, token));
                return Report(session, outcome);
            },
            ct));
        return command;
    }

    private static Argument<string> PathArgument(string description) => new("pad") { Description = description };

    private static Option<string?> ImportedByOption() => new("--by")
    {
        Description = "Wie importeert, vastgelegd bij de herkomst van de cijfers (standaard cli:<gebruikersnaam>).",
        HelpName = "naam",
    };

    /// <summary>
    /// The outcomes of a multi-file import: a summary per stored file on stdout; at a failure its problems,
    /// and which files were stored and which were not, on stderr with exit code 1.
    /// </summary>
    private static int Report(CliSession session, string[] files, IReadOnlyList<ImportOutcome> outcomes)
    {
        foreach (var outcome in outcomes.Where(o => o.Succeeded))
        {
            session.StdoutWriter.WriteLine(outcome.Message);
        }

        if (outcomes.Count == files.Length && outcomes.All(o => o.Succeeded))
        {
            return ExitCodes.Success;
        }

        var exitCode = Report(session, outcomes[^1]);
        if (files.Length > 1)
        {
            var stored = files.Take(outcomes.Count - 1).Select(Path.GetFileName).ToList();
            var notStored = files.Skip(outcomes.Count - 1).Select(Path.GetFileName);
            session.WriteErrorDetail(stored.Count == 0
                ? $"Geen van de bestanden is ingelezen: {string.Join(", ", notStored)}."
                : $"Wel ingelezen: {string.Join(", ", stored)}. Niet ingelezen: {string.Join(", ", notStored)}.");
        }

        return exitCode;
    }

    /// <summary>The outcome for people: the summary on stdout, or every problem on stderr with exit code 1.</summary>
    private static int Report(CliSession session, ImportOutcome outcome)
    {
        if (outcome.Succeeded)
        {
            session.StdoutWriter.WriteLine(outcome.Message);
            return ExitCodes.Success;
        }

        session.WriteError(outcome.Message);
        if (outcome.Flagged > 0)
        {
            foreach (var issue in outcome.Issues)
            {
                session.WriteErrorDetail(issue.ToString());
            }

            if (outcome.Flagged > outcome.Issues.Count)
            {
                session.WriteErrorDetail(string.Create(CliSession.Dutch, $"… en nog {outcome.Flagged - outcome.Issues.Count:N0} opvallende cijfers."));
            }

            session.WriteErrorDetail("Controleer ze tegen de bron. Lees het bestand in zonder --publish om het als concept op de beoordelingspagina (/beheer/imports) te bekijken en de cijfers één voor één te bevestigen, of voer dezelfde opdracht opnieuw uit met --note \"<waarom het toch gepubliceerd wordt>\".");
            return ExitCodes.BadInput;
        }

        if (outcome.Issues.Count > 1)
        {
            foreach (var issue in outcome.Issues)
            {
                session.WriteErrorDetail(issue.ToString());
            }
        }

        return ExitCodes.BadInput;
    }
}

/// <summary>What an import command settles before the database starts: the parser, the options, the files and the first file's parse.</summary>
internal sealed record FilesToImport(IDatasetParser? Parser, ImportOptions Options, string[] Files, FirstFileParse? FirstFile);
