using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.AssessApplication;

/// <summary>
/// What the assigned assessor may see of an application. Before the declaration: the reference, the scheme, who
/// applies and the project's title — one cannot say whether one has an interest without knowing who applies and for
/// what (Awb 2:4) — and nothing more. After declaring no conflict: the application itself and the criteria to score.
/// </summary>
public sealed class AssessmentViewQuery(WijkpeilDbContext db)
{
    public async Task<Outcome<AssessmentView>> GetAsync(int assessmentId, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var access = await AssessmentAccess.ForAssessorAsync(db, assessmentId, user, tracked: false, ct);
        if (!access.Succeeded)
        {
            return access.Cast<AssessmentView>();
        }

        var (assessment, application, scheme) = access.Value;
        var applicant = application.Applicant.OrganisationName ?? application.Applicant.ContactName;
        var details = assessment.MaySeeApplication
            ? new ApplicationDetails(
                application.Summary,
                application.AmountRequested,
                [.. application.BudgetLines.OrderBy(b => b.Position).Select(b => new BudgetLineView(b.Description, b.Amount))],
                application.StartsOn,
                application.EndsOn,
                application.Planning,
                [.. application.Attachments.OrderBy(a => a.AddedAt).Select(a => new AttachmentView(a.OriginalName, DownloadAttachment.AttachmentDownloads.Reader(application.Id, a.Id)))],
                [.. scheme.Criteria.OrderBy(c => c.Position).Select(c => new CriterionView(c.Id, c.Name, c.Description, c.Weight))],
                [.. assessment.Scores.Select(s => new ScoreView(s.CriterionId, s.Score, s.NotApplicable, s.Reason))])
            : null;
        return new AssessmentView(assessment.Id, application.Reference, scheme.Name, applicant, application.Title, assessment.Declaration, assessment.SubmittedAt, scheme.ScaleMin, scheme.ScaleMax, details);
    }
}

/// <summary>An assessment as its assessor sees it; <paramref name="Details"/> only after declaring no conflict.</summary>
public sealed record AssessmentView(
    int AssessmentId,
    string Reference,
    string SchemeName,
    string Applicant,
    string Title,
    ConflictDeclaration Declaration,
    DateTimeOffset? SubmittedAt,
    int ScaleMin,
    int ScaleMax,
    ApplicationDetails? Details);

/// <summary>The application behind the declaration, and the criteria with any submitted scores.</summary>
public sealed record ApplicationDetails(
    string Summary,
    Money Amount,
    IReadOnlyList<BudgetLineView> BudgetLines,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? Planning,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<CriterionView> Criteria,
    IReadOnlyList<ScoreView> Scores);

/// <summary>A file of the application and where the assessor downloads it (the download checks the declaration itself).</summary>
public sealed record AttachmentView(string Name, string Href);

public sealed record BudgetLineView(string Description, Money Amount);

public sealed record CriterionView(int Id, string Name, string? Description, int Weight);

public sealed record ScoreView(int CriterionId, int? Score, bool NotApplicable, string Reason);
