using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Import.Parsers;

/// <summary>
/// Reads a StatLine web "download as CSV" export: UTF-8 with BOM, <c>;</c> separated, quoted, one row per
/// region, headers that are category paths with the unit last ("Gezondheid en welzijn/Huisartsenpraktijk/
/// Afstand tot huisartsenpraktijk (km)") and space-padded values with "." for unknown.
/// </summary>
/// <remarks>
/// The export carries no measure keys, so each measure column gets one from its header (see
/// <see cref="MeasureKeys"/> and docs/data-formats.md). Region codes come from the "Codering (code)" column,
/// region names from "Wijken en buurten", so codes the register lacks can be added.
/// </remarks>
public sealed class StatLineCsvParser : IDatasetParser
{
    public const string FormatName = ObservationFormats.StatLineCsv;

    private const string RegionNameHeader = "Wijken en buurten";
    private const string PeriodHeader = "Perioden";
    private const string CodeSegment = "Codering";

    // StatLine marks text columns (region attributes) with these units; they hold no figures.
    private static readonly HashSet<string> TextUnits = new(StringComparer.OrdinalIgnoreCase) { "code", "naam", "omschrijving" };

    // Other StatLine tables call the region dimension differently.
    private static readonly string[] RegionNameHeaders = [RegionNameHeader, "Regio's", "Regio"];

    public string Format => FormatName;

    public ParseResult Parse(Stream stream, string fileName, ImportOptions options) =>
        CsvParsing.Parse(stream, fileName, options, Read);

    private static ParsedDataset? Read(DelimitedReader reader, string fileName, ImportOptions options, IssueCollector issues)
    {
        var layout = ReadHeader(reader.Header, issues);
        if (layout is null)
        {
            return null;
        }

        var fixedPeriod = layout.PeriodColumn < 0 ? ResolveFixedPeriod(fileName, options, issues) : null;
        if (layout.PeriodColumn < 0 && fixedPeriod is null)
        {
            return null;
        }

        var interner = new StringInterner();
        var cells = new List<(string Area, string Period, int Measure, NumericCell Cell)>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var periods = new HashSet<string>(StringComparer.Ordinal);
        while (!issues.IsFull && reader.ReadRow())
        {
            var row = reader.LineNumber;
            if (reader.FieldCount != reader.Header.Count)
            {
                issues.Add(row, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"de rij heeft {reader.FieldCount} velden, verwacht {reader.Header.Count} zoals de kopregel."));
                continue;
            }

            var codeText = reader[layout.CodeColumn].Trim();
            if (!AreaCode.TryParse(codeText, out _))
            {
                issues.Add(row, layout.Headers[layout.CodeColumn], codeText,
                    "verwacht een CBS-gebiedscode (NL00, PVnn, GMnnnn, WKnnnnnn of BUnnnnnnnn).");
                continue;
            }

            var code = interner.Intern(SourceFacts.RegisterCode(codeText));
            if (layout.NameColumn >= 0)
            {
                var name = reader[layout.NameColumn].Trim();
                if (name.Length > 0)
                {
                    names.TryAdd(code, name);
                }
            }

            string period;
            if (layout.PeriodColumn >= 0)
            {
                var periodText = reader[layout.PeriodColumn].Trim();
                if (periodText.Length == 0)
                {
                    issues.Add(row, PeriodHeader, periodText, "verwacht een periode zoals 2023 of 2023JJ00.");
                    continue;
                }

                period = interner.Intern(SourceFacts.NormalisePeriod(periodText));
            }
            else
            {
                period = fixedPeriod!;
            }

            periods.Add(period);
            for (var m = 0; m < layout.Measures.Count; m++)
            {
                var column = layout.Measures[m].Column;
                var text = reader[column];
                if (!ValueParsing.IsMissing(text))
                {
                    cells.Add((code, period, m, new NumericCell(text, row, layout.Headers[column])));
                }
            }
        }

        if (layout.PeriodColumn >= 0 && options.Year is { } year)
        {
            var other = periods.FirstOrDefault(p => SourceFacts.YearOf(p) != year);
            if (other is not null)
            {
                issues.Add(null, PeriodHeader, other,
                    string.Create(CultureInfo.InvariantCulture, $"de opgegeven periode {year} wijkt af van de periode in het bestand; laat de jaaroptie weg of kies het juiste bestand."));
            }
        }

        if (issues.HasIssues)
        {
            return null;
        }

        var mark = DecimalMarkDetector.Detect(cells.Select(c => c.Cell), reader.Delimiter, issues);
        if (mark is not { } decimalMark)
        {
            return null;
        }

        var dataset = new ParsedDataset(FormatName, fileName)
        {
            SourceTable = options.SourceTable?.Trim() is { Length: > 0 } table ? SourceFacts.SourceTable(table, issues) : SourceFacts.TableIdFromFileName(fileName) ?? FormatName,
            LayoutYear = periods.Count == 1 ? SourceFacts.YearOf(periods.First()) : null,
        };
        var fractional = new HashSet<int>();
        foreach (var (area, period, measure, cell) in cells)
        {
            if (DecimalMarkDetector.Parse(cell.Text, decimalMark, out var value) != CellNumber.Number)
            {
                issues.Add(cell.Row, cell.Column, InputText.Shorten(cell.Text.Trim()), $"verwacht {DecimalMarkDetector.Expected(decimalMark)}.");
                continue;
            }

            if (value != Math.Floor(value))
            {
                fractional.Add(measure);
            }

            dataset.Observations.Add(new ParsedObservation(area, layout.Measures[measure].Key, period, Breakdown.TotalCode, value, null, null, null, cell.Row, cell.Column));
        }

        foreach (var (code, name) in names)
        {
            dataset.Areas[code] = new ParsedArea(code, name, null);
        }

        for (var m = 0; m < layout.Measures.Count; m++)
        {
            var measure = layout.Measures[m];
            dataset.Measures[measure.Key] = new MeasureInfo(measure.Key, layout.Headers[measure.Column], SourceFacts.UnitFor(measure.Unit, fractional.Contains(m)), null);
        }

        return !issues.HasIssues ? dataset : null;
    }

    /// <summary>The period for every row when the export has no Perioden column: the option, else a year in the file name.</summary>
    private static string? ResolveFixedPeriod(string fileName, ImportOptions options, IssueCollector issues) => SourceFacts.YearPeriod(
        options.Year ?? SourceFacts.YearFromFileName(fileName),
        issues,
        "het bestand noemt geen periode (geen kolom Perioden en geen jaartal in de bestandsnaam): geef het jaar op bij de import.");

    private static HeaderLayout? ReadHeader(IReadOnlyList<string> header, IssueCollector issues)
    {
        var headers = header.Select(h => h.Trim()).ToArray();
        int codeColumn = -1, nameColumn = -1, periodColumn = -1;
        var measureColumns = new List<(int Column, string[] Segments, string? Unit)>();
        var firstOfHeader = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Length; i++)
        {
            var text = headers[i];
            if (text.Length == 0)
            {
                issues.Add(1, ColumnNumber(i), null, "de kolom heeft geen kop; verwacht een StatLine-kop zoals 'Wijken en buurten' of 'Onderwerp (eenheid)'.");
                continue;
            }

            if (!firstOfHeader.TryAdd(text, i))
            {
                issues.Add(1, text, null, $"de kolomkop staat twee keer in de kopregel ({ColumnNumber(firstOfHeader[text])} en {ColumnNumber(i)}).");
                continue;
            }

            var (segments, unit) = MeasureKeys.Split(text);
            if (unit is null)
            {
                if (RegionNameHeaders.Contains(text, StringComparer.OrdinalIgnoreCase))
                {
                    nameColumn = nameColumn < 0 ? i : nameColumn;
                }
                else if (string.Equals(text, PeriodHeader, StringComparison.OrdinalIgnoreCase))
                {
                    periodColumn = i;
                }
                else
                {
                    issues.Add(1, text, null,
                        "onbekende kolom: verwacht 'Wijken en buurten', 'Perioden', een regiokenmerk zoals 'Regioaanduiding/Codering (code)' of een onderwerp met eenheid zoals 'Afstand tot huisarts (km)'. Andere dimensies (zoals leeftijd, geslacht of soort misdrijf) kan dit formaat niet inlezen: download de tabel als TypedDataSet of UntypedDataSet (kolommen zoals WijkenEnBuurten, Perioden, SoortMisdrijf) en lees die in als 'statline'.");
                }
            }
            else if (TextUnits.Contains(unit))
            {
                if (string.Equals(segments[^1], CodeSegment, StringComparison.OrdinalIgnoreCase) && string.Equals(unit, "code", StringComparison.OrdinalIgnoreCase))
                {
                    codeColumn = i;
                }
            }
            else
            {
                measureColumns.Add((i, segments, unit));
            }
        }

        if (codeColumn < 0)
        {
            issues.Add(1, "Regioaanduiding/Codering (code)", null,
                "de kolom met gebiedscodes ontbreekt: exporteer uit StatLine ook het regiokenmerk 'Codering'.");
        }

        if (measureColumns.Count == 0)
        {
            issues.Add(1, null, null, "het bestand heeft geen kolom met cijfers: verwacht onderwerpen met een eenheid tussen haakjes, zoals 'Afstand tot huisarts (km)'.");
        }

        if (issues.HasIssues)
        {
            return null;
        }

        var keys = MeasureKeys.Derive(measureColumns.Select(m => m.Segments).ToList());
        var measures = measureColumns.Select((m, index) => new MeasureColumn(m.Column, keys[index], m.Unit)).ToList();
        return new HeaderLayout(headers, codeColumn, nameColumn, periodColumn, measures);
    }

    private static string ColumnNumber(int index) => string.Create(CultureInfo.InvariantCulture, $"kolom {index + 1}");

    private sealed record MeasureColumn(int Column, string Key, string? Unit);

    private sealed record HeaderLayout(string[] Headers, int CodeColumn, int NameColumn, int PeriodColumn, IReadOnlyList<MeasureColumn> Measures);

    /// <summary>
    /// Turns StatLine header paths into measure keys. The key is the PascalCase of the last path segment
    /// without its unit ("Afstand tot huisartsenpraktijk (km)" → AfstandTotHuisartsenpraktijk). Where two
    /// columns of the file would get the same key, each of them takes one more parent segment in front
    /// ("Aantal huisartsenpraktijken/Binnen 1 km" → AantalHuisartsenpraktijkenBinnen1Km), repeated until the
    /// keys differ. The rule depends only on the set of headers, so the same export always gives the same keys.
    /// </summary>
    internal static class MeasureKeys
    {
        /// <summary>The path segments of a header, the last without its unit, and the unit ("km", "aantal") if any.</summary>
        public static (string[] Segments, string? Unit) Split(string header)
        {
            var segments = header.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length == 0)
            {
                return ([header], null);
            }

            var last = segments[^1];
            string? unit = null;
            if (last.EndsWith(')'))
            {
                var open = last.LastIndexOf('(');
                if (open > 0)
                {
                    unit = last[(open + 1)..^1].Trim();
                    segments[^1] = last[..open].Trim();
                }
            }

            return (segments, string.IsNullOrEmpty(unit) ? null : unit);
        }

        /// <summary>Unique keys for the given header paths, in the same order.</summary>
        public static IReadOnlyList<string> Derive(IReadOnlyList<string[]> paths)
        {
            var depth = paths.Select(_ => 1).ToArray();
            var keys = paths.Select(p => Key(p, 1)).ToArray();
            while (true)
            {
                var grown = false;
                foreach (var clash in Enumerable.Range(0, keys.Length).GroupBy(i => keys[i], StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
                {
                    foreach (var i in clash.Where(i => depth[i] < paths[i].Length))
                    {
                        depth[i]++;
                        keys[i] = Key(paths[i], depth[i]);
                        grown = true;
                    }
                }

                if (!grown)
                {
                    // Only identical paths can still clash, and duplicate headers are rejected before this.
                    return keys;
                }
            }
        }

        private static string Key(string[] path, int depth)
        {
            var builder = new StringBuilder();
            foreach (var segment in path[^depth..])
            {
                AppendPascalCase(builder, segment);
            }

            var key = builder.Length > 0 ? builder.ToString() : "Onderwerp";
            if (key.Length <= Indicator.MaxCodeLength)
            {
                return key;
            }

            // Indicator codes are at most 100 characters: keep a readable start and a hash of the whole path.
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('/', path))))[..8];
            return string.Concat(key.AsSpan(0, Indicator.MaxCodeLength - 9), "_", hash);
        }

        /// <summary>Words start upper case; accents are dropped and apostrophes removed so keys are plain ASCII-like identifiers.</summary>
        private static void AppendPascalCase(StringBuilder builder, string text)
        {
            var startOfWord = true;
            foreach (var c in text.Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '\u2018' or '`')
                {
                    continue;
                }

                if (!char.IsLetterOrDigit(c))
                {
                    startOfWord = true;
                    continue;
                }

                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
        }
    }
}
