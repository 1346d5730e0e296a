using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Wijkpeil.App.Modules.Lessons.Search;

/// <summary>
/// The part of <see cref="ILessonSearch"/> both providers share: analysing lessons and queries with
/// <see cref="DutchText"/>, running the provider's SQL on the context's connection (inside its transaction, so the
/// index changes with the lesson), and turning rows into highlighted hits. Subclasses hold only their SQL.
/// </summary>
public abstract class LessonSearch(DbContext db) : ILessonSearch
{
    /// <summary>The search of the provider <paramref name="db"/> runs on.</summary>
    public static ILessonSearch For(DbContext db) =>
        db.Database.IsNpgsql() ? new PostgresLessonSearch(db) : new SqliteLessonSearch(db);

    /// <summary>Replaces the lesson's row: parameters @id, @title, @title_terms, @tag_terms, @text, @text_terms.</summary>
    protected abstract string UpsertSql { get; }

    /// <summary>Deletes the lesson's row: parameter @id.</summary>
    protected abstract string DeleteSql { get; }

    /// <summary>
    /// Rows (id, score, title, text) best first: parameters @terms (the query's terms), @limit and, when
    /// <paramref name="filtered"/>, @ids (made by <see cref="IdsParameter"/>).
    /// </summary>
    protected abstract string SearchSql(bool filtered);

    /// <summary>The query's terms as the provider's match expression expects them.</summary>
    protected abstract string MatchExpression(IReadOnlyList<string> terms);

    /// <summary>The allowed lesson ids as the provider's SQL reads them.</summary>
    protected abstract object IdsParameter(IReadOnlyCollection<int> ids);

    public Task IndexAsync(LessonSearchDocument lesson, CancellationToken cancellationToken) =>
        ExecuteAsync(UpsertSql, [
            ("id", lesson.LessonId),
            ("title", lesson.Title),
            ("title_terms", DutchText.IndexForm(lesson.Title)),
            ("tag_terms", string.Join(' ', lesson.Tags.Select(DutchText.IndexForm))),
            ("text", lesson.Text),
            ("text_terms", DutchText.IndexForm(lesson.Text)),
        ], cancellationToken);

    public Task RemoveAsync(int lessonId, CancellationToken cancellationToken) =>
        ExecuteAsync(DeleteSql, [("id", lessonId)], cancellationToken);

    public async Task<IReadOnlyList<LessonSearchHit>> SearchAsync(LessonSearchQuery query, CancellationToken cancellationToken)
    {
        var terms = DutchText.QueryTerms(query.Text);
        if (terms.Count == 0 || query.AllowedLessonIds is { Count: 0 } || query.Limit <= 0)
        {
            return [];
        }

        List<(string Name, object Value)> parameters = [("terms", MatchExpression(terms)), ("limit", query.Limit)];
        if (query.AllowedLessonIds is { } ids)
        {
            parameters.Add(("ids", IdsParameter(ids)));
        }

        var rows = await RunAsync(SearchSql(query.AllowedLessonIds is not null), parameters, ReadRowsAsync, cancellationToken);
        var wanted = terms.ToHashSet(StringComparer.Ordinal);
        return rows.Select(r => new LessonSearchHit(r.Id, r.Score, Highlighter.Whole(r.Title, wanted), Highlighter.Snippet(r.Text, wanted))).ToList();
    }

    private static async Task<List<(int Id, double Score, string Title, string Text)>> ReadRowsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<(int Id, double Score, string Title, string Text)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            var score = Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture);
            rows.Add((id, score, reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    private Task<int> ExecuteAsync(string sql, List<(string Name, object Value)> parameters, CancellationToken cancellationToken) =>
        RunAsync(sql, parameters, (command, token) => command.ExecuteNonQueryAsync(token), cancellationToken);

    // On the context's connection and in its transaction; EF closes the connection afterwards only if it opened it here.
    private async Task<T> RunAsync<T>(
        string sql, List<(string Name, object Value)> parameters, Func<DbCommand, CancellationToken, Task<T>> run, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            return await run(command, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
