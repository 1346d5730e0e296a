using System.Globalization;
using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.AssessApplication;

/// <summary>
/// The assigned assessor, having declared no conflict, submits one score per criterion — on the published scale or
/// "niet van toepassing" — each with a reason. Every criterion's refusal is reported at once (a form shows each at its
/// criterion); once stored, the scores are frozen.
/// </summary>
public sealed class SubmitScoresHandler(WijkpeilDbContext db, IAuditLog audit, SubsidyTime time)
{
    public async Task<Outcome<ScoresSubmitted>> SubmitAsync(int assessmentId, ClaimsPrincipal user, IReadOnlyList<ScoreInput> scores, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(scores);
        var access = await AssessmentAccess.ForAssessorAsync(db, assessmentId, user, tracked: true, ct);
        if (!access.Succeeded)
        {
            return access.Cast<ScoresSubmitted>();
        }

        var (assessment, application, scheme) = access.Value;
        if (!assessment.MaySeeApplication)
        {
            return Problem.Conflict(null, "subsidy.assessment.declare_first");
        }

        if (assessment.SubmittedAt is not null)
        {
            return Problem.Conflict(null, "subsidy.assessment.frozen");
        }

        var problems = Check(scheme, scores);
        if (problems.Count > 0)
        {
            return Outcome<ScoresSubmitted>.Failure(problems);
        }

        var before = AssessmentSnapshot.Of(assessment);
        var submitted = assessment.Submit(scheme, scores, time.Now);
        if (!submitted.IsSuccess)
        {
            return Problem.From(submitted.Error!);
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.SubsidyAssessment, assessment.Id.ToString(CultureInfo.InvariantCulture), application.Reference, before, AssessmentSnapshot.Of(assessment));
        await db.SaveChangesAsync(ct);
        return new ScoresSubmitted(assessment.Id, application.Id, assessment.SubmittedAt!.Value);
    }

    /// <summary>Every criterion's refusal (field <c>scores[id].score|reason</c>) and any score for a criterion the scheme lacks.</summary>
    private static List<Problem> Check(SubsidyScheme scheme, IReadOnlyList<ScoreInput> scores)
    {
        var problems = new List<Problem>();
        var known = scheme.Criteria.Select(c => c.Id).ToHashSet();
        foreach (var unknown in scores.Where(s => !known.Contains(s.CriterionId)).Select(s => s.CriterionId).Distinct())
        {
            problems.Add(Problem.Invalid("scores", "subsidy.score.unknown_criterion", unknown));
        }

        foreach (var duplicate in scores.GroupBy(s => s.CriterionId).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(Problem.Invalid("scores", "subsidy.score.duplicate_criterion", duplicate));
        }

        foreach (var criterion in scheme.Criteria.OrderBy(c => c.Position))
        {
            var given = scores.FirstOrDefault(s => s.CriterionId == criterion.Id) ?? new ScoreInput(criterion.Id, null, false, null);
            var path = string.Create(CultureInfo.InvariantCulture, $"scores[{criterion.Id}]");

            // The reason and the score are separate fields of the form, so each gets its own message.
            if (string.IsNullOrWhiteSpace(given.Reason))
            {
                problems.Add(Problem.Invalid(path + ".reason", "subsidy.score.reason_required"));
            }

            var score = CriterionScore.Create(criterion.Id, given.Score, given.NotApplicable, string.IsNullOrWhiteSpace(given.Reason) ? "-" : given.Reason, scheme.Scale);
            if (!score.IsSuccess)
            {
                problems.Add(Problem.From(score.Error!, path));
            }
        }

        return problems;
    }
}

/// <summary>Scores stored and frozen.</summary>
public sealed record ScoresSubmitted(int AssessmentId, int ApplicationId, DateTimeOffset SubmittedAt);
