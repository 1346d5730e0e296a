using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Wijkpeil.App.Tests.Infrastructure;

/// <summary>
/// Records the SQL commands a test host runs, per request: an EF Core command interceptor registered on both
/// providers' contexts, and a middleware at the front of the pipeline that opens a log for a request carrying
/// <see cref="Header"/>. Commands outside such a request (start-up, background work, other requests) are not
/// counted, so a count does not depend on what else the host does.
/// </summary>
public sealed class SqlCommandLog : DbCommandInterceptor
{
    /// <summary>The request header that names a log; its value is the log's key.</summary>
    public const string Header = "X-Test-Sql-Log";

    private static readonly AsyncLocal<List<string>?> Current = new();
    private readonly ConcurrentDictionary<string, List<string>> _logs = new();

    /// <summary>GETs <paramref name="path"/> and returns the response and the SQL of every command it ran, in order.</summary>
    public async Task<(HttpResponseMessage Response, IReadOnlyList<string> Commands)> GetAsync(HttpClient client, string path, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        var key = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(Header, key);
        var response = await client.SendAsync(request, ct);
        await response.Content.LoadIntoBufferAsync(ct);
        if (!_logs.TryRemove(key, out var commands))
        {
            throw new InvalidOperationException($"No command log for {path}: is the host started with this SqlCommandLog?");
        }

        lock (commands)
        {
            return (response, [.. commands]);
        }
    }

    /// <summary>A failure message that lists the commands, numbered.</summary>
    public static string Describe(string path, IReadOnlyList<string> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return $"{path}: {commands.Count} SQL commands\n" + string.Join("\n", commands.Select((c, i) => $"--- {i + 1}\n{c}"));
    }

    internal void Register(IServiceCollection services)
    {
        services.AddToBothProviders(this);
        services.AddSingleton<IStartupFilter>(new LogPerRequest(this));
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private static void Record(DbCommand command)
    {
        if (Current.Value is { } log)
        {
            lock (log)
            {
                log.Add(command.CommandText);
            }
        }
    }

    private sealed class LogPerRequest(SqlCommandLog owner) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var key) && key.ToString() is { Length: > 0 } name)
                {
                    var log = new List<string>();
                    owner._logs[name] = log;
                    Current.Value = log;
                    try
                    {
                        await following(context);
                    }
                    finally
                    {
                        Current.Value = null;
                    }
                }
                else
                {
                    await following(context);
                }
            });
            next(app);
        };
    }
}
