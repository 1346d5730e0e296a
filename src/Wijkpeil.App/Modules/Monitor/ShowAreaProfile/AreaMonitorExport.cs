using System.Globalization;
using Microsoft.Extensions.Localization;
using Wijkpeil.App.Kernel.Text;
using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.App.Modules.Monitor.ShowAreaProfile;

/// <summary>An area's monitor profile as data ("/wijken/{code}/monitor.json"): one row per programme and kernset indicator.</summary>
/// <param name="Area">The area's code.</param>
/// <param name="AreaName">The area's name.</param>
/// <param name="Rows">Per programme, pillar and kernset indicator (with its breakdown), in the page's order.</param>
public sealed record AreaMonitorExport(string Area, string AreaName, IReadOnlyList<AreaMonitorRow> Rows);

/// <summary>
/// One kernset indicator of an area's profile, as its page shows it. The claim's words are those of the page's change
/// marker, in both languages. A suppressed figure has no value, only <see cref="Suppression"/>.
/// </summary>
/// <param name="Programme">The programme's slug.</param>
/// <param name="Pillar">The pillar number.</param>
/// <param name="IndicatorCode">The indicator's code.</param>
/// <param name="IndicatorNameNl">Dutch name.</param>
/// <param name="IndicatorNameEn">English name.</param>
/// <param name="SourceKind">survey (sampling error), register (exact count) or unknown (treated as a survey that cannot be tested).</param>
/// <param name="Unit">The unit, e.g. %.</param>
/// <param name="Breakdown">The kernset breakdown, e.g. 18+.</param>
/// <param name="Period">The latest period with a figure; null when none.</param>
/// <param name="Value">The latest value; null when none or suppressed.</param>
/// <param name="Lower">Lower bound of the 95% interval, where the source gives one.</param>
/// <param name="Upper">Upper bound of the 95% interval.</param>
/// <param name="SampleSize">Respondents, where the source gives them (also of a suppressed figure).</param>
/// <param name="Suppression">Why the figure is not shown ("too-few-respondents: 12 &lt; 30"); null when shown.</param>
/// <param name="Source">The import the figure came from.</param>
/// <param name="PreviousPeriod">The period before, compared with; null when none.</param>
/// <param name="PreviousValue">The value then.</param>
/// <param name="Difference">Latest minus previous, in the unit.</param>
/// <param name="RelativeDifferencePercent">Register counts only: the difference in percent of the previous value; null from 0.</param>
/// <param name="Significance">Surveys only: significant, not-significant or not-testable.</param>
/// <param name="PValue">Surveys only: the p-value, where testable.</param>
/// <param name="Claim">The claim's code (<see cref="ChangeClaims.Code"/>): significant-better, higher-not-testable, register-worse, ...; null without a comparison.</param>
/// <param name="ClaimNl">The claim as the Dutch page words it.</param>
/// <param name="ClaimEn">The claim as the English page words it.</param>
/// <param name="DerivationNl">How the area's figure was derived ("afgeleid: som van de 10 buurten; ..."); null for a stored one.</param>
/// <param name="DerivationEn">The same in English.</param>
public sealed record AreaMonitorRow(
    string Programme,
    int Pillar,
    string IndicatorCode,
    string IndicatorNameNl,
    string IndicatorNameEn,
    string SourceKind,
    string Unit,
    string Breakdown,
    string? Period,
    double? Value,
    double? Lower,
    double? Upper,
    int? SampleSize,
    string? Suppression,
    string? Source,
    string? PreviousPeriod,
    double? PreviousValue,
    double? Difference,
    double? RelativeDifferencePercent,
    string? Significance,
    double? PValue,
    string? Claim,
    string? ClaimNl,
    string? ClaimEn,
    string? DerivationNl,
    string? DerivationEn);

/// <summary>Builds <see cref="AreaMonitorExport"/> from the area's profile and writes it as CSV for Excel.</summary>
internal static class AreaMonitorExportWriter
{
    public static AreaMonitorExport From(AreaProfile profile, IStringLocalizer<UiText> text) => new(
        profile.Area.Code,
        profile.Area.Name,
        [.. profile.Programmes.SelectMany(p => p.Pillars.SelectMany(pillar => pillar.Indicators.Select(row => Row(p.Slug, pillar.Pillar.Number, row, text))))]);

    private static AreaMonitorRow Row(string programme, int pillar, IndicatorRow row, IStringLocalizer<UiText> text)
    {
        var (latest, previous, change, indicator) = (row.Latest, row.Previous, row.Change, row.Indicator);
        var survey = indicator.SourceKind != Domain.Indicators.SourceKind.Register;
        return new AreaMonitorRow(
            programme,
            pillar,
            indicator.Code,
            indicator.NameNl,
            indicator.NameEn,
            indicator.SourceKind switch { Domain.Indicators.SourceKind.Survey => "survey", Domain.Indicators.SourceKind.Register => "register", _ => "unknown" },
            indicator.Unit,
            row.Breakdown,
            latest?.PeriodCode,
            latest?.Value,
            latest?.Lower,
            latest?.Upper,
            latest?.SampleSize ?? latest?.Suppressed?.SampleSize,
            latest?.Suppressed is { } s ? string.Create(CultureInfo.InvariantCulture, $"too-few-respondents: {s.SampleSize} < {s.Threshold}") : null,
            latest?.Source,
            change?.FromPeriod ?? previous?.PeriodCode,
            previous?.Value,
            change?.Difference,
            change?.RelativePercent,
            change is null || !survey ? null : SignificanceCode(change.Significance, indicator.SourceKind),
            change is null || !survey || indicator.SourceKind == Domain.Indicators.SourceKind.Unknown ? null : change.PValue,
            change?.Claim.Code(),
            change is null ? null : ChangeWords.In(UiCulture.Dutch, () => ChangeWords.Label(change.Claim, text)),
            change is null ? null : ChangeWords.In(UiCulture.English, () => ChangeWords.Label(change.Claim, text)),
            row.Derivation?.TextNl,
            row.Derivation?.TextEn);
    }

    // A figure of unknown source kind is never tested, whatever its interval says (ChangeClaims).
    private static string SignificanceCode(SignificanceOutcome outcome, SourceKind kind) => kind == SourceKind.Unknown ? "not-testable" : outcome switch
    {
        SignificanceOutcome.Significant => "significant",
        SignificanceOutcome.NotSignificant => "not-significant",
        _ => "not-testable",
    };

    private static readonly string Header = string.Join(ExcelCsv.Separator,
    [
        "programma", "pijler", "indicator_code", "indicator_naam", "indicator_name_en", "soort_bron", "eenheid", "uitsplitsing",
        "periode", "waarde", "ondergrens", "bovengrens", "steekproefomvang", "niet_getoond", "bron",
        "vorige_periode", "vorige_waarde", "verschil", "relatief_verschil_procent", "significantie", "p_waarde",
        "claim", "claim_nl", "claim_en", "afleiding", "derivation_en",
    ]);

    /// <summary>
    /// Writes the CSV "voor Excel" of Dutch readers (<see cref="ExcelCsv"/>), row by row. The source column names
    /// the table with its title and period ("CBS 85984NED Kerncijfers wijken en buurten 2024"), not its import id.
    /// </summary>
    public static Task WriteCsvAsync(AreaMonitorExport export, Stream output, CancellationToken ct) =>
        ExcelCsv.WriteAsync(output, Header, export.Rows.Select(Cells), ct);

    private static string[] Cells(AreaMonitorRow r) =>
    [
        Text(r.Programme), Number(r.Pillar), Text(r.IndicatorCode), Text(r.IndicatorNameNl), Text(r.IndicatorNameEn), Text(r.SourceKind), Text(r.Unit), Text(r.Breakdown),
        Text(r.Period), Number(r.Value), Number(r.Lower), Number(r.Upper), Number(r.SampleSize), Text(r.Suppression), Text(r.Source is null ? null : SourceTables.Describe(r.Source, r.Period)),
        Text(r.PreviousPeriod), Number(r.PreviousValue), Number(r.Difference), Number(r.RelativeDifferencePercent), Text(r.Significance), Number(r.PValue),
        Text(r.Claim), Text(r.ClaimNl), Text(r.ClaimEn), Text(r.DerivationNl), Text(r.DerivationEn),
    ];

    private static string Number(double? value) => ExcelCsv.Number(value);

    private static string Number(int? value) => ExcelCsv.Number(value);

    private static string Text(string? value) => ExcelCsv.Text(value);
}
