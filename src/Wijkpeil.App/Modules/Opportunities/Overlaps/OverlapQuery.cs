using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Modules.Opportunities.Overlaps;

/// <summary>
/// The overlap flag over the whole agenda: projects of different programmes that plan works in the same area in the
/// same period (<see cref="OverlapFlag"/>). A project's areas are its focus area's member wijken and buurten; only
/// planned and running projects count (a completed or stopped one plans nothing). Read through the Agenda and
/// Programmes contracts.
/// </summary>
public sealed class OverlapQuery(IProjectDirectory projects, IProgrammeCatalogue catalogue)
{
    /// <summary>Every overlap, with the projects' titles and programmes' names.</summary>
    public async Task<IReadOnlyList<ProjectOverlap>> FindAsync(CancellationToken ct)
    {
        var focusAreas = await catalogue.FocusAreasAsync(null, ct);
        var plans = await projects.Plans.Where(p => p.Status == ProjectStatus.Planned || p.Status == ProjectStatus.Running).ToListAsync(ct);
        var members = focusAreas.ToDictionary(f => (f.ProgrammeId, f.FocusArea.Slug), f => f);
        var works = new List<PlannedWork>();
        foreach (var plan in plans)
        {
            // A period whose end lies before its start is the agenda's own error; it plans no day to meet.
            if (members.TryGetValue((plan.ProgrammeId, plan.FocusAreaCode), out var area)
                && DateWindow.Create(plan.StartDate, plan.EndDate, "project.period", "endDate") is { IsSuccess: true } period)
            {
                works.Add(new PlannedWork(plan.ProgrammeId, plan.Id, area.FocusArea.Members, period.Value));
            }
        }

        var byId = plans.ToDictionary(p => p.Id);
        var names = focusAreas.GroupBy(f => f.ProgrammeId).ToDictionary(g => g.Key, g => g.First().ProgrammeName);
        return
        [
            .. OverlapFlag.Find(works).Select(o => new ProjectOverlap(
                Side(o.First, byId, names),
                Side(o.Second, byId, names),
                [.. o.Areas.Select(a => a.Value)],
                o.Period.From,
                o.Period.To)),
        ];
    }

    private static OverlapSide Side(PlannedWork work, Dictionary<int, ProjectPlan> plans, Dictionary<int, string> names) =>
        new(work.ProjectId, plans[work.ProjectId].Title, names.GetValueOrDefault(work.ProgrammeId, string.Empty));
}

/// <summary>Two programmes' projects that meet: where (CBS codes) and when (either end may be open).</summary>
public sealed record ProjectOverlap(OverlapSide First, OverlapSide Second, IReadOnlyList<string> AreaCodes, DateOnly? From, DateOnly? To)
{
    /// <summary>Whether <paramref name="projectId"/> is one of the two.</summary>
    public bool Involves(int projectId) => First.ProjectId == projectId || Second.ProjectId == projectId;
}

/// <summary>One project of an overlap, with its programme's name.</summary>
public sealed record OverlapSide(int ProjectId, string Title, string ProgrammeName);
