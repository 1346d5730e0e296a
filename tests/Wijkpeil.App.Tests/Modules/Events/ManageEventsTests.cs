using System.Net;
using System.Net.Http.Headers;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Tests.Modules.Events;

/// <summary>
/// Issue 14, points 1 and 2: organisers create, publish and cancel events on pages, with messages at the fields and
/// nothing stored for bad input; the public list and the iCal feed show what is published, also right after a change
/// (the cached list is evicted), and only organisers reach the pages.
/// </summary>
public sealed class ManageEventsTests
{
    private const string Coordinator = "coordinator@wijkpeil.example";
    private const string NewPath = "/beheer/bijeenkomsten/nieuw";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateThenPublish_DraftIsHiddenUntilPublishedThenOnTheListAndInTheFeed(DatabaseProvider provider)
    {
        await using var host = await EventsHost.StartAsync(provider);
        using var coordinator = await host.SignedInAsync(Coordinator, WijkpeilRoles.Coordinator);
        using var reader = host.Browser();

        var draft = await StoryPagesTests.PostFormAsync(coordinator, NewPath, "bijeenkomst", Fields("Werken met de wijkmonitor"));
        var path = draft.Headers.Location!.PathAndQuery.Split('?')[0];
        var id = int.Parse(path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var listWithDraft = await ReadAsync(await reader.GetAsync(new Uri("/bijeenkomsten", UriKind.Relative), Ct));
        var draftIcs = await reader.GetAsync(new Uri($"/bijeenkomsten/{id}/agenda.ics", UriKind.Relative), Ct);
        var published = await StoryPagesTests.PostFormAsync(coordinator, path, "bijeenkomst", new(Fields("Werken met de wijkmonitor")) { ["Input.Action"] = "publiceren" });
        var list = await ReadAsync(await reader.GetAsync(new Uri("/bijeenkomsten", UriKind.Relative), Ct));
        var feed = await reader.GetAsync(new Uri("/bijeenkomsten/agenda.ics", UriKind.Relative), Ct);
        var admin = await ReadAsync(await coordinator.GetAsync(new Uri("/beheer/bijeenkomsten", UriKind.Relative), Ct));

        Assert.Equal(HttpStatusCode.Found, draft.StatusCode);
        Assert.DoesNotContain("Werken met de wijkmonitor", listWithDraft, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, draftIcs.StatusCode);
        Assert.Equal(HttpStatusCode.Found, published.StatusCode);
        Assert.Equal($"{path}?klaar=gepubliceerd", published.Headers.Location!.PathAndQuery);
        Assert.Contains($"<a class=\"utrecht-link\" href=\"/bijeenkomsten/{id}\">Werken met de wijkmonitor</a>", list, StringComparison.Ordinal);
        Assert.Contains("di 9 maart 2027, 14:00–16:30 · Workshop · Buurtkamer Overvecht, Zamenhofdreef 1, Utrecht", list, StringComparison.Ordinal);
        Assert.Contains("Nog 30 plaatsen vrij", list, StringComparison.Ordinal);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var ics = Unfold(await feed.Content.ReadAsStringAsync(Ct));
        Assert.Contains("SUMMARY:Werken met de wijkmonitor", ics, StringComparison.Ordinal);
        Assert.Contains($"URL:{EventsHost.PublicUrl}/bijeenkomsten/{id}", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Amsterdam:20270309T140000", ics, StringComparison.Ordinal);
        Assert.Contains("STATUS:CONFIRMED", ics, StringComparison.Ordinal);
        Assert.Contains("Gepubliceerd", admin, StringComparison.Ordinal);
        Assert.Contains("0 van 30", admin, StringComparison.Ordinal);

        var stored = await host.EventAsync(id);
        Assert.Equal(new DateTimeOffset(2027, 3, 9, 13, 0, 0, TimeSpan.Zero), stored.StartsAt);
        Assert.Equal(new DateTimeOffset(2027, 3, 9, 13, 0, 0, TimeSpan.Zero), stored.RegistrationClosesAt); // left empty: at the start
        Assert.Equal([1, 3], stored.PillarNumbers);
        Assert.Single(stored.FocusAreaCodes);
        Assert.Null(stored.MeetingPlaceId);
        Assert.Equal((1, 2), await host.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_BadInput_MessageAtTheFieldAndNothingStored(DatabaseProvider provider)
    {
        await using var host = await EventsHost.StartAsync(provider);
        using var coordinator = await host.SignedInAsync(Coordinator, WijkpeilRoles.Coordinator);

        var endBeforeStart = await StoryPagesTests.PostFormAsync(coordinator, NewPath, "bijeenkomst", new(Fields("Te vroeg af")) { ["Input.EndTime"] = "13:00" });
        var noPlaces = await StoryPagesTests.PostFormAsync(coordinator, NewPath, "bijeenkomst", new(Fields("Geen plaatsen")) { ["Input.Capacity"] = "0", ["Input.Action"] = "publiceren" });
        var skippedHour = await StoryPagesTests.PostFormAsync(coordinator, NewPath, "bijeenkomst", new(Fields("Zomertijd")) { ["Input.StartDate"] = "2027-03-28", ["Input.StartTime"] = "02:30", ["Input.EndDate"] = "2027-03-28" });
        var unknownPillar = await StoryPagesTests.PostFormAsync(coordinator, NewPath, "bijeenkomst", new(Fields("Pijler 9")) { ["Input.Pillars[9]"] = "true" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, endBeforeStart.StatusCode);
        var html = await ReadAsync(endBeforeStart);
        Assert.Contains("id=\"bijeenkomst-endsAt-fout\">Het einde moet na het begin liggen.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Te vroeg af\"", html, StringComparison.Ordinal); // what was typed stays
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noPlaces.StatusCode);
        Assert.Contains("id=\"bijeenkomst-capacity-fout\">Het aantal plaatsen is een heel getal van 1 tot en met 10000.", await ReadAsync(noPlaces), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, skippedHour.StatusCode);
        Assert.Contains("id=\"bijeenkomst-startsAt-fout\">28-3-2027 om 02:30 bestaat niet", await ReadAsync(skippedHour), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownPillar.StatusCode);
        Assert.Contains("id=\"bijeenkomst-pillarNumbers-fout\">Pijler 9 bestaat niet", await ReadAsync(unknownPillar), StringComparison.Ordinal);
        Assert.Equal((0, 0), await host.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Cancel_ConfirmedOnly_ListSaysCancelledAndTheIcsCarriesStatusCancelled(DatabaseProvider provider)
    {
        await using var host = await EventsHost.StartAsync(provider);
        using var manager = await host.SignedInAsync("programma@wijkpeil.example", WijkpeilRoles.ProgrammeManager);
        using var reader = host.Browser();
        var path = (await StoryPagesTests.PostFormAsync(manager, NewPath, "bijeenkomst", new(Fields("Werkbezoek Zeist")) { ["Input.Action"] = "publiceren" })).Headers.Location!.PathAndQuery.Split('?')[0];

        var unconfirmed = await StoryPagesTests.PostFormAsync(manager, path, "bijeenkomst-afgelasten", []);
        var cancelled = await StoryPagesTests.PostFormAsync(manager, path, "bijeenkomst-afgelasten", new() { ["Cancellation.Confirm"] = "true" });
        var again = await StoryPagesTests.PostFormAsync(manager, path, "bijeenkomst", Fields("Toch wel"), tokenFrom: "/uitloggen");
        var page = await ReadAsync(await manager.GetAsync(new Uri(path, UriKind.Relative), Ct));
        var list = await ReadAsync(await reader.GetAsync(new Uri("/bijeenkomsten", UriKind.Relative), Ct));
        var ics = Unfold(await reader.GetStringAsync(new Uri(path.Replace("/beheer", string.Empty, StringComparison.Ordinal) + "/agenda.ics", UriKind.Relative), Ct));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.StatusCode);
        Assert.Contains("id=\"afgelasting-fout\">Vink aan dat u de bijeenkomst wilt afgelasten.", await ReadAsync(unconfirmed), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, cancelled.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Deze bijeenkomst is afgelast en verandert niet meer.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Title\"", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Afgelast</strong>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("plaatsen vrij", list, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", ics, StringComparison.Ordinal);
        Assert.Equal((1, 2), await host.CountsAsync());
        Assert.Equal("Werkbezoek Zeist", (await host.EventAsync(int.Parse(path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture))).Title);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ManagePages_ViewerIsRefusedAnonymousMustSignIn_AndNothingIsStored(DatabaseProvider provider)
    {
        await using var host = await EventsHost.StartAsync(provider);
        using var viewer = await host.SignedInAsync("lezer@wijkpeil.example", WijkpeilRoles.Viewer);
        using var anonymous = host.Browser();
        anonymous.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var viewerList = await viewer.GetAsync(new Uri("/beheer/bijeenkomsten", UriKind.Relative), Ct);
        var viewerPost = await StoryPagesTests.PostFormAsync(viewer, NewPath, "bijeenkomst", Fields("Niet van mij"), tokenFrom: "/uitloggen");
        var anonymousList = await anonymous.GetAsync(new Uri("/beheer/bijeenkomsten", UriKind.Relative), Ct);
        var publicList = await anonymous.GetAsync(new Uri("/bijeenkomsten", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, viewerList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewerPost.StatusCode);
        Assert.Equal(HttpStatusCode.Found, anonymousList.StatusCode);
        Assert.StartsWith("/inloggen", anonymousList.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, publicList.StatusCode);
        Assert.Equal((0, 0), await host.CountsAsync());
    }

    /// <summary>A valid open workshop on Tuesday 9 March 2027, 14:00–16:30 in Amsterdam, 30 places, pillars 1 and 3, Overvecht.</summary>
    private static Dictionary<string, string> Fields(string title) => new()
    {
        ["Input.Kind"] = nameof(EventKind.Workshop),
        ["Input.Title"] = title,
        ["Input.Description"] = "Hoe lees je de *wijkmonitor*?",
        ["Input.StartDate"] = "2027-03-09",
        ["Input.StartTime"] = "14:00",
        ["Input.EndDate"] = "2027-03-09",
        ["Input.EndTime"] = "16:30",
        ["Input.Address"] = "Buurtkamer Overvecht, Zamenhofdreef 1, Utrecht",
        ["Input.Capacity"] = "30",
        ["Input.Audience"] = nameof(EventAudience.Open),
        ["Input.Pillars[1]"] = "true",
        ["Input.Pillars[3]"] = "true",
        ["Input.FocusAreas[overvecht]"] = "true",
        ["Input.Action"] = "concept",
    };

    private static async Task<string> ReadAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    // RFC 5545 folds long lines; the assertions read them whole.
    private static string Unfold(string ics) => ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
}
