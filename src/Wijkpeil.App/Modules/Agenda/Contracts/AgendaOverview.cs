using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.Contracts;

/// <summary>The agenda for the monitor pages; each method is a fixed number of SQL commands however many projects there are.</summary>
internal sealed class AgendaOverview(WijkpeilDbContext db, IAgendaStories stories, IProgrammeCatalogue catalogue) : IAgendaOverview
{
    private static readonly StringComparer DutchComparer = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    public async Task<AreaAgenda> AreaAgendaAsync(IReadOnlyCollection<ProgrammeFocusArea> focusAreas, Audience audience, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(focusAreas);
        if (focusAreas.Count == 0)
        {
            return AreaAgenda.Empty;
        }

        var programmeIds = focusAreas.Select(f => f.ProgrammeId).Distinct().ToList();
        var codes = focusAreas.Select(f => f.FocusArea.Slug).Distinct().ToList();
        var wanted = focusAreas.Select(f => (f.ProgrammeId, f.FocusArea.Slug)).ToHashSet();

        // One command: the nested collections come in the same query (no split), the percentage is computed in SQL.
        var rows = await db.Projects.AsNoTracking().VisibleTo(audience)
            .Where(p => programmeIds.Contains(p.ProgrammeId) && codes.Contains(p.FocusAreaCode))
            .Select(p => new
            {
                p.Id,
                p.ProgrammeId,
                p.FocusAreaCode,
                p.Title,
                p.OwnerOrganisation,
                p.Status,
                p.StartDate,
                p.EndDate,
                p.IsExampleData,
                Pillars = p.Pillars.Select(x => x.Number).ToList(),
                PercentComplete = p.ProgressUpdates
                    .Where(u => u.PercentComplete != null)
                    .OrderByDescending(u => u.Date).ThenByDescending(u => u.Sequence)
                    .Select(u => u.PercentComplete)
                    .FirstOrDefault(),
                Outputs = p.OutputMeasures
                    .Select(m => new { m.Kind, m.Name, m.Unit, m.UnitLabel, Values = m.Values.Select(v => new { v.PeriodCode, v.Target, v.Realised }).ToList() })
                    .ToList(),
            })
            .AsSingleQuery()
            .ToListAsync(ct);

        var projects = rows
            .Where(p => wanted.Contains((p.ProgrammeId, p.FocusAreaCode)))
            .Select(p => new ProjectOutline(
                p.Id,
                p.ProgrammeId,
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
            .ThenBy(p => p.Id)
            .ToList();

        var members = focusAreas.SelectMany(f => f.FocusArea.Members).Distinct().ToList();
        var storyList = await stories.AboutAsync(programmeIds, members, audience, ct);
        return new AreaAgenda(projects, storyList);
    }

    public async Task<IReadOnlyDictionary<string, FocusAreaAgendaTotals>> TotalsPerFocusAreaAsync(string programmeSlug, Audience audience, CancellationToken ct)
    {
        var programme = (await catalogue.ListAsync(ct)).FirstOrDefault(p => p.Slug == programmeSlug);
        if (programme is null)
        {
            return new Dictionary<string, FocusAreaAgendaTotals>();
        }

        var ofProgramme = db.Projects.AsNoTracking().VisibleTo(audience).Where(p => p.ProgrammeId == programme.Id);
        var projects = await ofProgramme.Select(p => new { p.FocusAreaCode, p.Status }).ToListAsync(ct);

        // Summed here, not in SQL: SQLite stores decimals as text and cannot add them exactly.
        var lines = await ofProgramme
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
}

internal sealed class AgendaWords(IStringLocalizer<AgendaText> text) : IAgendaWords
{
    public string Status(ProjectStatus status) => text[AgendaText.Key(status)];

    public string Funder(Funder funder) => text[AgendaText.Key(funder)];

    public string ExampleDataMarker => text["ExampleData.Marker"];
}
