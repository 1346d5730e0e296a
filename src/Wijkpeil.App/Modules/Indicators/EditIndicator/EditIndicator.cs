using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;

namespace Wijkpeil.App.Modules.Indicators.EditIndicator;

/// <summary>
/// Replaces an indicator's description and source mappings (its code stays: addresses, downloads and files name it).
/// Editing one an import created describes it, which puts it on the public pages. Audited with before and after in
/// the same save; every cached page may show its name, so all are made stale.
/// </summary>
public sealed class EditIndicatorHandler(WijkpeilDbContext db, IAuditLog audit, IPublicChanges publicChanges)
{
    /// <param name="code">The indicator's code (exactly).</param>
    /// <param name="request">The whole new definition; its code, when given, must be the same.</param>
    /// <param name="cancellationToken">Cancels the edit.</param>
    public async Task<Outcome<IndicatorDefinition>> HandleAsync(string code, IndicatorDefinition request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var indicator = await db.Indicators.Include(i => i.SourceMappings).FirstOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (indicator is null)
        {
            return Problem.NotFound(IndicatorProblems.NotFound, code);
        }

        var problems = await IndicatorRules.CheckAsync(db, request, indicator.Id, cancellationToken);
        if (!string.IsNullOrWhiteSpace(request.Code) && request.Code.Trim() != indicator.Code)
        {
            problems.Insert(0, Problem.Invalid("code", IndicatorProblems.CodeFixed, indicator.Code));
        }

        if (problems.Count > 0)
        {
            return Outcome<IndicatorDefinition>.Failure(problems);
        }

        var before = IndicatorSnapshot.Of(indicator);
        IndicatorRules.Apply(indicator, request);
        var after = IndicatorSnapshot.Of(indicator);
        audit.Record(AuditAction.Updated, AuditEntityTypes.Indicator, indicator.Code, indicator.NameNl, before, after);
        publicChanges.Invalidate(CacheTags.All);
        await db.SaveChangesAsync(cancellationToken);
        return after;
    }
}
