using System.Globalization;
using System.Text.RegularExpressions;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Indicators.Pages;

/// <summary>
/// What the indicator form posts: the whole definition as typed, with the source mappings as rows (a row left empty
/// is no mapping, so the page offers spare rows and works without JavaScript). Row i is item i of the definition's
/// mappings, so the use case's field paths (<c>mappings[1].measureKey</c>) name the row they belong to.
/// </summary>
public sealed partial class IndicatorForm
{
    /// <summary>Empty rows the form offers below the stored mappings.</summary>
    public const int SpareRows = 2;

    public string? Code { get; set; }

    public string? NameNl { get; set; }

    public string? NameEn { get; set; }

    public string? DefinitionNl { get; set; }

    public string? DefinitionEn { get; set; }

    public string? Unit { get; set; }

    public string? Kind { get; set; }

    public string? Polarity { get; set; }

    public string? SourceKind { get; set; }

    public string? Source { get; set; }

    public string? PopulationGroup { get; set; }

    public string? RatioNumerator { get; set; }

    public string? RatioDenominator { get; set; }

    /// <summary>As typed: 1000, 1.000 or 100 (a dot or comma as thousands separator is not a decimal sign here).</summary>
    public string? RatioScale { get; set; }

    // The form binder sets a list the post does not name to null, and leaves gaps in one with missing indices.
    public List<MappingRow> Mappings { get; set => field = [.. (value ?? []).OfType<MappingRow>()]; } = [];

    public static IndicatorForm New() => new() { Mappings = [.. Enumerable.Range(0, SpareRows).Select(_ => new MappingRow())] };

    public static IndicatorForm From(IndicatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new IndicatorForm
        {
            Code = definition.Code,
            NameNl = definition.NameNl,
            NameEn = definition.NameEn,
            DefinitionNl = definition.DefinitionNl,
            DefinitionEn = definition.DefinitionEn,
            Unit = definition.Unit,
            Kind = definition.Kind?.ToString(),
            Polarity = definition.Polarity?.ToString(),
            SourceKind = definition.SourceKind is null or Domain.Indicators.SourceKind.Unknown ? null : definition.SourceKind.ToString(),
            Source = definition.Source,
            PopulationGroup = definition.PopulationGroup,
            Mappings = [.. (definition.Mappings ?? []).Select(m => new MappingRow { SourceTable = m.SourceTable, MeasureKey = m.MeasureKey, Breakdown = m.Breakdown })],
            RatioNumerator = definition.Ratio?.Numerator,
            RatioDenominator = definition.Ratio?.Denominator,
            RatioScale = definition.Ratio?.Scale?.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Adds the spare rows after a post, so that a refused form still offers them.</summary>
    public IndicatorForm WithSpareRows()
    {
        Mappings = [.. Mappings.Where(m => !m.IsEmpty), .. Enumerable.Range(0, SpareRows).Select(_ => new MappingRow())];
        return this;
    }

    /// <summary>The definition the use cases take; empty mapping rows are left out (the rows keep their numbers).</summary>
    public IndicatorDefinition ToDefinition() => new(
        Code,
        NameNl,
        NameEn,
        DefinitionNl,
        DefinitionEn,
        Unit,
        Enum.TryParse<IndicatorKind>(Kind, out var kind) ? kind : null,
        Enum.TryParse<Polarity>(Polarity, out var polarity) ? polarity : null,
        Enum.TryParse<SourceKind>(SourceKind, out var sourceKind) && sourceKind != Domain.Indicators.SourceKind.Unknown ? sourceKind : null,
        Source,
        PopulationGroup,
        [.. Mappings.Where(m => !m.IsEmpty).Select(m => new IndicatorMappingDefinition(m.SourceTable, m.MeasureKey, m.Breakdown))],
        new IndicatorRatioDefinition(RatioNumerator, RatioDenominator, Scale()));

    // Scales are whole factors (100, 1000); a scale that does not read as one is NaN, which the rules refuse at its field.
    private double? Scale() =>
        string.IsNullOrWhiteSpace(RatioScale) ? null
        : double.TryParse(RatioScale.Trim().Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) ? scale
        : double.NaN;

    /// <summary>Request field → HTML id, for the messages of a refused form.</summary>
    public Dictionary<string, string> FieldIds()
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in new[] { "code", "nameNl", "nameEn", "definitionNl", "definitionEn", "unit", "kind", "polarity", "sourceKind", "source", "populationGroup", "mappings", "ratio.numerator", "ratio.denominator", "ratio.scale" })
        {
            ids[field] = Id(field);
        }

        // The definition's mapping i is the i-th non-empty row of the form.
        var filled = Mappings.Select((m, i) => (m, i)).Where(x => !x.m.IsEmpty).Select(x => x.i).ToList();
        for (var n = 0; n < filled.Count; n++)
        {
            foreach (var part in new[] { "sourceTable", "measureKey", "breakdown" })
            {
                ids[$"mappings[{n}].{part}"] = Id($"mappings[{filled[n]}].{part}");
            }
        }

        return ids;
    }

    /// <summary>The HTML id of a field path: <c>mappings[0].measureKey</c> → <c>indicator-mappings-0-measureKey</c>.</summary>
    public static string Id(string path) => "indicator-" + NotAWord().Replace(path, "-").Trim('-');

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NotAWord();
}

/// <summary>One source mapping row of the form.</summary>
public sealed class MappingRow
{
    public string? SourceTable { get; set; }

    public string? MeasureKey { get; set; }

    public string? Breakdown { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(SourceTable) && string.IsNullOrWhiteSpace(MeasureKey) && string.IsNullOrWhiteSpace(Breakdown);
}
