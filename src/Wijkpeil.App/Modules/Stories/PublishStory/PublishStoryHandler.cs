using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Modules.Stories.PublishStory;

/// <summary>Publishes a story (refused without consent on record) or takes it offline.</summary>
public sealed class PublishStoryHandler(StoryChanges changes)
{
    public Task<Outcome<int>> HandleAsync(ClaimsPrincipal user, int id, bool published, CancellationToken ct) =>
        changes.ChangeAsync(user, id, story =>
        {
            if (!published)
            {
                story.Unpublish();
                return null;
            }

            return story.Publish().Error is { } error ? Problem.From(error) : null;
        }, ct);
}
