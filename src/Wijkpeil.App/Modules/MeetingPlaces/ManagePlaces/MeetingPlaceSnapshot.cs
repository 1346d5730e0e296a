using Wijkpeil.Domain.MeetingPlaces;

namespace Wijkpeil.App.Modules.MeetingPlaces.ManagePlaces;

/// <summary>What the audit trail keeps of a meeting place: every detail.</summary>
internal sealed record MeetingPlaceSnapshot(
    string FocusAreaCode,
    string Name,
    string? Description,
    string? Activities,
    string? Address,
    double? Latitude,
    double? Longitude,
    string? Source)
{
    public static MeetingPlaceSnapshot Of(MeetingPlace p) =>
        new(p.FocusAreaCode, p.Name, p.Description, p.Activities, p.Address, p.Point?.Latitude, p.Point?.Longitude, p.Source);
}
