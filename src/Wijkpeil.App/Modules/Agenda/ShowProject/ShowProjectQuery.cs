using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.ListProjects;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.App.Modules.Indicators.Contracts;

namespace Wijkpeil.App.Modules.Agenda.ShowProject;

/// <summary>One project with everything its page and the API show.</summary>
public sealed class ShowProjectQuery(WijkpeilDbContext db, IIndicatorCatalogue catalogue)
{
    /// <summary>One project with its timeline, outputs, indicators and funding; null when absent or not visible.</summary>
    public async Task<ProjectView?> GetAsync(int id, Audience audience, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().VisibleTo(audience)
            .Include(p => p.Pillars)
            .Include(p => p.ProgressUpdates)
            .Include(p => p.OutputMeasures).ThenInclude(m => m.Values)
            .Include(p => p.Indicators)
            .Include(p => p.FundingLines)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return null;
        }

        var indicatorIds = project.Indicators.Select(i => i.IndicatorId).ToList();
        var indicators = await catalogue.Indicators
            .Where(i => indicatorIds.Contains(i.Id))
            .Select(i => new LinkedIndicator(i.Id, i.Code, i.NameNl))
            .ToListAsync(ct);
        var dutch = ListProjectsQuery.DutchComparer;
        return new ProjectView(
            ListProjectsQuery.ToSummary(project),
            project.Description,
            project.MeetingPlaceAddress,
            project.StopReason,
            project.PercentComplete,
            [.. project.ProgressUpdates.Select(u => new ProgressEntry(u.Date, u.Text, u.PercentComplete))],
            [.. project.OutputMeasures.OrderBy(m => m.Kind).ThenBy(m => m.Name, dutch).Select(m => new OutputMeasureView(
                m.Kind, m.Name, m.Unit, m.UnitLabel, [.. m.Values.Select(v => new OutputValueView(v.PeriodCode, v.Target, v.Realised))]))],
            [.. indicators.OrderBy(i => i.NameNl, dutch)],
            [.. project.FundingLines.OrderBy(f => f.Year).ThenBy(f => f.Funder).Select(f => new FundingLineView(f.Funder, f.FunderName, f.Year, f.Budget, f.Committed, f.Spent))]);
    }
}
