using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Lessons.Search;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Modules.Lessons.Search;

/// <summary>
/// A fresh database of either provider with only the lessons search table (as the component's CREATE statement makes
/// it), and the search on the app's own DbContext, as the Lessons module will use it.
/// </summary>
internal sealed class SearchDatabase : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly AsyncServiceScope _scope;

    private SearchDatabase(TestDatabase database, AsyncServiceScope scope)
    {
        _database = database;
        _scope = scope;
        Db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Search = LessonSearch.For(Db);
    }

    public WijkpeilDbContext Db { get; }

    public ILessonSearch Search { get; }

    public static async Task<SearchDatabase> CreateAsync(DatabaseProvider provider, params LessonSearchDocument[] lessons)
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await TestDatabase.CreateAsync(provider, migrate: false);
        var search = new SearchDatabase(database, database.CreateScope());
        var create = provider == DatabaseProvider.Sqlite ? SqliteLessonSearch.CreateTableSql : PostgresLessonSearch.CreateTableSql;
        await search.Db.Database.ExecuteSqlRawAsync(create, ct);
        foreach (var lesson in lessons)
        {
            await search.Search.IndexAsync(lesson, ct);
        }

        return search;
    }

    /// <summary>The ids of the hits for <paramref name="query"/>, best first.</summary>
    public async Task<int[]> IdsAsync(string query, IReadOnlyCollection<int>? allowed = null) =>
        [.. (await Search.SearchAsync(new LessonSearchQuery(query, allowed), TestContext.Current.CancellationToken)).Select(h => h.LessonId)];

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _database.DisposeAsync();
    }
}
