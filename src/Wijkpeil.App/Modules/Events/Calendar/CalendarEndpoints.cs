using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Web;

namespace Wijkpeil.App.Modules.Events.Calendar;

/// <summary>
/// The events as iCalendar for anyone: <c>/bijeenkomsten/agenda.ics</c>, a feed of every published event to subscribe
/// to, and <c>/bijeenkomsten/{id}/agenda.ics</c>, one published event to add. Cached like the public pages and evicted
/// by <see cref="EventsCache.Tag"/>; a draft is not found.
/// </summary>
internal static class CalendarEndpoints
{
    public const string FeedPath = "/bijeenkomsten/agenda.ics";

    /// <summary>The feed's name in a reader's calendar list.</summary>
    public const string FeedName = "Wijkpeil – bijeenkomsten Community of Practice";

    public static IEndpointRouteBuilder MapEventCalendars(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(FeedPath, FeedAsync).CacheOutput(PublicPageCache.PolicyName)
            .WithName("EventsCalendarFeed").WithTags("Events").WithSummary("Every published Community of Practice event as an iCalendar feed.").ExcludeFromDescription(); // a calendar file, not the JSON API
        endpoints.MapGet("/bijeenkomsten/{id:int}/agenda.ics", EventAsync).CacheOutput(PublicPageCache.PolicyName)
            .WithName("EventCalendar").WithTags("Events").WithSummary("One published Community of Practice event as iCalendar.").ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The public page of an event, relative to the site.</summary>
    public static string PagePath(int id) => "bijeenkomsten/" + id.ToString(CultureInfo.InvariantCulture);

    internal static async Task<ContentHttpResult> FeedAsync(WijkpeilDbContext db, PageCacheTags shown, HttpContext http, IConfiguration configuration, TimeProvider time, CancellationToken ct)
    {
        shown.Add(EventsCache.Tag);
        var events = await db.CommunityEvents.AsNoTracking().Where(e => e.IsPublished).ToListAsync(ct);
        var entries = events.Select(e => new CalendarEntry(e, PagePath(e.Id))).ToList();
        return TypedResults.Text(EventCalendar.Feed(entries, FeedName, PublicAddress.Of(http.Request, configuration), time.GetUtcNow()), EventCalendar.MediaType);
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> EventAsync(int id, WijkpeilDbContext db, PageCacheTags shown, HttpContext http, IConfiguration configuration, TimeProvider time, CancellationToken ct)
    {
        shown.Add(EventsCache.Tag);
        var found = await db.CommunityEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.IsPublished, ct);
        if (found is null)
        {
            return ProblemResponses.For([Problem.NotFound("event.not_found", id)], http);
        }

        var text = EventCalendar.ForEvent(new CalendarEntry(found, PagePath(id)), PublicAddress.Of(http.Request, configuration), time.GetUtcNow());
        return TypedResults.Text(text, EventCalendar.MediaType);
    }
}
