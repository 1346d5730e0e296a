using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Modules.Stories.AnonymiseStory;

/// <summary>Marks a story anonymised (refused while a quote names its speaker) or lifts that.</summary>
public sealed class AnonymiseStoryHandler(StoryChanges changes)
{
    public Task<Outcome<int>> HandleAsync(ClaimsPrincipal user, int id, bool anonymised, CancellationToken ct) =>
        changes.ChangeAsync(user, id, story =>
        {
            if (!anonymised)
            {
                story.RevokeAnonymisation();
                return null;
            }

            return story.Anonymise().Error is { } error ? Problem.From(error) : null;
        }, ct);
}
