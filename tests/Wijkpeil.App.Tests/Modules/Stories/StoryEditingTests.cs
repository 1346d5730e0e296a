using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Stories;
using Wijkpeil.App.Modules.Stories.AddQuote;
using Wijkpeil.App.Modules.Stories.AnonymiseStory;
using Wijkpeil.App.Modules.Stories.CreateStory;
using Wijkpeil.App.Modules.Stories.DeleteStory;
using Wijkpeil.App.Modules.Stories.EditStory;
using Wijkpeil.App.Modules.Stories.PublishStory;
using Wijkpeil.App.Modules.Stories.RemoveQuote;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Modules.Stories;

/// <summary>The story use cases' rules on either provider: who may write where, what the programme allows, the audit trail.</summary>
public sealed class StoryEditingTests
{
    private const string Overvecht = "WK034403";
    private const string Vollenhove = "BU03550205";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateAsync_EachRoleInOvervechtAndVollenhove_AllowsOnlyStoryEditorsOfThatGemeente(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await StoryTestData.SeedProgrammeAsync(database);
        (string Name, ClaimsPrincipal User, string Area, ProblemKind? Expected)[] cases =
        [
            ("AreaEditor GM0344 in Overvecht", StoryTestData.User(WijkpeilRoles.AreaEditor, "GM0344"), Overvecht, (ProblemKind?)null),
            ("AreaEditor GM0344 in Vollenhove", StoryTestData.User(WijkpeilRoles.AreaEditor, "GM0344"), Vollenhove, (ProblemKind?)ProblemKind.Forbidden),
            ("AreaEditor GM0355 in Vollenhove", StoryTestData.User(WijkpeilRoles.AreaEditor, "GM0355"), Vollenhove, (ProblemKind?)null),
            ("AreaEditor without gemeente", StoryTestData.User(WijkpeilRoles.AreaEditor), Overvecht, (ProblemKind?)ProblemKind.Forbidden),
            ("KnowledgePartner in Vollenhove", StoryTestData.User(WijkpeilRoles.KnowledgePartner), Vollenhove, (ProblemKind?)null),
            ("ProgrammeManager in Overvecht", StoryTestData.User(WijkpeilRoles.ProgrammeManager), Overvecht, (ProblemKind?)null),
            ("SubsidyOfficer", StoryTestData.User(WijkpeilRoles.SubsidyOfficer, "GM0344"), Overvecht, (ProblemKind?)ProblemKind.Forbidden),
            ("Coordinator", StoryTestData.User(WijkpeilRoles.Coordinator), Overvecht, (ProblemKind?)ProblemKind.Forbidden),
            ("Viewer", StoryTestData.User(WijkpeilRoles.Viewer), Overvecht, (ProblemKind?)ProblemKind.Forbidden),
            ("nobody signed in", new ClaimsPrincipal(new ClaimsIdentity()), Overvecht, (ProblemKind?)ProblemKind.Forbidden),
        ];

        var outcomes = new List<string>();
        foreach (var (name, user, area, _) in cases)
        {
            await using var scope = database.CreateScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<CreateStoryHandler>()
                .HandleAsync(user, StoryTestData.Fields(area, summary: name), ct);
            outcomes.Add($"{name}: {outcome.Kind}");
        }

        Assert.Equal(cases.Select(c => $"{c.Name}: {c.Expected}"), outcomes);
        await using var check = database.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var allowed = cases.Where(c => c.Expected == (ProblemKind?)null).Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(allowed, (await db.Stories.Select(s => s.Summary).ToListAsync(ct)).Order(StringComparer.Ordinal));
        Assert.Equal(allowed, (await db.AuditEntries.Where(e => e.EntityType == AuditEntityTypes.Story).Select(e => e.Summary!).ToListAsync(ct)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateAsync_Succeeds_WritesOneCreatedEntryWithTheValuesAfter(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await StoryTestData.SeedProgrammeAsync(database);

        var id = await StoryTestData.CreateAsync(database, StoryTestData.Fields(), quotes: [new QuoteRequest("Eindelijk een plek om elkaar te zien", "bewoner, 67 jaar", false)]);

        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == AuditEntityTypes.Story, ct);
        Assert.Equal((AuditAction.Created, id.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)null), (entry.Action, entry.EntityId, entry.Before));
        Assert.Contains("\"Summary\":\"Bewoners over de nieuwe buurtkamer\"", entry.After, StringComparison.Ordinal);
        Assert.Contains("\"Method\":\"Interview\"", entry.After, StringComparison.Ordinal);
        Assert.Contains("bewoner, 67 jaar", entry.After, StringComparison.Ordinal);
        var story = await db.Stories.Include(s => s.Quotes).SingleAsync(ct);
        Assert.Equal((Overvecht, 3, new DateOnly(2024, 5, 14), false), (story.Area.Value, story.PillarNumber, story.ConsentRecordedOn!.Value, story.IsPublished));
        Assert.Single(story.Quotes);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateAsync_MissingAndWrongFields_ReportsEachAtItsFieldAndStoresNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await StoryTestData.SeedProgrammeAsync(database);
        var editor = StoryTestData.User(WijkpeilRoles.AreaEditor, "GM0344");
        int battauProject;
        await using (var scope = database.CreateScope())
        {
            battauProject = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Projects.Where(p => p.FocusAreaCode == "batau").Select(p => p.Id).FirstAsync(ct);
        }

        async Task<string[]> FieldsRefusedAsync(StoryRequest fields)
        {
            await using var scope = database.CreateScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<CreateStoryHandler>().HandleAsync(editor, fields, ct);
            Assert.Equal((ProblemKind?)ProblemKind.Invalid, outcome.Kind);
            Assert.All(outcome.Problems, e => Assert.False(string.IsNullOrWhiteSpace(ProblemMessages.For(e))));
            return [.. outcome.Problems.Select(e => e.Field ?? string.Empty)];
        }

        Assert.Equal(["method", "date", "summary", "pillar", "area"], await FieldsRefusedAsync(new StoryRequest(null, null, null, null, null, " ", null, null)));
        Assert.Equal(["area"], await FieldsRefusedAsync(StoryTestData.Fields("GM0344")));
        Assert.Equal(["area"], await FieldsRefusedAsync(StoryTestData.Fields("WK034401")));
        Assert.Equal(["area"], await FieldsRefusedAsync(StoryTestData.Fields("geen code")));
        Assert.Equal(["projectId"], await FieldsRefusedAsync(StoryTestData.Fields(projectId: battauProject)));
        Assert.Equal(["projectId"], await FieldsRefusedAsync(StoryTestData.Fields(projectId: 999_999)));
        Assert.Equal(["pillar"], await FieldsRefusedAsync(StoryTestData.Fields() with { Pillar = 9 }));
        Assert.Equal(["date", "consentRecordedOn"], await FieldsRefusedAsync(StoryTestData.Fields(consent: DateOnly.MaxValue) with { Date = DateOnly.MaxValue }));
        Assert.Equal(["summary"], await FieldsRefusedAsync(StoryTestData.Fields(summary: new string('x', 1_001))));

        await using var check = database.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(0, await db.Stories.CountAsync(ct));
        Assert.Equal(0, await db.AuditEntries.CountAsync(e => e.EntityType == AuditEntityTypes.Story, ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SetPublishedAsync_WithoutConsent_IsRefusedUntilConsentIsRecorded(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await StoryTestData.SeedProgrammeAsync(database);
        var id = await StoryTestData.CreateAsync(database, StoryTestData.Fields(withConsent: false));
        var editor = StoryTestData.User(WijkpeilRoles.AreaEditor, "GM0344");

        Outcome<int> refused, consented, published;
        await using (var scope = database.CreateScope())
        {
            refused = await scope.ServiceProvider.GetRequiredService<PublishStoryHandler>().HandleAsync(editor, id, true, ct);
        }

        await using (var scope = database.CreateScope())
        {
            consented = await scope.ServiceProvider.GetRequiredService<EditStoryHandler>().HandleAsync(editor, id, StoryTestData.Fields(), ct);
        }

        await using (var scope = database.CreateScope())
        {
            published = await scope.ServiceProvider.GetRequiredService<PublishStoryHandler>().HandleAsync(editor, id, true, ct);
        }

        Assert.Equal((ProblemKind?)ProblemKind.Invalid, refused.Kind);
        Assert.Equal(("published", "story.publish.no_consent"), (refused.Problems[0].Field, refused.Problems[0].Code));
        Assert.True(consented.Succeeded);
        Assert.True(published.Succeeded);
        await using var check = database.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.True((await db.Stories.SingleAsync(ct)).IsPublished);

        // Created, consent recorded, published: the refusal left no entry.
        Assert.Equal(
            [AuditAction.Created, AuditAction.Updated, AuditAction.Updated],
            await db.AuditEntries.Where(e => e.EntityType == AuditEntityTypes.Story).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateAsync_MoveToAnotherGemeente_NeedsTheRightInBoth(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await StoryTestData.SeedProgrammeAsync(database);
        var id = await StoryTestData.CreateAsync(database, StoryTestData.Fields());

        async Task<ProblemKind?> MoveAsync(ClaimsPrincipal user)
        {
            await using var scope = database.CreateScope();
            return (await scope.ServiceProvider.GetRequiredService<EditStoryHandler>().HandleAsync(user, id, StoryTestData.Fields(Vollenhove), ct)).Kind;
        }

        Assert.Equal((ProblemKind?)ProblemKind.Forbidden, await MoveAsync(StoryTestData.User(WijkpeilRoles.AreaEditor, "GM0344")));
        Assert.Equal((ProblemKind?)ProblemKind.Forbidden, await MoveAsync(StoryTestData.User(WijkpeilRoles.AreaEditor, "GM0355")));
        await using (var scope = database.CreateScope())
        {
            Assert.Equal(Overvecht, (await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Stories.SingleAsync(ct)).Area.Value);
        }

        Assert.Equal((ProblemKind?)null, await MoveAsync(StoryTestData.User(WijkpeilRoles.AreaEditor, "GM0344", "GM0355")));
        await using var check = database.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(Vollenhove, (await db.Stories.SingleAsync(ct)).Area.Value);
        var moved = await db.AuditEntries.OrderBy(e => e.Id).LastAsync(e => e.EntityType == AuditEntityTypes.Story, ct);
        Assert.Equal(AuditAction.Updated, moved.Action);
        Assert.Contains($"\"Area\":\"{Overvecht}\"", moved.Before, StringComparison.Ordinal);
        Assert.Contains($"\"Area\":\"{Vollenhove}\"", moved.After, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task QuotesAnonymiseAndDelete_ByAnEditor_FollowTheDomainRulesAndAreAudited(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await StoryTestData.SeedProgrammeAsync(database);
        var id = await StoryTestData.CreateAsync(database, StoryTestData.Fields());
        var editor = StoryTestData.User(WijkpeilRoles.KnowledgePartner);
        var outsider = StoryTestData.User(WijkpeilRoles.AreaEditor, "GM0307");

        async Task<Outcome<int>> RunAsync<THandler>(Func<THandler, Task<Outcome<int>>> action)
            where THandler : notnull
        {
            await using var scope = database.CreateScope();
            return await action(scope.ServiceProvider.GetRequiredService<THandler>());
        }

        Assert.True((await RunAsync<AddQuoteHandler>(h => h.HandleAsync(editor, id, new QuoteRequest("We kennen elkaar nu", "Fatima", true), ct))).Succeeded);
        var anonymiseRefused = await RunAsync<AnonymiseStoryHandler>(h => h.HandleAsync(editor, id, true, ct));
        var emptyQuote = await RunAsync<AddQuoteHandler>(h => h.HandleAsync(editor, id, new QuoteRequest(" ", null, false), ct));
        var outsiderRemoves = await RunAsync<RemoveQuoteHandler>(h => h.HandleAsync(outsider, id, 1, ct));
        int quoteId;
        await using (var scope = database.CreateScope())
        {
            quoteId = (await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Stories.Include(s => s.Quotes).SingleAsync(ct)).Quotes.Single().Id;
        }

        Assert.True((await RunAsync<RemoveQuoteHandler>(h => h.HandleAsync(editor, id, quoteId, ct))).Succeeded);
        Assert.True((await RunAsync<AnonymiseStoryHandler>(h => h.HandleAsync(editor, id, true, ct))).Succeeded);
        var outsiderDeletes = await RunAsync<DeleteStoryHandler>(h => h.HandleAsync(outsider, id, ct));
        Assert.True((await RunAsync<DeleteStoryHandler>(h => h.HandleAsync(editor, id, ct))).Succeeded);
        var gone = await RunAsync<DeleteStoryHandler>(h => h.HandleAsync(editor, id, ct));

        Assert.Equal(("anonymised", "story.anonymise.named_quotes"), (anonymiseRefused.Problems[0].Field, anonymiseRefused.Problems[0].Code));
        Assert.Equal(("text", "story.quote.text.required"), (emptyQuote.Problems[0].Field, emptyQuote.Problems[0].Code));
        Assert.Equal((ProblemKind?)ProblemKind.Forbidden, outsiderRemoves.Kind);
        Assert.Equal((ProblemKind?)ProblemKind.Forbidden, outsiderDeletes.Kind);
        Assert.Equal((ProblemKind?)ProblemKind.NotFound, gone.Kind);
        await using var check = database.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(0, await db.Stories.CountAsync(ct));
        Assert.Equal(0, await db.Set<Domain.Stories.Quote>().CountAsync(ct));
        var entries = await db.AuditEntries.Where(e => e.EntityType == AuditEntityTypes.Story).OrderBy(e => e.Id).ToListAsync(ct);
        Assert.Equal(
            [AuditAction.Created, AuditAction.Updated, AuditAction.Updated, AuditAction.Updated, AuditAction.Deleted],
            entries.Select(e => e.Action));
        Assert.Contains("\"IsAnonymised\":true", entries[^1].Before, StringComparison.Ordinal);
        Assert.Null(entries[^1].After);
    }
}
