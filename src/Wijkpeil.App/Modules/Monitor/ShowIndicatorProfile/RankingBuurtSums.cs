using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Monitor.Reading;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Monitor.ShowIndicatorProfile;

/// <summary>An area's register count summed from its buurten: how many buurten, and the sum.</summary>
internal sealed record BuurtSum(int Buurten, double Value);

/// <summary>
/// Register counts published per buurt only (crimes, 47018NED) summed to the wijken or gemeenten of an indicator page,
/// in SQL: one command that groups the buurten in scope by their wijk (or their wijk's gemeente), counts them and the
/// published figures that may be shown, and returns a sum only where the two counts agree. Never a sum of the buurten
/// that happen to have a figure, as <see cref="FigureDerivation"/> does for the area and focus-area pages; only the
/// buurten of the newest layout count (one command before, which reads the layouts of the buurten in scope).
/// </summary>
internal static class RankingBuurtSums
{
    /// <summary>Whether areas of <paramref name="level"/> without a figure of their own get the sum of their buurten.</summary>
    public static bool Apply(IndicatorInfo indicator, AreaLevel level) =>
        indicator.SumsOverAreas && level is AreaLevel.District or AreaLevel.Municipality;

    /// <summary>
    /// The sums by the code of the wijk or gemeente (<paramref name="level"/>) within <paramref name="within"/>, of the
    /// figures <paramref name="ofKey"/> holds (one indicator, period and breakdown): only areas all of whose buurten in
    /// the register have a figure whose sample size (if any) reaches <paramref name="threshold"/>.
    /// </summary>
    public static async Task<Dictionary<AreaCode, BuurtSum>> ReadAsync(
        IQueryable<AreaRow> areas, IQueryable<FigureRow> ofKey, AreaLevel level, AreaRow within, int threshold, CancellationToken ct)
    {
        var scope = AreaScope.Within(areas, AreaLevel.Neighbourhood, within);
        var outdated = await OutdatedAsync(scope, ct);
        var buurten = scope.Where(b => !outdated.Contains(b.Id));
        var owned = level == AreaLevel.District
            ? buurten.Select(b => new BuurtOf { BuurtId = b.Id, Owner = b.ParentCode })
            : from b in buurten
              join w in areas on b.ParentCode equals (AreaCode?)w.Code
              where w.Level == AreaLevel.District
              select new BuurtOf { BuurtId = b.Id, Owner = w.ParentCode };
        var counted = owned.GroupBy(b => b.Owner).Select(g => new { Owner = g.Key, Buurten = g.Count() });
        var summed = (
            from b in owned
            join o in ofKey on b.BuurtId equals o.AreaId
            where o.SampleSize == null || o.SampleSize >= threshold
            select new { b.Owner, o.Value })
            .GroupBy(x => x.Owner)
            .Select(g => new { Owner = g.Key, Figures = g.Count(), Sum = g.Sum(x => x.Value) });
        var rows = await (
            from c in counted
            join s in summed on c.Owner equals s.Owner
            where s.Figures == c.Buurten
            select new { c.Owner, c.Buurten, s.Sum })
            .ToListAsync(ct);
        return rows.Where(r => r.Owner is not null).ToDictionary(r => r.Owner!.Value, r => new BuurtSum(r.Buurten, r.Sum));
    }

    /// <summary>The buurten in scope that are not of the newest layout among them (<see cref="CurrentLayout"/>): a wijk of an old layout gets no sum.</summary>
    private static async Task<List<int>> OutdatedAsync(IQueryable<AreaRow> buurten, CancellationToken ct)
    {
        var layouts = await buurten.Select(b => new { b.Id, b.LayoutYears }).ToListAsync(ct);
        var current = CurrentLayout.Of(layouts, b => b.LayoutYears).Select(b => b.Id).ToHashSet();
        return [.. layouts.Where(b => !current.Contains(b.Id)).Select(b => b.Id)];
    }

    /// <summary>What a sum says, in Dutch and English: the number of buurten and what no buurt holds.</summary>
    public static DerivationNote NoteOf(BuurtSum sum)
    {
        ArgumentNullException.ThrowIfNull(sum);
        var (nl, en) = FigureDerivation.SumOfBuurten(sum.Buurten);
        return new DerivationNote(DerivationKind.Sum, "afgeleid: " + nl, "derived: " + en, [])
            .WithRemark(FigureDerivation.BuurtRemark.Nl, FigureDerivation.BuurtRemark.En);
    }

    /// <summary>A buurt and the area it is summed into (its wijk, or its wijk's gemeente).</summary>
    private sealed class BuurtOf
    {
        public int BuurtId { get; init; }

        public AreaCode? Owner { get; init; }
    }
}
