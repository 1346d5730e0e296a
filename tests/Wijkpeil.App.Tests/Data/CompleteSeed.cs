using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Agenda.LinkIndicator;
using Wijkpeil.App.Modules.Events.RegisterForEvent;
using Wijkpeil.App.Modules.Lessons.ManageLessons;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Stories;
using Wijkpeil.App.Tests.Import;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Cli;

namespace Wijkpeil.App.Tests.Data;

/// <summary>
/// A small database with rows in every table, written the way users write them: the catalogue, programme and
/// agenda of the embedded default; regions, boundaries and figures through <c>wijkpeil import</c> (published, a
/// changed value kept as revision, a draft beside a published value, a draft with new areas and measures, a draft
/// reviewed and published); two accounts with role, gemeente, token and Identity's claims, login and token rows; a
/// linked indicator and a story with quotes, each with its audit entries; a subsidy scheme's history; a community event
/// with a registration and a waiting one. Going through the application means that a table a later change adds
/// is filled too when the application fills it; <see cref="AssertEveryTableHasRows"/> says which table needs a line here when not.
/// </summary>
internal static class CompleteSeed
{
    public const string ManagerEmail = "pm@provincie-utrecht.nl";
    public const string EditorEmail = "redacteur@utrecht.nl";

    /// <summary>Tables a database may have without rows: EF Core's migration lock exists only while a migration runs.</summary>
    public static readonly IReadOnlySet<string> MayBeEmpty = new HashSet<string>(StringComparer.Ordinal) { "__EFMigrationsLock" };

    private const string Regions = """
        "Key","Title","Description","Municipality","DetailRegionCode"
        "NL00      ","Nederland",,"",""
        "GM0344    ","Utrecht","Gemeente 'Utrecht' (GM0344)","GM0344","GM0344"
        "WK034403  ","Wijk 03 Overvecht","","GM0344","WK034403"
        "BU03440301","Taag- en Rubicondreef","","GM0344","BU03440301"
        """;

    private const string Boundaries = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"statcode": "WK034403", "jrstatcode": "2024WK034403"},
           "geometry": {"type": "Polygon", "coordinates": [[[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.1, 52.1]]]}}
        ]}
        """;

    private const string Header = "area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source\n";

    public static async Task SeedAsync(TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = database.CreateScope())
        {
            var seeder = scope.ServiceProvider.GetRequiredService<DefaultSeeder>();
            await seeder.SeedCatalogueAsync(ct);
            await seeder.SeedProgrammeAsync(ct);
            await seeder.SeedAgendaAsync(ct);

            // The letter's agenda has no money and no dated progress: the example projects fill those tables.
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(ct);
        }

        using var files = new TempFolder();
        await CliAsync(database, "import", "regions", files.Write("regio-2024.csv", Regions));
        await CliAsync(database, "import", "boundaries", files.Write("wijk_2024.geojson", Boundaries));
        await CliAsync(database, "import", "observations", "--publish", files.Write("gezondheid-2020.csv", Header
            + "GM0344,ErvarenGezondheidGoedZeerGoed,2020,18+,74.8,73.9,75.6,5120,GGD-monitor\n"
            + "WK034403,ErvarenGezondheidGoedZeerGoed,2020,18+,69.9,67.1,72.5,412,GGD-monitor\n"
            + "WK034403,AantalInwoners,2020,totaal,33120,,,,CBS kwb\n"));
        await CliAsync(database, "import", "observations", "--publish", files.Write("gezondheid-2020-correctie.csv", Header
            + "WK034403,ErvarenGezondheidGoedZeerGoed,2020,18+,70.1,67.3,72.7,412,GGD-monitor\n"));
        await CliAsync(database, "import", "observations", files.Write("concept.csv", Header
            + "GM0344,ErvarenGezondheidGoedZeerGoed,2020,18+,75.0,74.1,75.8,5120,GGD-monitor\n"
            + "BU03440301,AantalInwoners,2020,totaal,4410,,,,CBS kwb\n"));
        // A draft with areas and measures the register and catalogue lack: they wait in pending_areas and pending_measures.
        await CliAsync(database, "import", "statline-csv", TestData.SharedData("cbs/statline-export-nabijheid-voorzieningen-2023-gemeente-utrecht.csv"));
        await CliAsync(database, "import", "observations", files.Write("inwoners-2024.csv", Header
            + "WK034403,AantalInwoners,2024,totaal,34005,,,,CBS kwb\n"));
        await CliAsync(database, "imports", "publish", (await NewestBatchAsync(database)).ToString(System.Globalization.CultureInfo.InvariantCulture));

        await StoryTestData.AddAccountAsync(database, ManagerEmail, WijkpeilRoles.ProgrammeManager);
        await StoryTestData.AddAccountAsync(database, EditorEmail, WijkpeilRoles.AreaEditor, "GM0344");
        _ = await StoryTestData.IssueTokenAsync(database, ManagerEmail);
        await AddIdentityExtrasAsync(database, ct);
        await using (var scope = database.CreateScope())
        {
            // An invitation not yet used: a row of account_links, the hash of its single-use link.
            var invited = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
                .InviteAsync(new NewInvitation("uitgenodigd@provincie.example", WijkpeilRoles.Viewer, []), ct);
            Assert.True(invited.Succeeded, invited.ToString());
        }

        var manager = StoryTestData.User(WijkpeilRoles.ProgrammeManager);
        int projectId;
        await using (var scope = database.CreateScope())
        {
            projectId = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Projects.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(ct);
            var linked = await scope.ServiceProvider.GetRequiredService<LinkIndicatorHandler>().LinkAsync(projectId, manager, "AantalInwoners", ct);
            Assert.True(linked.Succeeded, string.Join(", ", linked.Problems.Select(p => p.Code)));
        }

        _ = await StoryTestData.CreateAsync(
            database,
            StoryTestData.Fields(),
            publish: true,
            [new QuoteRequest("Eindelijk een plek om elkaar te zien.", "bewoner Neckardreef", Named: false)]);
        await SeedSubsidyHistoryAsync(database, ct);
        await SeedCommunityEventAsync(database, ct);
        await CompleteSeedOpportunities.SeedAsync(database, ct);
        await SeedLessonAsync(database, projectId, ct);
        await using (var scope = database.CreateScope())
        {
            // The letter's meeting places (meeting_places) and research plans (research_plans), as the default seeds them.
            var seeder = scope.ServiceProvider.GetRequiredService<DefaultSeeder>();
            Assert.True(await seeder.SeedMeetingPlacesAsync(ct));
            Assert.True(await seeder.SeedResearchPlansAsync(ct));
        }
    }

    /// <summary>A published lesson from the project with a new registered source, through the capture use case (lessons, lesson_sources, lesson_search).</summary>
    private static async Task SeedLessonAsync(TestDatabase database, int projectId, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        var details = new Domain.Lessons.LessonDetails("Samenwerking in de buurtkamer", "Spreekuur in de buurtkamer.", "Meer bewoners kwamen.", "Koffie.", Domain.Lessons.LessonMaturity.Described)
        {
            ProjectId = projectId,
            Tags = ["ontmoeting"],
        };
        var saved = await scope.ServiceProvider.GetRequiredService<ManageLessonsHandler>().CreateAsync(
            StoryTestData.User(WijkpeilRoles.Coordinator), details, publish: true, ct,
            new NewLessonSource(Domain.Lessons.LessonSourceKind.Evaluation, "Tussenevaluatie buurtkamer", "https://example.nl/evaluatie"));
        Assert.True(saved.Succeeded, saved.ToString());
    }

    /// <summary>A published event with one place, through the registration use case: one registered, one waiting.</summary>
    private static async Task SeedCommunityEventAsync(TestDatabase database, CancellationToken ct)
    {
        var now = new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);
        var start = now.AddDays(30);
        var details = new Domain.Learning.EventDetails(
            Domain.Learning.EventKind.ThemeMeeting, "Themabijeenkomst monitoring", "Over *peilingen*.", start, start.AddHours(2), null,
            "Provinciehuis, Archimedeslaan 6, Utrecht", 1, start.AddDays(-1), Domain.Learning.EventAudience.Open, [], [], [], [], []);
        var communityEvent = Domain.Learning.CommunityEvent.Create(details).Value;
        communityEvent.Publish();
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            db.Add(communityEvent);
            await db.SaveChangesAsync(ct);
        }

        foreach (var (name, email) in new[] { ("Deelnemer Een", "een@example.nl"), ("Deelnemer Twee", "twee@example.nl") })
        {
            await using var scope = database.CreateScope();
            var handler = ActivatorUtilities.CreateInstance<RegistrationHandler>(scope.ServiceProvider, new FakeTimeProvider(now));
            var registered = await handler.RegisterAsync(communityEvent.Id, new Domain.Learning.Registrant(name, email, "Gemeente Zeist", "GM0355"), ct);
            Assert.True(registered.Succeeded, string.Join(", ", registered.Problems.Select(p => p.Code)));
        }
    }

    /// <summary>
    /// A scheme's whole history through the domain (the demo set fills schemes, applications, budgets and payments):
    /// an attachment requirement and a plafond change; an application with a file, a completion asked and answered, a
    /// refusal with motivations and an objection; and an assessor's declared and scored assessment.
    /// </summary>
    private static async Task SeedSubsidyHistoryAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var programmeId = await db.Set<Domain.Programmes.Programme>().Select(p => p.Id).FirstAsync(ct);
        var at = new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero);
        var day = new DateOnly(2026, 11, 3);
        var terms = new Domain.Subsidies.SchemeTerms(
            "Volledige regeling", null, programmeId, Domain.Areas.AreaCode.From("GM0344"), ["overvecht"], [], Domain.Common.Money.FromCents(1_000_000), Domain.Subsidies.AllocationMethod.FirstComeFirstServed, null,
            new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Domain.Common.Money.Zero, Domain.Common.Money.FromCents(500_000), null,
            [new Domain.Subsidies.CriterionTerms("Bijdrage aan de wijk", null, 1)], 1, 5, 1m, [new Domain.Subsidies.AttachmentTerms("Begroting", "pdf", 1024 * 1024, true)], 8, 80, 13, Domain.Subsidies.SubsidyScheme.DefaultObjectionClause);
        var scheme = Domain.Subsidies.SubsidyScheme.Create("volledige-regeling", terms).Value;
        Assert.True(scheme.Publish(at.AddMonths(-10), "seed").IsSuccess);
        Assert.True(scheme.ChangePlafond(Domain.Common.Money.FromCents(2_000_000), "Extra budget van de provincie.", at.AddMonths(-1)).IsSuccess);
        db.Add(scheme);
        await db.SaveChangesAsync(ct);

        var applicant = Domain.Subsidies.Applicant.Create(Domain.Subsidies.ApplicantKind.Person, "Bewoner Volledig", "volledig@example.nl", null, null, null, null, null, null).Value;
        var form = new Domain.Subsidies.ApplicationForm(applicant, "Buurtkamer", "Een buurtkamer.", Domain.Areas.AreaCode.From("WK034403"), Domain.Common.Money.FromCents(100_000),
            [new Domain.Subsidies.BudgetLineInput("Huur", Domain.Common.Money.FromCents(100_000))], new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30), null);
        var refused = Domain.Subsidies.SubsidyApplication.Start(scheme, form, new string('a', 64), at, day).Value;
        Assert.True(refused.AddAttachment(Domain.Subsidies.ApplicationAttachment.Create(scheme.Attachments[0].Id, "begroting.pdf", new string('b', 64), "pdf", 12, new string('c', 64), at)).IsSuccess);
        Assert.Empty(refused.Submit(scheme, at, day));
        Assert.True(refused.RequestCompletion("Stuur de offerte mee.", day, day.AddDays(14), at, "seed").IsSuccess);
        Assert.True(refused.Complete(day.AddDays(3), at.AddDays(3)).IsSuccess);
        Assert.True(refused.Refuse(scheme, null, [(scheme.Criteria[0].Id, "Past niet bij de regeling.")], at.AddDays(10), day.AddDays(10), "seed").IsSuccess);
        Assert.True(refused.RegisterObjection(day.AddDays(20), null, "Bezwaar tegen de weigering.", at.AddDays(20), "seed").IsSuccess);
        var assessed = Domain.Subsidies.SubsidyApplication.Start(scheme, form, new string('d', 64), at, day).Value;
        db.AddRange(refused, assessed);
        await db.SaveChangesAsync(ct);

        var assessment = Domain.Subsidies.Assessment.Assign(assessed.Id, "beoordelaar", "beoordelaar@example.nl", at, "seed");
        Assert.True(assessment.Declare(false, null, at).IsSuccess);
        Assert.True(assessment.Submit(scheme, [new Domain.Subsidies.ScoreInput(scheme.Criteria[0].Id, 4, false, "Goed plan.")], at).IsSuccess);
        db.Add(assessment);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Fails, naming the tables, when the seed left any table empty, so a round trip would prove nothing about it.</summary>
    public static void AssertEveryTableHasRows(IReadOnlyDictionary<string, TableFingerprint> contents)
    {
        var empty = contents.Where(t => t.Value.Rows == 0 && !MayBeEmpty.Contains(t.Key) && !t.Key.StartsWith("sequence ", StringComparison.Ordinal)).Select(t => t.Key).ToList();
        Assert.True(empty.Count == 0, $"CompleteSeed leaves these tables empty; add rows for them in CompleteSeed.SeedAsync: {string.Join(", ", empty)}");
    }

    /// <summary>Identity's tables Wijkpeil itself does not fill (claims, external logins, tokens), through Identity's own managers.</summary>
    private static async Task AddIdentityExtrasAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WijkpeilUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var editor = await users.FindByEmailAsync(EditorEmail) ?? throw new InvalidOperationException("no editor");
        Assert.True((await users.AddClaimAsync(editor, new Claim("afdeling", "Wijkzaken"))).Succeeded);
        Assert.True((await users.AddLoginAsync(editor, new UserLoginInfo("test-idp", "editor-key", "Test IdP"))).Succeeded);
        Assert.True((await users.SetAuthenticationTokenAsync(editor, "test-idp", "refresh_token", "opaque")).Succeeded);
        var viewer = await roles.FindByNameAsync(WijkpeilRoles.Viewer) ?? throw new InvalidOperationException("no role");
        Assert.True((await roles.AddClaimAsync(viewer, new Claim("scope", "read"))).Succeeded);
        ct.ThrowIfCancellationRequested();
    }

    private static async Task<int> NewestBatchAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().ImportBatches.MaxAsync(b => b.Id, TestContext.Current.CancellationToken);
    }

    private static async Task CliAsync(TestDatabase database, params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings())
            .AddInMemoryCollection([new(WijkpeilStartup.LoadDefaultDataKey, "false")])
            .Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, configuration, stdout, stderr, TestContext.Current.CancellationToken);
        Assert.True(exitCode == ExitCodes.Success, $"wijkpeil {string.Join(' ', args)}: {stderr}");
    }
}
