using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>
/// The one path of every write use case of stories. Each asks <see cref="WijkpeilPermissions.CanEditStories"/> for the
/// gemeente of the story's area (on a move to another area, for both; see <see cref="StoryValidation"/>), and stores the
/// change together with one audit entry, or nothing at all.
/// </summary>
public sealed class StoryChanges(WijkpeilDbContext db, IAuditLog audit, IPublicChanges publicChanges, StoryProgrammes programmes, TimeProvider clock)
{
    private static readonly TimeZoneInfo DutchTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    internal WijkpeilDbContext Db => db;

    /// <summary>Today in the Netherlands: dates of findings and consent may not lie after it.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), DutchTime).DateTime);

    /// <summary>Whether <paramref name="user"/> may edit a story about <paramref name="area"/> (for showing edit links).</summary>
    public static bool CanEdit(ClaimsPrincipal user, AreaCode area) =>
        area.Municipality is { } gemeente && WijkpeilPermissions.CanEditStories(user, gemeente);

    /// <summary>
    /// Loads the story with its quotes, checks the user against its area, applies <paramref name="change"/> (which
    /// returns its refusal, or null), audits and saves.
    /// </summary>
    public async Task<Outcome<int>> ChangeAsync(ClaimsPrincipal user, int id, Func<Story, Problem?> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        var loaded = await LoadAsync(user, id, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Cast<int>();
        }

        var story = loaded.Value;
        var before = StorySnapshot.Of(story);
        if (change(story) is { } error)
        {
            return error;
        }

        return await SaveAsync(story, before, ct);
    }

    /// <summary>The story with its quotes, if it exists and <paramref name="user"/> may edit it.</summary>
    public async Task<Outcome<Story>> LoadAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var story = await db.Stories.Include(s => s.Quotes).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (story is null)
        {
            return Problem.NotFound("story.not_found", id);
        }

        return CanEdit(user, story.Area) ? story : Problem.Forbidden("story.forbidden", story.Area.Value);
    }

    /// <summary>Saves a changed story with an audit entry; a story without a change is left as it is, unaudited.</summary>
    public async Task<Outcome<int>> SaveAsync(Story story, StorySnapshot before, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(story);
        var after = StorySnapshot.Of(story);

        // Saving an unchanged story would put an entry without a change in the trail.
        if (AuditSnapshot.Serialise(before) != AuditSnapshot.Serialise(after))
        {
            audit.Record(AuditAction.Updated, AuditEntityTypes.Story, Id(story), story.Summary, before, after);
            await MarkPublicPagesStaleAsync(before, after, ct);
            await db.SaveChangesAsync(ct);
        }

        return story.Id;
    }

    /// <summary>Adds a new story with its audit entry, in one transaction.</summary>
    public async Task<int> AddAsync(Story story, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(story);

        // The entry names the story's id, which exists only after a first save: two saves, one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Stories.Add(story);
        await db.SaveChangesAsync(ct);
        audit.Record(AuditAction.Created, AuditEntityTypes.Story, Id(story), story.Summary, null, StorySnapshot.Of(story));
        await MarkPublicPagesStaleAsync(before: null, StorySnapshot.Of(story), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return story.Id;
    }

    /// <summary>Deletes the story with its quotes; the audit trail keeps its last values.</summary>
    public async Task<int> RemoveAsync(Story story, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(story);
        audit.Record(AuditAction.Deleted, AuditEntityTypes.Story, Id(story), story.Summary, StorySnapshot.Of(story), null);
        await MarkPublicPagesStaleAsync(StorySnapshot.Of(story), after: null, ct);
        db.Stories.Remove(story);
        await db.SaveChangesAsync(ct);
        return story.Id;
    }

    /// <summary>
    /// Marks the cached public pages that show the story stale: the agenda of the focus area it was and is about (the
    /// area pages show it there), never the figures. A story that was and stays out of public view is on no public page.
    /// </summary>
    private async Task MarkPublicPagesStaleAsync(StorySnapshot? before, StorySnapshot? after, CancellationToken ct)
    {
        var tags = new List<string>();
        foreach (var area in new[] { before, after }.Where(s => s is { IsPublished: true, ConsentRecordedOn: not null }).Select(s => s!.Area).Distinct())
        {
            foreach (var found in await programmes.FocusAreasOfAsync(AreaCode.From(area), null, ct))
            {
                tags.Add(CacheTags.Agenda(found.ProgrammeSlug));
                tags.Add(CacheTags.FocusArea(found.ProgrammeSlug, found.FocusArea.Slug));
            }
        }

        if (tags.Count > 0)
        {
            publicChanges.Invalidate(tags);
        }
    }

    private static string Id(Story story) => story.Id.ToString(CultureInfo.InvariantCulture);
}
