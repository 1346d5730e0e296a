using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Lessons.Search;

namespace Wijkpeil.Bench;

/// <summary>
/// The lessons search benchmark (issue 14, point 4: results in under 100 ms for 10,000 lessons). Indexes generated
/// lessons made of sentences of the 2024 progress letter into a fresh database, then times the full search (query
/// analysis, ranked SQL, highlighted title and snippet) for Dutch queries with inflected words. Baseline, same run:
/// the database part alone (the same ranked SQL on the already analysed terms, ids only), so the ratio is what the
/// app's analysis and highlighting add. Prints key=value lines for bench/lesson-search.sh.
/// </summary>
internal static class LessonSearchBench
{
    private static readonly string[] Queries =
    [
        "samenwerkingen", "financiele ondersteuning", "ontmoetingsplekken bewoners", "wijkaanpak", "jongeren werk",
        "veiligheid", "gezondheid jeugd", "onderzoek kinderen", "laaggeletterdheid", "gemeenten provincie Regio Deal",
    ];

    private static readonly string[] Tags =
    [
        "ontmoeting", "jeugd", "veiligheid", "gezondheid", "openbare ruimte", "samenwerking", "onderzoek", "wonen",
    ];

    public static async Task<int> RunAsync(string prefix, DatabaseProvider provider, string connectionString, int lessons, int rounds)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Wijkpeil"] = connectionString,
            [WijkpeilStartup.LoadDefaultDataKey] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWijkpeil(configuration);
        await using var provided = services.BuildServiceProvider();
        await using var scope = provided.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var search = LessonSearch.For(db);
        await db.Database.OpenConnectionAsync();

        var index = Stopwatch.StartNew();
        await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite ? SqliteLessonSearch.CreateTableSql : PostgresLessonSearch.CreateTableSql);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            foreach (var lesson in Generate(lessons))
            {
                await search.IndexAsync(lesson, CancellationToken.None);
            }

            await transaction.CommitAsync();
        }

        if (provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE lesson_search");
        }

        Print(prefix, "lessons", lessons.ToString(CultureInfo.InvariantCulture));
        Print(prefix, "index_seconds", index.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture));

        var full = new List<double>();
        var baseline = new List<double>();
        var hits = new List<int>();
        for (var round = -2; round < rounds; round++)
        {
            foreach (var query in Queries)
            {
                var watch = Stopwatch.StartNew();
                var found = await search.SearchAsync(new LessonSearchQuery(query), CancellationToken.None);
                var searched = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                var ids = await BaselineAsync(db, provider, DutchText.QueryTerms(query));
                var databaseOnly = watch.Elapsed.TotalMilliseconds;
                if (round < 0)
                {
                    continue; // warm-up: caches, JIT, the planner's statistics
                }

                if (ids != found.Count || found.Count == 0)
                {
                    throw new InvalidOperationException($"'{query}': baseline found {ids} lessons, the search {found.Count}: a search must find the same, and something");
                }

                full.Add(searched);
                baseline.Add(databaseOnly);
                hits.Add(found.Count);
            }
        }

        Print(prefix, "searches", full.Count.ToString(CultureInfo.InvariantCulture));
        Print(prefix, "hits_min", hits.Min().ToString(CultureInfo.InvariantCulture));
        Print(prefix, "search_p50_ms", Percentile(full, 0.50));
        Print(prefix, "search_p95_ms", Percentile(full, 0.95));
        Print(prefix, "baseline_p50_ms", Percentile(baseline, 0.50));
        Print(prefix, "baseline_p95_ms", Percentile(baseline, 0.95));
        return 0;
    }

    /// <summary>A fresh PostgreSQL database on the server of <paramref name="admin"/>, dropped when the run is done.</summary>
    public static async Task<int> RunOnPostgresAsync(string admin, int lessons, int rounds)
    {
        var name = "wijkpeil_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection).ExecuteNonQueryAsync();
        }

        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
            return await RunAsync("postgres_", DatabaseProvider.Postgres, connectionString, lessons, rounds);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection).ExecuteNonQueryAsync();
        }
    }

    // Lessons of three to six sentences with a title from a seventh, fixed seed: every run indexes the same lessons.
    private static IEnumerable<LessonSearchDocument> Generate(int count)
    {
        var random = new Random(14);
        var sentences = LessonSentences.All;
        for (var id = 1; id <= count; id++)
        {
            var title = string.Join(' ', sentences[random.Next(sentences.Length)].Split(' ').Take(random.Next(4, 9)));
            var text = string.Join(' ', Enumerable.Range(0, random.Next(3, 7)).Select(_ => sentences[random.Next(sentences.Length)]));
            yield return new LessonSearchDocument(id, title, text, [Tags[random.Next(Tags.Length)], Tags[random.Next(Tags.Length)]]);
        }
    }

    // The database's share of a search: the same ranked match on the analysed terms, reading only the ids.
    private static async Task<int> BaselineAsync(DbContext db, DatabaseProvider provider, IReadOnlyList<string> terms)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = provider == DatabaseProvider.Sqlite
            ? "SELECT rowid FROM lesson_search WHERE lesson_search MATCH @terms ORDER BY bm25(lesson_search, 10.0, 4.0, 1.0) LIMIT 20"
            : "SELECT lesson_id FROM lesson_search, plainto_tsquery('simple', @terms) AS query WHERE document @@ query ORDER BY ts_rank(document, query) DESC LIMIT 20";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "terms";
        parameter.Value = provider == DatabaseProvider.Sqlite ? string.Join(' ', terms.Select(t => $"\"{t}\"")) : string.Join(' ', terms);
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        var count = 0;
        while (await reader.ReadAsync())
        {
            count++;
        }

        return count;
    }

    private static string Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(share * sorted.Count))].ToString("F2", CultureInfo.InvariantCulture);
    }

    private static void Print(string prefix, string key, string value) => Console.WriteLine($"{prefix}{key}={value}");
}
