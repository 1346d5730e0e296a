extern alias web;

using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Tests.Modules.Events;

/// <summary>
/// The real web host with the Vitale Wijken programme and its agenda, <c>Site:PublicUrl</c> set and "now" fixed at
/// <see cref="Now"/>, for the event pages and calendars.
/// </summary>
internal sealed class EventsHost : IAsyncDisposable
{
    public const string PublicUrl = "https://wijkpeil.example";

    /// <summary>1 February 2027, 10:00 in Amsterdam.</summary>
    public static readonly DateTimeOffset Now = new(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly WijkpeilAppFactory _factory;

    private EventsHost(WijkpeilAppFactory factory, WebApplicationFactory<web::Program> app)
    {
        _factory = factory;
        App = app;
    }

    public WebApplicationFactory<web::Program> App { get; }

    public TestDatabase Database => _factory.Database;

    public static async Task<EventsHost> StartAsync(DatabaseProvider provider)
    {
        var factory = await WijkpeilAppFactory.StartAsync(provider, StoryTestData.SeedProgrammeAsync);
        var app = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Site:PublicUrl", PublicUrl);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        });
        return new EventsHost(factory, app);
    }

    /// <summary>A browser: cookies kept, redirects not followed.</summary>
    public HttpClient Browser() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A browser signed in to a new account with <paramref name="role"/>.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string role)
    {
        await StoryTestData.AddAccountAsync(Database, email, role);
        var client = Browser();
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(client, email, StoryTestData.Password)).StatusCode);
        return client;
    }

    /// <summary>How many events are stored, and how many audit entries about events.</summary>
    public async Task<(int Events, int Audit)> CountsAsync()
    {
        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var ct = TestContext.Current.CancellationToken;
        return (await db.Set<CommunityEvent>().CountAsync(ct), await db.AuditEntries.CountAsync(e => e.EntityType == AuditEntityTypes.CommunityEvent, ct));
    }

    /// <summary>The stored event, untracked.</summary>
    public async Task<CommunityEvent> EventAsync(int id)
    {
        await using var scope = Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<CommunityEvent>().AsNoTracking().SingleAsync(e => e.Id == id, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _factory.DisposeAsync();
    }
}
