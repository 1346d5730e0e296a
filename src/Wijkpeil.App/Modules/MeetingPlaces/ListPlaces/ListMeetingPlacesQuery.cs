using Wijkpeil.App.Modules.MeetingPlaces.Contracts;

namespace Wijkpeil.App.Modules.MeetingPlaces.ListPlaces;

/// <summary>The places of one focus area, for the list.</summary>
/// <param name="FocusAreaName">The focus area's name, or its code when its programme no longer has it.</param>
public sealed record FocusAreaPlaces(string FocusAreaName, string? ProgrammeName, IReadOnlyList<MeetingPlaceEntry> Places);

/// <summary>Reads the register grouped per focus area, in the programmes' focus-area order; places by name.</summary>
public sealed class ListMeetingPlacesQuery(IMeetingPlaceDirectory directory, PlaceProgrammes programmes)
{
    public async Task<IReadOnlyList<FocusAreaPlaces>> ListAsync(CancellationToken ct)
    {
        var places = await directory.ListAsync(ct);
        var focusAreas = await programmes.FocusAreasAsync(ct);
        var known = focusAreas
            .Select(f => new FocusAreaPlaces(f.FocusArea.Name, f.ProgrammeName, [.. places.Where(p => p.ProgrammeId == f.ProgrammeId && p.FocusAreaCode == f.FocusArea.Slug)]))
            .Where(g => g.Places.Count > 0);

        // A place whose focus area was removed from its programme stays listed, under its code.
        var orphaned = places
            .Where(p => !focusAreas.Any(f => f.ProgrammeId == p.ProgrammeId && f.FocusArea.Slug == p.FocusAreaCode))
            .GroupBy(p => p.FocusAreaCode)
            .Select(g => new FocusAreaPlaces(g.Key, null, [.. g]));
        return [.. known, .. orphaned];
    }
}
