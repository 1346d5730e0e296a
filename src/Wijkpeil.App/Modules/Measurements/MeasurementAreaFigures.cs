using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;

namespace Wijkpeil.App.Modules.Measurements;

/// <summary>Answers the area API's question how many figures an area has (<see cref="IAreaFigures"/>, defined by Areas below).</summary>
internal sealed class MeasurementAreaFigures(WijkpeilDbContext db, IIndicatorCatalogue catalogue) : IAreaFigures
{
    public Task<int> CountPublishedAsync(int areaId, CancellationToken cancellationToken = default) =>
        db.Observations.ThroughKey(db, catalogue).VisibleTo(Audience.Public).CountAsync(o => o.AreaId == areaId, cancellationToken);
}
