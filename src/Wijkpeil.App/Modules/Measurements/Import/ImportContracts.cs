using Wijkpeil.App.Kernel.FileImport;

namespace Wijkpeil.App.Modules.Measurements.Import;

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

/// <summary>
/// The names a file gives a breakdown code it introduces, such as "Totaal misdrijven" for SoortMisdrijf 0.0.0, or the
/// dimension and code ("Geslacht 9999") where the source's label is not known.
/// </summary>
public sealed record BreakdownInfo(string Code, string NameNl, string NameEn);

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

    /// <summary>Names of breakdown codes the file introduces, by code; a code without an entry is named by its code.</summary>
    public Dictionary<string, BreakdownInfo> Breakdowns { get; } = new(StringComparer.Ordinal);
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
