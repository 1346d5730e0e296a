using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.Domain.MeetingPlaces;

namespace Wijkpeil.App.Modules.MeetingPlaces.ManagePlaces;

/// <summary>
/// A ProgrammeManager or Coordinator adds a meeting place to the register or changes one. Each step checks the role
/// on the server and the programme of the chosen focus area (through the Programmes contract), and stores the change
/// with its audit entry in one transaction. A place is not deleted: events and projects point to it.
/// </summary>
public sealed class ManageMeetingPlacesHandler(WijkpeilDbContext db, IAuditLog audit, PlaceProgrammes programmes)
{
    /// <summary>A new place in the focus area of <paramref name="programmeSlug"/> the details name.</summary>
    public Task<Outcome<MeetingPlace>> CreateAsync(ClaimsPrincipal user, string? programmeSlug, MeetingPlaceDetails details, CancellationToken ct) => db.InTransactionAsync<MeetingPlace>(async () =>
    {
        if (Refusal(user) is { } refused)
        {
            return refused;
        }

        if (await programmes.ScopeAsync(programmeSlug, ct) is not { } scope)
        {
            return Problem.Invalid("focusArea", "meeting_place.form.focus_area_required");
        }

        var created = MeetingPlace.Create(scope, details);
        if (!created.IsSuccess)
        {
            return Problem.From(created.Error!);
        }

        var place = created.Value;
        db.MeetingPlaces.Add(place);
        await db.SaveChangesAsync(ct);
        audit.Record(AuditAction.Created, AuditEntityTypes.MeetingPlace, Key(place.Id), place.Name, null, MeetingPlaceSnapshot.Of(place));
        await db.SaveChangesAsync(ct);
        return place;
    }, ct);

    /// <summary>Changes a place's details; it stays in its programme (the focus area may change within it).</summary>
    public Task<Outcome<MeetingPlace>> ChangeAsync(int id, ClaimsPrincipal user, MeetingPlaceDetails details, CancellationToken ct) => db.InTransactionAsync<MeetingPlace>(async () =>
    {
        if (Refusal(user) is { } refused)
        {
            return refused;
        }

        if (await db.MeetingPlaces.SingleOrDefaultAsync(p => p.Id == id, ct) is not { } place)
        {
            return Problem.NotFound("meeting_place.not_found", id);
        }

        var scope = await programmes.ScopeAsync(place.ProgrammeId, ct)
            ?? throw new InvalidOperationException($"Meeting place {id} belongs to programme {place.ProgrammeId}, which does not exist.");
        var before = MeetingPlaceSnapshot.Of(place);
        var changed = place.Change(scope, details);
        if (!changed.IsSuccess)
        {
            return Problem.From(changed.Error!);
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.MeetingPlace, Key(id), place.Name, before, MeetingPlaceSnapshot.Of(place));
        await db.SaveChangesAsync(ct);
        return place;
    }, ct);

    private static Problem? Refusal(ClaimsPrincipal user) =>
        MeetingPlaceAccess.CanManage(user) ? null : Problem.Forbidden("meeting_place.manage.forbidden");

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
