using Wijkpeil.App.Modules.Agenda.ListProjects;
using Wijkpeil.App.Modules.Agenda.Projects;

namespace Wijkpeil.App.Modules.Agenda.ShowProject;

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
