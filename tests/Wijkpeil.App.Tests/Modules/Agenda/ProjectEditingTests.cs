using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Agenda.ChangeProjectStatus;
using Wijkpeil.App.Modules.Agenda.EditProject;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Tests.Modules.Agenda;

/// <summary>
/// The project use cases over a real database with the Vitale Wijken programme: who may change what, that a
/// refusal stores nothing, and that every change leaves exactly one audit entry with the project before and after.
/// </summary>
public sealed class ProjectEditingTests
{
    /// <summary>Noon on 30 June 2025 in Amsterdam; "today" for every use case here.</summary>
    private static readonly DateTimeOffset Now = new(2025, 6, 30, 10, 0, 0, TimeSpan.Zero);

    private static readonly ClaimsPrincipal UtrechtEditor = User(WijkpeilRoles.AreaEditor, "GM0344");
    private static readonly ClaimsPrincipal ZeistEditor = User(WijkpeilRoles.AreaEditor, "GM0355");
    private static readonly ClaimsPrincipal Manager = User(WijkpeilRoles.ProgrammeManager);

    public static TheoryData<DatabaseProvider, string> RefusedRoles
    {
        get
        {
            var data = new TheoryData<DatabaseProvider, string>();
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
            {
                foreach (var role in new[] { WijkpeilRoles.SubsidyOfficer, WijkpeilRoles.Coordinator, WijkpeilRoles.Viewer, WijkpeilRoles.KnowledgePartner })
                {
                    data.Add(provider, role);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateAsync_MinimalByCbsCodeOfUtrechtEditor_StoresPlannedDraftWithCreatedAuditEntry(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var result = await EditAsync(database, e => e.Create.HandleAsync(UtrechtEditor, Minimal("WK034403", "Buurtkamer Zamenhof"), Ct));

        Assert.Equal((ProblemKind?)null, result.Kind);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var project = await db.Projects.Include(p => p.Pillars).SingleAsync(p => p.Id == result.Value.ProjectId, Ct);
        Assert.Equal(("overvecht", "Buurtkamer Zamenhof", ProjectStatus.Planned, false, false), (project.FocusAreaCode, project.Title, project.Status, project.IsPublished, project.IsExampleData));
        Assert.Equal([1], project.PillarNumbers);
        var entry = Assert.Single(await db.AuditEntries.ToListAsync(Ct));
        Assert.Equal((AuditAction.Created, AuditEntityTypes.Project, result.Value.ProjectId.ToString(System.Globalization.CultureInfo.InvariantCulture), "Buurtkamer Zamenhof"), (entry.Action, entry.EntityType, entry.EntityId, entry.Summary));
        Assert.Null(entry.Before);
        Assert.Equal("overvecht", Json(entry.After).GetProperty("FocusArea").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateAsync_CompletedWithCollections_ReachesStatusAndStoresEveryChild(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var indicator = await AnyIndicatorCodeAsync(database);
        var input = new ProjectRequest(
            "batau",
            "Speelplek Muntplein",
            [5, 1],
            ProjectStatus.Completed,
            Published: true,
            OwnerOrganisation: "Gemeente Nieuwegein",
            StartDate: new DateOnly(2024, 3, 1),
            EndDate: new DateOnly(2025, 5, 31),
            Outputs: [new OutputMeasureRequest(OutputKind.HowMuch, "Bewoners bij de avond", OutputUnit.Count, "bewoners", [new OutputValueRequest("2024", 50, 38)])],
            Funding: [new FundingLineRequest(Funder.Provincie, null, 2024, 10_000m, 8_000m, 7_500.50m)],
            Indicators: [indicator],
            Progress: [new ProgressUpdateRequest(new DateOnly(2024, 9, 1), "Ontwerp klaar", 40)]);

        var result = await EditAsync(database, e => e.Create.HandleAsync(Manager, input, Ct));

        Assert.Equal((ProblemKind?)null, result.Kind);
        var view = await EditAsync(database, e => e.Query.GetAsync(result.Value.ProjectId, Manager, Ct));
        Assert.NotNull(view);
        Assert.Equal((ProjectStatus.Completed, new DateOnly(2024, 3, 1), new DateOnly(2025, 5, 31), true), (view.Status, view.StartDate!.Value, view.EndDate!.Value, view.IsPublished));
        Assert.Equal([1, 5], view.Pillars);
        Assert.Equal(new OutputValueView("2024", 50, 38), Assert.Single(Assert.Single(view.Outputs).Values));
        Assert.Equal(7_500.50m, Assert.Single(view.Funding).Spent);
        Assert.Equal(indicator, Assert.Single(view.Indicators).Code);
        Assert.Equal(40, Assert.Single(view.Timeline).PercentComplete);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateAsync_RunningWithStartAfterToday_RefusedAtStartDateAndNothingStored(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var input = Minimal("overvecht", "Jongerenwerk") with { Status = ProjectStatus.Running, StartDate = new DateOnly(2025, 7, 1) };

        var result = await EditAsync(database, e => e.Create.HandleAsync(UtrechtEditor, input, Ct));

        Assert.Equal((ProblemKind?)ProblemKind.Invalid, result.Kind);
        Assert.Equal(("startDate", "project.date.in_future"), (result.Problems[0].Field, result.Problems[0].Code));
        await AssertNothingStoredAsync(database);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateAsync_InvalidValues_RefusedAtTheirFieldAndNothingStored(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var cases = new (ProjectRequest Input, string Field)[]
        {
            (Minimal("overvecht", "  "), "title"),
            (Minimal("overvecht", "Zonder pijler") with { Pillars = [] }, "pillars"),
            (Minimal("WK999999", "Nergens"), "focusArea"),
            (Minimal("overvecht", "Gestopt zonder reden") with { Status = ProjectStatus.Stopped, EndDate = new DateOnly(2025, 1, 1) }, "stopReason"),
            (Minimal("overvecht", "Negatief") with { Funding = [new FundingLineRequest(Funder.Rijk, null, 2024, -1m, 0m, 0m)] }, "funding[0].budget"),
            (Minimal("overvecht", "Te veel procent") with { Outputs = [new OutputMeasureRequest(OutputKind.HowWell, "Tevreden", OutputUnit.Percentage, null, [new OutputValueRequest("2024", 80, 140)])] }, "outputs[0].values[0].realised"),
            (Minimal("overvecht", "Onbekende indicator") with { Indicators = ["bestaat_niet"] }, "indicators[0]"),
            (Minimal("overvecht", "Zonder jaar") with { Funding = [new FundingLineRequest(Funder.Rijk, null, null, 1m)] }, "funding[0].year"),
        };

        foreach (var (input, field) in cases)
        {
            var result = await EditAsync(database, e => e.Create.HandleAsync(UtrechtEditor, input, Ct));
            Assert.Equal(((ProblemKind?)ProblemKind.Invalid, field), (result.Kind, result.Problems.Count > 0 ? result.Problems[0].Field : null));
            Assert.False(string.IsNullOrWhiteSpace(ProblemMessages.For(result.Problems[0])));
        }

        await AssertNothingStoredAsync(database);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateDetailsAsync_UtrechtEditorOnOvervecht_ChangesAndAuditsBeforeAndAfter(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var id = await CreateAsync(database, "overvecht", "Buurtkamer");

        var result = await EditAsync(database, e => e.Edit.UpdateDetailsAsync(id, UtrechtEditor, new ProjectDetails("overvecht", "Buurtkamer Zamenhof", [1, 3], "Gemeente Utrecht"), Ct));

        Assert.Equal((ProblemKind?)null, result.Kind);
        var entry = await LastEntryAsync(database);
        Assert.Equal((AuditAction.Updated, "Buurtkamer Zamenhof"), (entry.Action, entry.Summary));
        Assert.Equal("Buurtkamer", Json(entry.Before).GetProperty("Title").GetString());
        Assert.Equal("Buurtkamer Zamenhof", Json(entry.After).GetProperty("Title").GetString());
        Assert.Equal("Gemeente Utrecht", Json(entry.After).GetProperty("OwnerOrganisation").GetString());
        Assert.Equal(2, await AuditCountAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UtrechtEditor_VollenhoveProjectOrMoveThere_ForbiddenNothingStoredNoAuditEntry(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var overvecht = await CreateAsync(database, "overvecht", "Buurtkamer");
        var vollenhove = await CreateAsync(database, "BU03550205", "Burgerberaad");

        var refused = new[]
        {
            await EditAsync(database, e => e.Create.HandleAsync(UtrechtEditor, Minimal("vollenhove", "Nieuw in Zeist"), Ct)),
            await EditAsync(database, e => e.Edit.UpdateDetailsAsync(vollenhove, UtrechtEditor, new ProjectDetails("vollenhove", "Gekaapt", [1]), Ct)),
            await EditAsync(database, e => e.Edit.UpdateDetailsAsync(overvecht, UtrechtEditor, new ProjectDetails("vollenhove", "Verhuisd", [1]), Ct)),
            await EditAsync(database, e => e.Edit.ReplaceAsync(overvecht, UtrechtEditor, Minimal("BU03550205", "Verhuisd"), Ct)),
            await EditAsync(database, e => e.Publish.HandleAsync(vollenhove, UtrechtEditor, true, Ct)),
            await EditAsync(database, e => e.Progress.AddAsync(vollenhove, UtrechtEditor, new ProgressUpdateRequest(new DateOnly(2025, 6, 1), "Bijeenkomst", null), Ct)),
            await EditAsync(database, e => e.Delete.HandleAsync(vollenhove, UtrechtEditor, Ct)),
            await EditAsync(database, e => e.Edit.UpdateDetailsAsync(overvecht, ZeistEditor, new ProjectDetails("overvecht", "Gekaapt", [1]), Ct)),
        };

        Assert.All(refused, r => Assert.Equal((ProblemKind?)ProblemKind.Forbidden, r.Kind));
        Assert.Equal(2, await AuditCountAsync(database));
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(
            [(overvecht, "overvecht", "Buurtkamer", false), (vollenhove, "vollenhove", "Burgerberaad", false)],
            (await db.Projects.OrderBy(p => p.Id).Select(p => new { p.Id, p.FocusAreaCode, p.Title, p.IsPublished }).ToListAsync(Ct))
                .Select(p => (p.Id, p.FocusAreaCode, p.Title, p.IsPublished)));
        Assert.False(await db.Set<ProgressUpdate>().AnyAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(RefusedRoles))]
    public async Task AnyUseCase_RoleWithoutAgendaRights_ForbiddenAndNothingStored(DatabaseProvider provider, string role)
    {
        await using var database = await SeededAsync(provider);
        var id = await CreateAsync(database, "overvecht", "Buurtkamer");
        var user = User(role, "GM0344");

        var results = new[]
        {
            await EditAsync(database, e => e.Create.HandleAsync(user, Minimal("overvecht", "Nieuw"), Ct)),
            await EditAsync(database, e => e.Edit.UpdateDetailsAsync(id, user, new ProjectDetails("overvecht", "Anders", [2]), Ct)),
            await EditAsync(database, e => e.Funding.AddAsync(id, user, new FundingLineRequest(Funder.Rijk, null, 2024, 1m, 0m, 0m), Ct)),
            await EditAsync(database, e => e.Delete.HandleAsync(id, user, Ct)),
        };

        Assert.All(results, r => Assert.Equal((ProblemKind?)ProblemKind.Forbidden, r.Kind));
        Assert.Equal(1, await AuditCountAsync(database));
        var view = await EditAsync(database, e => e.Query.GetAsync(id, user, Ct));
        Assert.Equal(("Buurtkamer", false, 0), (view!.Title, view.CanEdit, view.Funding.Count));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateDetailsAsync_BlankTitle_InvalidAtTitleNothingStored(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var id = await CreateAsync(database, "overvecht", "Buurtkamer");

        var result = await EditAsync(database, e => e.Edit.UpdateDetailsAsync(id, UtrechtEditor, new ProjectDetails("overvecht", " ", [1], "Gemeente Utrecht"), Ct));
        var missing = await EditAsync(database, e => e.Edit.UpdateDetailsAsync(id + 100, UtrechtEditor, new ProjectDetails("overvecht", "X", [1]), Ct));

        Assert.Equal(((ProblemKind?)ProblemKind.Invalid, "title", "project.title.required"), (result.Kind, result.Problems[0].Field, result.Problems[0].Code));
        Assert.Equal((ProblemKind?)ProblemKind.NotFound, missing.Kind);
        var view = await EditAsync(database, e => e.Query.GetAsync(id, UtrechtEditor, Ct));
        Assert.Equal(("Buurtkamer", (string?)null, true), (view!.Title, view.OwnerOrganisation, view.CanEdit));
        Assert.Equal(1, await AuditCountAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ChildUseCases_EachSuccess_WritesOneAuditEntryAndRefusalsNone(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var id = await CreateAsync(database, "overvecht", "L-flat renovatie");
        var indicator = await AnyIndicatorCodeAsync(database);

        var progress = await EditAsync(database, e => e.Progress.AddAsync(id, UtrechtEditor, new ProgressUpdateRequest(new DateOnly(2025, 6, 30), "Eerste bewonersavond", 10), Ct));
        var future = await EditAsync(database, e => e.Progress.AddAsync(id, UtrechtEditor, new ProgressUpdateRequest(new DateOnly(2025, 7, 1), "Morgen", null), Ct));
        var measure = await EditAsync(database, e => e.Output.AddMeasureAsync(id, UtrechtEditor, new OutputMeasureRequest(OutputKind.HowMuch, "Woningen gerenoveerd", OutputUnit.Count, "woningen"), Ct));
        var value = await EditAsync(database, e => e.Output.SetValueAsync(id, UtrechtEditor, measure.Value.ItemId!.Value, new OutputValueRequest("2025", 120, 30), Ct));
        var halfHome = await EditAsync(database, e => e.Output.SetValueAsync(id, UtrechtEditor, measure.Value.ItemId!.Value, new OutputValueRequest("2025", 120, 30.5), Ct));
        var renamed = await EditAsync(database, e => e.Output.ChangeMeasureAsync(id, UtrechtEditor, measure.Value.ItemId!.Value, new OutputMeasureRequest(OutputKind.HowMuch, "Woningen klaar", OutputUnit.Count, "woningen"), Ct));
        var linked = await EditAsync(database, e => e.Indicators.LinkAsync(id, UtrechtEditor, indicator, Ct));
        var unknown = await EditAsync(database, e => e.Indicators.LinkAsync(id, UtrechtEditor, "bestaat_niet", Ct));
        var line = await EditAsync(database, e => e.Funding.AddAsync(id, UtrechtEditor, new FundingLineRequest(Funder.Gemeente, "Gemeente Utrecht", 2025, 50_000m, 20_000m, 0m), Ct));
        var changedLine = await EditAsync(database, e => e.Funding.ChangeAsync(id, UtrechtEditor, line.Value.ItemId!.Value, new FundingLineRequest(Funder.Gemeente, "Gemeente Utrecht", 2025, 60_000m, 20_000m, 5_000m), Ct));
        var started = await EditAsync(database, e => e.Status.HandleAsync(id, UtrechtEditor, new ProjectStatusChange(ProjectStatusAction.Start, new DateOnly(2025, 6, 1)), Ct));
        var completedTooEarly = await EditAsync(database, e => e.Status.HandleAsync(id, UtrechtEditor, new ProjectStatusChange(ProjectStatusAction.Complete, new DateOnly(2025, 5, 1)), Ct));
        var missingLine = await EditAsync(database, e => e.Funding.RemoveAsync(id, UtrechtEditor, line.Value.ItemId!.Value + 100, Ct));

        Assert.All([progress, measure, value, renamed, linked, line, changedLine, started], r => Assert.Equal((ProblemKind?)null, r.Kind));
        Assert.Equal(("date", (ProblemKind?)ProblemKind.Invalid), (future.Problems[0].Field, future.Kind));
        Assert.Equal(("realised", "output.value.not_whole"), (halfHome.Problems[0].Field, halfHome.Problems[0].Code));
        Assert.Equal(("indicator", "project.indicator.unknown"), (unknown.Problems[0].Field, unknown.Problems[0].Code));
        Assert.Equal(("endDate", "project.end.before_start"), (completedTooEarly.Problems[0].Field, completedTooEarly.Problems[0].Code));
        Assert.Equal((ProblemKind?)ProblemKind.NotFound, missingLine.Kind);
        Assert.Equal(1 + 8, await AuditCountAsync(database));

        var view = await EditAsync(database, e => e.Query.GetAsync(id, UtrechtEditor, Ct));
        Assert.Equal((ProjectStatus.Running, new DateOnly(2025, 6, 1)), (view!.Status, view.StartDate!.Value));
        Assert.Equal(new OutputValueView("2025", 120, 30), Assert.Single(Assert.Single(view.Outputs).Values));
        Assert.Equal("Woningen klaar", view.Outputs[0].Name);
        Assert.Equal((60_000m, 5_000m), (view.Funding[0].Budget, view.Funding[0].Spent));
        var last = Json((await LastEntryAsync(database)).After);
        Assert.Equal("Running", last.GetProperty("Status").GetString());
        Assert.Equal(indicator, last.GetProperty("Indicators")[0].GetString());

        var removed = new[]
        {
            await EditAsync(database, e => e.Progress.RemoveAsync(id, UtrechtEditor, progress.Value.ItemId!.Value, Ct)),
            await EditAsync(database, e => e.Output.RemoveValueAsync(id, UtrechtEditor, measure.Value.ItemId!.Value, "2025", Ct)),
            await EditAsync(database, e => e.Output.RemoveMeasureAsync(id, UtrechtEditor, measure.Value.ItemId!.Value, Ct)),
            await EditAsync(database, e => e.Indicators.UnlinkAsync(id, UtrechtEditor, indicator, Ct)),
            await EditAsync(database, e => e.Funding.RemoveAsync(id, UtrechtEditor, line.Value.ItemId!.Value, Ct)),
        };
        Assert.All(removed, r => Assert.Equal((ProblemKind?)null, r.Kind));
        view = await EditAsync(database, e => e.Query.GetAsync(id, UtrechtEditor, Ct));
        Assert.Equal((0, 0, 0, 0), (view!.Timeline.Count, view.Outputs.Count, view.Indicators.Count, view.Funding.Count));
        Assert.Equal(1 + 8 + 5, await AuditCountAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReplaceAsync_StopThenReopen_FollowsTheDomainTransitions(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var id = await CreateAsync(database, "soesterkwartier", "Winkelstraatmanager");
        var running = new ProjectRequest("soesterkwartier", "Winkelstraatmanager", [3], ProjectStatus.Running, Published: true, StartDate: new DateOnly(2024, 1, 1));
        var stopped = running with { Status = ProjectStatus.Stopped, StopReason = "Geen financiering", EndDate = new DateOnly(2025, 3, 1) };

        var toRunning = await EditAsync(database, e => e.Edit.ReplaceAsync(id, Manager, running, Ct));
        var toStopped = await EditAsync(database, e => e.Edit.ReplaceAsync(id, Manager, stopped, Ct));
        var backToPlanned = await EditAsync(database, e => e.Edit.ReplaceAsync(id, Manager, running with { Status = ProjectStatus.Planned }, Ct));
        var reopened = await EditAsync(database, e => e.Edit.ReplaceAsync(id, Manager, running, Ct));

        Assert.Equal(
            [(ProblemKind?)null, (ProblemKind?)null, (ProblemKind?)ProblemKind.Invalid, (ProblemKind?)null],
            new[] { toRunning, toStopped, backToPlanned, reopened }.Select(r => r.Kind));
        Assert.Equal("status", backToPlanned.Problems[0].Field);
        var view = await EditAsync(database, e => e.Query.GetAsync(id, Manager, Ct));
        Assert.Equal((ProjectStatus.Running, (DateOnly?)null, (string?)null, true), (view!.Status, view.EndDate, view.StopReason, view.IsPublished));
        Assert.Equal(4, await AuditCountAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DeleteAsync_ByUtrechtEditor_RemovesProjectWithDeletedAuditEntry(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var id = await CreateAsync(database, "overvecht", "Projectenhuis");
        await EditAsync(database, e => e.Funding.AddAsync(id, UtrechtEditor, new FundingLineRequest(Funder.Rijk, null, 2024, 1_000m, 0m, 0m), Ct));

        var result = await EditAsync(database, e => e.Delete.HandleAsync(id, UtrechtEditor, Ct));
        var again = await EditAsync(database, e => e.Delete.HandleAsync(id, UtrechtEditor, Ct));

        Assert.Equal(((ProblemKind?)null, (ProblemKind?)ProblemKind.NotFound), (result.Kind, again.Kind));
        var entry = await LastEntryAsync(database);
        Assert.Equal((AuditAction.Deleted, "Projectenhuis", (string?)null), (entry.Action, entry.Summary, entry.After));
        Assert.Equal(1_000m, Json(entry.Before).GetProperty("Funding")[0].GetProperty("Budget").GetDecimal());
        await using var scope = database.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Projects.AnyAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditableFocusAreasAsync_EditorOfZeist_OnlyVollenhove(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var zeist = await EditAsync(database, e => e.Query.EditableFocusAreasAsync(ZeistEditor, null, Ct));
        var manager = await EditAsync(database, e => e.Query.EditableFocusAreasAsync(Manager, null, Ct));
        var viewer = await EditAsync(database, e => e.Query.EditableFocusAreasAsync(User(WijkpeilRoles.Viewer), null, Ct));

        Assert.Equal([new EditableFocusArea("vollenhove", "Vollenhove", "GM0355", "vitale-wijken", "Vitale Wijken (provincie Utrecht)")], zeist);
        Assert.Equal(4, manager.Count);
        Assert.Empty(viewer);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ClaimsPrincipal User(string role, params string[] gemeenten) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Email, role.ToLowerInvariant() + "@test.nl"), new Claim(ClaimTypes.Role, role),
             .. gemeenten.Select(g => new Claim(WijkpeilClaims.Gemeente, g))],
            "test"));

    private static ProjectRequest Minimal(string focusArea, string title) =>
        new(focusArea, title, [1], ProjectStatus.Planned);

    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.CreateScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DefaultSeeder>();
        await seeder.SeedCatalogueAsync(Ct);
        await seeder.SeedProgrammeAsync(Ct);
        return database;
    }

    /// <summary>Runs a use case in its own scope, as one request would, with "today" fixed.</summary>
    private static async Task<T> EditAsync<T>(TestDatabase database, Func<ProjectUseCases, Task<T>> use)
    {
        await using var scope = database.CreateScope();
        return await use(ProjectUseCases.In(scope.ServiceProvider, new FakeTimeProvider(Now)));
    }

    private static async Task<int> CreateAsync(TestDatabase database, string focusArea, string title)
    {
        var result = await EditAsync(database, e => e.Create.HandleAsync(Manager, Minimal(focusArea, title), Ct));
        Assert.True(result.Succeeded, string.Join(", ", result.Problems.Select(p => p.Code)));
        return result.Value.ProjectId;
    }

    private static async Task<string> AnyIndicatorCodeAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Indicators.OrderBy(i => i.Code).Select(i => i.Code).FirstAsync(Ct);
    }

    private static async Task AssertNothingStoredAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.False(await db.Projects.AnyAsync(Ct));
        Assert.False(await db.AuditEntries.AnyAsync(Ct));
    }

    private static async Task<int> AuditCountAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AuditEntries.CountAsync(Ct);
    }

    private static async Task<AuditEntry> LastEntryAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AuditEntries.OrderByDescending(e => e.Id).FirstAsync(Ct);
    }

    private static JsonElement Json(string? text) => JsonDocument.Parse(text!).RootElement.Clone();
}
