using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Kernel.Web;

/// <summary>
/// Answers a request whose write could not get the database's write lock within
/// <see cref="DatabaseOptions.WriteLockTimeout"/> (an import is writing) with 503 and <c>Retry-After</c>: problem
/// details on the API, the status page in the reader's language elsewhere. Nothing was stored, so trying again a
/// few seconds later is safe.
/// </summary>
internal sealed class DatabaseBusyResponses(RequestDelegate next, DatabaseOptions database)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception e) when (DatabaseBusy.Is(e) && !http.Response.HasStarted)
        {
            var retryAfter = database.WriteLockTimeoutSeconds.ToString(CultureInfo.InvariantCulture);
            http.Response.Clear();
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers[HeaderNames.RetryAfter] = retryAfter;

            // The status page is rendered by re-executing the request; the header is set again as it starts.
            http.Response.OnStarting(() =>
            {
                http.Response.Headers[HeaderNames.RetryAfter] = retryAfter;
                return Task.CompletedTask;
            });
            if (WebPaths.IsApiRequest(http))
            {
                await ProblemResponses.For([Problem.Unavailable("database.busy", retryAfter)], http).ExecuteAsync(http);
            }
        }
    }
}
