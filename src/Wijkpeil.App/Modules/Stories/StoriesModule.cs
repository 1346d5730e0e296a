using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.Stories.AddQuote;
using Wijkpeil.App.Modules.Stories.AnonymiseStory;
using Wijkpeil.App.Modules.Stories.CreateStory;
using Wijkpeil.App.Modules.Stories.DeleteStory;
using Wijkpeil.App.Modules.Stories.EditStory;
using Wijkpeil.App.Modules.Stories.ListStories;
using Wijkpeil.App.Modules.Stories.PublishStory;
using Wijkpeil.App.Modules.Stories.RemoveQuote;
using Wijkpeil.App.Modules.Stories.ShowStory;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>
/// The Stories module's front door: stories and quotes, one folder per use case, their editor policy and API. Its pages
/// are found by the Razor component scan.
/// </summary>
public static class StoriesModule
{
    public static IServiceCollection AddStoriesModule(this IServiceCollection services)
    {
        services.AddScoped<StoryProgrammes>();
        services.AddScoped<StoryViews>();
        services.AddScoped<StoryChoicesQuery>();
        services.AddScoped<StoryValidation>();
        services.AddScoped<StoryChanges>();
        services.AddScoped<ListStoriesQuery>();
        services.AddScoped<ShowStoryQuery>();
        services.AddScoped<CreateStoryHandler>();
        services.AddScoped<EditStoryHandler>();
        services.AddScoped<PublishStoryHandler>();
        services.AddScoped<AnonymiseStoryHandler>();
        services.AddScoped<AddQuoteHandler>();
        services.AddScoped<RemoveQuoteHandler>();
        services.AddScoped<DeleteStoryHandler>();
        services.AddScoped<Agenda.Contracts.IAgendaStories, AgendaStories>();
        services.AddScoped<Programmes.Contracts.IProgrammeUsage, StoryProgrammeUsage>();
        services.AddStoryEditorPolicy();
        return services;
    }

    /// <summary>The /api/v1/stories endpoints.</summary>
    public static IEndpointRouteBuilder MapStoriesModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapStoryEndpoints();
}
