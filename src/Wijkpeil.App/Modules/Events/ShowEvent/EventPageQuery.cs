using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Events.ManageEvents;
using Wijkpeil.App.Modules.MeetingPlaces.Contracts;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.ShowEvent;

/// <summary>A published event as its public page shows it; times already in Europe/Amsterdam.</summary>
/// <param name="RegistrationRefusal">Why nobody can register now (cancelled, registration closed), or null when open.</param>
/// <param name="Report">The coordinator's report (Markdown), shown once the event has ended; null before or without one.</param>
/// <param name="Links">The pillars, focus areas and published agenda projects it is linked to, named through their modules' contracts.</param>
public sealed record PublicEvent(
    int Id,
    EventKind Kind,
    string Title,
    string? Description,
    DateTime StartsLocal,
    DateTime EndsLocal,
    MeetingPlaceEntry? MeetingPlace,
    string? Address,
    EventAudience Audience,
    IReadOnlyList<string> InvitedGemeenten,
    IReadOnlyList<string> InvitedOrganisations,
    int PlacesLeft,
    bool IsCancelled,
    bool IsClosed,
    string? RegistrationRefusal,
    string? Report,
    EventProgrammeLinks Links);

/// <summary>What an event is linked to in the programme, with names and the pages to link.</summary>
/// <param name="Pillars">Pillar numbers with their Dutch and English names (pillars have no page of their own).</param>
/// <param name="FocusAreas">Focus-area names with their page (<c>/programmas/{programme}/gebieden/{slug}</c>).</param>
/// <param name="Projects">Published agenda projects with their page (<c>/agenda/{id}</c>); a draft is not named.</param>
public sealed record EventProgrammeLinks(
    IReadOnlyList<(int Number, string NameNl, string NameEn)> Pillars,
    IReadOnlyList<(string Name, string Href)> FocusAreas,
    IReadOnlyList<(string Title, string Href)> Projects)
{
    public static EventProgrammeLinks None { get; } = new([], [], []);

    public bool Any => Pillars.Count + FocusAreas.Count + Projects.Count > 0;
}

/// <summary>Reads one published event for its public page; an unpublished or unknown one is not found.</summary>
public sealed class EventPageQuery(WijkpeilDbContext db, IMeetingPlaceDirectory meetingPlaces, TimeProvider time, EventChoicesQuery choices)
{
    public async Task<PublicEvent?> FindAsync(int id, CancellationToken ct)
    {
        var e = await db.CommunityEvents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.IsPublished, ct);
        if (e is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var place = e.MeetingPlaceId is { } placeId ? (await meetingPlaces.FindAsync([placeId], ct)).GetValueOrDefault(placeId) : null;
        var links = e.PillarNumbers.Count + e.FocusAreaCodes.Count + e.ProjectIds.Count == 0 ? EventProgrammeLinks.None : await LinksAsync(e, ct);
        var refusal = e.ClosedAt is not null && e.CancelledAt is null ? "event.registration_closed" : e.RefusesRegistration(now)?.Code;
        return new PublicEvent(
            e.Id, e.Kind, e.Title, e.Description, EventTime.LocalOf(e.StartsAt), EventTime.LocalOf(e.EndsAt), place, e.Address, e.Audience,
            e.InvitedGemeenten, e.InvitedOrganisations, Math.Max(0, e.Capacity - e.PlacesTaken), e.CancelledAt is not null, e.ClosedAt is not null, refusal,
            now >= e.EndsAt && e.CancelledAt is null ? e.Report : null, links);
    }

    private async Task<EventProgrammeLinks> LinksAsync(CommunityEvent e, CancellationToken ct)
    {
        var known = await choices.ReadAsync(ct);
        return new EventProgrammeLinks(
            [.. known.Pillars.Where(p => e.PillarNumbers.Contains(p.Number)).Select(p => (p.Number, p.NameNl, p.NameEn))],
            [.. known.FocusAreas.Where(f => e.FocusAreaCodes.Contains(f.FocusArea.Slug, StringComparer.Ordinal))
                .Select(f => (f.FocusArea.Name, $"/programmas/{Uri.EscapeDataString(f.ProgrammeSlug)}/gebieden/{Uri.EscapeDataString(f.FocusArea.Slug)}"))],
            [.. known.Projects.Where(p => p.IsPublished && e.ProjectIds.Contains(p.Id))
                .Select(p => (p.Title, "/agenda/" + p.Id.ToString(CultureInfo.InvariantCulture)))]);
    }
}
