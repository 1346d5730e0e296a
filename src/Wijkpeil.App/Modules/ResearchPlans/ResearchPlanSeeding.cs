using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.ResearchPlans.Contracts;
using Wijkpeil.Domain.ResearchPlans;

namespace Wijkpeil.App.Modules.ResearchPlans;

/// <inheritdoc cref="IResearchPlanSeeding"/>
internal sealed class ResearchPlanSeeding(WijkpeilDbContext db, PlanProgrammes programmes) : IResearchPlanSeeding
{
    public async Task<bool> SeedAsync(string programmeSlug, IReadOnlyList<ResearchPlanDetails> plans, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plans);
        if (await programmes.ScopeAsync(programmeSlug, cancellationToken) is not { } scope
            || await db.ResearchPlans.AnyAsync(p => p.ProgrammeId == scope.Id, cancellationToken))
        {
            return false;
        }

        foreach (var details in plans)
        {
            var created = ResearchPlan.Create(scope, details);

            // The seed is ours: a refusal here is a bug in it, not a user error.
            db.ResearchPlans.Add(created.IsSuccess
                ? created.Value
                : throw new InvalidOperationException($"The research-plan seed of '{details.FocusAreaCode}' is refused: {created.Error!.Code}"));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }
}
