using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Lessons.Contracts;

namespace Wijkpeil.App.Modules.Lessons;

/// <summary>
/// <see cref="IRelatedLessons"/> on the lessons table: the candidates (published, sharing anything) in one SQL command,
/// ranked here by what they share, because a project or indicator of their own says more than a shared pillar.
/// </summary>
internal sealed class RelatedLessonsFinder(WijkpeilDbContext db) : IRelatedLessons
{
    private const int SameProject = 16;
    private const int SameIndicator = 8;
    private const int PerFocusArea = 4;
    private const int PerPillar = 2;
    private const int PerTag = 1;

    public async Task<IReadOnlyList<RelatedLesson>> FindAsync(Contracts.RelatedLessonsQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var areas = query.FocusAreaCodes.Select(c => c.Trim().ToLowerInvariant()).Distinct().ToList();
        var pillars = query.PillarNumbers.Distinct().ToList();
        var tags = query.Tags.Select(t => t.Trim().ToLowerInvariant()).Distinct().ToList();
        var projectId = query.ProjectId;
        var indicator = query.IndicatorCode;
        if (query.Limit <= 0 || (areas.Count == 0 && pillars.Count == 0 && tags.Count == 0 && projectId is null && indicator is null))
        {
            return [];
        }

        var candidates = await db.Lessons.AsNoTracking()
            .Where(l => l.IsPublished)
            .Where(l => (projectId != null && l.ProjectId == projectId)
                || (indicator != null && l.IndicatorCode == indicator)
                || l.FocusAreaCodes.Any(c => areas.Contains(c))
                || l.PillarNumbers.Any(p => pillars.Contains(p))
                || l.Tags.Any(t => tags.Contains(t)))
            .Select(l => new { l.Id, l.Title, l.Maturity, l.ProjectId, l.IndicatorCode, l.FocusAreaCodes, l.PillarNumbers, l.Tags, l.CreatedAt })
            .ToListAsync(ct);
        return [.. candidates
            .Select(l => (Lesson: l, Score:
                (projectId is not null && l.ProjectId == projectId ? SameProject : 0)
                + (indicator is not null && l.IndicatorCode == indicator ? SameIndicator : 0)
                + (PerFocusArea * l.FocusAreaCodes.Count(areas.Contains))
                + (PerPillar * l.PillarNumbers.Count(pillars.Contains))
                + (PerTag * l.Tags.Count(tags.Contains))))
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.Lesson.CreatedAt).ThenByDescending(c => c.Lesson.Id)
            .Take(query.Limit)
            .Select(c => new RelatedLesson(c.Lesson.Id, c.Lesson.Title, c.Lesson.Maturity))];
    }
}
