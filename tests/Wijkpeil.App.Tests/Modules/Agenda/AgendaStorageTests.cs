using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Agenda.ListProjects;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.App.Modules.Agenda.ShowProject;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Modules.Stories;
using Wijkpeil.App.Modules.Stories.ListStories;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Programmes;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Tests.Modules.Agenda;

/// <summary>
/// Projects and stories in the database of either provider: the mapping, the migration, the letter's agenda in the
/// default data, and the queries' rules. Projects here are hand-made unless they come from the letter's seed.
/// </summary>
public sealed class AgendaStorageTests
{
    private static readonly DateOnly Today = new(2025, 6, 30);

    /// <summary>The letter's agenda titles, as the seed must load them (any order).</summary>
    private static readonly string[] LetterTitles =
    [
        "Buurtkamer Het Muntpunt",
        "Burgerberaad gebiedsvisie Vollenhove",
        "Extra investeringen in openbare ruimte, bestaanszekerheid, onderwijs en veiligheid",
        "Meer gemengde wijk: ruimere mogelijkheden in de huisvestingsverordening",
        "Ontmoetingscentrum ’t Volle Hof, ’t Laantje",
        "Ontmoetingsplek NOA Tamarinde met de Werkwinkel en de Voedselbank",
        "Projectenhuis",
        "Proef gerichte woningtoewijzing",
        "Renovatie L-flat met sociale aanpak van team Voor L-kaar",
        "Schetsontwerp openbare ruimte Soesterpark",
        "Subsidieregeling voor initiatiefnemers uit de wijk",
        "Vernieuwing openbare ruimte Muntenbuurt",
        "Voorbereiding herinrichting Noordewierweg en Puntenburg en omgeving",
        "Winkelstraatmanager",
    ];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrate_FreshDatabase_AppliesAgendaMigrationWithEmptyTables(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();

        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(ct), m => m.EndsWith("_Agenda", StringComparison.Ordinal));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        Assert.Equal(0, await db.Projects.CountAsync(ct));
        Assert.Equal(0, await db.Stories.CountAsync(ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveChanges_FullProjectAndStory_RoundTripsEveryChild(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var programme = await SeedProgrammeAsync(database, ct);
        int projectId, storyId, indicatorId;
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            indicatorId = await db.Indicators.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(ct);
            var project = Ok(Project.Create(programme, new ProjectDetails(
                "batau", "Speelplek Muntplein", [5, 1], "Gemeente Nieuwegein", new DateOnly(2024, 3, 1), new DateOnly(2025, 12, 31),
                "**Opknappen** van de speelplek", "Buurtkamer", "Muntplein 1, Nieuwegein")));
            Ok(project.Start(new DateOnly(2024, 3, 4), Today));
            Ok(project.AddProgressUpdate(new DateOnly(2024, 9, 1), "Ontwerp klaar", 40, Today));
            Ok(project.AddProgressUpdate(new DateOnly(2024, 5, 1), "Bewonersavond gehouden", null, Today));
            var measure = Ok(project.AddOutputMeasure(OutputKind.HowMuch, "Bewoners bij de avond", OutputUnit.Count, "bewoners"));
            Ok(measure.SetValue("2024", 50, 38));
            Ok(measure.SetValue("2025", 60, null));
            var share = Ok(project.AddOutputMeasure(OutputKind.HowWell, "Tevreden deelnemers", OutputUnit.Percentage, null));
            Ok(share.SetValue("2024", 80, 72.5));
            Ok(project.LinkIndicator(indicatorId));
            Ok(project.AddFundingLine(Funder.Rijk, null, 2024, 100_000.50m, 80_000m, 25_000.25m));
            Ok(project.AddFundingLine(Funder.Other, "Woningcorporatie", 2025, 10_000m, 0m, 0m));
            project.Publish();
            project.MarkAsExampleData(true);
            db.Projects.Add(project);
            await db.SaveChangesAsync(ct);
            projectId = project.Id;

            var story = Ok(Story.Create(programme, new StoryDetails(
                StoryMethod.FocusGroup, new DateOnly(2024, 10, 2), AreaCode.From("WK035603"), 5, projectId, "Bewoners over het plein", "Lang *verhaal*"), Today));
            Ok(story.AddQuote("Eindelijk een plek voor de kinderen", "Fatima, bewoner", isNamed: true));
            Ok(story.AddQuote("Het is hier rustiger geworden", "bewoner, 67 jaar", isNamed: false));
            Ok(story.RecordConsent(new DateOnly(2024, 10, 2), Today));
            Ok(story.Publish());
            db.Stories.Add(story);
            await db.SaveChangesAsync(ct);
            storyId = story.Id;
        }

        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var project = await db.Projects
                .Include(p => p.Pillars).Include(p => p.ProgressUpdates).Include(p => p.OutputMeasures).ThenInclude(m => m.Values)
                .Include(p => p.Indicators).Include(p => p.FundingLines)
                .AsSplitQuery()
                .SingleAsync(p => p.Id == projectId, ct);
            Assert.Equal(
                ("batau", "Speelplek Muntplein", "Gemeente Nieuwegein", ProjectStatus.Running, new DateOnly(2024, 3, 4), new DateOnly(2025, 12, 31)),
                (project.FocusAreaCode, project.Title, project.OwnerOrganisation, project.Status, project.StartDate!.Value, project.EndDate!.Value));
            Assert.Equal(
                ("**Opknappen** van de speelplek", "Buurtkamer", "Muntplein 1, Nieuwegein", true, true),
                (project.Description, project.MeetingPlaceName, project.MeetingPlaceAddress, project.IsPublished, project.IsExampleData));
            Assert.Equal([1, 5], project.PillarNumbers);
            Assert.Equal(
                ["2024-05-01 Bewonersavond gehouden -", "2024-09-01 Ontwerp klaar 40"],
                project.ProgressUpdates.Select(u => $"{u.Date:yyyy-MM-dd} {u.Text} {u.PercentComplete?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}"));
            Assert.Equal(40, project.PercentComplete);
            Assert.Equal(
                ["HowMuch Bewoners bij de avond Count bewoners 2024:50/38 2025:60/-", "HowWell Tevreden deelnemers Percentage % 2024:80/72.5"],
                project.OutputMeasures.OrderBy(m => m.Kind).Select(m =>
                    $"{m.Kind} {m.Name} {m.Unit} {m.UnitLabel} " + string.Join(" ", m.Values.Select(v => FormattableString.Invariant($"{v.PeriodCode}:{v.Target}/{(v.Realised.HasValue ? v.Realised.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")}")))));
            Assert.Equal([indicatorId], project.Indicators.Select(i => i.IndicatorId));
            Assert.Equal(
                [(Funder.Rijk, (string?)null, 2024, 100_000.50m, 80_000m, 25_000.25m), (Funder.Other, "Woningcorporatie", 2025, 10_000m, 0m, 0m)],
                project.FundingLines.OrderBy(f => f.Year).Select(f => (f.Funder, f.FunderName, f.Year, f.Budget, f.Committed, f.Spent)));

            var story = await db.Stories.Include(s => s.Quotes).SingleAsync(s => s.Id == storyId, ct);
            Assert.Equal(
                (StoryMethod.FocusGroup, new DateOnly(2024, 10, 2), "WK035603", 5, (int?)projectId, "Bewoners over het plein", "Lang *verhaal*"),
                (story.Method, story.Date, story.Area.Value, story.PillarNumber, story.ProjectId, story.Summary, story.Body));
            Assert.Equal((new DateOnly(2024, 10, 2), false, true), (story.ConsentRecordedOn!.Value, story.IsAnonymised, story.IsPublished));
            Assert.Equal(
                [("Eindelijk een plek voor de kinderen", "Fatima, bewoner", true), ("Het is hier rustiger geworden", "bewoner, 67 jaar", false)],
                story.Quotes.Select(q => (q.Text, q.Attribution!, q.IsNamed)));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SeedAgendaAsync_ProgrammeLoaded_AddsLetterProjectsOncePublished(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedProgrammeAsync(database, ct);

        Assert.True(await SeedAgendaAsync(database, ct));
        Assert.False(await SeedAgendaAsync(database, ct));

        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var projects = await db.Projects.Include(p => p.OutputMeasures).ThenInclude(m => m.Values).Include(p => p.ProgressUpdates).Include(p => p.FundingLines).AsSplitQuery().ToListAsync(ct);
        Assert.Equal(LetterTitles.Order(StringComparer.Ordinal), projects.Select(p => p.Title).Order(StringComparer.Ordinal));
        Assert.All(projects, p => Assert.True(p.IsPublished));

        // Only what the letter says: no example data, no money, no owner, no date (it dates nothing), so no dated
        // progress report; the one figure is the letter's "een kleine 40 woningen"; each names the letter as source.
        Assert.All(projects, p => Assert.False(p.IsExampleData));
        Assert.All(projects, p => Assert.Empty(p.FundingLines));
        Assert.All(projects, p => Assert.Empty(p.ProgressUpdates));
        Assert.All(projects, p => Assert.Equal(((DateOnly?)null, (DateOnly?)null, (string?)null), (p.StartDate, p.EndDate, p.OwnerOrganisation)));
        Assert.All(projects, p => Assert.EndsWith("Bron: Voortgangsbericht Vitale Wijken 2024.", p.Description, StringComparison.Ordinal));
        Assert.Equal(["Proef gerichte woningtoewijzing"], projects.Where(p => p.OutputMeasures.Count > 0).Select(p => p.Title));

        var lflat = projects.Single(p => p.Title.StartsWith("Renovatie L-flat", StringComparison.Ordinal));
        Assert.Equal(("vollenhove", ProjectStatus.Completed), (lflat.FocusAreaCode, lflat.Status));
        var allocation = projects.Single(p => p.Title == "Proef gerichte woningtoewijzing");
        var homes = Assert.Single(allocation.OutputMeasures);
        Assert.Equal((OutputKind.HowMuch, "woningen"), (homes.Kind, homes.UnitLabel));
        var value = Assert.Single(homes.Values);
        Assert.Equal(((double?)40, (double?)null), (value.Realised, value.Target));
        Assert.Contains("een kleine 40 woningen", allocation.Description, StringComparison.Ordinal);
        Assert.Equal(
            ["batau", "overvecht", "soesterkwartier", "vollenhove"],
            projects.Select(p => p.FocusAreaCode).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EnsureLoadedAsync_DefaultLoadedBeforeAgenda_AddsAgendaOnceAndNotAfterDeletion(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedProgrammeAsync(database, ct);
        await using (var scope = database.CreateScope())
        {
            // What a database loaded before the agenda came holds: the marker, the programme, no agenda. (The marker
            // names the current bundle, so only the agenda is missing; older bundles are upgraded, see DefaultDataUpgradeTests.)
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            db.SystemSettings.Add(new SystemSetting(DefaultDataLoader.SettingKey, DefaultDataLoader.DataVersion + "; loaded earlier"));
            await db.SaveChangesAsync(ct);
        }

        await LoadDefaultAsync(database, ct);
        await LoadDefaultAsync(database, ct);
        Assert.Equal(LetterTitles.Order(StringComparer.Ordinal), await TitlesAsync(database, ct));

        // Someone removes the demo agenda: the next start must not put it back.
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            await db.Projects.ExecuteDeleteAsync(ct);
        }

        await LoadDefaultAsync(database, ct);
        Assert.Empty(await TitlesAsync(database, ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListProjectsAsync_DraftBesideLetterAgenda_HiddenFromAnonymousOnly(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var programme = await SeedProgrammeAsync(database, ct);
        await SeedAgendaAsync(database, ct);
        await AddProjectAsync(database, Ok(Project.Create(programme, new ProjectDetails("overvecht", "Concept: jongerenwerk", [3, 4], "Gemeente Utrecht"))), ct);

        await using var scope = database.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<ListProjectsQuery>();
        var anonymous = await queries.ListAsync(null, "overvecht", null, Audience.Public, ct);
        var editor = await queries.ListAsync(null, "overvecht", null, Audience.SignedIn, ct);
        Assert.DoesNotContain(anonymous, p => p.Title == "Concept: jongerenwerk");
        Assert.Equal(anonymous.Count + 1, editor.Count);
        Assert.False(editor.Single(p => p.Title == "Concept: jongerenwerk").IsPublished);
        Assert.All(anonymous, p => Assert.Equal("overvecht", p.FocusAreaCode));

        var draft = editor.Single(p => p.Title == "Concept: jongerenwerk");
        Assert.Null(await scope.ServiceProvider.GetRequiredService<ShowProjectQuery>().GetAsync(draft.Id, Audience.Public, ct));
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<ShowProjectQuery>().GetAsync(draft.Id, Audience.SignedIn, ct));

        // Per pillar across focus areas: education (4) is only the Overvecht investments line and the draft.
        var education = await queries.ListAsync(null, null, 4, Audience.Public, ct);
        Assert.Equal(["Extra investeringen in openbare ruimte, bestaanszekerheid, onderwijs en veiligheid"], education.Select(p => p.Title));
        Assert.Equal([2, 3, 4, 5], education[0].Pillars);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GetProjectAsync_LetterProject_ReturnsOutputWithoutDates(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedProgrammeAsync(database, ct);
        await SeedAgendaAsync(database, ct);

        await using var scope = database.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<ListProjectsQuery>();
        var summary = (await queries.ListAsync(null, "vollenhove", 5, Audience.Public, ct)).Single(p => p.Title == "Proef gerichte woningtoewijzing");
        var project = await scope.ServiceProvider.GetRequiredService<ShowProjectQuery>().GetAsync(summary.Id, Audience.Public, ct);

        Assert.NotNull(project);
        Assert.Equal(ProjectStatus.Running, project.Summary.Status);
        Assert.Empty(project.Timeline);
        Assert.Equal(((DateOnly?)null, (DateOnly?)null), (project.Summary.StartDate, project.Summary.EndDate));
        var output = Assert.Single(project.Outputs);
        Assert.Equal(new OutputValueView("2024", null, 40), Assert.Single(output.Values));
        Assert.Empty(project.Funding);
        Assert.Equal(0m, project.TotalBudget);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FundingByFunderAsync_HandMadeLines_TotalsAddUpAndSkipDrafts(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var programme = await SeedProgrammeAsync(database, ct);

        var first = Ok(Project.Create(programme, new ProjectDetails("batau", "Project A", [5], "Gemeente Nieuwegein")));
        Ok(first.AddFundingLine(Funder.Rijk, null, 2024, 1_000.10m, 500m, 200.05m));
        Ok(first.AddFundingLine(Funder.Provincie, null, 2024, 300m, 300m, 0m));
        Ok(first.AddFundingLine(Funder.Rijk, null, 2025, 2_000m, 0m, 0m));
        first.Publish();
        var second = Ok(Project.Create(programme, new ProjectDetails("batau", "Project B", [1], "Gemeente Nieuwegein")));
        Ok(second.AddFundingLine(Funder.Rijk, null, 2024, 0.90m, 0.90m, 0.90m));
        second.Publish();
        var elsewhere = Ok(Project.Create(programme, new ProjectDetails("overvecht", "Project C", [1], "Gemeente Utrecht")));
        Ok(elsewhere.AddFundingLine(Funder.Gemeente, null, 2024, 50m, 0m, 0m));
        elsewhere.Publish();
        var draft = Ok(Project.Create(programme, new ProjectDetails("batau", "Project D", [1], "Gemeente Nieuwegein")));
        Ok(draft.AddFundingLine(Funder.Rijk, null, 2024, 7m, 7m, 7m));
        foreach (var project in new[] { first, second, elsewhere, draft })
        {
            await AddProjectAsync(database, project, ct);
        }

        await using var scope = database.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<ListProjectsQuery>();
        Assert.Equal(
            [new FunderAmounts(Funder.Rijk, 3_001.00m, 500.90m, 200.95m, false), new FunderAmounts(Funder.Provincie, 300m, 300m, 0m, false)],
            await queries.FundingByFunderAsync(null, "batau", Audience.Public, ct));
        Assert.Equal(
            [new FunderAmounts(Funder.Rijk, 3_008.00m, 507.90m, 207.95m, false), new FunderAmounts(Funder.Provincie, 300m, 300m, 0m, false)],
            await queries.FundingByFunderAsync(null, "batau", Audience.SignedIn, ct));
        Assert.Equal(
            [new FunderAmounts(Funder.Rijk, 3_001.00m, 500.90m, 200.95m, false), new FunderAmounts(Funder.Provincie, 300m, 300m, 0m, false), new FunderAmounts(Funder.Gemeente, 50m, 0m, 0m, false)],
            await queries.FundingByFunderAsync(null, null, Audience.Public, ct));

        // The per-project view adds up to the same money as the per-funder totals.
        var view = await scope.ServiceProvider.GetRequiredService<ShowProjectQuery>().GetAsync(first.Id, Audience.Public, ct);
        Assert.Equal((3_300.10m, 800m, 200.05m), (view!.TotalBudget, view.TotalCommitted, view.TotalSpent));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoriesListAsync_PublicAudience_LeavesDraftsAndWithdrawnConsentOut(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var programme = await SeedProgrammeAsync(database, ct);
        var overvecht = AreaCode.From("WK034403");
        Story Make(string summary, int pillar, bool publish, bool withdraw = false)
        {
            var story = Ok(Story.Create(programme, new StoryDetails(StoryMethod.Interview, new DateOnly(2024, 4, 1), overvecht, pillar, null, summary), Today));
            Ok(story.RecordConsent(new DateOnly(2024, 4, 1), Today));
            if (publish)
            {
                Ok(story.Publish());
            }

            if (withdraw)
            {
                story.WithdrawConsent();
            }

            return story;
        }

        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            db.Stories.AddRange(
                Make("Gepubliceerd, pijler 3", 3, publish: true),
                Make("Gepubliceerd, pijler 1", 1, publish: true),
                Make("Concept", 3, publish: false),
                Make("Toestemming ingetrokken", 3, publish: true, withdraw: true));
            await db.SaveChangesAsync(ct);
        }

        await using (var scope = database.CreateScope())
        {
            var queries = scope.ServiceProvider.GetRequiredService<ListStoriesQuery>();
            Assert.Equal(["Gepubliceerd, pijler 3"], (await queries.ListAsync(new StoryFilter(Area: overvecht, Pillar: 3), Audience.Public, ct)).Select(s => s.Summary));
            Assert.Equal(2, (await queries.ListAsync(new StoryFilter(Area: overvecht), Audience.Public, ct)).Count);
            Assert.Equal(4, (await queries.ListAsync(new StoryFilter(Area: overvecht), Audience.SignedIn, ct)).Count);
            Assert.Empty(await queries.ListAsync(new StoryFilter(Area: AreaCode.From("WK035603")), Audience.Public, ct));
        }
    }

    private static async Task<Programme> SeedProgrammeAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DefaultSeeder>();
        await seeder.SeedCatalogueAsync(ct);
        await seeder.SeedProgrammeAsync(ct);
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        return await db.Programmes.AsNoTracking().Include(p => p.FocusAreas).Include(p => p.Pillars).SingleAsync(ct);
    }

    private static async Task<bool> SeedAgendaAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DefaultSeeder>().SeedAgendaAsync(ct);
    }

    private static async Task LoadDefaultAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DefaultDataLoader>().EnsureLoadedAsync(ct);
    }

    private static async Task<string[]> TitlesAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var titles = await db.Projects.Select(p => p.Title).ToListAsync(ct);
        return [.. titles.Order(StringComparer.Ordinal)];
    }

    private static async Task AddProjectAsync(TestDatabase database, Project project, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
    }

    private static T Ok<T>(Wijkpeil.Domain.Common.Result<T> result) =>
        result.Error is { } error ? throw new InvalidOperationException(error.Message) : result.Value;
}
