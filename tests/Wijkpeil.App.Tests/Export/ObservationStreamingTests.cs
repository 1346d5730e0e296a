using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Data.Postgres;
using Wijkpeil.App.Data.Sqlite;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Export;

/// <summary>
/// Issue 12, point 5: a heavy download reads the database as the whole data set does while its file is not written
/// yet, and the database sorts every figure before its first row (about 6 s for the bundled data). The answer must
/// have started (headers and the format's opening sent) before that query runs, in every format: "all figures as
/// JSON" went through the framework's serializer, which sent nothing until the first rows, 7 s after the request.
/// </summary>
public sealed class ObservationStreamingTests
{
    public static TheoryData<DatabaseProvider, string> FormatsPerProvider()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var format in new[] { string.Empty, "&format=json", "&format=csv", "&format=xlsx" })
            {
                data.Add(provider, format);
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(FormatsPerProvider))]
    public async Task Get_HeavyDownload_HasStartedTheAnswerBeforeTheFiguresAreQueried(DatabaseProvider provider, string format)
    {
        var queries = new FigureQueries();
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        await using var host = app.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.ConfigureDbContext<SqliteWijkpeilDbContext>((sp, o) => o.AddInterceptors(queries.For(sp)));
            s.ConfigureDbContext<PostgresWijkpeilDbContext>((sp, o) => o.AddInterceptors(queries.For(sp)));
        }));
        using var client = host.CreateClient();

        // Heavy (no area, not one indicator) and not the whole data set: read from the database, as the whole data
        // set is while its file is written.
        using var response = await client.GetAsync(new Uri("/api/v1/observations?period=2022" + format, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(body);
        var started = Assert.Single(queries.AnswerStarted);
        Assert.True(started, "the figures were queried before the answer had started");
    }

    /// <summary>For each query of the observations table run for a request: whether that request's answer had started.</summary>
    private sealed class FigureQueries
    {
        public ConcurrentQueue<bool> AnswerStarted { get; } = new();

        public IInterceptor For(IServiceProvider services) => new Recorder(this, services.GetRequiredService<IHttpContextAccessor>());

        private sealed class Recorder(FigureQueries owner, IHttpContextAccessor http) : DbCommandInterceptor
        {
            public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
            {
                if (http.HttpContext is { } context
                    && context.Request.Path.StartsWithSegments("/api/v1/observations", StringComparison.Ordinal)
                    && command.CommandText.Contains("observations", StringComparison.OrdinalIgnoreCase)
                    && command.CommandText.Contains("ORDER BY", StringComparison.OrdinalIgnoreCase))
                {
                    owner.AnswerStarted.Enqueue(context.Response.HasStarted);
                }

                return ValueTask.FromResult(result);
            }
        }
    }
}
