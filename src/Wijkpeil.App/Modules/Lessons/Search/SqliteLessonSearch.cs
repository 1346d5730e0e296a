using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Wijkpeil.App.Modules.Lessons.Search;

/// <summary>
/// The lessons search on the embedded SQLite default: an FTS5 table whose indexed columns hold only analysed terms
/// (<see cref="DutchText"/>), ranked by bm25 with the title weighing 10, the tags 4 and the text 1 (the proportions of
/// PostgreSQL's ts_rank weights A, B and D). The original title and text are kept beside them, unindexed, for the
/// highlighted hits: FTS5's own snippet() would show stems. The lesson's id is the FTS5 rowid.
/// </summary>
public sealed class SqliteLessonSearch(DbContext db) : LessonSearch(db)
{
    /// <summary>The table, for the Lessons module's SQLite migration.</summary>
    public const string CreateTableSql = """
        CREATE VIRTUAL TABLE lesson_search USING fts5(
            title_terms, tag_terms, text_terms, title UNINDEXED, text UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 0');
        """;

    /// <summary>Undoes <see cref="CreateTableSql"/>.</summary>
    public const string DropTableSql = "DROP TABLE IF EXISTS lesson_search;";

    protected override string UpsertSql => """
        DELETE FROM lesson_search WHERE rowid = @id;
        INSERT INTO lesson_search (rowid, title_terms, tag_terms, text_terms, title, text)
        VALUES (@id, @title_terms, @tag_terms, @text_terms, @title, @text);
        """;

    protected override string DeleteSql => "DELETE FROM lesson_search WHERE rowid = @id;";

    protected override string SearchSql(bool filtered) => $"""
        SELECT rowid, -bm25(lesson_search, 10.0, 4.0, 1.0) AS score, title, text
        FROM lesson_search
        WHERE lesson_search MATCH @terms {(filtered ? "AND rowid IN (SELECT value FROM json_each(@ids))" : "")}
        ORDER BY score DESC, rowid
        LIMIT @limit;
        """;

    // Every term as an FTS5 string, side by side: FTS5 ANDs them.
    protected override string MatchExpression(IReadOnlyList<string> terms) =>
        string.Join(' ', terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    protected override object IdsParameter(IReadOnlyCollection<int> ids) => JsonSerializer.Serialize(ids);
}
