using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Monitor.Reading;

/// <summary>
/// A programme's focus area as one unit of the monitor (issue 11, point 2): a focus area of one member is that member;
/// one of several gets an id of its own (negative: no register area has it) under which its derived figures are read.
/// A single area (a page's own area, a reference) is derived the same way, as its own only member.
/// </summary>
internal static class FocusAreaUnits
{
    /// <summary>The unit of the <paramref name="index"/>-th focus area of its programme.</summary>
    /// <remarks>
    /// A member the register lacks stays a member without figures (under an id no area has), so that a sum is never
    /// made of the members that happen to be known: it is "ontbreekt voor WK035604" instead.
    /// </remarks>
    public static DerivationUnit Of(FocusAreaDetails focusArea, int index, Dictionary<AreaCode, AreaRow> areas)
    {
        var members = focusArea.Members
            .Select((code, i) => areas.TryGetValue(code, out var row) ? new DerivationMember(row.Id, row.Name) : new DerivationMember(int.MinValue + i, code.Value))
            .ToList();
        return members.Count == 1 && members[0].AreaId > 0
            ? DerivationUnit.Single(members[0].AreaId, members[0].Name)
            : new DerivationUnit(-(index + 1), members, focusArea.Members.All(m => m.Level == AreaLevel.Neighbourhood));
    }

    /// <summary>
    /// Derives the unit's figures (a focus area, or a single area with <see cref="DerivationUnit.Single"/>): first the
    /// register counts each member (or the single area) has no figure of, summed from its buurten
    /// (<paramref name="buurten"/>: e.g. crimes, counted per buurt only); then each member's derived (ratio) indicators,
    /// so that members side by side show them too; then the unit's own (sums, ratios of sums). Returns the unit's notes;
    /// whatever was summed from buurten says what such a sum misses (<see cref="FigureDerivation.BuurtRemark"/>).
    /// </summary>
    public static Dictionary<KernsetIndicator, DerivationNote> Derive(FigureSet figures, IReadOnlyList<KernsetIndicator> entries, DerivationUnit unit, BuurtSums buurten)
    {
        var counts = entries.Where(e => e.Indicator.SumsOverAreas).ToList();
        var members = unit.IsComposite ? unit.Members.Where(m => m.AreaId > 0).ToList() : [new DerivationMember(unit.Id, string.Empty)];
        var fromBuurten = new HashSet<int>();
        var memberNotes = new Dictionary<KernsetIndicator, DerivationNote>();
        foreach (var member in members)
        {
            if (buurten.Of(member.AreaId) is { Count: > 0 } parts)
            {
                foreach (var (entry, note) in FigureDerivation.Derive(figures, counts, new DerivationUnit(member.AreaId, parts, MembersAreBuurten: true)))
                {
                    if (note.IsDerived)
                    {
                        fromBuurten.Add(entry.Indicator.Id);
                        memberNotes[entry] = note;
                    }
                }
            }
        }

        // A ratio of a count summed from buurten misses what the count misses.
        (string Nl, string En)? Remark(IndicatorInfo indicator) =>
            fromBuurten.Contains(indicator.Ratio?.NumeratorId ?? indicator.Id) ? FigureDerivation.BuurtRemark : null;

        if (!unit.IsComposite)
        {
            var own = FigureDerivation.Derive(figures, entries, unit, Remark);
            foreach (var (entry, note) in memberNotes)
            {
                own.TryAdd(entry, note);
            }

            return own;
        }

        foreach (var member in members)
        {
            FigureDerivation.Derive(figures, entries, DerivationUnit.Single(member.AreaId, member.Name), Remark);
        }

        return FigureDerivation.Derive(figures, entries, unit, Remark);
    }
}
