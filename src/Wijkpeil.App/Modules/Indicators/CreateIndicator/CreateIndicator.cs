using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Indicators.CreateIndicator;

/// <summary>
/// Adds a described indicator to the catalogue (<see cref="IndicatorRules"/>), with its source mappings, so that the
/// next import of such a file fills it. Audited in the same save; every cached page may name it, so all are made stale.
/// </summary>
public sealed class CreateIndicatorHandler(WijkpeilDbContext db, IAuditLog audit, IPublicChanges publicChanges)
{
    public async Task<Outcome<IndicatorDefinition>> HandleAsync(IndicatorDefinition request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = await IndicatorRules.CheckAsync(db, request, 0, cancellationToken);
        if (problems.Count > 0)
        {
            return Outcome<IndicatorDefinition>.Failure(problems);
        }

        var created = Indicator.Create(request.Code!, request.NameNl!, request.NameEn!, request.Kind!.Value, request.Polarity!.Value, request.Unit!);
        if (!created.IsSuccess)
        {
            return Problem.From(created.Error!);
        }

        var indicator = created.Value;
        IndicatorRules.Apply(indicator, request);
        db.Indicators.Add(indicator);
        var after = IndicatorSnapshot.Of(indicator);
        audit.Record(AuditAction.Created, AuditEntityTypes.Indicator, indicator.Code, indicator.NameNl, null, after);
        publicChanges.Invalidate(CacheTags.All);
        await db.SaveChangesAsync(cancellationToken);
        return after;
    }
}
