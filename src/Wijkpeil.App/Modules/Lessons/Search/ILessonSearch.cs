namespace Wijkpeil.App.Modules.Lessons.Search;

/// <summary>
/// Full-text search in Dutch over the lessons library (issue 14, point 4): the same analysed terms
/// (<see cref="DutchText"/>) in an FTS5 table on SQLite and a tsvector on PostgreSQL, ranked with the title first, and
/// hits that show the lesson's own words with the matches marked. The index is a copy: whoever saves or deletes a
/// lesson calls <see cref="IndexAsync"/> or <see cref="RemoveAsync"/> in the same unit of work.
/// </summary>
public interface ILessonSearch
{
    /// <summary>Adds the lesson to the index, or replaces what the index held for it.</summary>
    Task IndexAsync(LessonSearchDocument lesson, CancellationToken cancellationToken);

    /// <summary>Takes the lesson out of the index (no error when it was not in it).</summary>
    Task RemoveAsync(int lessonId, CancellationToken cancellationToken);

    /// <summary>
    /// The lessons that contain every term of the query (in title, tags or text), best first: a match in the title
    /// weighs most, then tags, then the text. No hits for a query without terms (empty, or only stop words).
    /// </summary>
    Task<IReadOnlyList<LessonSearchHit>> SearchAsync(LessonSearchQuery query, CancellationToken cancellationToken);
}

/// <summary>What the index keeps of one lesson.</summary>
/// <param name="LessonId">The lesson's id in the Lessons module's table.</param>
/// <param name="Title">The title, shown with its matches marked.</param>
/// <param name="Text">
/// The lesson's prose fields (context, what was tried, what happened, effective elements), joined by blank lines;
/// the snippet is taken from it.
/// </param>
/// <param name="Tags">The lesson's tags: searched, weighed between title and text, not shown in hits.</param>
public sealed record LessonSearchDocument(int LessonId, string Title, string Text, IReadOnlyList<string> Tags);

/// <summary>A search as typed, narrowed by the page's filters.</summary>
/// <param name="Text">What the person typed; analysed like the lessons (stems, no diacritics, no stop words).</param>
/// <param name="AllowedLessonIds">
/// When set, only these lessons can be hits: the caller turns its filters (area, pillar, maturity, source, what the
/// reader may see) into ids with an ordinary query on the lessons table. Null: every indexed lesson.
/// </param>
/// <param name="Limit">At most this many hits, the best ones.</param>
public sealed record LessonSearchQuery(string Text, IReadOnlyCollection<int>? AllowedLessonIds = null, int Limit = 20);

/// <summary>One lesson found, with its title and a passage of its text as written, matches marked.</summary>
/// <param name="Score">Higher is better. Only for ordering: its scale differs between the two providers.</param>
public sealed record LessonSearchHit(int LessonId, double Score, HighlightedText Title, HighlightedText Snippet);
