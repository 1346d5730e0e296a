extern alias web;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Scheduling;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Tests.Modules.Events;

/// <summary>
/// The real web host with mail to an in-process SMTP listener, <c>Site:PublicUrl</c> set and "now" fixed at
/// <see cref="Now"/> (a <see cref="FakeTimeProvider"/> the tests move on); events are added with <see cref="AddEventAsync"/>.
/// </summary>
internal sealed partial class EventHost : IAsyncDisposable
{
    public const string PublicUrl = "https://wijkpeil.example";

    public static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The events' start: a Thursday in April, 14:00 in Amsterdam (summer time).</summary>
    public static readonly DateTimeOffset Start = new(2027, 4, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly WijkpeilAppFactory _factory;

    private EventHost(WijkpeilAppFactory factory, WebApplicationFactory<web::Program> app, SmtpListener smtp, FakeTimeProvider time)
    {
        _factory = factory;
        App = app;
        Smtp = smtp;
        Time = time;
    }

    public WebApplicationFactory<web::Program> App { get; }

    public SmtpListener Smtp { get; }

    public FakeTimeProvider Time { get; }

    public TestDatabase Database => _factory.Database;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Starts the host; <paramref name="withAgenda"/> seeds the Vitale Wijken programme and its agenda (for linked projects).</summary>
    public static async Task<EventHost> StartAsync(DatabaseProvider provider, bool withAgenda = false)
    {
        var time = new FakeTimeProvider(Now);
        var factory = await WijkpeilAppFactory.StartAsync(provider, withAgenda ? StoryTestData.SeedProgrammeAsync : null);
        var smtp = await SmtpListener.StartAsync();
        var app = factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in smtp.Settings)
            {
                builder.UseSetting(key, value);
            }

            builder.UseSetting("Site:PublicUrl", PublicUrl);
            builder.UseSetting("Scheduling:Enabled", "false");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(time));
        });
        return new EventHost(factory, app, smtp, time);
    }

    /// <summary>A published open themabijeenkomst at <see cref="Start"/> with <paramref name="capacity"/> places, linked to <paramref name="projectIds"/>, <paramref name="pillars"/> and <paramref name="focusAreas"/>; its id.</summary>
    public async Task<int> AddEventAsync(int capacity, EventAudience audience = EventAudience.Open, IReadOnlyList<int>? projectIds = null, IReadOnlyList<int>? pillars = null, IReadOnlyList<string>? focusAreas = null)
    {
        var details = new EventDetails(
            EventKind.ThemeMeeting, "Themabijeenkomst eenzaamheid", "Met **praktijkvoorbeelden** uit Overvecht.", Start, Start.AddHours(2), null,
            "Provinciehuis, Archimedeslaan 6, Utrecht", capacity, Start.AddDays(-1), audience,
            audience == EventAudience.Invited ? ["GM0344"] : [], [], pillars ?? [], focusAreas ?? [], projectIds ?? []);
        var created = CommunityEvent.Create(details).Value;
        created.Publish();
        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(created);
        await db.SaveChangesAsync(Ct);
        return created.Id;
    }

    /// <summary>A browser: cookies kept, redirects not followed.</summary>
    public HttpClient Browser() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Opens the event's page in a new browser and posts its registration form.</summary>
    public async Task<HttpResponseMessage> RegisterAsync(int eventId, string name, string email, string gemeente = "GM0344")
    {
        using var browser = Browser();
        return await PostFormAsync(browser, $"/bijeenkomsten/{eventId}", "aanmelden", new()
        {
            ["Input.Name"] = name,
            ["Input.Email"] = email,
            ["Input.Organisation"] = "Gemeente Utrecht",
            ["Input.Gemeente"] = gemeente,
        });
    }

    /// <summary>Opens <paramref name="path"/> and posts its form <paramref name="formName"/> with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields) =>
        await PostAsync(client, path, formName, await OpenAsync(client, path), fields);

    /// <summary>Opens <paramref name="path"/>; the antiforgery token of its forms, to post later (a page left open).</summary>
    public static async Task<string> OpenAsync(HttpClient client, string path)
    {
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative), Ct);
        return WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
    }

    /// <summary>Posts the form <paramref name="formName"/> of a page opened earlier (<see cref="OpenAsync"/>).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string formName, string token, Dictionary<string, string> fields)
    {
        fields["_handler"] = formName;
        fields["__RequestVerificationToken"] = token;
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form, Ct);
    }

    /// <summary>The mails to <paramref name="address"/>, in order.</summary>
    public IReadOnlyList<MimeMessage> MailsTo(string address) =>
        [.. Smtp.Messages.Where(m => m.To.Mailboxes.Any(b => b.Address == address))];

    /// <summary>The path of the person's link page in a confirmation mail.</summary>
    public static string LinkIn(MimeMessage message)
    {
        var match = LinkPattern().Match(message.TextBody ?? string.Empty);
        Assert.True(match.Success, "no link in: " + message.TextBody);
        return match.Value[PublicUrl.Length..];
    }

    public static async Task<string> ReadAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    /// <summary>Runs the registered daily task <paramref name="name"/> as <c>wijkpeil tasks run</c> would; how many it handled.</summary>
    public async Task<int> RunTaskAsync(string name)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetServices<IDailyTask>().Single(t => t.Name == name).RunAsync(Ct);
    }

    /// <summary>The registrations of <paramref name="eventId"/> as stored, by e-mail address (empty once anonymised).</summary>
    public async Task<List<EventRegistration>> RegistrationsAsync(int eventId)
    {
        await using var scope = Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<EventRegistration>().AsNoTracking()
            .Where(r => r.EventId == eventId).OrderBy(r => r.Id).ToListAsync(Ct);
    }

    /// <summary>The event's place counter as stored.</summary>
    public async Task<int> PlacesTakenAsync(int eventId)
    {
        await using var scope = Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<CommunityEvent>().Where(e => e.Id == eventId).Select(e => e.PlacesTaken).SingleAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _factory.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"https://wijkpeil\.example/bijeenkomsten/inschrijving/wpe_[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();
}
