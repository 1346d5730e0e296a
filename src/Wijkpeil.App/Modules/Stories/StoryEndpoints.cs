using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Stories.CreateStory;
using Wijkpeil.App.Modules.Stories.ListStories;
using Wijkpeil.App.Modules.Stories.ShowStory;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>GET and POST /api/v1/stories: the stories behind the numbers, with the same rules as the pages.</summary>
public static class StoryEndpoints
{
    internal const string Path = "/api/v1/stories";

    public static IEndpointRouteBuilder MapStoryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path).WithTags("Verhalen");
        group.MapGet(string.Empty, ListStoriesEndpoint.ListAsync)
            .WithName("GetStories")
            .WithSummary("Verhalen achter de cijfers")
            .WithDescription("Zonder aanmelding alleen gepubliceerde verhalen; aangemeld ook concepten. Nieuwste eerst.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:int}", ShowStoryEndpoint.GetAsync)
            .WithName("GetStory")
            .WithSummary("Eén verhaal")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var writes = group.MapWriteGroup();
        writes.MapPost(string.Empty, CreateStoryEndpoint.CreateAsync)
            .WithName("CreateStory")
            .WithSummary("Een verhaal toevoegen")
            .WithDescription(
                "Met een persoonlijk toegangstoken (Authorization: Bearer) of de inlogcookie plus de antiforgery-kop. " +
                "Een ProgrammeManager en een KnowledgePartner mogen overal schrijven, een AreaEditor in de focusgebieden van zijn gemeenten. " +
                "Fouten per veld staan in 'errors'.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }
}
