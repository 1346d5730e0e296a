using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Modules.Subsidies.AssessApplication;

/// <summary>The refusals of this slice; their texts are in <c>AssessText.resx</c> (Dutch) and <c>AssessText.en.resx</c>.</summary>
internal static class AssessProblems
{
    public static Problem AssessmentNotFound(int id) => Problem.NotFound("subsidy.assessment.not_found", id);

    public static Problem EmailRequired() => Problem.Invalid("email", "subsidy.assessor.email_required");

    public static Problem UnknownAccount(string email) => Problem.Invalid("email", "subsidy.assessor.unknown", email);

    public static Problem MayNotAssess(string email) => Problem.Invalid("email", "subsidy.assessor.not_allowed", email);

    public static Problem AlreadyAssigned(string email) => Problem.Conflict("email", "subsidy.assessor.already_assigned", email);

    public static Problem DeclaredConflictBefore(string email) => Problem.Conflict("email", "subsidy.assessor.declared_conflict", email);

    public static Problem NotAssessable(string reference) => Problem.Conflict(null, "subsidy.assessment.not_assessable", reference);

    public static Problem ChooseDeclaration() => Problem.Invalid("declaration", "subsidy.assessment.choose_declaration");
}
