using System.Globalization;
using System.Resources;
using Wijkpeil.App.Kernel.Ui;

namespace Wijkpeil.App.Modules.Measurements.Approval;

/// <summary>
/// A flagged figure in words (<c>ImportText.resx</c>): why the rules flagged it, as the review page's column says it,
/// and the figure itself with the value it replaces, as an import that publishes at once names it when it is refused.
/// </summary>
public static class OutlierText
{
    private static readonly ResourceManager Texts = new(typeof(ImportText));

    /// <summary>Every rule that flagged the figure, in the current culture: "grote verandering sinds de vorige periode: was 51% in 2020, verschil +44; …".</summary>
    public static string Why(FigureOutlier outlier)
    {
        ArgumentNullException.ThrowIfNull(outlier);
        var unit = outlier.Figure.Unit;
        return string.Join("; ", outlier.Findings.Select(f => f.Reason switch
        {
            OutlierReason.UnusualAmongPeers => Format("Why.Unusual", f.Score.ToString("0.0", CultureInfo.CurrentCulture), FigureFormat.Value(f.Reference, unit)),
            OutlierReason.LargeChange => Format("Why.LargeChange", FigureFormat.Value(f.Reference, unit), ImportFormat.Signed(f.Score)),
            OutlierReason.LargeChangeSincePrevious => Format("Why.LargeChangeSincePrevious", FigureFormat.Value(f.Reference, unit), f.ReferencePeriod, ImportFormat.Signed(f.Score)),
            OutlierReason.UnusualChangeAmongAreas => Format("Why.UnusualChange", f.ReferencePeriod, f.Score.ToString("0.0", CultureInfo.CurrentCulture), ImportFormat.Signed(f.Reference)),
            _ => Format("Why.OutOfRange"),
        }));
    }

    /// <summary>
    /// The figure, the public value it replaces (if any: "52% → 75%") and why it was flagged, in <paramref name="culture"/>:
    /// "Overvecht (WK034403), Overgewicht, 2022, totaal: 95% (nieuw): grote verandering sinds de vorige periode:
    /// was 51% in 2020, verschil +44; …".
    /// </summary>
    public static string Describe(FigureOutlier outlier, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(outlier);
        ArgumentNullException.ThrowIfNull(culture);

        // The page formats in the request's culture; a text for the command line or a log is formatted the same way.
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        try
        {
            var f = outlier.Figure;
            var value = FigureFormat.Value(outlier.Value, f.Unit);
            return outlier.ReplacedValue is { } old
                ? Format("Flagged.Replacing", f.AreaName, f.AreaCode, f.IndicatorName, f.Period, f.Breakdown, FigureFormat.Value(old, f.Unit), value, Why(outlier))
                : Format("Flagged.New", f.AreaName, f.AreaCode, f.IndicatorName, f.Period, f.Breakdown, value, Why(outlier));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    private static string Format(string key, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Texts.GetString(key, CultureInfo.CurrentUICulture) ?? key, arguments);
}
