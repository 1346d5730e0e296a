extern alias web;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Tests.Hosting;

/// <summary>
/// Issue 9, defect 8: a write waits for another writer's lock a few seconds at most and then gets 503 with
/// <c>Retry-After</c>; reads never wait for a writer; an import holds the write lock only for its short write.
/// </summary>
public sealed class WriteLockTests
{
    private const string Email = "pm@provincie-utrecht.nl";

    /// <summary>A request that is still waiting after this long has hung, as before the fix (the timeout was 600 s).</summary>
    private static readonly TimeSpan Hung = TimeSpan.FromSeconds(20);

    private static readonly int[] FirstPillar = [1];

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApiWrite_WhileAnotherWriterHoldsTheLock_Answers503WithRetryAfterWithinTheTimeout(DatabaseProvider provider)
    {
        var (app, token) = await StartAsync(provider);
        await using var _ = app;
        await using var host = app.WithWebHostBuilder(b => b.UseSetting("Database:WriteLockTimeoutSeconds", "2"));
        using var client = ProgramWithToken(host, token);
        await WarmUpAsync(host, client);

        HttpResponseMessage refused;
        TimeSpan waited;
        await using (await HeldWriteLock.HoldAsync(app.Database, HeldWriteLock.Tables("projects", "audit_entries")))
        {
            (refused, waited) = await TimedAsync(() => PostProjectAsync(client, "Tijdens een import"));
        }

        var afterwards = await PostProjectAsync(client, "Na de import");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("2", Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)))
        {
            Assert.Equal("database.busy", problem.RootElement.GetProperty("code").GetString());
            Assert.Contains("Probeer het over 2 seconden opnieuw", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.InRange(waited, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.Created, afterwards.StatusCode);
        Assert.Equal(1, await ProjectCountAsync(app.Database, "Na de import"));
        Assert.Equal(0, await ProjectCountAsync(app.Database, "Tijdens een import"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApiWrite_LockReleasedWithinTheTimeout_WaitsForItAndSucceeds(DatabaseProvider provider)
    {
        var (app, token) = await StartAsync(provider);
        await using var _ = app;
        using var client = ProgramWithToken(app, token);
        await WarmUpAsync(app, client);
        var held = await HeldWriteLock.HoldAsync(app.Database, HeldWriteLock.Tables("projects", "audit_entries"));
        var release = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
            await held.DisposeAsync();
        }, TestContext.Current.CancellationToken);

        var (response, waited) = await TimedAsync(() => PostProjectAsync(client, "Na een korte schrijfactie"));
        await release;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.InRange(waited, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(5));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reads_WhileAnotherWriterHoldsTheLock_AnswerAtOnceAndTheTokenUseIsRecordedLater(DatabaseProvider provider)
    {
        var (app, token) = await StartAsync(provider);
        await using var _ = app;
        using var client = ProgramWithToken(app, token);
        await WarmUpAsync(app, writer: null);

        // The token has never been used, so the first request would record its use: a write, on a read.
        (HttpResponseMessage Response, TimeSpan Waited) observations, projects;
        await using (await HeldWriteLock.HoldAsync(app.Database, HeldWriteLock.Tables("personal_access_tokens", "projects", "observations", "audit_entries")))
        {
            observations = await TimedAsync(() => client.GetAsync(new Uri("/api/v1/observations?area=WK034403", UriKind.Relative), TestContext.Current.CancellationToken));
            projects = await TimedAsync(() => client.GetAsync(new Uri("/api/v1/projects", UriKind.Relative), TestContext.Current.CancellationToken));
            Assert.Null(await LastUsedAsync(app.Database));
        }

        var afterwards = await client.GetAsync(new Uri("/api/v1/projects", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, observations.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, projects.Response.StatusCode);
        Assert.True(observations.Waited < TimeSpan.FromSeconds(2), $"a read waited {observations.Waited}");
        Assert.True(projects.Waited < TimeSpan.FromSeconds(2), $"a read waited {projects.Waited}");
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        Assert.NotNull(await LastUsedAsync(app.Database));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApiWrite_DuringARealLargeImport_AnswersWithinFiveSeconds(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (app, token) = await StartAsync(provider);
        await using var _ = app;
        await using var host = app.WithWebHostBuilder(b => b.UseSetting("Database:WriteLockTimeoutSeconds", "4"));
        using var client = ProgramWithToken(host, token);
        await WarmUpAsync(host, client);
        using var scope = app.Database.CreateScope();
        var parser = scope.ServiceProvider.GetServices<IDatasetParser>().Single(p => p.Format == "statline");
        var import = scope.ServiceProvider.GetRequiredService<ObservationImporter>()
            .ImportFileAsync(parser, TestData.SharedData("rivm/50090NED-gezondheid-2020-18plus.xlsx"), new ImportOptions(Publish: true, ImportedBy: "test"), ct);

        var answers = new List<(HttpStatusCode Status, TimeSpan Waited)>();
        var number = 0;
        while (!import.IsCompleted)
        {
            var (response, waited) = await TimedAsync(() => PostProjectAsync(client, $"Tijdens de import {++number}"));
            answers.Add((response.StatusCode, waited));
            await Task.Delay(200, ct);
        }

        var outcome = await import;
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.All(answers, a => Assert.True(a.Waited < TimeSpan.FromSeconds(5) && a.Status is HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable, $"{a.Status} after {a.Waited}"));
        Assert.True(answers.Count >= 3, $"only {answers.Count} writes were sent during the import");
        TestContext.Current.TestOutputHelper?.WriteLine($"{provider}: {answers.Count} writes during the import, longest {answers.Max(a => a.Waited).TotalMilliseconds:F0} ms, {answers.Count(a => a.Status == HttpStatusCode.Created)} created");
    }

    private static async Task<(WijkpeilAppFactory App, string Token)> StartAsync(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var app = await WijkpeilAppFactory.StartAsync(provider, async database =>
        {
            await using var scope = database.CreateScope();
            var seeder = scope.ServiceProvider.GetRequiredService<DefaultSeeder>();
            await seeder.SeedCatalogueAsync(ct);
            await seeder.SeedProgrammeAsync(ct);
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            db.Areas.AddRange(
                new Area(AreaCode.From("NL00"), "Nederland", null, [2024]),
                new Area(AreaCode.From("PV26"), "Utrecht (PV)", AreaCode.From("NL00"), [2024]),
                new Area(AreaCode.From("GM0344"), "Utrecht", AreaCode.From("PV26"), [2024]),
                new Area(AreaCode.From("WK034403"), "Overvecht", AreaCode.From("GM0344"), [2024]));
            await db.SaveChangesAsync(ct);
        });
        await using var scope = app.Database.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var added = await users.AddAsync(new NewAccount(Email, WijkpeilRoles.ProgrammeManager, [], "lange zin als wachtwoord"), ct);
        Assert.True(added.Succeeded, added.ToString());
        var token = await users.CreateTokenAsync(Email, "koppeling", expiresAt: null, ct);
        Assert.True(token.Succeeded, token.ToString());
        return (app, token.Value.Token);
    }

    /// <summary>
    /// A first read and write before anything is timed: on a busy test machine the first request of a host (JIT,
    /// EF Core's model and query compilation) takes seconds that are not what these tests measure.
    /// </summary>
    private static async Task WarmUpAsync(WebApplicationFactory<web::Program> host, HttpClient? writer)
    {
        using var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/api/v1/observations?area=WK034403", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/api/v1/projects", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        if (writer is not null)
        {
            Assert.Equal(HttpStatusCode.Created, (await PostProjectAsync(writer, "Opwarmen")).StatusCode);
        }
    }

    private static HttpClient ProgramWithToken(WebApplicationFactory<web::Program> host, string token)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.Timeout = Hung;
        return client;
    }

    private static async Task<HttpResponseMessage> PostProjectAsync(HttpClient client, string title)
    {
        var body = JsonSerializer.Serialize(new { focusArea = "WK034403", title, pillars = FirstPillar, status = "planned" }, JsonSerializerOptions.Web);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri("/api/v1/projects", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    private static async Task<(T Result, TimeSpan Waited)> TimedAsync<T>(Func<Task<T>> request)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await request();
        return (result, stopwatch.Elapsed);
    }

    private static async Task<int> ProjectCountAsync(TestDatabase database, string title)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Projects.CountAsync(p => p.Title == title, TestContext.Current.CancellationToken);
    }

    private static async Task<DateTimeOffset?> LastUsedAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().PersonalAccessTokens.Select(t => t.LastUsedAt).SingleAsync(TestContext.Current.CancellationToken);
    }
}
