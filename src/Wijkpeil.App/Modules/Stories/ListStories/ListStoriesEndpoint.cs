using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Stories.ShowStory;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Stories.ListStories;

/// <summary>GET /api/v1/stories.</summary>
internal static class ListStoriesEndpoint
{
    internal static async Task<Results<Ok<IReadOnlyList<StoryResponse>>, ProblemHttpResult>> ListAsync(
        [Description("Programma (slug, bv. vitale-wijken); zonder: alle programma's.")] string? programme,
        [Description("CBS-code: verhalen over dat gebied of een gebied daarbinnen, bv. WK034403 of GM0344.")] string? area,
        [Description("Pijlernummer.")] int? pillar,
        [Description("Id van een project uit de uitvoeringsagenda.")] int? project,
        ListStoriesQuery query,
        StoryProgrammes programmes,
        HttpContext http,
        CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(programme)
            && !(await programmes.AllAsync(ct)).Any(p => string.Equals(p.Slug, programme.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return ProblemResponses.For([Problem.Invalid("programme", "stories.programme.unknown", programme)], http);
        }

        AreaCode? areaCode = null;
        if (!string.IsNullOrWhiteSpace(area))
        {
            var parsed = AreaCode.Parse(area.Trim().ToUpperInvariant());
            if (parsed.Error is { } error)
            {
                return ProblemResponses.For([Problem.Invalid("area", error.Code, area)], http);
            }

            areaCode = parsed.Value;
        }

        var stories = await query.ListAsync(new StoryFilter(null, areaCode, pillar, project, programme), Audience.Of(http.User), ct);
        return TypedResults.Ok<IReadOnlyList<StoryResponse>>([.. stories.Select(StoryResponse.From)]);
    }
}
