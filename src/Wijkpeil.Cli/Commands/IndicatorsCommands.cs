using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Text;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Indicators.CreateIndicator;
using Wijkpeil.App.Modules.Indicators.EditIndicator;
using Wijkpeil.App.Modules.Indicators.RetireIndicator;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.Cli.Commands;

/// <summary>
/// <c>wijkpeil indicators list|show|add|edit|retire</c>: the indicator catalogue as a table, CSV or JSON, and its
/// management through the same use cases (checks, audit trail) as /beheer/indicatoren and the API; <c>show --json</c>
/// writes what <c>add</c> and <c>edit</c> read.
/// </summary>
internal static class IndicatorsCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create(CliSession session)
    {
        var indicators = new Command("indicators", "De indicatorcatalogus.");
        var list = new Command("list", "Toon alle indicatoren: code, naam, eenheid, soort, polariteit, pijler in de kernset en bron. De codes zijn de codes voor 'wijkpeil export observations --indicator' en het generieke CSV-formaat.");
        var format = new Option<string>("--format")
        {
            Description = "table (standaard) voor mensen, csv of json voor verdere verwerking.",
            HelpName = "table|csv|json",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        list.Options.Add(format);
        list.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                var all = await services.GetRequiredService<IndicatorQueries>().ListAsync(IndicatorListing.All, token);
                switch (parseResult.GetValue(format))
                {
                    case "csv":
                        await session.StdoutWriter.WriteAsync(ToCsv(all));
                        break;
                    case "json":
                        await session.StdoutWriter.WriteLineAsync(JsonSerializer.Serialize(all, Json));
                        break;
                    case "table" when all.Count == 0:
                        session.Out.WriteLine("De indicatorcatalogus is leeg. Indicatoren ontstaan bij de eerste start (standaarddata) of bij het inlezen van een StatLine-tabel.");
                        break;
                    default:
                        session.Out.Write(ToTable(all));
                        break;
                }

                return ExitCodes.Success;
            },
            ct));
        indicators.Subcommands.Add(list);
        indicators.Subcommands.Add(Show(session));
        indicators.Subcommands.Add(Add(session));
        indicators.Subcommands.Add(Edit(session));
        indicators.Subcommands.Add(Retire(session));
        return indicators;
    }

    private static Command Show(CliSession session)
    {
        var show = new Command("show", "Toon één indicator met zijn hele beschrijving en bronkoppelingen; --json schrijft wat 'indicators add' en 'indicators edit' lezen.");
        var code = CodeArgument();
        var json = new Option<bool>("--json") { Description = "Schrijf de definitie als JSON (zoals GET /api/v1/indicators/{code})." };
        show.Arguments.Add(code);
        show.Options.Add(json);
        show.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                var wanted = parseResult.GetRequiredValue(code);
                var indicator = await services.GetRequiredService<IIndicatorCatalogue>().FindAsync(wanted, token);
                if (indicator is null)
                {
                    session.WriteError($"er is geen indicator '{wanted}'. Zie 'wijkpeil indicators list'.");
                    return ExitCodes.BadInput;
                }

                var definition = IndicatorDefinition.From(indicator);
                if (parseResult.GetValue(json))
                {
                    await session.StdoutWriter.WriteLineAsync(JsonSerializer.Serialize(definition, Json));
                    return ExitCodes.Success;
                }

                var state = indicator.RetiredAt is { } at ? $"teruggetrokken op {at.ToString("d MMMM yyyy", CliSession.Dutch)}"
                    : indicator.IsCurated ? "beschreven" : "nog te beschrijven (niet openbaar)";
                var table = new Table().Border(TableBorder.Rounded).AddColumn("Veld").AddColumn("Waarde");
                table.AddRow(new Text("Code"), new Text(indicator.Code));
                table.AddRow(new Text("Status"), new Text(state));
                table.AddRow(new Text("Naam"), new Text($"{indicator.NameNl} / {indicator.NameEn}"));
                table.AddRow(new Text("Definitie"), new Text($"{indicator.DefinitionNl}{Environment.NewLine}{indicator.DefinitionEn}"));
                table.AddRow(new Text("Eenheid, soort"), new Text($"{indicator.Unit}, {KindNl(indicator.Kind)}, {PolarityNl(indicator.Polarity)}"));
                table.AddRow(new Text("Soort bron"), new Text(SourceKindNl(indicator.SourceKind)));
                table.AddRow(new Text("Bron"), new Text(indicator.Source));
                table.AddRow(new Text("Doelgroep"), new Text(indicator.PopulationGroup));
                table.AddRow(new Text("Bronkoppelingen"), new Text(string.Join(Environment.NewLine, indicator.SourceMappings.Select(m =>
                    m.Breakdown.Length == 0 ? $"{m.Table} / {m.Key}" : $"{m.Table} / {m.Key} ({m.Breakdown})"))));
                session.Out.Write(table);
                return ExitCodes.Success;
            },
            ct));
        return show;
    }

    private static Command Add(CliSession session)
    {
        var add = new Command("add", "Maak een beschreven indicator aan uit een JSON-bestand (velden zoals in de API: code, nameNl, nameEn, definitionNl, definitionEn, unit, kind, polarity, sourceKind survey|register, source, populationGroup, mappings [{sourceTable, measureKey, breakdown}], en voor een afgeleide indicator ratio {numerator, denominator, scale}, bijvoorbeeld {\"numerator\": \"PersonenPerSoortUitkeringBijstand\", \"denominator\": \"AantalInwoners\", \"scale\": 1000}). Gecontroleerd en vastgelegd in de audittrail; bij een fout wordt niets opgeslagen.");
        var file = FileOption();
        add.Options.Add(file);
        add.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                if (await ReadAsync(session, parseResult.GetRequiredValue(file), token) is not { } definition)
                {
                    return ExitCodes.BadInput;
                }

                var created = await services.GetRequiredService<CreateIndicatorHandler>().HandleAsync(definition, token);
                if (!created.Succeeded)
                {
                    return Refused(session, created.Problems);
                }

                session.Out.WriteLine($"Indicator {created.Value.Code} ({created.Value.NameNl}) aangemaakt.");
                return ExitCodes.Success;
            },
            ct));
        return add;
    }

    private static Command Edit(CliSession session)
    {
        var edit = new Command("edit", "Vervang de beschrijving en bronkoppelingen van een indicator door die uit een JSON-bestand (de code blijft). Een indicator die een import aanmaakte, is daarna beschreven en openbaar. Voorbeeld: wijkpeil indicators show p_leegsw --json > i.json, bewerken, wijkpeil indicators edit p_leegsw --file i.json");
        var code = CodeArgument();
        var file = FileOption();
        edit.Arguments.Add(code);
        edit.Options.Add(file);
        edit.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                if (await ReadAsync(session, parseResult.GetRequiredValue(file), token) is not { } definition)
                {
                    return ExitCodes.BadInput;
                }

                var edited = await services.GetRequiredService<EditIndicatorHandler>().HandleAsync(parseResult.GetRequiredValue(code), definition, token);
                if (!edited.Succeeded)
                {
                    return Refused(session, edited.Problems);
                }

                session.Out.WriteLine($"Indicator {edited.Value.Code} ({edited.Value.NameNl}) gewijzigd.");
                return ExitCodes.Success;
            },
            ct));
        return edit;
    }

    private static Command Retire(CliSession session)
    {
        var retire = new Command("retire", "Trek een indicator terug: hij verdwijnt uit de kernsetkeuzes en openbare lijsten; zijn cijfers en pagina blijven. Staat hij nog in de kernset van een programma, dan wordt dat geweigerd.");
        var code = CodeArgument();
        retire.Arguments.Add(code);
        retire.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                var retired = await services.GetRequiredService<RetireIndicatorHandler>().HandleAsync(parseResult.GetRequiredValue(code), token);
                if (!retired.Succeeded)
                {
                    return Refused(session, retired.Problems);
                }

                session.Out.WriteLine($"Indicator {retired.Value.Code} teruggetrokken.");
                return ExitCodes.Success;
            },
            ct));
        return retire;
    }

    private static Argument<string> CodeArgument() => new("code") { Description = "De code van de indicator (zie 'wijkpeil indicators list')." };

    private static Option<string> FileOption() => new("--file")
    {
        Description = "Het JSON-bestand met de hele definitie; - leest standaardinvoer.",
        HelpName = "pad",
        Required = true,
    };

    /// <summary>The definition in the file, or null after saying on stderr what is wrong with it.</summary>
    private static async Task<IndicatorDefinition?> ReadAsync(CliSession session, string path, CancellationToken ct)
    {
        string text;
        if (path == "-")
        {
            text = await session.Stdin.ReadToEndAsync(ct);
        }
        else if (!File.Exists(path))
        {
            session.WriteError($"bestand {path} bestaat niet; er is niets gewijzigd.");
            return null;
        }
        else
        {
            text = await File.ReadAllTextAsync(path, ct);
        }

        var read = JsonRequestBody.Read<IndicatorDefinition>(text, Json);
        if (!read.Succeeded)
        {
            Refused(session, read.Problems);
            return null;
        }

        return read.Value;
    }

    /// <summary>Every problem as <c>field: message</c> (in Dutch, as the rest of the tool), then that nothing changed.</summary>
    private static int Refused(CliSession session, IReadOnlyList<Problem> problems)
    {
        session.WriteError("de indicator is niet opgeslagen; er is niets gewijzigd.");
        foreach (var problem in problems)
        {
            var message = ProblemMessages.For(problem, CliSession.Dutch);
            session.WriteErrorDetail(string.IsNullOrEmpty(problem.Field) ? message : $"{problem.Field}: {message}");
        }

        return ExitCodes.BadInput;
    }

    private static string SourceKindNl(SourceKind kind) => kind switch
    {
        SourceKind.Survey => "steekproef (enquête)",
        SourceKind.Register => "register (telling)",
        _ => "nog niet gezegd",
    };

    private static Table ToTable(IReadOnlyList<IndicatorSummary> indicators)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Code")
            .AddColumn("Naam")
            .AddColumn("Eenheid")
            .AddColumn("Soort")
            .AddColumn("Polariteit")
            .AddColumn("Pijler")
            .AddColumn("Bron");
        foreach (var indicator in indicators)
        {
            table.AddRow(
                new Text(indicator.Code),
                new Text(indicator.IsCurated ? indicator.NameNl : indicator.NameNl + " *"),
                new Text(indicator.Unit),
                new Text(KindNl(indicator.Kind)),
                new Text(PolarityNl(indicator.Polarity)),
                new Text(string.Join(Environment.NewLine, indicator.Pillars.Select(p => $"{p.PillarNumber} {p.PillarNameNl}"))),
                new Text(indicator.Source));
        }

        var count = indicators.Count == 1 ? "1 indicator" : $"{indicators.Count.ToString("N0", CliSession.Dutch)} indicatoren";
        var uncurated = indicators.Count(i => !i.IsCurated);
        table.Caption(uncurated == 0 ? count : $"{count}; * = door een import aangemaakt en nog niet beschreven ({uncurated.ToString("N0", CliSession.Dutch)})");
        return table;
    }

    /// <summary>Machine-readable: invariant names as in the API, pillars as programme:number, RFC 4180 quoting, formulas neutralised.</summary>
    private static string ToCsv(IReadOnlyList<IndicatorSummary> indicators)
    {
        var csv = new StringBuilder("code,name_nl,unit,kind,polarity,pillars,source,curated\n");
        foreach (var i in indicators)
        {
            string[] fields =
            [
                i.Code,
                i.NameNl,
                i.Unit,
                JsonNamingPolicy.CamelCase.ConvertName(i.Kind.ToString()),
                JsonNamingPolicy.CamelCase.ConvertName(i.Polarity.ToString()),
                string.Join(' ', i.Pillars.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.ProgrammeCode}:{p.PillarNumber}"))),
                i.Source,
                i.IsCurated ? "true" : "false",
            ];
            csv.AppendJoin(',', fields.Select(Quote)).Append('\n');
        }

        return csv.ToString();
    }

    // Names of uncurated indicators come from imported files: the shared rule neutralises formulas too.
    private static string Quote(string field) => CsvCell.Text(field);

    private static string KindNl(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Percentage => "percentage",
        IndicatorKind.Count => "aantal",
        IndicatorKind.Rate => "verhoudingsgetal",
        IndicatorKind.Mean => "gemiddelde",
        IndicatorKind.Score => "score",
        _ => kind.ToString(),
    };

    private static string PolarityNl(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "hoger is beter",
        Polarity.HigherIsWorse => "hoger is slechter",
        _ => "neutraal",
    };
}
