using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.MeetingPlaces.Contracts;
using Wijkpeil.Domain.MeetingPlaces;

namespace Wijkpeil.App.Modules.MeetingPlaces;

/// <inheritdoc cref="IMeetingPlaceSeeding"/>
internal sealed class MeetingPlaceSeeding(WijkpeilDbContext db, PlaceProgrammes programmes) : IMeetingPlaceSeeding
{
    public async Task<bool> SeedAsync(string programmeSlug, IReadOnlyList<MeetingPlaceDetails> places, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(places);
        if (await programmes.ScopeAsync(programmeSlug, cancellationToken) is not { } scope
            || await db.MeetingPlaces.AnyAsync(p => p.ProgrammeId == scope.Id, cancellationToken))
        {
            return false;
        }

        foreach (var details in places)
        {
            var created = MeetingPlace.Create(scope, details);

            // The seed is ours: a refusal here is a bug in it, not a user error.
            db.MeetingPlaces.Add(created.IsSuccess
                ? created.Value
                : throw new InvalidOperationException($"The meeting-place seed '{details.Name}' is refused: {created.Error!.Code}"));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }
}
