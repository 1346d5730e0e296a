extern alias web;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Agenda.CreateProject;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Modules.Programmes.CreateProgramme;
using Wijkpeil.App.Modules.Stories;
using Wijkpeil.App.Modules.Stories.CreateStory;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Observations;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Tests.Security;

/// <summary>The authorisation tests share one host per provider: starting one costs seconds, a cell milliseconds.</summary>
[CollectionDefinition(Name)]
public sealed class AuthorisationHostsDefinition : ICollectionFixture<MatrixHosts>
{
    public const string Name = "authorisation";
}

/// <summary>
/// One web host per provider with the Vitale Wijken programme, a small area register, one account per caller of the
/// <see cref="AuthorisationMatrix"/> with a personal access token and a signed-in browser session, started on first use.
/// </summary>
public sealed class MatrixHosts : IAsyncDisposable
{
    private readonly Dictionary<DatabaseProvider, Task<MatrixHost>> _hosts = [];
    private readonly Lock _lock = new();

    public Task<MatrixHost> GetAsync(DatabaseProvider provider)
    {
        lock (_lock)
        {
            if (!_hosts.TryGetValue(provider, out var host))
            {
                host = MatrixHost.StartAsync(provider);
                _hosts[provider] = host;
            }

            return host;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts.Values)
        {
            await (await host).DisposeAsync();
        }
    }
}

/// <summary>What a matrix cell acts on; each kind has its own fingerprint to tell whether anything changed.</summary>
public enum TargetKind
{
    /// <summary>Nothing yet: the request creates a project. Fingerprint: the number of projects.</summary>
    NewProject,

    /// <summary>A published Overvecht project with one progress update, output measure (with a 2024 value), indicator and funding line.</summary>
    Project,

    /// <summary>Nothing yet: the request creates a story. Fingerprint: the number of stories.</summary>
    NewStory,

    /// <summary>A draft Overvecht story with consent recorded and one quote.</summary>
    Story,

    /// <summary>Nothing yet: the request uploads figures. Fingerprint: the number of import batches, figures and pending values.</summary>
    NewBatch,

    /// <summary>A draft import batch of one Overvecht figure.</summary>
    DraftBatch,

    /// <summary>A published import batch of one Overvecht figure.</summary>
    PublishedBatch,

    /// <summary>A browser session of its own for the caller, so signing it out leaves the shared one alone.</summary>
    Session,

    /// <summary>Nothing yet: the request creates a programme. Fingerprint: the number of programmes.</summary>
    NewProgramme,

    /// <summary>A programme of its own (Overvecht, one pillar, one kernset entry). Fingerprint: its whole definition.</summary>
    Programme,

    /// <summary>Nothing yet: the request creates an indicator. Fingerprint: the number of indicators.</summary>
    NewIndicator,

    /// <summary>A described indicator of its own, in no kernset (its code in <see cref="Target.Slug"/>). Fingerprint: its definition and retirement.</summary>
    Indicator,

    /// <summary>Nothing yet: the request invites an account. Fingerprint: the number of accounts.</summary>
    NewAccount,

    /// <summary>A Viewer account of its own with a token and an open reset link (address in <see cref="Target.Slug"/>). Fingerprint: role, scope, state, tokens, links.</summary>
    Account,

    /// <summary>As <see cref="Account"/>, disabled.</summary>
    DisabledAccount,

    /// <summary>Nothing yet: the request files an application. Fingerprint: the number of applications.</summary>
    NewApplication,

    /// <summary>A draft application behind its own secret link (<see cref="Target.Slug"/>).</summary>
    DraftApplication,

    /// <summary>An application awaiting completion, term still running, behind its own secret link.</summary>
    CompletionAsked,

    /// <summary>A filed application of the matrix scheme (Utrecht), not yet decided.</summary>
    ReceivedApplication,

    /// <summary>An application whose completion term passed unused (may be left unconsidered).</summary>
    CompletionExpired,

    /// <summary>A refused application (an objection can be registered).</summary>
    DecidedApplication,

    /// <summary>An assignment of the Assessor of Utrecht to a filed application, no declaration yet (id: the assessment).</summary>
    Assignment,

    /// <summary>As <see cref="Assignment"/>, "no conflict" declared, no scores yet.</summary>
    DeclaredAssignment,

    /// <summary>Nothing yet: the request creates a subsidy scheme. Fingerprint: the number of schemes.</summary>
    NewScheme,

    /// <summary>A draft subsidy scheme of Utrecht of its own.</summary>
    DraftScheme,

    /// <summary>A published, open subsidy scheme of Utrecht of its own (its plafond can change).</summary>
    OpenScheme,

    /// <summary>A granted application (1.000 euro, 80% advance) behind its own secret link, no money moved yet.</summary>
    GrantedApplication,

    /// <summary>A granted application with its advance paid, settled as granted: the remainder is open.</summary>
    SettledApplication,

    /// <summary>A published open event with free places, nobody registered. Fingerprint: its registrations.</summary>
    OpenEvent,

    /// <summary>A confirmed registration for an event of its own, behind its own secret link (<see cref="Target.Slug"/>).</summary>
    ConfirmedRegistration,

    /// <summary>A registration offered a freed place (the first registrant cancelled), behind its own secret link.</summary>
    OfferedRegistration,
    /// <summary>Nothing yet: the request creates an event. Fingerprint: the number of events.</summary>
    NewEvent,

    /// <summary>A draft event of its own (a workshop in 2030).</summary>
    DraftEvent,

    /// <summary>An event of its own with one confirmed registration to check in: its id in <see cref="Target.ProgressId"/>, its code in <see cref="Target.Slug"/>.</summary>
    CheckInEvent,

    /// <summary>A published event of its own that ended (in 2020), no report yet.</summary>
    EndedEvent,
    /// <summary>Nothing yet: the request captures a lesson. Fingerprint: the number of lessons.</summary>
    NewLesson,

    /// <summary>A draft lesson of its own.</summary>
    DraftLesson,

    /// <summary>Nothing yet: the request adds a meeting place. Fingerprint: the number of places.</summary>
    NewMeetingPlace,

    /// <summary>A meeting place of its own in Overvecht.</summary>
    MeetingPlace,

    /// <summary>Overvecht without a research plan: the request adds one. Fingerprint: the number of plans.</summary>
    NewResearchPlan,

    /// <summary>Overvecht's research plan, of its own.</summary>
    ResearchPlan,

    /// <summary>Nothing yet: the request registers a meekoppelkans. Fingerprint: the number of chances.</summary>
    NewOpportunity,

    /// <summary>A gesignaleerde meekoppelkans of its own, naming a related programme of its own.</summary>
    RegisteredOpportunity,

    /// <summary>Nothing yet: the request adds a related programme. Fingerprint: the number of related programmes.</summary>
    NewRelatedProgramme,

    /// <summary>A related programme of its own.</summary>
    ListedRelatedProgramme,

    /// <summary>Nothing yet: the request starts the round of a year no round has. Fingerprint: the number of rounds.</summary>
    NewRound,

    /// <summary>A round of its own year with nothing chosen, and a related programme of its own to choose.</summary>
    RoundToChoose,

    /// <summary>A round of its own year with its related programme chosen, nothing sent.</summary>
    ChosenRoundProgramme,

    /// <summary>As <see cref="ChosenRoundProgramme"/>, the agenda sent.</summary>
    SentRoundProgramme,

    /// <summary>As <see cref="SentRoundProgramme"/>, the response recorded; a chance naming the programme waits to be linked.</summary>
    AnsweredRoundProgramme,

    /// <summary>As <see cref="AnsweredRoundProgramme"/>, the chance linked.</summary>
    LinkedRoundProgramme,
}

/// <summary>The ids a cell needs of its target; 0 or empty where the kind has no such part.</summary>
public sealed record Target(TargetKind Kind, int Id = 0, int ProgressId = 0, int MeasureId = 0, int FundingId = 0, string IndicatorCode = "", int QuoteId = 0, Session? Session = null, string Slug = "");

/// <summary>A browser: its cookies (session and antiforgery) and the antiforgery request token of that session.</summary>
public sealed record Session(HttpClient Client, string Token, string Caller);

/// <summary>A started host of one provider and everything the cells share on it.</summary>
public sealed partial class MatrixHost : IAsyncDisposable
{
    public const string Password = "lange zin als wachtwoord";

    private static readonly ClaimsPrincipal Manager = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, WijkpeilRoles.ProgrammeManager), new Claim(ClaimTypes.Email, "opzet@test.nl")], "test"));

    private readonly WijkpeilAppFactory _factory;
    private readonly Dictionary<TargetKind, Target> _clean = [];
    private readonly Dictionary<string, string?> _tokens = [];
    private readonly Dictionary<string, Session> _sessions = [];
    private int _figures;

    private MatrixHost(WijkpeilAppFactory factory, WebApplicationFactory<web::Program> app, IReadOnlyList<string> indicators)
    {
        _factory = factory;
        App = app;
        LinkedIndicator = indicators[0];
        OtherIndicator = indicators[1];
    }

    /// <summary>The web host; it allows many logins a minute, as the cells sign in each caller more than once.</summary>
    public WebApplicationFactory<web::Program> App { get; }

    public TestDatabase Database => _factory.Database;

    public DatabaseProvider Provider => Database.Provider;

    /// <summary>The indicator every project target links to (and the figures are about).</summary>
    public string LinkedIndicator { get; }

    /// <summary>An indicator no project target links to, for the link form.</summary>
    public string OtherIndicator { get; }

    /// <summary>The e-mail address of a caller's account.</summary>
    public static string EmailOf(string caller) => caller.Replace(' ', '-').ToLowerInvariant() + "@test.nl";

    internal static async Task<MatrixHost> StartAsync(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var factory = await WijkpeilAppFactory.StartAsync(provider, async database =>
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
        // The matrix posts the login and reset forms for every role from one client: neither limit may refuse it.
        var app = factory.WithWebHostBuilder(b => b.UseSetting("Accounts:LoginAttemptsPerMinute", "1000").UseSetting("Accounts:ResetRequestsPerHour", "1000").UseSetting("Subsidies:LinkRequestsPerMinute", "100000").UseSetting("Events:LinkRequestsPerMinute", "100000")
            .UseSetting("Subsidies:AttachmentFolder", Path.Combine(Path.GetDirectoryName(factory.Database.ExportsFolder)!, "attachments")));
        List<string> indicators;
        await using (var scope = factory.Database.CreateScope())
        {
            indicators = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Indicators.OrderBy(i => i.Code).Select(i => i.Code).Take(2).ToListAsync(ct);
        }

        var host = new MatrixHost(factory, app, indicators);
        await host.AddSubsidySchemeAsync();
        await using (var scope = factory.Database.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            foreach (var caller in AuthorisationMatrix.Callers)
            {
                if (AuthorisationMatrix.RoleOf(caller) is not { } role)
                {
                    host._tokens[caller] = null;
                    continue;
                }

                var added = await users.AddAsync(new NewAccount(EmailOf(caller), role, AuthorisationMatrix.GemeentenOf(caller), Password), ct);
                Assert.True(added.Succeeded, added.ToString());
                var token = await users.CreateTokenAsync(EmailOf(caller), "matrix", expiresAt: null, ct);
                Assert.True(token.Succeeded, token.ToString());
                host._tokens[caller] = token.Value.Token;
            }
        }

        foreach (var caller in AuthorisationMatrix.Callers)
        {
            host._sessions[caller] = await host.NewSessionAsync(caller);
        }

        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _sessions.Values)
        {
            session.Client.Dispose();
        }

        await App.DisposeAsync();
        await _factory.DisposeAsync();
    }

    /// <summary>A client without cookies, carrying the caller's personal access token if it has an account.</summary>
    public HttpClient ProgramFor(string caller)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (_tokens[caller] is { } token)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>The caller's shared browser session (anonymous: a browser that only opened the login page).</summary>
    public Session SessionOf(string caller) => _sessions[caller];

    /// <summary>
    /// A new browser for the caller, signed in unless anonymous, with the antiforgery token of its session. The token
    /// comes from the logout form, which every session can open: antiforgery tokens belong to a session, not to a
    /// form, so this is exactly what a forger holds for a form the page would not show.
    /// </summary>
    public async Task<Session> NewSessionAsync(string caller)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        string page;
        if (caller == AuthorisationMatrix.Anonymous)
        {
            page = await client.GetStringAsync(new Uri("/inloggen", UriKind.Relative), TestContext.Current.CancellationToken);
        }
        else
        {
            var login = await LoginPageTests.PostLoginAsync(client, EmailOf(caller), Password);
            Assert.Equal(HttpStatusCode.Found, login.StatusCode);
            page = await client.GetStringAsync(new Uri("/uitloggen", UriKind.Relative), TestContext.Current.CancellationToken);
        }

        return new Session(client, AntiforgeryToken(page), caller);
    }

    /// <summary>Whether the session is still signed in, as the logout page tells it.</summary>
    public static async Task<bool> IsSignedInAsync(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var page = WebUtility.HtmlDecode(await session.Client.GetStringAsync(new Uri("/uitloggen", UriKind.Relative), TestContext.Current.CancellationToken));
        return page.Contains("U bent ingelogd als", StringComparison.Ordinal);
    }

    /// <summary>A target of the kind that no cell has changed yet: the last one, or a new one once a cell changed it.</summary>
    public async Task<Target> CleanTargetAsync(TargetKind kind, string caller)
    {
        if (kind == TargetKind.Session)
        {
            return new Target(kind, Session: await NewSessionAsync(caller));
        }

        if (!_clean.TryGetValue(kind, out var target))
        {
            target = await CreateTargetAsync(kind);
            _clean[kind] = target;
        }

        return target;
    }

    /// <summary>Forgets the target so that the next cell gets a new one.</summary>
    public void MarkChanged(TargetKind kind) => _clean.Remove(kind);

    /// <summary>A new target that no cell shares, for tests that change it.</summary>
    public Task<Target> CreateTargetAsync(TargetKind kind) => kind switch
    {
        TargetKind.Project => CreateProjectAsync("overvecht", "Matrixproject"),
        TargetKind.Story => CreateStoryAsync("WK034403"),
        TargetKind.DraftBatch => CreateBatchAsync(publish: false),
        TargetKind.PublishedBatch => CreateBatchAsync(publish: true),
        TargetKind.Programme => CreateProgrammeAsync(),
        TargetKind.Indicator => CreateIndicatorAsync(),
        TargetKind.Account => CreateAccountAsync(disabled: false),
        TargetKind.DisabledAccount => CreateAccountAsync(disabled: true),
        TargetKind.DraftApplication or TargetKind.CompletionAsked or TargetKind.ReceivedApplication or TargetKind.CompletionExpired
            or TargetKind.DecidedApplication or TargetKind.Assignment or TargetKind.DeclaredAssignment
            or TargetKind.GrantedApplication or TargetKind.SettledApplication => CreateSubsidyTargetAsync(kind),
        TargetKind.DraftScheme or TargetKind.OpenScheme => CreateSchemeTargetAsync(kind),
        TargetKind.OpenEvent or TargetKind.ConfirmedRegistration or TargetKind.OfferedRegistration => CreateEventTargetAsync(kind),
        TargetKind.DraftEvent => CreateDraftEventTargetAsync(),
        TargetKind.CheckInEvent => CreateCheckInTargetAsync(),
        TargetKind.EndedEvent => CreateEndedEventTargetAsync(),
        TargetKind.DraftLesson => CreateDraftLessonTargetAsync(),
        TargetKind.MeetingPlace => CreateMeetingPlaceTargetAsync(),
        TargetKind.NewResearchPlan or TargetKind.ResearchPlan => CreateResearchPlanTargetAsync(kind),
        TargetKind.RegisteredOpportunity or TargetKind.ListedRelatedProgramme or TargetKind.RoundToChoose or TargetKind.ChosenRoundProgramme
            or TargetKind.SentRoundProgramme or TargetKind.AnsweredRoundProgramme or TargetKind.LinkedRoundProgramme => CreateOpportunityTargetAsync(kind),
        _ => Task.FromResult(new Target(kind)),
    };

    /// <summary>A small valid programme under a slug no other cell uses: Overvecht, one pillar, the linked indicator.</summary>
    public ProgrammeDefinition MatrixProgramme(string slug, string name) =>
        new(slug, name, null, [new(1, "Wonen", "Housing")], [new("overvecht", "Overvecht", ["WK034403"])], null, [new(LinkedIndicator, null, 1)], []);

    /// <summary>A whole, valid indicator definition under a code no other cell uses (no source mappings, so none clash).</summary>
    public static IndicatorDefinition MatrixIndicator(string code, string name) => new(
        code, name, name, "Een telling voor de matrix.", "A count for the matrix.", "aantal", Domain.Indicators.IndicatorKind.Count,
        Domain.Indicators.Polarity.Neutral, Domain.Indicators.SourceKind.Register, "CBS", "woningen", []);

    /// <summary>An address no account has yet.</summary>
    public static string NewAccountEmail() => "matrix-" + Guid.NewGuid().ToString("N")[..12] + "@test.nl";

    private async Task<Target> CreateAccountAsync(bool disabled)
    {
        var email = NewAccountEmail();
        var ct = TestContext.Current.CancellationToken;
        await using var scope = Database.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        Assert.True((await users.AddAsync(new NewAccount(email, WijkpeilRoles.Viewer, [], Password), ct)).Succeeded);
        Assert.True((await users.CreateTokenAsync(email, "matrix", expiresAt: null, ct)).Succeeded);
        Assert.NotNull(await users.IssueResetLinkAsync(email, ct));
        if (disabled)
        {
            Assert.True((await users.DisableAsync(email, ct)).Succeeded);
        }

        return new Target(disabled ? TargetKind.DisabledAccount : TargetKind.Account, Slug: email);
    }

    /// <summary>An indicator code no indicator has yet.</summary>
    public static string NewIndicatorCode() => "matrix_" + Guid.NewGuid().ToString("N")[..12];

    private async Task<Target> CreateIndicatorAsync()
    {
        var code = NewIndicatorCode();
        await using var scope = Database.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<App.Modules.Indicators.CreateIndicator.CreateIndicatorHandler>()
            .HandleAsync(MatrixIndicator(code, "Matrixindicator"), TestContext.Current.CancellationToken);
        Assert.True(created.Succeeded, created.ToString());
        return new Target(TargetKind.Indicator, Slug: code);
    }

    /// <summary>A slug no programme has yet.</summary>
    public static string NewProgrammeSlug() => "matrix-" + Guid.NewGuid().ToString("N")[..12];

    private async Task<Target> CreateProgrammeAsync()
    {
        var slug = NewProgrammeSlug();
        await using var scope = Database.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateProgrammeHandler>().HandleAsync(MatrixProgramme(slug, "Matrixprogramma"), TestContext.Current.CancellationToken);
        Assert.True(created.Succeeded, string.Join(", ", created.Problems.Select(p => $"{p.Field} {p.Code}")));
        return new Target(TargetKind.Programme, created.Value.Id, Slug: slug);
    }

    /// <summary>A published project with one item of every kind, created as a ProgrammeManager.</summary>
    public async Task<Target> CreateProjectAsync(string focusArea, string title)
    {
        var ct = TestContext.Current.CancellationToken;
        int id;
        await using (var scope = Database.CreateScope())
        {
            var request = new ProjectRequest(
                focusArea,
                title,
                [1],
                ProjectStatus.Planned,
                Published: true,
                Outputs: [new OutputMeasureRequest(OutputKind.HowMuch, "Gerenoveerde woningen", OutputUnit.Count, "woningen", [new OutputValueRequest("2024", 120, 45)])],
                Funding: [new FundingLineRequest(Funder.Provincie, null, 2024, 10000m, 5000m, 1000m)],
                Indicators: [LinkedIndicator],
                Progress: [new ProgressUpdateRequest(new DateOnly(2024, 5, 1), "Eerste bewonersavond", 10)],
                Programme: VitaleWijkenProgramme.Code);
            var created = await scope.ServiceProvider.GetRequiredService<CreateProjectHandler>().HandleAsync(Manager, request, ct);
            Assert.True(created.Succeeded, string.Join(", ", created.Problems.Select(p => p.Code)));
            id = created.Value.ProjectId;
        }

        var project = await LoadProjectAsync(id);
        return new Target(
            TargetKind.Project,
            id,
            project!.ProgressUpdates.Single().Id,
            project.OutputMeasures.Single().Id,
            project.FundingLines.Single().Id,
            LinkedIndicator);
    }

    /// <summary>A draft story with consent and one unnamed quote, created as a ProgrammeManager.</summary>
    public async Task<Target> CreateStoryAsync(string area)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = Database.CreateScope();
        var request = new StoryRequest(StoryMethod.Interview, new DateOnly(2024, 5, 14), area, 3, null, "Bewoners over de buurtkamer", "Het *hele* verhaal.", new DateOnly(2024, 5, 14), Quotes: [new QuoteRequest("Eindelijk een plek", "bewoner, 67 jaar", false)], Programme: VitaleWijkenProgramme.Code);
        var created = await scope.ServiceProvider.GetRequiredService<CreateStoryHandler>().HandleAsync(Manager, request, ct);
        Assert.True(created.Succeeded, string.Join("; ", created.Problems.Select(p => p.Code)));
        var story = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Stories.AsNoTracking().Include(s => s.Quotes).SingleAsync(s => s.Id == created.Value, ct);
        return new Target(TargetKind.Story, story.Id, QuoteId: story.Quotes.Single().Id);
    }

    /// <summary>A CSV of one Overvecht figure whose value no earlier import had, so it is never "nothing changed".</summary>
    public string NextFiguresCsv() =>
        "area_code,indicator_code,period,breakdown,value\n" +
        string.Create(CultureInfo.InvariantCulture, $"WK034403,{LinkedIndicator},2022,{Breakdown.TotalCode},{NextFigure()}\n");

    /// <summary>How a target stands now, as text: equal before and after means the cell changed nothing.</summary>
    public async Task<string> FingerprintAsync(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var ct = TestContext.Current.CancellationToken;
        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        switch (target.Kind)
        {
            case TargetKind.NewProject:
                return "projects: " + await db.Projects.CountAsync(ct);
            case TargetKind.NewStory:
                return "stories: " + await db.Stories.CountAsync(ct);
            case TargetKind.NewBatch:
                return $"batches: {await db.ImportBatches.CountAsync(ct)}, figures: {await db.Observations.CountAsync(ct)}, pending: {await db.PendingObservations.CountAsync(ct)}";
            case TargetKind.Session:
                return "signed in: " + await IsSignedInAsync(target.Session!);
            case TargetKind.NewAccount:
                return "accounts: " + await db.Users.CountAsync(ct);
            case TargetKind.Account or TargetKind.DisabledAccount:
                var account = (await scope.ServiceProvider.GetRequiredService<UserAdministration>().ListAsync(ct)).Single(a => a.Email == target.Slug);
                var user = await db.Users.SingleAsync(u => u.Email == target.Slug, ct);
                var links = await db.AccountLinks.CountAsync(l => l.UserId == user.Id && l.RevokedAt == null && l.UsedAt == null, ct);
                return JsonSerializer.Serialize(new { account.Roles, account.Gemeenten, account.DisabledAt, account.ActiveTokens, links });
            case TargetKind.NewProgramme:
                return "programmes: " + await db.Programmes.CountAsync(ct);
            case TargetKind.NewIndicator:
                return "indicators: " + await scope.ServiceProvider.GetRequiredService<App.Modules.Indicators.Contracts.IIndicatorCatalogue>().Indicators.CountAsync(ct);
            case TargetKind.Indicator:
                var indicator = await scope.ServiceProvider.GetRequiredService<App.Modules.Indicators.Contracts.IIndicatorCatalogue>().FindAsync(target.Slug, ct);
                return indicator is null ? "gone" : JsonSerializer.Serialize(new { Definition = IndicatorDefinition.From(indicator), indicator.RetiredAt });
            case TargetKind.Programme:
                var programme = await scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().GetAsync(target.Slug, ct);
                return programme is null ? "gone" : JsonSerializer.Serialize(ProgrammeDefinition.From(programme));
            case TargetKind.Project:
                var project = await LoadProjectAsync(target.Id);
                return project is null ? "gone" : JsonSerializer.Serialize(new
                {
                    project.Title,
                    project.FocusAreaCode,
                    project.ProgrammeId,
                    project.Status,
                    project.StopReason,
                    project.StartDate,
                    project.IsPublished,
                    project.IsExampleData,
                    project.PillarNumbers,
                    Progress = project.ProgressUpdates.Select(u => new { u.Id, u.Date, u.Text, u.PercentComplete }),
                    Outputs = project.OutputMeasures.OrderBy(m => m.Id).Select(m => new { m.Id, m.Name, m.Kind, Values = m.Values.Select(v => new { v.PeriodCode, v.Target, v.Realised }) }),
                    Indicators = project.Indicators.Select(i => i.IndicatorId).Order(),
                    Funding = project.FundingLines.OrderBy(f => f.Id).Select(f => new { f.Id, f.Funder, f.Year, f.Budget, f.Committed, f.Spent }),
                });
            case TargetKind.NewApplication or TargetKind.DraftApplication or TargetKind.CompletionAsked or TargetKind.ReceivedApplication
                or TargetKind.CompletionExpired or TargetKind.DecidedApplication or TargetKind.Assignment or TargetKind.DeclaredAssignment
                or TargetKind.GrantedApplication or TargetKind.SettledApplication:
                return await SubsidyFingerprintAsync(db, target, ct);
            case TargetKind.NewScheme or TargetKind.DraftScheme or TargetKind.OpenScheme:
                return await SchemeFingerprintAsync(db, target, ct);
            case TargetKind.OpenEvent or TargetKind.ConfirmedRegistration or TargetKind.OfferedRegistration:
                return await EventFingerprintAsync(db, target, ct);
            case TargetKind.NewEvent or TargetKind.DraftEvent or TargetKind.CheckInEvent or TargetKind.EndedEvent:
                return await ManagedEventFingerprintAsync(db, target, ct);
            case TargetKind.NewLesson or TargetKind.DraftLesson:
                return await LessonFingerprintAsync(db, target, ct);
            case TargetKind.NewMeetingPlace or TargetKind.MeetingPlace or TargetKind.NewResearchPlan or TargetKind.ResearchPlan:
                return await PlaceFingerprintAsync(db, target, ct);
            case TargetKind.NewOpportunity or TargetKind.RegisteredOpportunity or TargetKind.NewRelatedProgramme or TargetKind.ListedRelatedProgramme
                or TargetKind.NewRound or TargetKind.RoundToChoose or TargetKind.ChosenRoundProgramme or TargetKind.SentRoundProgramme
                or TargetKind.AnsweredRoundProgramme or TargetKind.LinkedRoundProgramme:
                return await OpportunityFingerprintAsync(db, target, ct);
            case TargetKind.Story:
                var story = await db.Stories.AsNoTracking().Include(s => s.Quotes).SingleOrDefaultAsync(s => s.Id == target.Id, ct);
                return story is null ? "gone" : JsonSerializer.Serialize(new
                {
                    story.Summary,
                    Area = story.Area.Value,
                    story.ProgrammeId,
                    story.Method,
                    story.Date,
                    story.PillarNumber,
                    story.ProjectId,
                    story.Body,
                    story.ConsentRecordedOn,
                    story.IsPublished,
                    story.IsAnonymised,
                    Quotes = story.Quotes.Select(q => new { q.Id, q.Text, q.Attribution }),
                });
            default:
                var batch = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == target.Id, ct);
                var statuses = await db.Observations.AsNoTracking().Where(o => o.ImportBatchId == target.Id).Select(o => o.Status).ToListAsync(ct);
                var pending = await db.PendingObservations.CountAsync(p => p.ImportBatchId == target.Id, ct);
                return JsonSerializer.Serialize(new { batch.Status, batch.ReviewedBy, batch.WithdrawalReason, batch.RejectionReason, batch.ImportedBy, Figures = statuses, Pending = pending });
        }
    }

    /// <summary>How many audit entries of the type there are.</summary>
    public async Task<int> AuditCountAsync(string entityType)
    {
        await using var scope = Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AuditEntries.CountAsync(e => e.EntityType == entityType, TestContext.Current.CancellationToken);
    }

    /// <summary>The project with all its children, untracked; null when it does not exist.</summary>
    public async Task<Project?> LoadProjectAsync(int id)
    {
        await using var scope = Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Projects.AsNoTracking()
            .Include(p => p.Pillars).Include(p => p.ProgressUpdates).Include(p => p.OutputMeasures).ThenInclude(m => m.Values)
            .Include(p => p.Indicators).Include(p => p.FundingLines)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, TestContext.Current.CancellationToken);
    }

    /// <summary>The request token of the antiforgery hidden field in a page.</summary>
    public static string AntiforgeryToken(string html) =>
        WebUtility.HtmlDecode(TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("Geen antiforgery-token in de pagina."));

    private async Task<Target> CreateBatchAsync(bool publish)
    {
        var ct = TestContext.Current.CancellationToken;
        var dataset = new ParsedDataset("observations", "matrix.csv") { MayCreateIndicators = false };
        dataset.Observations.Add(new ParsedObservation("WK034403", LinkedIndicator, "2022", Breakdown.TotalCode, NextFigure(), null, null, null, 2, "value"));
        await using var scope = Database.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ObservationImporter>()
            .StoreAsync(dataset, new string('0', 64), new ImportOptions(Publish: publish, ImportedBy: "opzet@test.nl"), ct);
        Assert.True(outcome.Succeeded && outcome.BatchId is not null, outcome.Message);
        return new Target(publish ? TargetKind.PublishedBatch : TargetKind.DraftBatch, outcome.BatchId!.Value);
    }

    // Whole numbers: the linked indicator is a count (AantalInwoners), and counts are whole (issue 9, point 9).
    private double NextFigure() => 10 + Interlocked.Increment(ref _figures);

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
