using Wijkpeil.App.Kernel.Text;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Monitor.Reading;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.App.Modules.Monitor.ShowFactsheet;

/// <summary>The factsheet's first page (headline indicators per pillar) and its data version in words.</summary>
internal static class FactsheetSummary
{
    /// <summary>
    /// The pillar's headlines: in kernset order, the rows whose focus-area figure (the focus area's own, else its only
    /// member's) has a value in the wave, at most <see cref="FactsheetHeadline.PerPillar"/> rows. A row a focus area of
    /// several members has no figure of its own for (a survey estimate: never summed or averaged) gives one headline
    /// per member with a value, side by side, while they fit. <paramref name="memberIds"/> are the members' area ids in
    /// the order of each row's <see cref="FactsheetRow.Members"/> (null for a member not in the register).
    /// </summary>
    public static List<FactsheetHeadline> Headlines(
        IReadOnlyList<(KernsetIndicator Entry, FactsheetRow Row)> rows, FigureSet figures, PeriodOf periodOf, int focusId, IReadOnlyList<int?> memberIds)
    {
        var headlines = new List<FactsheetHeadline>();
        foreach (var (entry, row) in rows)
        {
            if (periodOf(entry) is not { } period)
            {
                continue;
            }

            var candidates = row.Whole is { Current.Value: not null } whole ? [(whole, focusId, (AreaRef?)null)]
                : row.Members.Count == 1 ? [(row.Members[0], focusId, null)]
                : row.Members.Select((m, i) => (m, memberIds[i] ?? 0, (AreaRef?)m.Area)).ToList();
            var found = candidates.Where(c => c.Item1.Current?.Value is not null).ToList();
            if (found.Count == 0 || headlines.Count + found.Count > FactsheetHeadline.PerPillar)
            {
                continue;
            }

            foreach (var (focus, areaId, member) in found)
            {
                var trend = figures.Series(entry, areaId)
                    .Where(r => figures.Periods[r.PeriodId].Order <= period.Order && !figures.IsSuppressed(r))
                    .Select(figures.ToFigure)
                    .ToList();
                headlines.Add(new FactsheetHeadline(row, focus, trend, Compare(row, focus.Current!)) { Member = member });
            }

            if (headlines.Count == FactsheetHeadline.PerPillar)
            {
                break;
            }
        }

        return headlines;
    }

    /// <summary>The wave's period of a kernset indicator, or null when the wave takes none for it.</summary>
    public delegate PeriodInfo? PeriodOf(KernsetIndicator entry);

    /// <summary>
    /// The comparison with the gemeente: "higher" or "lower" only where it can be said, by the same test as a change
    /// (a survey estimate by its interval or sample size, p &lt; 0.05) or exactly (a register figure that is not a
    /// count: a count of a wijk is smaller than its gemeente's by its size alone); otherwise the values side by side.
    /// </summary>
    internal static GemeenteComparison? Compare(FactsheetRow row, Figure focus)
    {
        if (row.References.FirstOrDefault(r => r.Area.Level == AreaLevel.Municipality) is not { Figure: { Value: { } gemeenteValue } gemeente } reference
            || focus.Value is not { } value)
        {
            return null;
        }

        var indicator = row.Indicator;
        var outcome = GemeenteOutcome.SideBySide;
        if (!reference.OtherPeriod && indicator.Kind != IndicatorKind.Count)
        {
            if (indicator.SourceKind == SourceKind.Register)
            {
                outcome = value > gemeenteValue ? GemeenteOutcome.Higher : value < gemeenteValue ? GemeenteOutcome.Lower : GemeenteOutcome.NotDifferent;
            }
            else if (indicator.SourceKind == SourceKind.Survey)
            {
                var test = SignificanceTest.Compare(
                    indicator.Kind == IndicatorKind.Percentage,
                    Measurement.FromStore(gemeenteValue, gemeente.Lower, gemeente.Upper, gemeente.SampleSize),
                    Measurement.FromStore(value, focus.Lower, focus.Upper, focus.SampleSize));
                outcome = test.Outcome switch
                {
                    SignificanceOutcome.Significant => test.Difference > 0 ? GemeenteOutcome.Higher : GemeenteOutcome.Lower,
                    SignificanceOutcome.NotSignificant => GemeenteOutcome.NotDifferent,
                    _ => GemeenteOutcome.SideBySide,
                };
            }
        }

        return new GemeenteComparison(reference.Area, gemeente, outcome, reference.OtherPeriod);
    }

    /// <summary>
    /// Where the figures shown come from, read once for both places that say it: the sources in full for the sources
    /// section ("RIVM 50090NED Gezondheid per wijk en buurt 2020") and the data version in words, when they were last
    /// imported and their tables in brief ("RIVM 50090NED 2016", "CBS 85984NED 2024"). Each table once per period, in
    /// time order; a derived figure names the sources of the figures it was derived from (a wijk's crimes summed from
    /// its buurten: Politie/CBS 47018NED).
    /// </summary>
    public static (List<string> Sources, DataVersion Version) ProvenanceOf(FigureSet figures, IEnumerable<ObservationRow> shown)
    {
        var stored = shown.SelectMany(figures.StoredBehind).Where(r => r.BatchId != FigureDerivation.DerivedBatch.Id).ToList();
        var updated = stored.Select(figures.Batch).Select(b => b.ImportedAt).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        var tables = stored
            .Select(r => (Source: figures.Batch(r).Source, Period: figures.Periods[r.PeriodId]))
            .DistinctBy(s => (s.Source, s.Period.Id))
            .OrderBy(s => s.Source, StringComparer.Ordinal)
            .ThenBy(s => s.Period.Order)
            .ToList();
        return (
            [.. tables.Select(s => SourceTables.Describe(s.Source, s.Period.Code)).Distinct(StringComparer.Ordinal)],
            new DataVersion(updated, [.. tables.Select(s => SourceTables.Brief(s.Source, s.Period.Code)).Distinct(StringComparer.Ordinal)]));
    }
}
