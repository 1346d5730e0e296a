using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>What the applicant typed: a draft may be incomplete, a submission is checked as a whole.</summary>
public sealed record ApplicationForm(
    Applicant Applicant,
    string? Title,
    string? Summary,
    AreaCode? Area,
    Money? AmountRequested,
    IReadOnlyList<BudgetLineInput> BudgetLines,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? Planning);

/// <summary>A budget line as typed.</summary>
public sealed record BudgetLineInput(string? Description, Money Amount);
