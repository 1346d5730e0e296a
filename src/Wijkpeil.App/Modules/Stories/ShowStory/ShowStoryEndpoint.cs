using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.App.Modules.Stories.ShowStory;

/// <summary>GET /api/v1/stories/{id}.</summary>
internal static class ShowStoryEndpoint
{
    internal static async Task<Results<Ok<StoryResponse>, ProblemHttpResult>> GetAsync(int id, ShowStoryQuery query, HttpContext http, CancellationToken ct)
    {
        var story = await query.GetAsync(id, Audience.Of(http.User), ct);
        return story is null
            ? ProblemResponses.For([Problem.NotFound("story.not_found", id)], http)
            : TypedResults.Ok(StoryResponse.From(story));
    }
}
