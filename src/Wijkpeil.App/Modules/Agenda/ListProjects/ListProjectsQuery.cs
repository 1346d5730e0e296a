using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.ListProjects;

/// <summary>Lists the execution agenda for its page and the API; which projects a reader sees is the <see cref="Audience"/>'s rule.</summary>
public sealed class ListProjectsQuery(WijkpeilDbContext db)
{
    internal static readonly StringComparer DutchComparer = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    /// <summary>
    /// The projects of a programme, of one of its focus areas and/or on a pillar (null means any), by focus area then
    /// title. A focus area without a programme is not asked for: codes repeat across programmes.
    /// </summary>
    public async Task<IReadOnlyList<ProjectSummary>> ListAsync(int? programmeId, string? focusAreaCode, int? pillar, Audience audience, CancellationToken ct)
    {
        var projects = await db.Projects.AsNoTracking().VisibleTo(audience)
            .Where(p => programmeId == null || p.ProgrammeId == programmeId)
            .Where(p => focusAreaCode == null || p.FocusAreaCode == focusAreaCode)
            .Where(p => pillar == null || p.Pillars.Any(x => x.Number == pillar))
            .Include(p => p.Pillars)
            .AsSplitQuery()
            .ToListAsync(ct);

        // Titles sort by Dutch rules, which neither database's default collation applies.
        return [.. projects.Select(ToSummary).OrderBy(p => p.FocusAreaCode, StringComparer.Ordinal).ThenBy(p => p.Title, DutchComparer)];
    }

    /// <summary>
    /// Budget, committed and spent per funder over the visible projects (of a programme and focus area, when given);
    /// funders without a line are left out.
    /// </summary>
    public async Task<IReadOnlyList<FunderAmounts>> FundingByFunderAsync(int? programmeId, string? focusAreaCode, Audience audience, CancellationToken ct)
    {
        // Summed here, not in SQL: SQLite stores decimals as text and cannot add them exactly.
        var lines = await db.Projects.AsNoTracking().VisibleTo(audience)
            .Where(p => programmeId == null || p.ProgrammeId == programmeId)
            .Where(p => focusAreaCode == null || p.FocusAreaCode == focusAreaCode)
            .SelectMany(p => p.FundingLines, (p, f) => new { p.IsExampleData, f.Funder, f.Budget, f.Committed, f.Spent })
            .ToListAsync(ct);
        return [.. lines
            .GroupBy(l => l.Funder)
            .OrderBy(g => g.Key)
            .Select(g => new FunderAmounts(g.Key, g.Sum(l => l.Budget), g.Sum(l => l.Committed), g.Sum(l => l.Spent), g.Any(l => l.IsExampleData)))];
    }

    internal static ProjectSummary ToSummary(Project p) => new(
        p.Id, p.FocusAreaCode, p.Title, p.PillarNumbers, p.OwnerOrganisation, p.Status, p.StartDate, p.EndDate, p.MeetingPlaceName, p.IsPublished, p.IsExampleData, p.ProgrammeId);
}
