using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.ResearchPlans;

namespace Wijkpeil.App.Modules.ResearchPlans.ShowPlan;

/// <summary>A plan with the name of its focus area and the slug of its programme.</summary>
/// <param name="FocusAreaName">The focus area's name, or its code when the programme no longer has it.</param>
public sealed record PlanView(ResearchPlan Plan, string FocusAreaName, string ProgrammeSlug, string? ProgrammeName);

/// <summary>Reads the plans for the public and the manage pages (every plan is public).</summary>
public sealed class ResearchPlanQuery(WijkpeilDbContext db, PlanProgrammes programmes)
{
    /// <summary>Every plan, in the programmes' focus-area order.</summary>
    public async Task<IReadOnlyList<PlanView>> ListAsync(CancellationToken ct)
    {
        var plans = await db.ResearchPlans.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct);
        var views = await ViewsAsync(plans, ct);
        return views;
    }

    /// <summary>One plan, or null.</summary>
    public async Task<PlanView?> FindAsync(int id, CancellationToken ct)
    {
        var plan = await db.ResearchPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return plan is null ? null : (await ViewsAsync([plan], ct))[0];
    }

    private async Task<IReadOnlyList<PlanView>> ViewsAsync(IReadOnlyList<ResearchPlan> plans, CancellationToken ct)
    {
        var focusAreas = (await programmes.FocusAreasAsync(ct)).ToList();
        var programmeSlugs = (await programmes.ProgrammesAsync(ct)).ToDictionary(p => p.Id);
        return [.. plans
            .Select(p => (Plan: p, Area: focusAreas.FindIndex(f => f.ProgrammeId == p.ProgrammeId && f.FocusArea.Slug == p.FocusAreaCode)))
            .OrderBy(x => x.Area < 0 ? int.MaxValue : x.Area)
            .Select(x => new PlanView(
                x.Plan,
                x.Area < 0 ? x.Plan.FocusAreaCode : focusAreas[x.Area].FocusArea.Name,
                programmeSlugs.GetValueOrDefault(x.Plan.ProgrammeId)?.Slug ?? string.Empty,
                programmeSlugs.GetValueOrDefault(x.Plan.ProgrammeId)?.Name))];
    }
}
