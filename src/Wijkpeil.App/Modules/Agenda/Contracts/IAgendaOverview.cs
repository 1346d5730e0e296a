using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.Contracts;

/// <summary>
/// What other modules' pages may read of the execution agenda: the projects and stories of focus areas (the area page,
/// rendered with <see cref="PillarAgenda"/>) and a programme's agenda in numbers (the overview). Output-cached pages pass
/// <see cref="Audience.Public"/> whoever reads.
/// </summary>
public interface IAgendaOverview
{
    /// <summary>
    /// The projects of these focus areas (each of its own programme) with their outputs, by title (Dutch order), and the
    /// stories of their programmes about the focus areas' members or the areas directly under them, newest first; two
    /// SQL commands however many projects there are.
    /// </summary>
    Task<AreaAgenda> AreaAgendaAsync(IReadOnlyCollection<ProgrammeFocusArea> focusAreas, Audience audience, CancellationToken ct);

    /// <summary>
    /// Per focus area of the programme with projects <paramref name="audience"/> sees: how many are planned, running,
    /// completed and stopped, and money per funder. Focus areas without such a project are absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, FocusAreaAgendaTotals>> TotalsPerFocusAreaAsync(string programmeSlug, Audience audience, CancellationToken ct);
}

/// <summary>The agenda of the focus areas an area page shows.</summary>
/// <param name="Projects">Their projects, by title.</param>
/// <param name="Stories">Their stories, newest first.</param>
public sealed record AreaAgenda(IReadOnlyList<ProjectOutline> Projects, IReadOnlyList<StoryOutline> Stories)
{
    public static AreaAgenda Empty { get; } = new([], []);
}

/// <summary>A project as the area page lists it under each of its pillars.</summary>
/// <param name="Id">The project's id (its page is <c>/agenda/{id}</c>).</param>
/// <param name="ProgrammeId">The programme it belongs to.</param>
/// <param name="FocusAreaCode">The programme's focus-area code.</param>
/// <param name="Title">The project's title.</param>
/// <param name="Pillars">Pillar numbers, ascending.</param>
/// <param name="OwnerOrganisation">Who answers for it, when known.</param>
/// <param name="Status">Planned, running, completed or stopped.</param>
/// <param name="StartDate">Planned or actual start.</param>
/// <param name="EndDate">Planned or actual end.</param>
/// <param name="PercentComplete">The latest percentage on its timeline, if any update gave one.</param>
/// <param name="IsExampleData">Its figures are examples, not the programme's own.</param>
/// <param name="Outputs">Its output measures, how much / how well / better off, then by name.</param>
public sealed record ProjectOutline(
    int Id,
    int ProgrammeId,
    string FocusAreaCode,
    string Title,
    IReadOnlyList<int> Pillars,
    string? OwnerOrganisation,
    ProjectStatus Status,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? PercentComplete,
    bool IsExampleData,
    IReadOnlyList<OutputFigure> Outputs);

/// <summary>
/// An output measure with the target and realised value of one period: the latest with a realised value, or, before
/// anything is realised, the latest with a target. <paramref name="PeriodCode"/> is null when the measure has no values yet.
/// </summary>
/// <param name="Kind">How much, how well, or better off.</param>
/// <param name="Name">What is counted.</param>
/// <param name="Unit">Count, percentage or other.</param>
/// <param name="UnitLabel">What the numbers are, e.g. woningen; "%" for a percentage.</param>
/// <param name="PeriodCode">The year the values are about.</param>
/// <param name="Target">The target for that year, if set.</param>
/// <param name="Realised">The realised value for that year, if known.</param>
public sealed record OutputFigure(OutputKind Kind, string Name, OutputUnit Unit, string UnitLabel, string? PeriodCode, double? Target, double? Realised);

/// <summary>The agenda of one focus area in numbers, for the overview.</summary>
/// <param name="FocusAreaCode">The programme's focus-area code.</param>
/// <param name="Planned">Projects that are planned.</param>
/// <param name="Running">Projects that are running.</param>
/// <param name="Completed">Projects that are completed.</param>
/// <param name="Stopped">Projects that are stopped.</param>
/// <param name="Funding">Money per funder (only funders with a line), in funder order.</param>
public sealed record FocusAreaAgendaTotals(string FocusAreaCode, int Planned, int Running, int Completed, int Stopped, IReadOnlyList<FunderAmounts> Funding)
{
    public int Projects => Planned + Running + Completed + Stopped;

    public decimal Budget => Funding.Sum(f => f.Budget);

    public decimal Committed => Funding.Sum(f => f.Committed);

    public decimal Spent => Funding.Sum(f => f.Spent);

    /// <summary>Some line behind these amounts belongs to a project whose figures are examples.</summary>
    public bool IncludesExampleData => Funding.Any(f => f.IncludesExampleData);

    /// <summary>How many projects have <paramref name="status"/>.</summary>
    public int Count(ProjectStatus status) => status switch
    {
        ProjectStatus.Planned => Planned,
        ProjectStatus.Running => Running,
        ProjectStatus.Completed => Completed,
        _ => Stopped,
    };
}

/// <summary>What one funder puts into projects, summed over projects and years, in euros.</summary>
/// <param name="Funder">Rijk, provincie, gemeente or other.</param>
/// <param name="Budget">Budgeted.</param>
/// <param name="Committed">Committed (vastgelegd): contracted or granted.</param>
/// <param name="Spent">Spent (besteed): paid out.</param>
/// <param name="IncludesExampleData">A line of a project whose figures are examples contributes.</param>
public sealed record FunderAmounts(Funder Funder, decimal Budget, decimal Committed, decimal Spent, bool IncludesExampleData);

/// <summary>The agenda's words that another module's page shows, in the reader's language.</summary>
public interface IAgendaWords
{
    /// <summary>A status, e.g. "lopend" or "running".</summary>
    string Status(ProjectStatus status);

    /// <summary>A funder, e.g. "provincie".</summary>
    string Funder(Funder funder);

    /// <summary>The short marker of example figures.</summary>
    string ExampleDataMarker { get; }
}
