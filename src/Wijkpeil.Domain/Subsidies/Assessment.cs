using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// One assessor's assessment of one application. The assessor first declares whether they have a conflict of interest
/// (Awb 2:4) and sees the application only after declaring none; a conflict unassigns them. Scores are given per
/// criterion with a reason, and frozen once submitted.
/// </summary>
public sealed class Assessment
{
    private readonly List<AssessmentScore> _scores = [];

    private Assessment()
    {
        AssessorId = string.Empty;
        AssessorName = string.Empty;
        AssignedBy = string.Empty;
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    /// <summary>The assessor's account id.</summary>
    public string AssessorId { get; private set; }

    /// <summary>The assessor's address at assignment, for lists.</summary>
    public string AssessorName { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public string AssignedBy { get; private set; }

    public ConflictDeclaration Declaration { get; private set; }

    public DateTimeOffset? DeclaredAt { get; private set; }

    public string? ConflictNote { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public IReadOnlyList<AssessmentScore> Scores => _scores;

    /// <summary>Whether the assessor still assesses: not unassigned by a declared conflict.</summary>
    public bool IsActive => Declaration != ConflictDeclaration.Conflict;

    public bool MaySeeApplication => Declaration == ConflictDeclaration.NoConflict;

    public static Assessment Assign(int applicationId, string assessorId, string assessorName, DateTimeOffset now, string by) =>
        new() { ApplicationId = applicationId, AssessorId = assessorId, AssessorName = assessorName, AssignedAt = now, AssignedBy = by, Declaration = ConflictDeclaration.Pending };

    /// <summary>Declares, once, whether the assessor has a conflict of interest; a conflict ends the assignment.</summary>
    public Result<Assessment> Declare(bool conflict, string? note, DateTimeOffset now)
    {
        if (Declaration != ConflictDeclaration.Pending)
        {
            return Result<Assessment>.Failure("subsidy.assessment.already_declared", "U heeft uw verklaring over belangenverstrengeling al gegeven.", null);
        }

        var text = TextRules.Optional(note, 2_000, "subsidy.assessment.conflict_note", "de toelichting", "conflictNote");
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        Declaration = conflict ? ConflictDeclaration.Conflict : ConflictDeclaration.NoConflict;
        ConflictNote = text.Value;
        DeclaredAt = now;
        return this;
    }

    /// <summary>
    /// Submits the scores: one per criterion of the scheme, each on the scale or "niet van toepassing", each with a
    /// reason. After this nothing changes.
    /// </summary>
    public Result<Assessment> Submit(SubsidyScheme scheme, IReadOnlyList<ScoreInput> scores, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(scores);
        if (!MaySeeApplication)
        {
            return Result<Assessment>.Failure("subsidy.assessment.declare_first", "Verklaar eerst dat u geen belang heeft bij deze aanvraag.", null);
        }

        if (SubmittedAt is not null)
        {
            return Result<Assessment>.Failure("subsidy.assessment.frozen", "Uw beoordeling is ingediend en ligt vast.", null);
        }

        var made = new List<AssessmentScore>();
        foreach (var criterion in scheme.Criteria.OrderBy(c => c.Position))
        {
            var given = scores.FirstOrDefault(s => s.CriterionId == criterion.Id) ?? new ScoreInput(criterion.Id, null, false, null);
            var score = AssessmentScore.Create(criterion, given, scheme.Scale);
            if (!score.IsSuccess)
            {
                return score.Error!;
            }

            made.Add(score.Value);
        }

        _scores.Clear();
        _scores.AddRange(made);
        SubmittedAt = now;
        return this;
    }
}

/// <summary>The assessor's answer to the conflict-of-interest question.</summary>
public enum ConflictDeclaration
{
    Pending,
    NoConflict,
    Conflict,
}

/// <summary>A score as typed: a value on the scale, or "niet van toepassing", and the reason.</summary>
public sealed record ScoreInput(int CriterionId, int? Score, bool NotApplicable, string? Reason);
