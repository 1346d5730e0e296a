using System.Globalization;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Text;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Import.Parsers;

/// <summary>
/// Reads Wijkpeil's own long CSV: one figure per row,
/// <c>area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source</c>
/// (see docs/data-formats.md). It is the way in for figures from any other source (a GGD report, a
/// municipal survey), so indicator codes must already be in the catalogue and area codes in the register.
/// </summary>
public sealed class ObservationsCsvParser : IDatasetParser
{
    public const string FormatName = ObservationFormats.Observations;

    public const string AreaCodeColumn = "area_code";
    public const string IndicatorCodeColumn = "indicator_code";
    public const string PeriodColumn = "period";
    public const string BreakdownColumn = "breakdown";
    public const string ValueColumn = "value";
    public const string LowerColumn = "lower";
    public const string UpperColumn = "upper";
    public const string SampleSizeColumn = "sample_size";
    public const string SourceColumn = "source";

    // Database limits: breakdown and period codes are at most 40 characters.
    private const int MaxCodeLength = 40;

    private static readonly string[] Required = [AreaCodeColumn, IndicatorCodeColumn, PeriodColumn, ValueColumn];
    private static readonly string[] Optional = [BreakdownColumn, LowerColumn, UpperColumn, SampleSizeColumn, SourceColumn];

    public string Format => FormatName;

    public ParseResult Parse(Stream stream, string fileName, ImportOptions options) =>
        CsvParsing.Parse(stream, fileName, options, Read);

    private static ParsedDataset? Read(DelimitedReader reader, string fileName, ImportOptions options, IssueCollector issues)
    {
        var columns = ReadHeader(reader.Header, issues);
        if (columns is null)
        {
            return null;
        }

        var interner = new StringInterner();
        var rows = new List<PendingRow>();
        var sources = new HashSet<string>(StringComparer.Ordinal);
        int? firstSourceRow = null;
        while (!issues.IsFull && reader.ReadRow())
        {
            var row = reader.LineNumber;
            if (reader.FieldCount != reader.Header.Count)
            {
                issues.Add(row, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"de rij heeft {reader.FieldCount} velden, verwacht {reader.Header.Count} zoals de kopregel (scheidingsteken '{reader.Delimiter}')."));
                continue;
            }

            string Field(string column) => columns.TryGetValue(column, out var index) ? reader[index].Trim() : string.Empty;

            // Text that Wijkpeil's own CSV export protected against spreadsheet formulas ('=x) reads back as written (=x).
            string Text(string column) => CsvCell.Restore(Field(column));

            var value = Field(ValueColumn);
            var area = Text(AreaCodeColumn);
            var indicator = Text(IndicatorCodeColumn);
            var periodText = Text(PeriodColumn);
            var breakdownText = Text(BreakdownColumn);
            var sampleText = Field(SampleSizeColumn);
            var rowIsValid = true;
            if (!AreaCode.TryParse(area, out _))
            {
                rowIsValid = Reject(issues, row, AreaCodeColumn, area, "verwacht een CBS-gebiedscode (NL00, PVnn, GMnnnn, WKnnnnnn of BUnnnnnnnn).");
            }

            if (indicator.Length == 0 || indicator.Any(char.IsWhiteSpace))
            {
                rowIsValid = Reject(issues, row, IndicatorCodeColumn, indicator, "verwacht een indicatorcode uit de catalogus, zonder spaties (wijkpeil indicators list).");
            }

            if (periodText.Length == 0 || periodText.Length > MaxCodeLength)
            {
                rowIsValid = Reject(issues, row, PeriodColumn, periodText, "verwacht een periode: een jaartal (2020), StatLine-notatie (2020JJ00) of de code van een bestaand meetmoment.");
            }

            var breakdown = ValueParsing.IsMissing(breakdownText) ? Breakdown.TotalCode : breakdownText;
            if (breakdown.Length > MaxCodeLength)
            {
                rowIsValid = Reject(issues, row, BreakdownColumn, InputText.Shorten(breakdown),
                    string.Create(CultureInfo.InvariantCulture, $"een uitsplitsing is een code van hoogstens {MaxCodeLength} tekens, zoals 18+ of 65+; leeg betekent totaal."));
            }

            int? sampleSize = null;
            if (!ValueParsing.IsMissing(sampleText))
            {
                if (int.TryParse(sampleText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
                {
                    sampleSize = n;
                }
                else
                {
                    rowIsValid = Reject(issues, row, SampleSizeColumn, InputText.Shorten(sampleText), "verwacht een positief geheel getal (het aantal respondenten), of leeg als het onbekend is.");
                }
            }

            if (columns.ContainsKey(SourceColumn))
            {
                var source = Text(SourceColumn);
                if (sources.Add(source))
                {
                    firstSourceRow ??= row;
                }
            }

            // A missing value is an unknown or suppressed figure: nothing to store, and never a zero.
            if (rowIsValid && !ValueParsing.IsMissing(value))
            {
                rows.Add(new PendingRow(
                    row,
                    interner.Intern(SourceFacts.RegisterCode(area)),
                    interner.InternTrimmed(indicator),
                    interner.Intern(SourceFacts.NormalisePeriod(periodText)),
                    interner.InternTrimmed(breakdown),
                    value,
                    Field(LowerColumn),
                    Field(UpperColumn),
                    sampleSize));
            }
        }

        if (issues.HasIssues)
        {
            return null;
        }

        var mark = DecimalMarkDetector.Detect(NumericCells(rows), reader.Delimiter, issues);
        if (mark is not { } decimalMark)
        {
            return null;
        }

        var dataset = new ParsedDataset(FormatName, fileName)
        {
            MayCreateIndicators = false,
            IndicatorColumn = IndicatorCodeColumn,
            AreaColumn = AreaCodeColumn,
            SourceTable = ResolveSourceTable(sources, firstSourceRow, options, issues),
        };
        foreach (var pending in rows)
        {
            var value = ReadNumber(pending.Value, ValueColumn, pending.Row, decimalMark, issues);
            var lower = ReadNumber(pending.Lower, LowerColumn, pending.Row, decimalMark, issues);
            var upper = ReadNumber(pending.Upper, UpperColumn, pending.Row, decimalMark, issues);
            if (value is { } v)
            {
                dataset.Observations.Add(new ParsedObservation(pending.Area, pending.Indicator, pending.Period, pending.Breakdown, v, lower, upper, pending.SampleSize, pending.Row, ValueColumn));
            }
        }

        return !issues.HasIssues ? dataset : null;
    }

    /// <summary>
    /// The batch's source table: the source column's text when every row carries the same one, else the
    /// import option, else "observations". The column is provenance per row, but the database keeps one
    /// source per import, so mixed sources are recorded as "observations".
    /// </summary>
    private static string ResolveSourceTable(HashSet<string> sources, int? firstSourceRow, ImportOptions options, IssueCollector issues)
    {
        if (sources.Count == 1 && sources.First() is { Length: > 0 } shared)
        {
            if (shared.Length > SourceFacts.MaxSourceTableLength)
            {
                issues.Add(firstSourceRow, SourceColumn, InputText.Shorten(shared),
                    string.Create(CultureInfo.InvariantCulture, $"een bron is hoogstens {SourceFacts.MaxSourceTableLength} tekens, zoals 'CBS 85984NED' of 'GGD-monitor 2022'."));
            }

            return shared;
        }

        var option = options.SourceTable?.Trim();
        return string.IsNullOrEmpty(option) ? FormatName : SourceFacts.SourceTable(option, issues);
    }

    private static double? ReadNumber(string text, string column, int row, DecimalMark mark, IssueCollector issues)
    {
        switch (DecimalMarkDetector.Parse(text, mark, out var value))
        {
            case CellNumber.Number:
                return value;
            case CellNumber.Invalid:
                issues.Add(row, column, InputText.Shorten(text), $"verwacht {DecimalMarkDetector.Expected(mark)}.");
                return null;
            default:
                return null;
        }
    }

    private static IEnumerable<NumericCell> NumericCells(List<PendingRow> rows)
    {
        foreach (var row in rows)
        {
            yield return new NumericCell(row.Value, row.Row, ValueColumn);
            if (!ValueParsing.IsMissing(row.Lower))
            {
                yield return new NumericCell(row.Lower, row.Row, LowerColumn);
            }

            if (!ValueParsing.IsMissing(row.Upper))
            {
                yield return new NumericCell(row.Upper, row.Row, UpperColumn);
            }
        }
    }

    private static bool Reject(IssueCollector issues, int row, string column, string value, string expected)
    {
        issues.Add(row, column, value, expected);
        return false;
    }

    /// <summary>Column positions by their (trimmed, lower-case) name; null when the header is not this format's.</summary>
    private static Dictionary<string, int>? ReadHeader(IReadOnlyList<string> header, IssueCollector issues)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var known = Required.Concat(Optional).ToArray();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                issues.Add(1, InputText.Shorten(header[i].Trim()), null,
                    $"onbekende kolom: verwacht de kolommen {string.Join(", ", known)} (de eerste vier verplicht, met precies deze namen).");
            }
            else if (!columns.TryAdd(name, i))
            {
                issues.Add(1, name, null, "de kolom staat twee keer in de kopregel.");
            }
        }

        foreach (var name in Required.Where(r => !columns.ContainsKey(r)))
        {
            issues.Add(1, name, null,
                $"de verplichte kolom {name} ontbreekt in de kopregel (scheidingsteken ',' of ';'; verwacht {string.Join(", ", Required)} en eventueel {string.Join(", ", Optional)}).");
        }

        return !issues.HasIssues ? columns : null;
    }

    /// <summary>A row whose text fields are checked and whose numbers wait for the file's decimal mark.</summary>
    private sealed record PendingRow(int Row, string Area, string Indicator, string Period, string Breakdown, string Value, string Lower, string Upper, int? SampleSize);
}
