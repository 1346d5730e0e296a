using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Modules.Stories.DeleteStory;

/// <summary>Deletes a story with its quotes; the audit trail keeps its last values.</summary>
public sealed class DeleteStoryHandler(StoryChanges changes)
{
    public async Task<Outcome<int>> HandleAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var loaded = await changes.LoadAsync(user, id, ct);
        return loaded.Succeeded ? await changes.RemoveAsync(loaded.Value, ct) : loaded.Cast<int>();
    }
}
