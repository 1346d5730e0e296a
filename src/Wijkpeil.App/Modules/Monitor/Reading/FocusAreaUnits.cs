using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Monitor.Reading;

/// <summary>
/// A programme's focus area as one unit of the monitor (issue 11, point 2): a focus area of one member is that member;
/// one of several gets an id of its own (negative: no register area has it) under which its derived figures are read.
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
    /// Derives the unit's figures: first each member's derived (ratio) indicators, so that members side by side show
    /// them too, then the unit's own (sums, ratios of sums). Returns the unit's notes.
    /// </summary>
    public static Dictionary<KernsetIndicator, DerivationNote> Derive(FigureSet figures, IReadOnlyList<KernsetIndicator> entries, DerivationUnit unit)
    {
        if (!unit.IsComposite)
        {
            return FigureDerivation.Derive(figures, entries, unit);
        }

        foreach (var member in unit.Members.Where(m => m.AreaId > 0))
        {
            FigureDerivation.Derive(figures, entries, DerivationUnit.Single(member.AreaId, member.Name));
        }

        return FigureDerivation.Derive(figures, entries, unit);
    }
}
