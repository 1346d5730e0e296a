using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Monitor.Reading;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Monitor.ShowIndicatorProfile;

/// <summary>What the indicator page derives figures from: the areas of the page that lack a figure of their own, and where to read.</summary>
/// <param name="Areas">The register's areas.</param>
/// <param name="Breakdowns">The breakdowns (a ratio's denominator may be published for the total only).</param>
/// <param name="Visible">The figures the reader may see.</param>
/// <param name="Lacking">The areas of the page without a figure of their own.</param>
/// <param name="Threshold">The small-number threshold: a part with a smaller sample size may not be used.</param>
internal sealed record DerivationInput(
    IQueryable<AreaRow> Areas,
    IQueryable<BreakdownRow> Breakdowns,
    IQueryable<FigureRow> Visible,
    IndicatorInfo Indicator,
    AreaLevel Level,
    AreaRow Within,
    IReadOnlyList<AreaRow> Lacking,
    PeriodInfo Period,
    int BreakdownId,
    int Threshold);

/// <summary>
/// The figures the indicator page derives for areas without one of their own, each with what it says (issue 11,
/// point 4): a register count of a wijk or gemeente summed from its buurten (<see cref="RankingBuurtSums"/>), and a ratio
/// indicator from its numerator (the area's own, else that sum) and the area's own denominator of the same period
/// (of the breakdown, else of the total), never from other areas' ratios. At most two commands: the parts, and the sums.
/// </summary>
internal static class DerivedAreaFigures
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The derived figures by area id; empty when nothing is derivable.</summary>
    public static async Task<Dictionary<int, (ObservationRow Row, DerivationNote Note)>> ReadAsync(DerivationInput input, CancellationToken ct)
    {
        if (input.Lacking.Count == 0)
        {
            return [];
        }

        if (input.Indicator.Ratio is { } ratio)
        {
            return await RatiosAsync(input, ratio, ct);
        }

        if (!RankingBuurtSums.Apply(input.Indicator, input.Level))
        {
            return [];
        }

        var sums = await SumsAsync(input, input.Indicator.Id, ct);
        return input.Lacking
            .Where(a => sums.ContainsKey(a.Code))
            .ToDictionary(a => a.Id, a => (Row(input, a.Id, sums[a.Code].Value), RankingBuurtSums.NoteOf(sums[a.Code])));
    }

    private static async Task<Dictionary<int, (ObservationRow Row, DerivationNote Note)>> RatiosAsync(DerivationInput input, RatioParts ratio, CancellationToken ct)
    {
        var (periodId, breakdownId, threshold) = (input.Period.Id, input.BreakdownId, input.Threshold);
        var lacking = input.Lacking.Select(a => a.Id).ToList();
        var total = input.Breakdowns.Where(b => b.Code == BreakdownCodes.Total).Select(b => b.Id);
        var numerators = input.Visible.Where(o => o.IndicatorId == ratio.NumeratorId && o.PeriodId == periodId && o.BreakdownId == breakdownId);
        var denominators = input.Visible.Where(o => o.IndicatorId == ratio.DenominatorId && o.PeriodId == periodId && (o.SampleSize == null || o.SampleSize >= threshold));

        // Per area a few seeks through the figures' key (indicator, period, breakdown, area); the areas are the page's.
        var parts = await input.Areas
            .Where(a => lacking.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                Top = numerators.Where(o => o.AreaId == a.Id).Select(o => (double?)o.Value).FirstOrDefault(),
                TopSample = numerators.Where(o => o.AreaId == a.Id).Select(o => o.SampleSize).FirstOrDefault(),
                Under = denominators.Where(o => o.AreaId == a.Id && o.BreakdownId == breakdownId).Select(o => (double?)o.Value).FirstOrDefault(),
                UnderTotal = denominators.Where(o => o.AreaId == a.Id && total.Contains(o.BreakdownId)).Select(o => (double?)o.Value).FirstOrDefault(),
            })
            .ToListAsync(ct);

        // A numerator the area lacks is summed from its buurten (a wijk's or gemeente's crimes), as on the area page.
        var sums = input.Level is AreaLevel.District or AreaLevel.Municipality && parts.Any(p => p.Top is null)
            ? await SumsAsync(input, ratio.NumeratorId, ct)
            : [];
        var derived = new Dictionary<int, (ObservationRow Row, DerivationNote Note)>();
        foreach (var area in input.Lacking)
        {
            var part = parts.FirstOrDefault(p => p.Id == area.Id);
            if (part is null || (part.Under ?? part.UnderTotal) is not { } under)
            {
                continue;
            }

            var sum = part.Top is null && sums.TryGetValue(area.Code, out var found) ? found : null;
            var top = part.Top is { } own ? (part.TopSample is { } n && n < threshold ? null : own) : sum?.Value;
            if (top is { } numerator && ratio.Ratio.Apply(numerator, under) is { } value)
            {
                derived[area.Id] = (Row(input, area.Id, value), NoteOf(ratio, sum));
            }
        }

        return derived;
    }

    /// <summary>
    /// "afgeleid: 1.000 × GeregistreerdeMisdrijven / AantalInwoners", and when the numerator is a sum of buurten
    /// "; GeregistreerdeMisdrijven: som van de 10 buurten; wat niet aan een buurt is toegekend (…) ontbreekt".
    /// </summary>
    private static DerivationNote NoteOf(RatioParts ratio, BuurtSum? sum)
    {
        var (scale, top, under) = (ratio.Ratio.Scale, ratio.Ratio.Numerator, ratio.Ratio.Denominator);
        var note = new DerivationNote(
            DerivationKind.Ratio,
            string.Create(Dutch, $"afgeleid: {scale:N0} × {top} / {under}"),
            string.Create(English, $"derived: {scale:N0} × {top} / {under}"),
            []);
        if (sum is null)
        {
            return note;
        }

        var (nl, en) = FigureDerivation.SumOfBuurten(sum.Buurten);
        return note.WithRemark($"{top}: {nl}", $"{top}: {en}").WithRemark(FigureDerivation.BuurtRemark.Nl, FigureDerivation.BuurtRemark.En);
    }

    private static Task<Dictionary<AreaCode, BuurtSum>> SumsAsync(DerivationInput input, int indicatorId, CancellationToken ct)
    {
        var (periodId, breakdownId) = (input.Period.Id, input.BreakdownId);
        var ofKey = input.Visible.Where(o => o.IndicatorId == indicatorId && o.PeriodId == periodId && o.BreakdownId == breakdownId);
        return RankingBuurtSums.ReadAsync(input.Areas, ofKey, input.Level, input.Within, input.Threshold, ct);
    }

    private static ObservationRow Row(DerivationInput input, int areaId, double value) =>
        new(input.Indicator.Id, input.Period.Id, input.BreakdownId, areaId, value, null, null, null, FigureDerivation.DerivedBatch.Id);
}
