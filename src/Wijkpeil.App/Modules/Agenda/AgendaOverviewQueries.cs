using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Modules.Stories;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>A published project as the area page lists it under each of its pillars.</summary>
/// <param name="Id">The project's id (its page is <c>/agenda/{id}</c>).</param>
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
/// An output measure with the target and realised value of one period: the latest with a realised value, or,
/// before anything is realised, the latest with a target. <paramref name="PeriodCode"/> is null when the measure
/// has no values yet.
/// </summary>
/// <param name="Kind">How much, how well, or better off.</param>
/// <param name="Name">What is counted.</param>
/// <param name="Unit">Count, percentage or other.</param>
/// <param name="UnitLabel">What the numbers are, e.g. woningen; "%" for a percentage.</param>
/// <param name="PeriodCode">The year the values are about.</param>
/// <param name="Target">The target for that year, if set.</param>
/// <param name="Realised">The realised value for that year, if known.</param>
public sealed record OutputFigure(OutputKind Kind, string Name, OutputUnit Unit, string UnitLabel, string? PeriodCode, double? Target, double? Realised);

/// <summary>A published story about an area in a focus area, as the area page lists it beside a pillar.</summary>
/// <param name="Id">The story's id (its page is <c>/verhalen/{id}</c>).</param>
/// <param name="Method">How it was gathered.</param>
/// <param name="Date">When it was gathered.</param>
/// <param name="AreaCode">The wijk or buurt it is about.</param>
/// <param name="AreaName">That area's name, when the register has it.</param>
/// <param name="PillarNumber">The pillar it speaks to.</param>
/// <param name="Summary">A few sentences, plain text.</param>
public sealed record StoryOutline(int Id, StoryMethod Method, DateOnly Date, string AreaCode, string? AreaName, int PillarNumber, string Summary);

/// <summary>The published agenda of one focus area in numbers, for the overview.</summary>
/// <param name="FocusAreaCode">The programme's focus-area code.</param>
/// <param name="Planned">Published projects that are planned.</param>
/// <param name="Running">Published projects that are running.</param>
/// <param name="Completed">Published projects that are completed.</param>
/// <param name="Stopped">Published projects that are stopped.</param>
/// <param name="Funding">Money per funder (only funders with a line), in funder order.</param>
public sealed record FocusAreaAgendaTotals(string FocusAreaCode, int Planned, int Running, int Completed, int Stopped, IReadOnlyList<FunderAmounts> Funding)
{
    public int Projects => Planned + Running + Completed + Stopped;

    public decimal Budget => Funding.Sum(f => f.Budget);

    public decimal Committed => Funding.Sum(f => f.Committed);

    public decimal Spent => Funding.Sum(f => f.Spent);

    /// <summary>Some line behind these amounts belongs to a project whose figures are examples.</summary>
    public bool IncludesExampleData => Funding.Any(f => f.IncludesExampleData);
}

/// <summary>What one funder puts into a focus area's published projects, summed over projects and years, in euros.</summary>
/// <param name="Funder">Rijk, provincie, gemeente or other.</param>
/// <param name="Budget">Budgeted.</param>
/// <param name="Committed">Committed (vastgelegd): contracted or granted.</param>
/// <param name="Spent">Spent (besteed): paid out.</param>
/// <param name="IncludesExampleData">A line of a project whose figures are examples contributes.</param>
public sealed record FunderAmounts(Funder Funder, decimal Budget, decimal Committed, decimal Spent, bool IncludesExampleData);

/// <summary>
/// Reads the agenda and stories of the first programme for the monitor pages (the area page and the overview).
/// Those pages are output-cached, so they pass <see cref="Audience.Public"/> whoever reads.
/// </summary>
/// <remarks>Each method is a fixed number of queries however many projects there are, so the pages stay fast.</remarks>
public sealed class AgendaOverviewQueries(WijkpeilDbContext db)
{
    private static readonly StringComparer DutchComparer = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    /// <summary>The projects of these focus areas that <paramref name="audience"/> sees, with their outputs, by title (Dutch order).</summary>
    public async Task<IReadOnlyList<ProjectOutline>> ProjectsAsync(IReadOnlyCollection<string> focusAreaCodes, Audience audience, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(focusAreaCodes);
        if (focusAreaCodes.Count == 0)
        {
            return [];
        }

        var codes = focusAreaCodes.ToList();
        var rows = await OfFirstProgramme(audience)
            .Where(p => codes.Contains(p.FocusAreaCode))
            .Select(p => new
            {
                p.Id,
                p.FocusAreaCode,
                p.Title,
                p.OwnerOrganisation,
                p.Status,
                p.StartDate,
                p.EndDate,
                p.IsExampleData,
                Pillars = p.Pillars.Select(x => x.Number).ToList(),

                // Project.PercentComplete in SQL, so the timeline's texts are not read for one number.
                PercentComplete = p.ProgressUpdates
                    .Where(u => u.PercentComplete != null)
                    .OrderByDescending(u => u.Date).ThenByDescending(u => u.Sequence)
                    .Select(u => u.PercentComplete)
                    .FirstOrDefault(),
                Outputs = p.OutputMeasures
                    .Select(m => new { m.Kind, m.Name, m.Unit, m.UnitLabel, Values = m.Values.Select(v => new { v.PeriodCode, v.Target, v.Realised }).ToList() })
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        return [.. rows
            .Select(p => new ProjectOutline(
                p.Id,
                p.FocusAreaCode,
                p.Title,
                [.. p.Pillars.Order()],
                p.OwnerOrganisation,
                p.Status,
                p.StartDate,
                p.EndDate,
                p.PercentComplete,
                p.IsExampleData,
                [.. p.Outputs
                    .OrderBy(m => m.Kind).ThenBy(m => m.Name, DutchComparer)
                    .Select(m =>
                    {
                        // Period codes are years, so ordinal order is time order.
                        var shown = m.Values.Where(v => v.Realised.HasValue).MaxBy(v => v.PeriodCode, StringComparer.Ordinal)
                            ?? m.Values.MaxBy(v => v.PeriodCode, StringComparer.Ordinal);
                        return new OutputFigure(m.Kind, m.Name, m.Unit, m.UnitLabel, shown?.PeriodCode, shown?.Target, shown?.Realised);
                    })]))
            .OrderBy(p => p.Title, DutchComparer)
            .ThenBy(p => p.Id)];
    }

    /// <summary>
    /// The stories that <paramref name="audience"/> sees about the member areas of a focus area or the areas directly
    /// under them (the buurten of a member wijk), newest first.
    /// </summary>
    public async Task<IReadOnlyList<StoryOutline>> StoriesAsync(IReadOnlyCollection<AreaCode> memberCodes, Audience audience, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(memberCodes);
        if (memberCodes.Count == 0)
        {
            return [];
        }

        var members = memberCodes.Distinct().ToList();
        var parents = members.Select(m => (AreaCode?)m).ToList();
        var areas = await db.Areas.AsNoTracking()
            .Where(a => members.Contains(a.Code) || parents.Contains(a.ParentCode))
            .Select(a => new { a.Code, a.Name })
            .ToListAsync(ct);
        var names = areas.ToDictionary(a => a.Code, a => a.Name);
        var codes = names.Keys.Union(members).ToList();

        var firstProgramme = db.Programmes.OrderBy(p => p.Id).Select(p => p.Id).Take(1);
        var stories = await db.Stories.AsNoTracking()
            .VisibleTo(audience)
            .Where(s => codes.Contains(s.Area) && firstProgramme.Contains(s.ProgrammeId))
            .Select(s => new { s.Id, s.Method, s.Date, s.Area, s.PillarNumber, s.Summary })
            .ToListAsync(ct);

        return [.. stories
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.Id)
            .Select(s => new StoryOutline(s.Id, s.Method, s.Date, s.Area.Value, names.GetValueOrDefault(s.Area), s.PillarNumber, s.Summary))];
    }

    /// <summary>
    /// Per focus area with projects <paramref name="audience"/> sees: how many are planned, running, completed and
    /// stopped, and budget, committed and spent per funder. Focus areas without such a project are absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, FocusAreaAgendaTotals>> TotalsPerFocusAreaAsync(Audience audience, CancellationToken ct)
    {
        var projects = await OfFirstProgramme(audience)
            .Select(p => new { p.FocusAreaCode, p.Status })
            .ToListAsync(ct);

        // Summed here, not in SQL: SQLite stores decimals as text and cannot add them exactly.
        var lines = await OfFirstProgramme(audience)
            .SelectMany(p => p.FundingLines, (p, f) => new { p.FocusAreaCode, p.IsExampleData, f.Funder, f.Budget, f.Committed, f.Spent })
            .ToListAsync(ct);

        return projects
            .GroupBy(p => p.FocusAreaCode, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new FocusAreaAgendaTotals(
                    g.Key,
                    g.Count(p => p.Status == ProjectStatus.Planned),
                    g.Count(p => p.Status == ProjectStatus.Running),
                    g.Count(p => p.Status == ProjectStatus.Completed),
                    g.Count(p => p.Status == ProjectStatus.Stopped),
                    [.. lines
                        .Where(l => l.FocusAreaCode == g.Key)
                        .GroupBy(l => l.Funder)
                        .OrderBy(f => f.Key)
                        .Select(f => new FunderAmounts(f.Key, f.Sum(l => l.Budget), f.Sum(l => l.Committed), f.Sum(l => l.Spent), f.Any(l => l.IsExampleData)))]),
                StringComparer.Ordinal);
    }

    // The monitor pages show the first programme (lowest id), as MonitorQueries does.
    private IQueryable<Project> OfFirstProgramme(Audience audience)
    {
        var firstProgramme = db.Programmes.OrderBy(p => p.Id).Select(p => p.Id).Take(1);
        return db.Projects.AsNoTracking().VisibleTo(audience).Where(p => firstProgramme.Contains(p.ProgrammeId));
    }
}
