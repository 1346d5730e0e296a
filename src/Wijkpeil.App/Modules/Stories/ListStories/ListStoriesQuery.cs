using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Stories.ListStories;

/// <summary>What to list; null means any.</summary>
/// <param name="FocusArea">A focus-area code such as <c>overvecht</c>.</param>
/// <param name="Area">A CBS code: stories about that area or an area inside it.</param>
/// <param name="Pillar">A pillar number.</param>
/// <param name="ProjectId">An agenda project.</param>
/// <param name="Programme">A programme's slug; the focus-area code is one of its focus areas.</param>
public sealed record StoryFilter(string? FocusArea = null, AreaCode? Area = null, int? Pillar = null, int? ProjectId = null, string? Programme = null);

/// <summary>Lists stories for <c>/verhalen</c> and the API; which ones a reader sees is the <see cref="Audience"/>'s rule.</summary>
public sealed class ListStoriesQuery(WijkpeilDbContext db, StoryProgrammes programmes, StoryViews views)
{
    /// <summary>
    /// The stories matching <paramref name="filter"/> that <paramref name="audience"/> may see, newest first, with
    /// the names of their area, focus area, pillar and project.
    /// </summary>
    public async Task<IReadOnlyList<StoryView>> ListAsync(StoryFilter filter, Audience audience, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Stories.AsNoTracking().VisibleTo(audience);
        if (!string.IsNullOrWhiteSpace(filter.Programme))
        {
            var programmeId = (await programmes.AllAsync(ct)).FirstOrDefault(p => string.Equals(p.Slug, filter.Programme.Trim(), StringComparison.OrdinalIgnoreCase))?.Id ?? 0;
            query = query.Where(s => s.ProgrammeId == programmeId);
        }

        if (filter.Pillar is { } pillar)
        {
            query = query.Where(s => s.PillarNumber == pillar);
        }

        if (filter.ProjectId is { } projectId)
        {
            query = query.Where(s => s.ProjectId == projectId);
        }

        var stories = await query.Include(s => s.Quotes).AsSplitQuery().ToListAsync(ct);

        // Areas and focus areas are matched here, not in SQL: "lies within" follows the CBS code, which the
        // stored text cannot express portably, and a programme holds stories by the hundred, not the million.
        return [.. (await views.OfAsync(stories, audience, ct))
            .Where(s => filter.FocusArea is null || string.Equals(s.FocusAreaCode, filter.FocusArea, StringComparison.OrdinalIgnoreCase))
            .Where(s => filter.Area is not { } area || IsWithin(AreaCode.From(s.Area), area))
            .OrderByDescending(s => s.Date)
            .ThenByDescending(s => s.Id)];
    }

    /// <summary>Whether <paramref name="area"/> is <paramref name="container"/> or lies in it by its CBS code.</summary>
    private static bool IsWithin(AreaCode area, AreaCode container) =>
        area == container || area.DerivedParent == container || area.Municipality == container;
}
