using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Wijkpeil.App.Kernel.Text;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.Cli.Commands;

/// <summary><c>wijkpeil indicators list</c>: the indicator catalogue as a table, CSV or JSON.</summary>
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
                var all = await services.GetRequiredService<IndicatorQueries>().ListAsync(token);
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
        return indicators;
    }

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
