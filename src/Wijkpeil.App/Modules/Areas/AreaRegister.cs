using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.Contracts;

namespace Wijkpeil.App.Modules.Areas;

/// <summary>The register as other modules read it (<see cref="IAreaRegister"/>): member-init projections EF composes into their queries.</summary>
internal sealed class AreaRegister(WijkpeilDbContext db) : IAreaRegister
{
    public IQueryable<AreaRow> Areas => db.Areas.AsNoTracking()
        .Select(a => new AreaRow { Id = a.Id, Code = a.Code, Name = a.Name, Level = a.Level, ParentCode = a.ParentCode, LayoutYears = EF.Property<List<int>>(a, "_layoutYears") });

    public IQueryable<AreaBoundaryRow> Boundaries => db.AreaBoundaries.AsNoTracking()
        .Select(b => new AreaBoundaryRow { Id = b.Id, AreaId = b.AreaId, LayoutYear = b.LayoutYear, GeometryJson = b.GeometryJson });
}
