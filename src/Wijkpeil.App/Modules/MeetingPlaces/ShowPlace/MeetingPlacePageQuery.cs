using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.MeetingPlaces.Contracts;
using Wijkpeil.Domain.Learning;
using Wijkpeil.Domain.MeetingPlaces;

namespace Wijkpeil.App.Modules.MeetingPlaces.ShowPlace;

/// <summary>A meeting place as its public page shows it, with what happens there.</summary>
/// <param name="FocusAreaName">The focus area's name, or its code when the programme no longer has it.</param>
/// <param name="Upcoming">Published events from now on, spreekuren excluded, by start.</param>
/// <param name="ConsultationHours">Published spreekuren from now on, by start.</param>
/// <param name="Past">The last published events and spreekuren that started before now, latest first.</param>
/// <param name="Projects">Agenda projects whose meeting place this is, by title; drafts only for staff.</param>
public sealed record MeetingPlaceView(
    MeetingPlace Place,
    string FocusAreaName,
    IReadOnlyList<PlaceEvent> Upcoming,
    IReadOnlyList<PlaceEvent> ConsultationHours,
    IReadOnlyList<PlaceEvent> Past,
    IReadOnlyList<ProjectEntry> Projects);

/// <summary>Reads one place for its page: the place itself, its events (Events contract) and projects (Agenda contract).</summary>
public sealed class MeetingPlacePageQuery(WijkpeilDbContext db, PlaceProgrammes programmes, IMeetingPlaceEvents events, IProjectDirectory projects, TimeProvider time)
{
    /// <summary>How many past events the page lists.</summary>
    public const int PastShown = 10;

    public async Task<MeetingPlaceView?> FindAsync(int id, Audience audience, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var place = await db.MeetingPlaces.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (place is null)
        {
            return null;
        }

        var seesDrafts = audience.SeesDrafts;
        var focusAreas = await programmes.FocusAreasAsync(ct);
        var atPlace = await events.AtAsync(id, ct);
        var linked = await projects.Projects
            .Where(p => p.MeetingPlaceId == id && (p.IsPublished || seesDrafts))
            .OrderBy(p => p.Title)
            .ToListAsync(ct);
        var now = time.GetUtcNow();
        var upcoming = atPlace.Where(e => e.StartsAt >= now).ToList();
        var name = focusAreas.FirstOrDefault(f => f.ProgrammeId == place.ProgrammeId && f.FocusArea.Slug == place.FocusAreaCode)?.FocusArea.Name ?? place.FocusAreaCode;
        return new MeetingPlaceView(
            place,
            name,
            [.. upcoming.Where(e => e.Kind != EventKind.ConsultationHour)],
            [.. upcoming.Where(e => e.Kind == EventKind.ConsultationHour)],
            [.. atPlace.Where(e => e.StartsAt < now).Reverse().Take(PastShown)],
            linked);
    }
}
