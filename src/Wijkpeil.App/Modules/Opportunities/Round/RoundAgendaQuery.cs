using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Modules.Opportunities.Round;

/// <summary>
/// The agenda items a related programme is sent in the round: every project of every programme whose title or
/// description touches one of its themes (<see cref="ThemeMatch"/>), stopped projects left out (they offer nothing to
/// join). Read through the Agenda and Programmes contracts.
/// </summary>
public sealed class RoundAgendaQuery(WijkpeilDbContext db, IProjectDirectory projects, IProgrammeCatalogue catalogue)
{
    /// <summary>The programme with its matching items by programme, focus area and title; null when there is no such related programme.</summary>
    public async Task<RoundAgenda?> ReadAsync(int relatedProgrammeId, CancellationToken ct)
    {
        var related = await db.RelatedProgrammes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == relatedProgrammeId, ct);
        if (related is null)
        {
            return null;
        }

        var plans = await projects.Plans.Where(p => p.Status != ProjectStatus.Stopped).OrderBy(p => p.Id).ToListAsync(ct);
        var focusAreas = (await catalogue.FocusAreasAsync(null, ct)).ToDictionary(f => (f.ProgrammeId, f.FocusArea.Slug));
        var byId = plans.ToDictionary(p => p.Id);
        var items = ThemeMatch.ItemsTouching(related.Themes, plans.Select(p => new AgendaItemText(p.Id, p.Title, p.Description)))
            .Select(m =>
            {
                var plan = byId[m.ProjectId];
                var area = focusAreas.GetValueOrDefault((plan.ProgrammeId, plan.FocusAreaCode));
                return new RoundAgendaItem(plan.Id, plan.Title, area?.ProgrammeName ?? string.Empty, area?.FocusArea.Name ?? plan.FocusAreaCode, plan.Status, plan.StartDate, plan.EndDate, m.Themes);
            })
            .OrderBy(i => i.Programme, StringComparer.Ordinal).ThenBy(i => i.FocusArea, StringComparer.Ordinal).ThenBy(i => i.Title, StringComparer.Ordinal)
            .ToList();
        return new RoundAgenda(related.Name, related.Themes, items);
    }
}

/// <summary>What one related programme is sent.</summary>
public sealed record RoundAgenda(string ProgrammeName, IReadOnlyList<string> Themes, IReadOnlyList<RoundAgendaItem> Items);

/// <summary>An agenda item in the export, with the themes it touches.</summary>
public sealed record RoundAgendaItem(int ProjectId, string Title, string Programme, string FocusArea, ProjectStatus Status, DateOnly? StartDate, DateOnly? EndDate, IReadOnlyList<string> Themes);
