using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>Reads the execution agenda for the pages and the API; which projects a reader sees is the <see cref="Audience"/>'s rule.</summary>
public sealed class AgendaQueries(WijkpeilDbContext db)
{
    private static readonly StringComparer DutchComparer = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    /// <summary>
    /// The projects of a focus area and/or on a pillar (null means any), by focus area then title.
    /// </summary>
    public async Task<IReadOnlyList<ProjectSummary>> ListProjectsAsync(
        string? focusAreaCode, int? pillar, Audience audience, CancellationToken ct)
    {
        var projects = await db.Projects.AsNoTracking().VisibleTo(audience)
            .Where(p => focusAreaCode == null || p.FocusAreaCode == focusAreaCode)
            .Where(p => pillar == null || p.Pillars.Any(x => x.Number == pillar))
            .Include(p => p.Pillars)
            .AsSplitQuery()
            .ToListAsync(ct);

        // Titles sort by Dutch rules, which neither database's default collation applies.
        return [.. projects.Select(ToSummary).OrderBy(p => p.FocusAreaCode, StringComparer.Ordinal).ThenBy(p => p.Title, DutchComparer)];
    }

    /// <summary>One project with its timeline, outputs, indicators and funding; null when absent or not visible.</summary>
    public async Task<ProjectView?> GetProjectAsync(int id, Audience audience, CancellationToken ct)
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
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => indicatorIds.Contains(i.Id))
            .Select(i => new LinkedIndicator(i.Id, i.Code, i.NameNl))
            .ToListAsync(ct);

        return new ProjectView(
            ToSummary(project),
            project.Description,
            project.MeetingPlaceAddress,
            project.StopReason,
            project.PercentComplete,
            [.. project.ProgressUpdates.Select(u => new ProgressEntry(u.Date, u.Text, u.PercentComplete))],
            [.. project.OutputMeasures.OrderBy(m => m.Kind).ThenBy(m => m.Name, DutchComparer).Select(m => new OutputMeasureView(
                m.Kind, m.Name, m.Unit, m.UnitLabel, [.. m.Values.Select(v => new OutputValueView(v.PeriodCode, v.Target, v.Realised))]))],
            [.. indicators.OrderBy(i => i.NameNl, DutchComparer)],
            [.. project.FundingLines.OrderBy(f => f.Year).ThenBy(f => f.Funder).Select(f => new FundingLineView(f.Funder, f.FunderName, f.Year, f.Budget, f.Committed, f.Spent))]);
    }

    /// <summary>
    /// Budget, committed and spent per funder over the visible projects (of one focus area, when given); funders
    /// without a line are left out.
    /// </summary>
    public async Task<IReadOnlyList<FunderTotal>> FundingByFunderAsync(string? focusAreaCode, Audience audience, CancellationToken ct)
    {
        // Summed here, not in SQL: SQLite stores decimals as text and cannot add them exactly.
        var lines = await db.Projects.AsNoTracking().VisibleTo(audience)
            .Where(p => focusAreaCode == null || p.FocusAreaCode == focusAreaCode)
            .SelectMany(p => p.FundingLines)
            .Select(f => new { f.Funder, f.Budget, f.Committed, f.Spent })
            .ToListAsync(ct);
        return [.. lines
            .GroupBy(l => l.Funder)
            .OrderBy(g => g.Key)
            .Select(g => new FunderTotal(g.Key, g.Sum(l => l.Budget), g.Sum(l => l.Committed), g.Sum(l => l.Spent)))];
    }

    private static ProjectSummary ToSummary(Project p) => new(
        p.Id, p.FocusAreaCode, p.Title, p.PillarNumbers, p.OwnerOrganisation, p.Status, p.StartDate, p.EndDate, p.MeetingPlaceName, p.IsPublished, p.IsExampleData);
}
