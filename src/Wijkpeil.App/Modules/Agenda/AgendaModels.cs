using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>A line of the agenda as lists show it.</summary>
/// <param name="Id">The project's id.</param>
/// <param name="FocusAreaCode">The programme's focus-area code, e.g. <c>overvecht</c>.</param>
/// <param name="Title">The project's title.</param>
/// <param name="Pillars">Pillar numbers, ascending.</param>
/// <param name="OwnerOrganisation">Who answers for the project, when known.</param>
/// <param name="Status">Planned, running, completed or stopped.</param>
/// <param name="StartDate">Planned or actual start.</param>
/// <param name="EndDate">Planned or actual end.</param>
/// <param name="MeetingPlaceName">Where residents find the project, if anywhere.</param>
/// <param name="IsPublished">Visible to anonymous visitors.</param>
/// <param name="IsExampleData">Its figures are examples, not the programme's own.</param>
public sealed record ProjectSummary(
    int Id,
    string FocusAreaCode,
    string Title,
    IReadOnlyList<int> Pillars,
    string? OwnerOrganisation,
    ProjectStatus Status,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? MeetingPlaceName,
    bool IsPublished,
    bool IsExampleData);

/// <summary>One project with everything its page shows.</summary>
/// <param name="Summary">The list fields.</param>
/// <param name="Description">Markdown as typed: the renderer sanitises it.</param>
/// <param name="MeetingPlaceAddress">The meeting place's address.</param>
/// <param name="StopReason">Why it stopped, when stopped.</param>
/// <param name="PercentComplete">The latest percentage on the timeline.</param>
/// <param name="Timeline">Progress updates, oldest first.</param>
/// <param name="Outputs">Output measures with their values per period.</param>
/// <param name="Indicators">The outcome indicators the project aims to move.</param>
/// <param name="Funding">Funding lines, by year then funder.</param>
public sealed record ProjectView(
    ProjectSummary Summary,
    string? Description,
    string? MeetingPlaceAddress,
    string? StopReason,
    int? PercentComplete,
    IReadOnlyList<ProgressEntry> Timeline,
    IReadOnlyList<OutputMeasureView> Outputs,
    IReadOnlyList<LinkedIndicator> Indicators,
    IReadOnlyList<FundingLineView> Funding)
{
    public decimal TotalBudget => Funding.Sum(f => f.Budget);

    public decimal TotalCommitted => Funding.Sum(f => f.Committed);

    public decimal TotalSpent => Funding.Sum(f => f.Spent);
}

/// <summary>An entry on a project's timeline; <paramref name="Text"/> is Markdown as typed.</summary>
/// <param name="Date">What day it is about.</param>
/// <param name="Text">What happened.</param>
/// <param name="PercentComplete">How far along, if reported.</param>
public sealed record ProgressEntry(DateOnly Date, string Text, int? PercentComplete);

/// <summary>An output measure with its values, by period ascending.</summary>
/// <param name="Kind">How much, how well, or better off.</param>
/// <param name="Name">What is counted.</param>
/// <param name="Unit">Count, percentage or other.</param>
/// <param name="UnitLabel">What the numbers are, e.g. woningen.</param>
/// <param name="Values">Target and realised value per period.</param>
public sealed record OutputMeasureView(OutputKind Kind, string Name, OutputUnit Unit, string UnitLabel, IReadOnlyList<OutputValueView> Values);

/// <summary>Target and realised value in one period (a year code such as 2024).</summary>
/// <param name="PeriodCode">The year.</param>
/// <param name="Target">The target, if set.</param>
/// <param name="Realised">The realised value, if known.</param>
public sealed record OutputValueView(string PeriodCode, double? Target, double? Realised);

/// <summary>An outcome indicator a project aims to move.</summary>
/// <param name="IndicatorId">The indicator's id.</param>
/// <param name="Code">The indicator's code.</param>
/// <param name="NameNl">Its Dutch name.</param>
public sealed record LinkedIndicator(int IndicatorId, string Code, string NameNl);

/// <summary>Money from one funder in one year, in euros.</summary>
/// <param name="Funder">Rijk, provincie, gemeente or other.</param>
/// <param name="FunderName">The body, required for other.</param>
/// <param name="Year">The budget year.</param>
/// <param name="Budget">Budgeted.</param>
/// <param name="Committed">Contracted or granted.</param>
/// <param name="Spent">Paid out.</param>
public sealed record FundingLineView(Funder Funder, string? FunderName, int Year, decimal Budget, decimal Committed, decimal Spent);

/// <summary>What one funder puts into the listed projects, summed over projects and years.</summary>
/// <param name="Funder">Rijk, provincie, gemeente or other.</param>
/// <param name="Budget">Budgeted.</param>
/// <param name="Committed">Contracted or granted.</param>
/// <param name="Spent">Paid out.</param>
public sealed record FunderTotal(Funder Funder, decimal Budget, decimal Committed, decimal Spent);
