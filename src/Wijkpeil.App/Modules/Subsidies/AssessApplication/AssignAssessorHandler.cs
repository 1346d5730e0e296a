using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.AssessApplication;

/// <summary>
/// An officer of the scheme assigns an assessor by e-mail address. The account must be allowed to assess for the
/// scheme's gemeente (asked about that account, not the officer), and has at most one active assignment per
/// application; somebody who declared a conflict for it is not assigned again.
/// </summary>
public sealed class AssignAssessorHandler(WijkpeilDbContext db, IAuditLog audit, IAccountDirectory accounts, SubsidyTime time)
{
    public async Task<Outcome<AssessorAssigned>> AssignAsync(int applicationId, ClaimsPrincipal user, string? email, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var found = await SchemeAccess.ForOfficerAsync(db, applicationId, user, ct);
        if (!found.Succeeded)
        {
            return found.Cast<AssessorAssigned>();
        }

        var (application, scheme) = found.Value;

        if (application.Status is ApplicationStatus.Draft or ApplicationStatus.Withdrawn || application.IsDecided)
        {
            return AssessProblems.NotAssessable(application.Reference);
        }

        if (string.IsNullOrWhiteSpace(email))
        {
            return AssessProblems.EmailRequired();
        }

        var account = await accounts.FindByEmailAsync(email, ct);
        if (account is null)
        {
            return AssessProblems.UnknownAccount(email.Trim());
        }

        if (!WijkpeilPermissions.CanAssessSubsidies(account.Principal, scheme.Gemeente))
        {
            return AssessProblems.MayNotAssess(account.Email);
        }

        // The check gives the precise message; the unique index on (application, assessor) settles two officers
        // assigning the same assessor at the same moment.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var earlier = await db.SubsidyAssessments.AsNoTracking()
            .Where(a => a.ApplicationId == applicationId && a.AssessorId == account.Id)
            .Select(a => a.Declaration)
            .ToListAsync(ct);
        if (earlier.Contains(ConflictDeclaration.Conflict))
        {
            return AssessProblems.DeclaredConflictBefore(account.Email);
        }

        if (earlier.Count > 0)
        {
            return AssessProblems.AlreadyAssigned(account.Email);
        }

        var assessment = Assessment.Assign(applicationId, account.Id, account.Email, time.Now, SchemeAccess.Actor(user));
        db.SubsidyAssessments.Add(assessment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return AssessProblems.AlreadyAssigned(account.Email);
        }

        audit.Record(AuditAction.Created, AuditEntityTypes.SubsidyAssessment, assessment.Id.ToString(CultureInfo.InvariantCulture), application.Reference, null, AssessmentSnapshot.Of(assessment));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new AssessorAssigned(assessment.Id, application.Id, account.Email);
    }
}

/// <summary>A new assignment.</summary>
public sealed record AssessorAssigned(int AssessmentId, int ApplicationId, string AssessorEmail);
