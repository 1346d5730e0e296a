using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements;

/// <summary>Which figures an <see cref="Audience"/> sees (docs/architecture.md, "Who sees what"): every read of observations filters through it.</summary>
internal static class ObservationVisibility
{
    /// <summary>Published figures, unless an operator asked for everything.</summary>
    public static IQueryable<Observation> VisibleTo(this IQueryable<Observation> observations, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return audience.SeesUnpublishedFigures ? observations : observations.Where(o => o.Status == ObservationStatus.Published);
    }
}
