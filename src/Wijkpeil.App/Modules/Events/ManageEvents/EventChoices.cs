using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.MeetingPlaces.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;

namespace Wijkpeil.App.Modules.Events.ManageEvents;

/// <summary>What the event form offers: the programmes' pillars, their focus areas, the agenda's projects and the meeting places.</summary>
/// <param name="Pillars">Pillars by number (programmes share the numbering), with their names.</param>
/// <param name="FocusAreas">Every programme's focus areas.</param>
/// <param name="Projects">Agenda projects, drafts included (organisers are staff).</param>
/// <param name="MeetingPlaces">The meeting-place register, by focus area and name.</param>
public sealed record EventChoices(IReadOnlyList<PillarDetails> Pillars, IReadOnlyList<ProgrammeFocusArea> FocusAreas, IReadOnlyList<ProjectEntry> Projects, IReadOnlyList<MeetingPlaceEntry> MeetingPlaces)
{
    /// <summary>Whether <paramref name="code"/> names one of the focus areas: the slug as stored, as projects keep it.</summary>
    public bool HasFocusArea(string code) => FocusAreas.Any(f => string.Equals(f.FocusArea.Slug, code.Trim(), StringComparison.Ordinal));
}

/// <summary>Reads the <see cref="EventChoices"/> through the Programmes, Agenda and MeetingPlaces modules' contracts.</summary>
public sealed class EventChoicesQuery(IProgrammeCatalogue catalogue, IProjectDirectory projects, IMeetingPlaceDirectory meetingPlaces)
{
    public async Task<EventChoices> ReadAsync(CancellationToken ct)
    {
        var programmes = await catalogue.ListAsync(ct);
        var details = await catalogue.DetailsAsync([.. programmes.Select(p => p.Slug)], ct);
        var pillars = details.SelectMany(p => p.Pillars).GroupBy(p => p.Number).Select(g => g.First()).OrderBy(p => p.Number).ToList();
        var focusAreas = await catalogue.FocusAreasAsync(null, ct);
        var projectList = await projects.Projects.OrderBy(p => p.Title).ToListAsync(ct);
        var places = await meetingPlaces.ListAsync(ct);
        return new EventChoices(pillars, focusAreas, projectList, places);
    }
}
