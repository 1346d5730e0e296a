using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.AssessApplication;

/// <summary>The signed-in assessor's own active assignments, newest first; nobody else's.</summary>
public sealed class MyAssessmentsQuery(WijkpeilDbContext db)
{
    public async Task<IReadOnlyList<MyAssessment>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (AssessmentAccess.AccountId(user) is not { } accountId)
        {
            return [];
        }

        var rows = await (
            from a in db.SubsidyAssessments.AsNoTracking()
            join p in db.SubsidyApplications.AsNoTracking() on a.ApplicationId equals p.Id
            join s in db.SubsidySchemes.AsNoTracking() on p.SchemeId equals s.Id
            where a.AssessorId == accountId && a.Declaration != ConflictDeclaration.Conflict
            orderby a.AssignedAt descending, a.Id descending
            select new { a.Id, p.Year, ApplicationId = p.Id, SchemeName = s.Name, a.Declaration, a.SubmittedAt })
            .ToListAsync(ct);

        // The reference is computed from year and id, as the entity does (not a column).
        return [.. rows.Select(r => new MyAssessment(r.Id, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SUB-{r.Year}-{r.ApplicationId:D5}"), r.SchemeName, r.Declaration == ConflictDeclaration.NoConflict, r.SubmittedAt is not null))];
    }
}

/// <summary>One assignment in the assessor's list.</summary>
public sealed record MyAssessment(int AssessmentId, string Reference, string SchemeName, bool Declared, bool Submitted);
