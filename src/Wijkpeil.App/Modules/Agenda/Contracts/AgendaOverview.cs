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

        // One command of flat rows: a project with each of its pillars and each value of each output (left joins, so a
        // project without them still has its row), put together here. Nested collections in the projection would make
        // EF Core build its shaper's delegates on every run. The percentage is computed in SQL.
        var rows = await (
            from p in db.Projects.AsNoTracking().VisibleTo(audience)
            where programmeIds.Contains(p.ProgrammeId) && codes.Contains(p.FocusAreaCode)
            from x in p.Pillars.DefaultIfEmpty()
            from m in p.OutputMeasures.DefaultIfEmpty()
            from v in m!.Values.DefaultIfEmpty()
            select new
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
                PercentComplete = p.ProgressUpdates
                    .Where(u => u.PercentComplete != null)
                    .OrderByDescending(u => u.Date).ThenByDescending(u => u.Sequence)
                    .Select(u => u.PercentComplete)
                    .FirstOrDefault(),
                Pillar = (int?)x!.Number,
                MeasureId = (int?)m!.Id,
                Kind = (OutputKind?)m.Kind,
                MeasureName = m.Name,
                Unit = (OutputUnit?)m.Unit,
                m.UnitLabel,
                ValueId = (int?)v!.Id,
                PeriodCode = v.PeriodCode,
                Target = v.Target,
                Realised = v.Realised,
            })
            .ToListAsync(ct);

        var projects = rows
            .GroupBy(r => r.Id)
            .Select(project => (First: project.First(), Rows: project.ToList()))
            .Where(project => wanted.Contains((project.First.ProgrammeId, project.First.FocusAreaCode)))
            .Select(project =>
            {
                var p = project.First;
                return new ProjectOutline(
                    p.Id,
                    p.ProgrammeId,
                    p.FocusAreaCode,
                    p.Title,
                    [.. project.Rows.Where(r => r.Pillar.HasValue).Select(r => r.Pillar!.Value).Distinct().Order()],
                    p.OwnerOrganisation,
                    p.Status,
                    p.StartDate,
                    p.EndDate,
                    p.PercentComplete,
                    p.IsExampleData,
                    [.. project.Rows.Where(r => r.MeasureId.HasValue)
                        .GroupBy(r => r.MeasureId)
                        .Select(measure =>
                        {
                            var m = measure.First();
                            var values = measure.Where(r => r.ValueId.HasValue).DistinctBy(r => r.ValueId).ToList();

                            // Period codes are years, so ordinal order is time order.
                            var shown = values.Where(r => r.Realised.HasValue).MaxBy(r => r.PeriodCode, StringComparer.Ordinal)
                                ?? values.MaxBy(r => r.PeriodCode, StringComparer.Ordinal);
                            return new OutputFigure(m.Kind!.Value, m.MeasureName!, m.Unit!.Value, m.UnitLabel!, shown?.PeriodCode, shown?.Target, shown?.Realised);
                        })
                        .OrderBy(o => o.Kind).ThenBy(o => o.Name, DutchComparer)]);
            })
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
