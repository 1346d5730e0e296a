using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;

namespace Wijkpeil.App.Modules.Indicators.RetireIndicator;

/// <summary>
/// Retires an indicator: it leaves the kernset choices and the public lists (the catalogue API, the /data picker), and
/// keeps its figures, downloads and its page, which says it is retired. An indicator that a programme's kernset still
/// shows is refused (take it out of the kernset first), so no pillar silently loses a row. Audited in the same save.
/// </summary>
public sealed class RetireIndicatorHandler(WijkpeilDbContext db, IAuditLog audit, IPublicChanges publicChanges, IIndicatorPlaces places, TimeProvider clock)
{
    public async Task<Outcome<IndicatorDefinition>> HandleAsync(string code, CancellationToken cancellationToken = default)
    {
        var indicator = await db.Indicators.Include(i => i.SourceMappings).FirstOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (indicator is null)
        {
            return Problem.NotFound(IndicatorProblems.NotFound, code);
        }

        if (indicator.RetiredAt is not null)
        {
            return Problem.Conflict(null, IndicatorProblems.AlreadyRetired, indicator.Code);
        }

        var programmes = (await places.AllAsync(cancellationToken))
            .Where(p => p.IndicatorId == indicator.Id).Select(p => p.Pillar.ProgrammeCode).Distinct().Order(StringComparer.Ordinal).ToList();
        if (programmes.Count > 0)
        {
            return Problem.Conflict(null, IndicatorProblems.InKernset, indicator.Code, string.Join(", ", programmes));
        }

        var before = IndicatorSnapshot.Of(indicator);
        indicator.Retire(clock.GetUtcNow());
        audit.Record(
            AuditAction.Updated,
            AuditEntityTypes.Indicator,
            indicator.Code,
            indicator.NameNl,
            new { Retired = false, Definition = before },
            new { Retired = true, indicator.RetiredAt });
        publicChanges.Invalidate(CacheTags.All);
        await db.SaveChangesAsync(cancellationToken);
        return before;
    }
}
