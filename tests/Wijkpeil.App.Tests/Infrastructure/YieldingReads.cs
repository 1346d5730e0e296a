using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Wijkpeil.App.Tests.Infrastructure;

/// <summary>
/// Makes the n-th asynchronous SQL command of a request really asynchronous, n taken from the request's
/// <see cref="Header"/>. Blazor renders a page at the first await of its initialisation that does not complete at
/// once: on SQLite that is rarely a read, on PostgreSQL under load it can be any of them. A page that sets what it
/// shows after one read and then reads again renders half-loaded when that later read is the first to wait: a form
/// without its model, or a child component reading the request's DbContext while the page's own read still runs (two
/// 500s seen in CI). Asking a page once for every n turns those rare orders into certain ones.
/// </summary>
public sealed class YieldingReads : DbCommandInterceptor
{
    /// <summary>The request header with the 1-based number of the command that waits.</summary>
    public const string Header = "X-Test-Yield-At";

    private static readonly AsyncLocal<Countdown?> Current = new();

    public static void Register(IServiceCollection services)
    {
        services.AddToBothProviders(new YieldingReads());
        services.AddSingleton<IStartupFilter>(new CountPerRequest());
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await YieldIfDueAsync();
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await YieldIfDueAsync();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await YieldIfDueAsync();
        return result;
    }

    private static async Task YieldIfDueAsync()
    {
        if (Current.Value is { } countdown && Interlocked.Decrement(ref countdown.Left) == 0)
        {
            await Task.Yield();
        }
    }

    private sealed class Countdown(int left)
    {
        public int Left = left;
    }

    private sealed class CountPerRequest : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var value) && int.TryParse(value.ToString(), out var n))
                {
                    Current.Value = new Countdown(n);
                }

                await following(context);
            });
            next(app);
        };
    }
}
