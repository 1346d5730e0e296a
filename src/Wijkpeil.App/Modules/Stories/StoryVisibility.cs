using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>Which stories an <see cref="Audience"/> sees (docs/architecture.md, "Who sees what"): every read of stories filters through it.</summary>
internal static class StoryVisibility
{
    /// <summary>Published stories with recorded consent, and all others for signed-in readers.</summary>
    public static IQueryable<Story> VisibleTo(this IQueryable<Story> stories, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return audience.SeesDrafts ? stories : stories.Where(s => s.IsPublished && s.ConsentRecordedOn != null);
    }
}
