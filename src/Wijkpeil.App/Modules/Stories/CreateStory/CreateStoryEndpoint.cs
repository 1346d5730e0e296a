using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Stories.ShowStory;

namespace Wijkpeil.App.Modules.Stories.CreateStory;

/// <summary>POST /api/v1/stories.</summary>
internal static class CreateStoryEndpoint
{
    internal static async Task<Results<Created<StoryResponse>, ProblemHttpResult>> CreateAsync(
        StoryRequest request, CreateStoryHandler handler, ShowStoryQuery query, HttpContext http, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(http.User, request, ct);
        if (!outcome.Succeeded)
        {
            return ProblemResponses.For(outcome, http);
        }

        var story = await query.GetAsync(outcome.Value, Audience.SignedIn, ct);
        return TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"{StoryEndpoints.Path}/{story!.Id}"), StoryResponse.From(story));
    }
}
