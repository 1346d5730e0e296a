using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.App.Modules.Stories.ShowStory;

/// <summary>One story for its page, its edit and delete pages, and the API.</summary>
public sealed class ShowStoryQuery(WijkpeilDbContext db, StoryViews views)
{
    /// <summary>The story, or null when it does not exist or <paramref name="audience"/> may not see it.</summary>
    public async Task<StoryView?> GetAsync(int id, Audience audience, CancellationToken ct)
    {
        var story = await db.Stories.AsNoTracking().VisibleTo(audience).Include(s => s.Quotes).AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, ct);
        return story is null ? null : (await views.OfAsync([story], audience, ct))[0];
    }
}
