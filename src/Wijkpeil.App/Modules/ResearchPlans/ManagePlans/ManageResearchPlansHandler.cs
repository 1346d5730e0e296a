using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.Domain.Programmes;
using Wijkpeil.Domain.ResearchPlans;

namespace Wijkpeil.App.Modules.ResearchPlans.ManagePlans;

/// <summary>
/// Writes a focus area's research plan: creates it (one per focus area) or changes it. Each step checks on the server
/// that the user may write plans in the focus area's gemeente (<see cref="ResearchPlanAccess"/>), and stores the change
/// with its audit entry in one transaction.
/// </summary>
public sealed class ManageResearchPlansHandler(WijkpeilDbContext db, IAuditLog audit, PlanProgrammes programmes)
{
    /// <summary>The plan of a focus area of <paramref name="programmeSlug"/> that has none yet.</summary>
    public Task<Outcome<ResearchPlan>> CreateAsync(ClaimsPrincipal user, string? programmeSlug, ResearchPlanDetails details, CancellationToken ct) => db.InTransactionAsync<ResearchPlan>(async () =>
    {
        ArgumentNullException.ThrowIfNull(details);
        if (await programmes.ScopeAsync(programmeSlug, ct) is not { } scope)
        {
            return ResearchPlanAccess.CanManageAny(user)
                ? Problem.Invalid("focusArea", "research_plan.form.focus_area_required")
                : Problem.Forbidden("research_plan.manage.forbidden");
        }

        if (await RefuseAsync(user, scope, details.FocusAreaCode, null, ct) is { } refused)
        {
            return refused;
        }

        var created = ResearchPlan.Create(scope, details);
        if (!created.IsSuccess)
        {
            return Problem.From(created.Error!);
        }

        var plan = created.Value;
        db.ResearchPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        audit.Record(AuditAction.Created, AuditEntityTypes.ResearchPlan, Key(plan.Id), plan.FocusAreaCode, null, ResearchPlanSnapshot.Of(plan));
        await db.SaveChangesAsync(ct);
        return plan;
    }, ct);

    /// <summary>Changes a plan; moving it to another focus area needs that area to be free and the user's too.</summary>
    public Task<Outcome<ResearchPlan>> ChangeAsync(int id, ClaimsPrincipal user, ResearchPlanDetails details, CancellationToken ct) => db.InTransactionAsync<ResearchPlan>(async () =>
    {
        ArgumentNullException.ThrowIfNull(details);
        if (await db.ResearchPlans.SingleOrDefaultAsync(p => p.Id == id, ct) is not { } plan)
        {
            return ResearchPlanAccess.CanManageAny(user) ? Problem.NotFound("research_plan.not_found", id) : Problem.Forbidden("research_plan.manage.forbidden");
        }

        var scope = await programmes.ScopeAsync(plan.ProgrammeId, ct)
            ?? throw new InvalidOperationException($"Research plan {id} belongs to programme {plan.ProgrammeId}, which does not exist.");
        if (await RefuseAsync(user, scope, plan.FocusAreaCode, id, ct) is { } refusedHere)
        {
            return refusedHere;
        }

        if (await RefuseAsync(user, scope, details.FocusAreaCode, id, ct) is { } refusedThere)
        {
            return refusedThere;
        }

        var before = ResearchPlanSnapshot.Of(plan);
        var changed = plan.Change(scope, details);
        if (!changed.IsSuccess)
        {
            return Problem.From(changed.Error!);
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.ResearchPlan, Key(id), plan.FocusAreaCode, before, ResearchPlanSnapshot.Of(plan));
        await db.SaveChangesAsync(ct);
        return plan;
    }, ct);

    // An unknown focus area is the domain's to refuse (at the field); a known one must be the user's and free.
    private async Task<Problem?> RefuseAsync(ClaimsPrincipal user, ProgrammeScope scope, string? focusAreaCode, int? planId, CancellationToken ct)
    {
        var code = focusAreaCode?.Trim();
        if (await programmes.GemeenteOfAsync(scope.Id, code, ct) is not { } gemeente)
        {
            return ResearchPlanAccess.CanManageAny(user) ? null : Problem.Forbidden("research_plan.manage.forbidden");
        }

        if (!ResearchPlanAccess.CanManage(user, gemeente))
        {
            return Problem.Forbidden("research_plan.manage.forbidden");
        }

        return await db.ResearchPlans.AnyAsync(p => p.ProgrammeId == scope.Id && p.FocusAreaCode == code && p.Id != planId, ct)
            ? Problem.Conflict("focusArea", "research_plan.focus_area.taken", code)
            : null;
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
