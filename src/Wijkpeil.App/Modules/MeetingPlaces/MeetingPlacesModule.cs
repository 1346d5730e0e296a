using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.MeetingPlaces.Contracts;
using Wijkpeil.App.Modules.MeetingPlaces.ListPlaces;
using Wijkpeil.App.Modules.MeetingPlaces.ManagePlaces;
using Wijkpeil.App.Modules.MeetingPlaces.ShowPlace;

namespace Wijkpeil.App.Modules.MeetingPlaces;

/// <summary>
/// The MeetingPlaces module's front door: the register of physical meeting places per focus area (issue 14 point 7),
/// which events and agenda projects point to, with a public page per place saying what happens there. Its pages are
/// found by the Razor component scan.
/// </summary>
public static class MeetingPlacesModule
{
    public static IServiceCollection AddMeetingPlacesModule(this IServiceCollection services)
    {
        services.AddScoped<PlaceProgrammes>();
        services.AddScoped<IMeetingPlaceDirectory, MeetingPlaceDirectory>();
        services.AddScoped<IMeetingPlaceSeeding, MeetingPlaceSeeding>();
        services.AddScoped<ManageMeetingPlacesHandler>();
        services.AddScoped<MeetingPlacePageQuery>();
        services.AddScoped<ListMeetingPlacesQuery>();
        return services;
    }
}
