using System.Globalization;

namespace Wijkpeil.App.Modules.Measurements.Import;

/// <summary>What the user asked for with an import.</summary>
/// <param name="Publish">Store the figures as published (public) instead of draft.</param>
/// <param name="SourceTable">The source table id (e.g. 50090NED) when the file does not say it.</param>
/// <param name="Year">The period year when the file does not say it (kwb files).</param>
/// <param name="ImportedBy">Who imports, for provenance.</param>
/// <param name="SourceDirectory">
/// The folder the file was read from, when it came from disk (set by <see cref="ObservationImporter.ImportFileAsync"/>):
/// formats with metadata beside the data (OData DataProperties.json, TableInfos.json) read it from there.
/// Null for uploads.
/// </param>
/// <param name="Gemeenten">
/// When set, the only gemeenten (GMnnnn) whose areas the file may name: the gemeenten of an AreaEditor, who may
/// bring in figures about them and their wijken and buurten only. Null: any area (everyone else, and the CLI).
/// </param>
public sealed record ImportOptions(bool Publish = false, string? SourceTable = null, int? Year = null, string ImportedBy = "onbekend", string? SourceDirectory = null, IReadOnlySet<string>? Gemeenten = null);

/// <summary>
/// One problem in an input file, precise enough to find and fix it: the file, the 1-based row (line for
/// CSV, Excel row for xlsx), the column, the value found and what was expected.
/// </summary>
/// <remarks>
/// Every text that can come from the input is clipped here, once, for every importer: a value to
/// <see cref="InputText.MaxQuoted"/> characters (<see cref="ValueLength"/> keeps the full length for the
/// message), file and column names to <see cref="InputText.MaxName"/>, the message to
/// <see cref="InputText.MaxMessage"/>. An issue is shown on a web page and on the command line; its size
/// must not depend on the size of the file.
/// </remarks>
public sealed record ImportIssue(string File, int? Row, string? Column, string? Value, string Expected)
{
    public string File { get; init; } = InputText.Clip(File, InputText.MaxName)!;

    public string? Column { get; init; } = InputText.Clip(Column, InputText.MaxName);

    /// <summary>The value as found, clipped to <see cref="InputText.MaxQuoted"/> characters with an ellipsis.</summary>
    public string? Value { get; init; } = InputText.Clip(Value);

    /// <summary>The length of the value in the file, in characters.</summary>
    public int? ValueLength { get; init; } = Value?.Length;

    public string Expected { get; init; } = InputText.Clip(Expected, InputText.MaxMessage)!;

    public override string ToString()
    {
        var where = File;
        if (Row is { } row)
        {
            where += string.Create(CultureInfo.InvariantCulture, $", rij {row}");
        }

        if (!string.IsNullOrEmpty(Column))
        {
            where += $", kolom {Column}";
        }

        if (Value is null)
        {
            return $"{where}: {Expected}";
        }

        var length = ValueLength is { } full && full > Value.Length ? $" ({InputText.Count(full)} tekens)" : string.Empty;
        return $"{where}: waarde '{Value}'{length}: {Expected}";
    }
}

/// <summary>A figure as read from a file, before it is matched to the register and catalogue.</summary>
/// <param name="AreaCode">Trimmed CBS code as in the file.</param>
/// <param name="MeasureKey">The measure's key in the source (e.g. ErvarenGezondheidGoedZeerGoed, a_inw) or an indicator code.</param>
/// <param name="PeriodCode">A period code, normally the year ("2020").</param>
/// <param name="BreakdownCode">"18+", "65+" or <see cref="Wijkpeil.Domain.Observations.Breakdown.TotalCode"/>.</param>
/// <param name="Row">Where the value stands, for messages.</param>
/// <param name="Column">The column's header or letter, for messages.</param>
public readonly record struct ParsedObservation(
    string AreaCode,
    string MeasureKey,
    string PeriodCode,
    string BreakdownCode,
    double Value,
    double? Lower,
    double? Upper,
    int? SampleSize,
    int Row,
    string Column);

/// <summary>A region named in a file, used to add codes the register lacks.</summary>
public sealed record ParsedArea(string Code, string Name, int? LayoutYear);

/// <summary>What a source says about a measure key (StatLine DataProperties, CBS headers).</summary>
public sealed record MeasureInfo(string Key, string Title, string? Unit, string? Description);

/// <summary>The content of one input file in a format-independent shape.</summary>
public sealed class ParsedDataset
{
    public ParsedDataset(string format, string fileName)
    {
        Format = format;
        FileName = fileName;
    }

    /// <summary>The importer's name: statline, kwb, statline-csv, odata, observations.</summary>
    public string Format { get; }

    public string FileName { get; }

    /// <summary>The source table id, such as 50090NED or 85984NED, when known.</summary>
    public string? SourceTable { get; set; }

    /// <summary>The CBS layout year of the file's region codes, when known.</summary>
    public int? LayoutYear { get; set; }

    /// <summary>
    /// Whether measure keys the catalogue does not know may become new (uncurated) indicators. True for
    /// statistical tables, whose columns are measures; false for the generic format, whose indicator
    /// codes must exist.
    /// </summary>
    public bool MayCreateIndicators { get; set; } = true;

    /// <summary>The column that holds indicator codes, when the format has one, for messages about unknown codes.</summary>
    public string? IndicatorColumn { get; set; }

    /// <summary>The column that holds area codes, when the format has one, for messages about refused codes.</summary>
    public string? AreaColumn { get; set; }

    public List<ParsedObservation> Observations { get; } = [];

    /// <summary>Regions the file names, by code. Empty when the file carries codes only: then unknown codes are errors.</summary>
    public Dictionary<string, ParsedArea> Areas { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, MeasureInfo> Measures { get; } = new(StringComparer.Ordinal);
}

/// <summary>A parser's answer: a dataset, or the problems that stop it.</summary>
public sealed class ParseResult
{
    private ParseResult(ParsedDataset? dataset, IReadOnlyList<ImportIssue> issues)
    {
        Dataset = dataset;
        Issues = issues;
    }

    public ParsedDataset? Dataset { get; }

    public IReadOnlyList<ImportIssue> Issues { get; }

    public static ParseResult Success(ParsedDataset dataset) => new(dataset, []);

    public static ParseResult Failure(IReadOnlyList<ImportIssue> issues) => new(null, issues);

    public static ParseResult Failure(ImportIssue issue) => new(null, [issue]);
}

/// <summary>
/// Reads one file format into a <see cref="ParsedDataset"/>. Parsers do no I/O besides reading the stream
/// and, for formats that have them, metadata files in <see cref="ImportOptions.SourceDirectory"/>.
/// They keep no state between calls: they are registered as singletons, and a multi-file import parses
/// the next file on another thread while the previous one is stored.
/// </summary>
public interface IDatasetParser
{
    /// <summary>The name users type: <c>wijkpeil import &lt;format&gt;</c>.</summary>
    string Format { get; }

    ParseResult Parse(Stream stream, string fileName, ImportOptions options);
}

/// <summary>What an import did.</summary>
public sealed record ImportOutcome
{
    public required bool Succeeded { get; init; }

    /// <summary>True when the file held nothing new: the database was left as it was.</summary>
    public bool NothingChanged { get; init; }

    public int Added { get; init; }

    public int Changed { get; init; }

    public int Unchanged { get; init; }

    public int AreasAdded { get; init; }

    public int IndicatorsAdded { get; init; }

    public int? BatchId { get; init; }

    public IReadOnlyList<ImportIssue> Issues { get; init; } = [];

    /// <summary>A one-line Dutch summary for people.</summary>
    public required string Message { get; init; }

    public static ImportOutcome Failed(IReadOnlyList<ImportIssue> issues)
    {
        var first = issues.Count > 0 ? issues[0].ToString() : "onbekende fout";
        var more = issues.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (en {issues.Count - 1} andere fout(en))") : string.Empty;
        return new ImportOutcome
        {
            Succeeded = false,
            Issues = issues,
            Message = $"Import afgebroken, er is niets opgeslagen. {first}{more}",
        };
    }
}
