using System.CommandLine;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Measurements.Export;
using Wijkpeil.App.Modules.Measurements.Observations;

namespace Wijkpeil.Cli.Commands;

/// <summary><c>wijkpeil export observations</c>: figures as CSV (the generic format), JSON or XLSX.</summary>
internal static class ExportCommands
{
    public static Command Create(CliSession session, IDictionary<Command, string> notes)
    {
        var export = new Command("export", "Exporteer gegevens uit de database.");
        var observations = new Command("observations", "Exporteer cijfers naar stdout of een bestand. CSV heeft dezelfde kolommen als het generieke importformaat (area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source), zodat een export weer ingelezen kan worden. Zonder filters wordt alles geëxporteerd. Standaard zoals het publiek ze ziet: alleen gepubliceerde cijfers, en een cijfer op te weinig respondenten zonder waarde. Concepten (imports die nog op beoordeling wachten) staan niet bij de cijfers en dus nooit in een export; --include-unpublished geeft een beheerder alle cijfers volledig.");
        var areas = Repeatable("--area", "code", "Alleen dit gebied (CBS-code, zoals WK034403). Herhaal de optie voor meer gebieden.");
        var indicators = Repeatable("--indicator", "code", "Alleen deze indicator (code uit 'wijkpeil indicators list'). Herhaalbaar.");
        var periods = Repeatable("--period", "periode", "Alleen deze periode, zoals 2020. Herhaalbaar.");
        var breakdowns = Repeatable("--breakdown", "code", "Alleen deze uitsplitsing, zoals 18+ of totaal. Herhaalbaar.");
        var includeUnpublished = new Option<bool>("--include-unpublished")
        {
            Description = "Voor beheerders: ook cijfers die niet gepubliceerd zijn, en elke waarde volledig, ook op te weinig respondenten (standaard: zoals het publiek ze ziet).",
        };

        // The default since issue 10; still accepted so that existing scripts keep working.
        var publishedOnly = new Option<bool>("--published-only") { Hidden = true };
        var format = new Option<string>("--format")
        {
            Description = "Het bestandsformaat (standaard csv).",
            HelpName = "csv|json|xlsx",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = "Schrijf naar dit bestand in plaats van naar stdout (verplicht voor xlsx, tenzij stdout naar een bestand of pijp gaat).", HelpName = "bestand" };
        observations.Options.Add(areas);
        observations.Options.Add(indicators);
        observations.Options.Add(periods);
        observations.Options.Add(breakdowns);
        observations.Options.Add(includeUnpublished);
        observations.Options.Add(publishedOnly);
        observations.Options.Add(format);
        observations.Options.Add(output);
        observations.SetAction((parseResult, ct) =>
        {
            _ = ExportFormats.TryParse(parseResult.GetValue(format), out var exportFormat);
            var file = parseResult.GetValue(output);
            if (exportFormat == ExportFormat.Xlsx && file is null && !session.StdoutTakesBytes)
            {
                // A workbook is binary: on a terminal it is garbage, and a text writer cannot carry it.
                session.WriteError("xlsx is een binair formaat: geef --output <bestand> op, of stuur stdout door naar een bestand (> export.xlsx).");
                return Task.FromResult(ExitCodes.Usage);
            }

            if (parseResult.GetValue(includeUnpublished) && parseResult.GetValue(publishedOnly))
            {
                session.WriteError("--include-unpublished en --published-only sluiten elkaar uit.");
                return Task.FromResult(ExitCodes.Usage);
            }

            var filter = new ObservationFilter(
                parseResult.GetValue(areas) ?? [],
                parseResult.GetValue(indicators) ?? [],
                parseResult.GetValue(periods) ?? [],
                parseResult.GetValue(breakdowns) ?? [],
                parseResult.GetValue(includeUnpublished) ? Audience.Operator : Audience.Public);
            return session.RunAsync((services, token) => ExportAsync(session, services, filter, exportFormat, file, token), ct);
        });
        export.Subcommands.Add(observations);
        notes[observations] = """
            Voorbeelden:
              wijkpeil export observations --area WK034403 --indicator ErvarenGezondheidGoedZeerGoed
              wijkpeil export observations --area WK034403 --area WK030703 --period 2020 --format json
              wijkpeil export observations --format xlsx --output cijfers.xlsx
              wijkpeil export observations --include-unpublished --area GM0344 --format json
            """;
        return export;
    }

    private static Option<string[]> Repeatable(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
    };

    private static async Task<int> ExportAsync(CliSession session, IServiceProvider services, ObservationFilter filter, ExportFormat format, string? file, CancellationToken ct)
    {
        var queries = services.GetRequiredService<ObservationQueries>();
        var validated = await queries.ValidateAsync(filter, ct);
        if (!validated.Succeeded)
        {
            var problem = validated.Problems[0];
            session.WriteError(CliSession.Text(problem));
            if (problem.Code == "observations.filter.indicator.unknown")
            {
                session.WriteErrorDetail("De bekende indicatorcodes staan in 'wijkpeil indicators list'.");
            }

            return ExitCodes.BadInput;
        }

        var writer = services.GetRequiredService<ObservationExportWriter>();
        var counter = new Counter();
        var records = counter.Count(queries.QueryAsync(validated.Value, ct), ct);
        if (file is null)
        {
            // Not disposed: closing the process's stdout stream would silence everything written after it.
            var stdout = session.OpenStdout();
            await writer.WriteAsync(records, format, stdout, ct);
            if (format == ExportFormat.Json)
            {
                // The JSON document ends at its bracket; a shell prompt should not start right behind it.
                await stdout.WriteAsync("\n"u8.ToArray(), ct);
            }

            await stdout.FlushAsync(ct);
        }
        else
        {
            await WriteFileAsync(session, writer, records, format, file, ct);
            session.StdoutWriter.WriteLine(counter.Value == 1
                ? $"1 waarde geschreven naar {file}."
                : $"{counter.Value.ToString("N0", CliSession.Dutch)} waarden geschreven naar {file}.");
        }

        if (counter.Value == 0)
        {
            session.Error.WriteLine("Let op: geen enkele waarde voldoet aan het filter.");
        }

        return ExitCodes.Success;
    }

    private static async Task WriteFileAsync(CliSession session, ObservationExportWriter writer, IAsyncEnumerable<ObservationRecord> records, ExportFormat format, string file, CancellationToken ct)
    {
        var completed = false;
        try
        {
            await using (var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024, useAsync: true))
            {
                await session.WithStatusAsync($"Exporteren naar {Path.GetFileName(file)}…", async () =>
                {
                    await writer.WriteAsync(records, format, stream, ct);
                    return true;
                });
            }

            completed = true;
        }
        finally
        {
            if (!completed)
            {
                // Half a file looks like a complete export with fewer rows: remove it.
                File.Delete(file);
            }
        }
    }

    /// <summary>Counts the records as they stream to the writer, for the closing summary.</summary>
    private sealed class Counter
    {
        public int Value { get; private set; }

        public async IAsyncEnumerable<ObservationRecord> Count(IAsyncEnumerable<ObservationRecord> records, [EnumeratorCancellation] CancellationToken ct)
        {
            await foreach (var record in records.WithCancellation(ct))
            {
                Value++;
                yield return record;
            }
        }
    }
}
