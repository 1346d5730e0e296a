using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>The Stories module's front door: stories and quotes, their editor policy and API. Its pages are found by the Razor component scan.</summary>
public static class StoriesModule
{
    public static IServiceCollection AddStoriesModule(this IServiceCollection services)
    {
        services.AddScoped<StoryProgrammes>();
        services.AddScoped<StoryQueries>();
        services.AddScoped<StoryEditing>();
        services.AddScoped<Contracts.IStoryOutlines, StoryOutlines>();
        services.AddScoped<Contracts.IStoryWords, StoryWords>();
        services.AddScoped<Programmes.Contracts.IProgrammeUsage, StoryProgrammeUsage>();
        services.AddStoryEditorPolicy();
        return services;
    }

    /// <summary>The /api/v1/stories endpoints.</summary>
    public static IEndpointRouteBuilder MapStoriesModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapStoryEndpoints();
}
