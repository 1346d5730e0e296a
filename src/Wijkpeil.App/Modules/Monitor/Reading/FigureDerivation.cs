using System.Globalization;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Monitor.Reading;

/// <summary>
/// An area the monitor derives figures for: a focus area of several wijken (a unit of its own, under a negative id no
/// register area has), or an area whose own figures are missing where its child areas have them (a wijk from its
/// buurten). <see cref="Members"/> are the areas summed; a single area that is its own only member gets its derived
/// (ratio) indicators computed and nothing summed.
/// </summary>
internal sealed record DerivationUnit(int Id, IReadOnlyList<DerivationMember> Members, bool MembersAreBuurten = false)
{
    /// <summary>The area itself, for its ratio indicators only.</summary>
    public static DerivationUnit Single(int areaId, string name) => new(areaId, [new DerivationMember(areaId, name)]);

    public bool IsComposite => Members.Count > 1 || (Members.Count == 1 && Members[0].AreaId != Id);
}

/// <summary>A member of a <see cref="DerivationUnit"/>: the register area's id and name.</summary>
internal sealed record DerivationMember(int AreaId, string Name);

/// <summary>
/// Derives figures at read time (Monitor owns no tables): register counts summed over a unit's members, derived (ratio)
/// indicators from the summed numerator and denominator of the same period, never an average of the members' ratios.
/// Survey percentages and means are never summed or averaged: the unit gets no figure and the members stand side by
/// side. A sum needs every member's published, unsuppressed figure of the period. Derived figures join the
/// <see cref="FigureSet"/> under the unit's id, so pages compare and chart them like stored ones.
/// </summary>
internal static class FigureDerivation
{
    /// <summary>What a sum of buurten misses, said with every figure summed from buurten (also further up).</summary>
    public static readonly (string Nl, string En) BuurtRemark =
        ("wat niet aan een buurt is toegekend (zoals ‘buurt onbekend’) ontbreekt", "what is not assigned to a neighbourhood (such as ‘buurt onbekend’) is missing");

    /// <summary>The batch derived figures carry: its source names the derivation.</summary>
    public static readonly BatchInfo DerivedBatch = new(-1, "afgeleid / derived", DateTimeOffset.MinValue);

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// Derives the unit's figures of these entries wherever it has none of its own for a period, adds them to
    /// <paramref name="figures"/> and returns what each entry's figure is (no note where nothing is derived or to say).
    /// <paramref name="remark"/> adds an indicator's own remark to the text of a derived figure.
    /// </summary>
    public static Dictionary<KernsetIndicator, DerivationNote> Derive(
        FigureSet figures, IEnumerable<KernsetIndicator> entries, DerivationUnit unit, Func<IndicatorInfo, (string Nl, string En)?>? remark = null)
    {
        var notes = new Dictionary<KernsetIndicator, DerivationNote>();
        var derived = new List<(ObservationRow Row, ObservationRow[] Inputs)>();
        foreach (var entry in entries.Distinct())
        {
            if (entry.BreakdownId is not { } breakdown || unit.Members.Count == 0)
            {
                continue;
            }

            var note = entry.Indicator switch
            {
                { Ratio: { } ratio } => Compute(figures, entry, breakdown, unit, ratio, derived),
                { Kind: IndicatorKind.Count, SourceKind: SourceKind.Register } when unit.IsComposite => Compute(figures, entry, breakdown, unit, null, derived),
                _ when unit.IsComposite => new DerivationNote(
                    DerivationKind.SideBySide,
                    "geen afgeleid cijfer: " + (entry.Indicator.SourceKind == SourceKind.Survey ? "een schatting uit een steekproef" : "een percentage of gemiddelde zonder aantallen") + " wordt niet opgeteld of gemiddeld; zie de deelgebieden",
                    "no derived figure: " + (entry.Indicator.SourceKind == SourceKind.Survey ? "a survey estimate" : "a percentage or mean without counts") + " is never summed or averaged; see the member areas",
                    [.. unit.Members.Select(m => m.Name)]),
                _ => null,
            };
            if (note is null)
            {
                continue;
            }

            if (note.IsDerived && unit.MembersAreBuurten)
            {
                note = note.WithRemark(BuurtRemark.Nl, BuurtRemark.En);
            }

            if (note.IsDerived && remark?.Invoke(entry.Indicator) is { } extra)
            {
                note = note.WithRemark(extra.Nl, extra.En);
            }

            notes[entry] = note;
        }

        figures.AddDerived(derived, DerivedBatch);
        return notes;
    }

    /// <summary>Sums (or, with <paramref name="ratio"/>, re-derives the ratio of) every period a member has a figure of and the unit has none.</summary>
    private static DerivationNote? Compute(FigureSet figures, KernsetIndicator entry, int breakdown, DerivationUnit unit, RatioParts? ratio, List<(ObservationRow Row, ObservationRow[] Inputs)> derived)
    {
        var counted = ratio?.NumeratorId ?? entry.Indicator.Id;
        var own = figures.Series(entry.Indicator.Id, breakdown, unit.Id).Select(r => r.PeriodId).ToHashSet();
        var periods = unit.Members
            .SelectMany(m => figures.Series(counted, breakdown, m.AreaId))
            .Select(r => figures.Periods[r.PeriodId])
            .Where(p => !own.Contains(p.Id))
            .DistinctBy(p => p.Id)
            .OrderBy(p => p.Order)
            .ToList();
        if (periods.Count == 0)
        {
            return null;
        }

        string? missing = null;
        string? lacking = null;
        var any = false;
        foreach (var period in periods)
        {
            double top = 0, bottom = 0;
            (missing, lacking) = (null, null);
            var inputs = new List<ObservationRow>(2 * unit.Members.Count);
            foreach (var member in unit.Members)
            {
                var part = Published(figures, counted, breakdown, member.AreaId, period.Id);
                var under = ratio is null ? part : Published(figures, ratio.DenominatorId, breakdown, member.AreaId, period.Id)
                    ?? (ratio.TotalBreakdownId is { } total && total != breakdown ? Published(figures, ratio.DenominatorId, total, member.AreaId, period.Id) : null);
                if (part is null || under is null)
                {
                    missing = $"{member.Name} ({period.Label})";

                    // A ratio names the part that is missing (Nieuwegein has no 2023 population in the bundled data).
                    lacking = ratio is null ? null : part is null ? ratio.Ratio.Numerator : ratio.Ratio.Denominator;
                    break;
                }

                top += part.Value.Value;
                bottom += under.Value.Value;
                inputs.Add(part.Value);
                if (ratio is not null)
                {
                    inputs.Add(under.Value);
                }
            }

            var value = missing is not null ? null : ratio is null ? top : ratio.Ratio.Apply(top, bottom);
            if (value is { } found)
            {
                derived.Add((new ObservationRow(entry.Indicator.Id, period.Id, breakdown, unit.Id, found, null, null, null, DerivedBatch.Id), [.. inputs]));
                any = true;
            }
        }

        var members = unit.IsComposite ? unit.Members.Select(m => m.Name).ToList() : [];
        if (!any)
        {
            return lacking is null
                ? new DerivationNote(DerivationKind.Missing, $"geen afgeleid cijfer: ontbreekt voor {missing}", $"no derived figure: missing for {missing}", members)
                : new DerivationNote(DerivationKind.Missing, $"geen afgeleid cijfer: {lacking} ontbreekt voor {missing}", $"no derived figure: {lacking} missing for {missing}", members);
        }

        var (sumNl, sumEn) = SumOf(unit);
        var (nl, en) = ratio is null
            ? ("afgeleid: " + sumNl, "derived: " + sumEn)
            : (
                $"afgeleid: {ratio.Ratio.Scale.ToString("N0", Dutch)} × {ratio.Ratio.Numerator} / {ratio.Ratio.Denominator}" + (unit.IsComposite ? ", " + sumNl : string.Empty),
                $"derived: {ratio.Ratio.Scale.ToString("N0", English)} × {ratio.Ratio.Numerator} / {ratio.Ratio.Denominator}" + (unit.IsComposite ? ", " + sumEn : string.Empty));
        var note = new DerivationNote(ratio is null ? DerivationKind.Sum : DerivationKind.Ratio, nl, en, members);

        // The latest period could not be derived although an earlier one was: say which member lacks it.
        return missing is null ? note : note.WithRemark($"{missing}: ontbreekt", $"{missing}: missing");
    }

    /// <summary>The member's figure of the period when it is published and may be shown (not suppressed).</summary>
    private static ObservationRow? Published(FigureSet figures, int indicatorId, int breakdown, int areaId, int periodId)
    {
        foreach (var row in figures.Series(indicatorId, breakdown, areaId))
        {
            if (row.PeriodId == periodId)
            {
                return figures.IsSuppressed(row) ? null : row;
            }
        }

        return null;
    }

    /// <summary>
    /// A sum of buurten counted, not named, in Dutch and English: "som van de 10 buurten" / "sum of the 10 neighbourhoods"
    /// (for one buurt: its figure). The wording of every page that sums buurten (here, and the indicator page's
    /// <c>ShowIndicatorProfile/RankingBuurtSums</c>, which knows how many buurten but not their names).
    /// </summary>
    public static (string Nl, string En) SumOfBuurten(int buurten) => buurten == 1
        ? ("het cijfer van de enige buurt", "the figure of its only neighbourhood")
        : (string.Create(Dutch, $"som van de {buurten:N0} buurten"), string.Create(English, $"sum of the {buurten:N0} neighbourhoods"));

    // More than a few buurten are counted, not named: the page lists an area's buurten.
    private const int MostNamed = 3;

    /// <summary>"som van Batau Zuid en Batau Noord" / "sum of Batau Zuid and Batau Noord", or the buurten counted.</summary>
    private static (string Nl, string En) SumOf(DerivationUnit unit)
    {
        if (unit.MembersAreBuurten && unit.Members.Count > MostNamed)
        {
            return SumOfBuurten(unit.Members.Count);
        }

        var names = unit.Members.Select(m => m.Name).ToList();
        return ("som van " + Join(names, "en"), "sum of " + Join(names, "and"));
    }

    private static string Join(List<string> names, string and) =>
        names.Count <= 1 ? string.Join(string.Empty, names) : $"{string.Join(", ", names[..^1])} {and} {names[^1]}";
}
