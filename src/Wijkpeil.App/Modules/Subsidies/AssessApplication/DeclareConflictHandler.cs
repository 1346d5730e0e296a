using System.Globalization;
using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;

namespace Wijkpeil.App.Modules.Subsidies.AssessApplication;

/// <summary>
/// The assigned assessor declares, once, whether they have a personal interest in the application (Awb 2:4). "No
/// conflict" unlocks the application for them; "conflict" ends their assignment. Both are audited, the note with it.
/// </summary>
public sealed class DeclareConflictHandler(WijkpeilDbContext db, IAuditLog audit, SubsidyTime time)
{
    /// <param name="conflict">True: a conflict of interest; false: none; null: nothing chosen (refused).</param>
    public async Task<Outcome<ConflictDeclared>> DeclareAsync(int assessmentId, ClaimsPrincipal user, bool? conflict, string? note, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var access = await AssessmentAccess.ForAssessorAsync(db, assessmentId, user, tracked: true, ct);
        if (!access.Succeeded)
        {
            return access.Cast<ConflictDeclared>();
        }

        if (conflict is not { } hasConflict)
        {
            return AssessProblems.ChooseDeclaration();
        }

        var (assessment, application, _) = access.Value;
        var before = AssessmentSnapshot.Of(assessment);
        var declared = assessment.Declare(hasConflict, note, time.Now);
        if (!declared.IsSuccess)
        {
            return declared.Error!.Code == "subsidy.assessment.already_declared"
                ? Problem.Conflict(null, declared.Error.Code)
                : Problem.From(declared.Error);
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.SubsidyAssessment, assessment.Id.ToString(CultureInfo.InvariantCulture), application.Reference, before, AssessmentSnapshot.Of(assessment));
        await db.SaveChangesAsync(ct);
        return new ConflictDeclared(assessment.Id, application.Id, hasConflict);
    }
}

/// <summary>A declaration given: with a conflict the assessor no longer assesses the application.</summary>
public sealed record ConflictDeclared(int AssessmentId, int ApplicationId, bool Conflict);
