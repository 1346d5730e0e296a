using Wijkpeil.Domain.Lessons;

namespace Wijkpeil.App.Modules.Lessons.Contracts;

/// <summary>
/// The published lessons that bear on what a page shows (a project, an area, an indicator), so a reader finds what
/// others learnt where they look rather than in the library only. Chosen by the lesson's project or indicator first,
/// then by shared focus areas, pillars and tags; newest first among equals. <see cref="RelatedLessons"/> shows them.
/// </summary>
public interface IRelatedLessons
{
    /// <summary>The cache tag a page showing lessons carries; saving a lesson names it.</summary>
    const string CacheTag = "lessons";

    /// <summary>At most <see cref="RelatedLessonsQuery.Limit"/> published lessons that share something with the query; none when nothing is shared.</summary>
    Task<IReadOnlyList<RelatedLesson>> FindAsync(RelatedLessonsQuery query, CancellationToken ct);
}

/// <summary>What the page is about; every part optional.</summary>
/// <param name="FocusAreaCodes">Programme focus-area codes (slugs, as projects name them).</param>
/// <param name="PillarNumbers">Pillar numbers.</param>
/// <param name="Tags">Words a lesson may be tagged with.</param>
/// <param name="ProjectId">A lesson tried in this agenda project comes first.</param>
/// <param name="IndicatorCode">A lesson whose outcome points at this indicator comes next.</param>
/// <param name="Limit">At most this many (3 to 5 suit a side section).</param>
public sealed record RelatedLessonsQuery(
    IReadOnlyCollection<string> FocusAreaCodes,
    IReadOnlyCollection<int> PillarNumbers,
    IReadOnlyCollection<string> Tags,
    int? ProjectId = null,
    string? IndicatorCode = null,
    int Limit = 5);

/// <summary>A related lesson: its page is <c>/lessen/{Id}</c>.</summary>
public sealed record RelatedLesson(int Id, string Title, LessonMaturity Maturity);
