using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Programmes.EditProgramme;

/// <summary>
/// Replaces a programme's definition with a whole new <see cref="ProgrammeDefinition"/>: pillars matched on number,
/// focus areas and waves on slug, kernset entries on (indicator, breakdown). A pillar or focus area left out while a
/// project or story uses it (asked through every <see cref="IProgrammeUsage"/>) is refused. Audited with before and
/// after in the same save, which also makes the pages showing the programme (under its old and new slug) stale.
/// </summary>
public sealed class EditProgrammeHandler(
    WijkpeilDbContext db,
    IAuditLog audit,
    IPublicChanges publicChanges,
    IEnumerable<IProgrammeUsage> usages,
    IAreaRegister register,
    IIndicatorCatalogue catalogue,
    IObservationReader observations)
{
    /// <param name="slug">The programme's current slug (the definition may change it).</param>
    /// <param name="request">The whole new definition.</param>
    /// <param name="cancellationToken">Cancels the edit.</param>
    public async Task<Outcome<ProgrammeSummary>> HandleAsync(string slug, ProgrammeDefinition request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ct = cancellationToken;
        var programme = await db.Programmes
            .Include(p => p.Pillars).Include(p => p.FocusAreas).Include(p => p.ReferenceAreas).Include(p => p.CoreIndicators).Include(p => p.Waves)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Code == slug, ct);
        if (programme is null)
        {
            return Problem.NotFound(ProgrammeProblems.NotFound, slug);
        }

        var before = await ProgrammeSnapshot.TakeAsync(catalogue, programme, ct);
        var problems = (await UsageProblemsAsync(programme, request, ct)).ToList();
        problems.AddRange(await new ProgrammeDefinitionApplier(db, register, catalogue, observations).ApplyAsync(programme, request, DefinitionChecks.Full, ct));
        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear(); // the programme may be half changed; nothing of it may be saved later in this scope
            return Outcome<ProgrammeSummary>.Failure(problems);
        }

        var after = await ProgrammeSnapshot.TakeAsync(catalogue, programme, ct);
        audit.Record(AuditAction.Updated, AuditEntityTypes.Programme, programme.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), programme.Name, before, after);
        publicChanges.Invalidate(CacheTags.Programmes, CacheTags.Programme(slug), CacheTags.Programme(programme.Code));
        await db.SaveChangesAsync(ct);
        return new ProgrammeSummary(programme.Id, programme.Code, programme.Name, programme.Description);
    }

    /// <summary>Pillars and focus areas the request leaves out (a changed focus-area slug leaves the old one out) that are in use.</summary>
    private async Task<IReadOnlyList<Problem>> UsageProblemsAsync(Programme programme, ProgrammeDefinition request, CancellationToken ct)
    {
        var problems = new List<Problem>();
        var keptPillars = (request.Pillars ?? []).Select(p => p.Number).ToHashSet();
        foreach (var pillar in programme.Pillars.Where(p => !keptPillars.Contains(p.Number)))
        {
            foreach (var usage in usages)
            {
                if (await usage.IsPillarUsedAsync(programme.Id, pillar.Number, ct))
                {
                    problems.Add(Problem.Conflict("pillars", ProgrammeProblems.PillarInUse, pillar.Number));
                    break;
                }
            }
        }

        var keptFocusAreas = (request.FocusAreas ?? []).Select(f => f.Slug?.Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var focusArea in programme.FocusAreas.Where(f => !keptFocusAreas.Contains(f.Code)))
        {
            foreach (var usage in usages)
            {
                if (await usage.IsFocusAreaUsedAsync(programme.Id, ProgrammeCatalogue.ToDetails(focusArea), ct))
                {
                    problems.Add(Problem.Conflict("focusAreas", ProgrammeProblems.FocusAreaInUse, focusArea.Code));
                    break;
                }
            }
        }

        return problems;
    }
}
