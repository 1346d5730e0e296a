using Microsoft.EntityFrameworkCore;

namespace Wijkpeil.App.Modules.Lessons.Search;

/// <summary>
/// The lessons search on PostgreSQL: a tsvector of the analysed terms (<see cref="DutchText"/>) with a GIN index,
/// ranked by ts_rank with the title as weight A, the tags B and the text D; the original title and text beside it
/// for the highlighted hits.
/// </summary>
/// <remarks>
/// The tsvector is built with the 'simple' configuration, not 'dutch' + unaccent, on purpose: the terms arrive already
/// lower-cased, unaccented, stemmed and with compounds expanded by the app, so both providers match exactly the same
/// lessons for the same query (the tests hold one set of expectations), the compound thesaurus needs no thesaurus file
/// on the server, and no extension (unaccent) has to be created by a privileged role. 'dutch' would stem the stems a
/// second time, and its Snowball version may differ from Lucene's.
/// </remarks>
public sealed class PostgresLessonSearch(DbContext db) : LessonSearch(db)
{
    /// <summary>The table and its index, for the Lessons module's PostgreSQL migration.</summary>
    public const string CreateTableSql = """
        CREATE TABLE lesson_search (
            lesson_id integer PRIMARY KEY,
            title text NOT NULL,
            text text NOT NULL,
            document tsvector NOT NULL);
        CREATE INDEX ix_lesson_search_document ON lesson_search USING GIN (document);
        """;

    /// <summary>Undoes <see cref="CreateTableSql"/>.</summary>
    public const string DropTableSql = "DROP TABLE IF EXISTS lesson_search;";

    protected override string UpsertSql => """
        INSERT INTO lesson_search (lesson_id, title, text, document)
        VALUES (@id, @title, @text,
            setweight(to_tsvector('simple', @title_terms), 'A')
            || setweight(to_tsvector('simple', @tag_terms), 'B')
            || setweight(to_tsvector('simple', @text_terms), 'D'))
        ON CONFLICT (lesson_id) DO UPDATE
        SET title = excluded.title, text = excluded.text, document = excluded.document;
        """;

    protected override string DeleteSql => "DELETE FROM lesson_search WHERE lesson_id = @id;";

    protected override string SearchSql(bool filtered) => $"""
        SELECT lesson_id, ts_rank(document, query) AS score, title, text
        FROM lesson_search, plainto_tsquery('simple', @terms) AS query
        WHERE document @@ query {(filtered ? "AND lesson_id = ANY(@ids)" : "")}
        ORDER BY score DESC, lesson_id
        LIMIT @limit;
        """;

    // plainto_tsquery ANDs the words and reads them with the same parser that built the tsvector.
    protected override string MatchExpression(IReadOnlyList<string> terms) => string.Join(' ', terms);

    protected override object IdsParameter(IReadOnlyCollection<int> ids) => ids.ToArray();
}
