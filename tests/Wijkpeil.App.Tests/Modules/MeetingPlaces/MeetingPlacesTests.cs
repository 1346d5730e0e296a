using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Events;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Learning;
using Wijkpeil.Domain.MeetingPlaces;

namespace Wijkpeil.App.Tests.Modules.MeetingPlaces;

/// <summary>
/// Issue 14 point 7: the default seeds the letter's five places once; coordinators add and change places with messages
/// at the fields; the public list and a place's page show what happens there (its events, spreekuren and agenda
/// projects); an event chosen in a place links to it.
/// </summary>
public sealed class MeetingPlacesTests
{
    private const string Coordinator = "coordinator@wijkpeil.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Seed_FreshDefault_TheLettersFivePlacesOnceWithoutAddressOrPoint(DatabaseProvider provider)
    {
        await using var host = await EventsHost.StartAsync(provider);

        var first = await SeedAsync(host);
        var again = await SeedAsync(host);
        var places = await PlacesAsync(host);
        using var reader = host.Browser();
        var list = await ReadAsync(await reader.GetAsync(new Uri("/ontmoetingsplekken", UriKind.Relative), Ct));

        Assert.True(first);
        Assert.False(again);
        Assert.Equal(["Het Muntpunt", "NOA Tamarinde", "Projectenhuis", "’t Laantje", "’t Volle Hof"], places.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(places, p => Assert.Null(p.Address));
        Assert.All(places, p => Assert.Null(p.Point));
        Assert.All(places, p => Assert.Equal(VitaleWijkenMeetingPlaces.Source, p.Source));
        Assert.Equal("batau", places.Single(p => p.Name == "Het Muntpunt").FocusAreaCode);
        Assert.Contains("Het Muntpunt</a>", list, StringComparison.Ordinal);
        Assert.Contains("adres niet bekend", list, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Manage_BadInputAtTheField_ThenAddedWithPointAndAudited(DatabaseProvider provider)
    {
        await using var host = await EventsHost.StartAsync(provider);
        using var coordinator = await host.SignedInAsync(Coordinator, WijkpeilRoles.Coordinator);

        var halfPoint = await StoryPagesTests.PostFormAsync(coordinator, "/beheer/ontmoetingsplekken/nieuw", "ontmoetingsplek", Fields("Buurthuis De Klop", latitude: "52,1042"));
        var farNorth = await StoryPagesTests.PostFormAsync(coordinator, "/beheer/ontmoetingsplekken/nieuw", "ontmoetingsplek", Fields("Buurthuis De Klop", latitude: "91", longitude: "5.1"));
        var noArea = await StoryPagesTests.PostFormAsync(coordinator, "/beheer/ontmoetingsplekken/nieuw", "ontmoetingsplek", new(Fields("Buurthuis De Klop")) { ["Input.FocusArea"] = string.Empty });
        var countBefore = (await PlacesAsync(host)).Count;
        var added = await StoryPagesTests.PostFormAsync(coordinator, "/beheer/ontmoetingsplekken/nieuw", "ontmoetingsplek", Fields("Buurthuis De Klop", latitude: "52,1042", longitude: "5.1213"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, halfPoint.StatusCode);
        Assert.Contains("id=\"ontmoetingsplek-longitude-fout\">Vul zowel de breedtegraad als de lengtegraad in", await ReadAsync(halfPoint), StringComparison.Ordinal);
        Assert.Contains("id=\"ontmoetingsplek-latitude-fout\">De breedtegraad 91 ligt buiten WGS84", await ReadAsync(farNorth), StringComparison.Ordinal);
        Assert.Contains("id=\"ontmoetingsplek-focusArea-fout\">Kies het focusgebied.", await ReadAsync(noArea), StringComparison.Ordinal);
        Assert.Equal(0, countBefore);
        Assert.Equal(HttpStatusCode.Found, added.StatusCode);
        var place = Assert.Single(await PlacesAsync(host));
        Assert.Equal(new GeoPoint?(GeoPoint.From(52.1042, 5.1213).Value!.Value), place.Point);
        Assert.Equal($"/beheer/ontmoetingsplekken/{place.Id}?klaar=aangemaakt", added.Headers.Location!.PathAndQuery);
        Assert.Equal(1, await AuditCountAsync(host));

        var page = await ReadAsync(await host.Browser().GetAsync(new Uri($"/ontmoetingsplekken/{place.Id}", UriKind.Relative), Ct));
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Buurthuis De Klop</h1>", page, StringComparison.Ordinal);
        Assert.Contains("mlat=52.1042&amp;mlon=5.1213", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Manage_NotACoordinator_RefusedAndNothingStored(DatabaseProvider provider)
    {
        await using var host = await EventsHost.StartAsync(provider);
        using var viewer = await host.SignedInAsync("kijker@wijkpeil.example", WijkpeilRoles.Viewer);
        using var anonymous = host.Browser();

        var byViewer = await viewer.GetAsync(new Uri("/beheer/ontmoetingsplekken/nieuw", UriKind.Relative), Ct);
        var byAnonymous = await anonymous.GetAsync(new Uri("/beheer/ontmoetingsplekken", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, byAnonymous.StatusCode);
        Assert.Empty(await PlacesAsync(host));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PlacePage_EventsSpreekurenAndProjects_LinkedBothWays(DatabaseProvider provider)
    {
        await using var host = await EventsHost.StartAsync(provider);
        await SeedAsync(host);
        using var coordinator = await host.SignedInAsync(Coordinator, WijkpeilRoles.Coordinator);
        var muntpunt = (await PlacesAsync(host)).Single(p => p.Name == "Het Muntpunt");
        var project = await LinkFirstProjectAsync(host, muntpunt.Id);
        await AddPublishedEventAsync(host, EventKind.ConsultationHour, "Spreekuur wethouder", muntpunt.Id);

        var unknownPlace = await StoryPagesTests.PostFormAsync(coordinator, "/beheer/bijeenkomsten/nieuw", "bijeenkomst", EventFields("Elders", "99999"));
        var created = await StoryPagesTests.PostFormAsync(coordinator, "/beheer/bijeenkomsten/nieuw", "bijeenkomst", new(EventFields("Buurtgesprek Muntplein", muntpunt.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))) { ["Input.Action"] = "publiceren" });
        var eventPath = created.Headers.Location!.PathAndQuery.Split('?')[0].Replace("/beheer", string.Empty, StringComparison.Ordinal);
        using var reader = host.Browser();
        var placePage = await ReadAsync(await coordinator.GetAsync(new Uri($"/ontmoetingsplekken/{muntpunt.Id}", UriKind.Relative), Ct));
        var eventPage = await ReadAsync(await reader.GetAsync(new Uri(eventPath, UriKind.Relative), Ct));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownPlace.StatusCode);
        Assert.Contains("id=\"bijeenkomst-meetingPlaceId-fout\">Ontmoetingsplek 99999 staat niet in het register.", await ReadAsync(unknownPlace), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, created.StatusCode);
        Assert.Contains($"href=\"{eventPath}\">Buurtgesprek Muntplein</a>", placePage, StringComparison.Ordinal);
        Assert.Contains(">Spreekuur wethouder</a>", placePage, StringComparison.Ordinal);
        Assert.True(placePage.IndexOf("Spreekuur wethouder", StringComparison.Ordinal) < placePage.IndexOf("Buurtgesprek Muntplein", StringComparison.Ordinal), "spreekuren come first");
        Assert.Contains($"href=\"/agenda/{project.Id}\">", placePage, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"utrecht-link\" href=\"/ontmoetingsplekken/{muntpunt.Id}\">Het Muntpunt</a>", eventPage, StringComparison.Ordinal);
    }

    internal static async Task<bool> SeedAsync(EventsHost host)
    {
        await using var scope = host.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DefaultSeeder>().SeedMeetingPlacesAsync(Ct);
    }

    private static Dictionary<string, string> Fields(string name, string latitude = "", string longitude = "") => new()
    {
        ["Input.FocusArea"] = "vitale-wijken/overvecht",
        ["Input.Name"] = name,
        ["Input.Description"] = "Een *buurthuis* aan het plein.",
        ["Input.Latitude"] = latitude,
        ["Input.Longitude"] = longitude,
    };

    private static Dictionary<string, string> EventFields(string title, string meetingPlaceId) => new()
    {
        ["Input.Kind"] = nameof(EventKind.ThemeMeeting),
        ["Input.Title"] = title,
        ["Input.StartDate"] = "2027-03-09",
        ["Input.StartTime"] = "14:00",
        ["Input.EndDate"] = "2027-03-09",
        ["Input.EndTime"] = "16:00",
        ["Input.MeetingPlaceId"] = meetingPlaceId,
        ["Input.Capacity"] = "20",
        ["Input.Audience"] = nameof(EventAudience.Open),
        ["Input.Action"] = "concept",
    };

    private static async Task<List<MeetingPlace>> PlacesAsync(EventsHost host)
    {
        await using var scope = host.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<MeetingPlace>().AsNoTracking().ToListAsync(Ct);
    }

    private static async Task<int> AuditCountAsync(EventsHost host)
    {
        await using var scope = host.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AuditEntries.CountAsync(e => e.EntityType == AuditEntityTypes.MeetingPlace, Ct);
    }

    // The agenda form's choice of a register place is not built yet: the link is set as the form would store it.
    private static async Task<Project> LinkFirstProjectAsync(EventsHost host, int placeId)
    {
        await using var scope = host.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var project = await db.Set<Project>().OrderBy(p => p.Id).FirstAsync(Ct);
        db.Entry(project).Property(p => p.MeetingPlaceId).CurrentValue = placeId;
        await db.SaveChangesAsync(Ct);
        return project;
    }

    private static async Task AddPublishedEventAsync(EventsHost host, EventKind kind, string title, int placeId)
    {
        var start = EventsHost.Now.AddDays(10);
        var created = CommunityEvent.Create(new EventDetails(kind, title, null, start, start.AddHours(1), placeId, null, 10, start, EventAudience.Open, [], [], [], [], [])).Value;
        created.Publish();
        await using var scope = host.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(created);
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Ct);
}
