using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Subsidies.DecideApplication;
using Wijkpeil.App.Modules.Subsidies.ScreenApplications;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>
/// The Awb clock as officers see it on the worklist, with "today" moved by a fake clock: the term, a pause that only a
/// completion term starts, the delay, overdue, leaving unconsidered, and who may do it.
/// </summary>
public sealed class ScreeningTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Worklist_CompletionWithATerm_PausesTheClockAndMovesTheDeadline_WithoutATermNothingIsStored(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var scheme = await OpenSchemeAsync(database);
        var application = await FileAsync(database, scheme, 1_000m); // received Tuesday 3 November 2026
        var clock = Clock();

        // Without a term the request is refused: the clock would not pause (Awb 4:15).
        var noTerm = await ScreenAsync(database, clock, s => s.RequestCompletionAsync(application, Officer(), "Stuur de offerte mee.", null, Ct));
        Assert.Equal("subsidy.clock.term_required", Assert.Single(noTerm.Problems).Code);
        Assert.Equal(new DateOnly(2026, 12, 29), (await RowAsync(database, clock, scheme, application)).Clock.Deadline);

        // Asked on 10 November with a term to 24 November, completed on 17 November: 7 days paused.
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));
        var asked = await ScreenAsync(database, clock, s => s.RequestCompletionAsync(application, Officer(), "Stuur de offerte mee.", new DateOnly(2026, 11, 24), Ct));
        Assert.True(asked.Succeeded, asked.ToString());
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 13, 9, 0, 0, TimeSpan.Zero));
        var paused = await RowAsync(database, clock, scheme, application);
        Assert.True(paused.Clock.IsPaused);
        Assert.Equal(ApplicationStatus.AwaitingCompletion, paused.Status);

        await using (var scope = database.CreateScope())
        {
            clock.SetUtcNow(new DateTimeOffset(2026, 11, 17, 9, 0, 0, TimeSpan.Zero));
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var tracked = await db.Set<SubsidyApplication>().Include(a => a.CompletionRequests).SingleAsync(a => a.Id == application, Ct);
            Assert.True(tracked.Complete(new DateOnly(2026, 11, 17), clock.GetUtcNow()).IsSuccess);
            await db.SaveChangesAsync(Ct);
        }

        var running = await RowAsync(database, clock, scheme, application);
        Assert.False(running.Clock.IsPaused);
        Assert.Equal(7, running.Clock.PausedDays);
        Assert.Equal(new DateOnly(2027, 1, 5), running.Clock.Deadline); // 29 December + 7 days

        // Past the deadline and not decided: overdue on the worklist, with the days it is late.
        clock.SetUtcNow(new DateTimeOffset(2027, 1, 8, 9, 0, 0, TimeSpan.Zero));
        var overdue = await RowAsync(database, clock, scheme, application);
        Assert.True(overdue.Clock.IsOverdue);
        Assert.Equal(-3, overdue.Clock.DaysLeft);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Worklist_SortedByDeadline_DecidedLast_AndADelayMovesTheDeadlineOnce(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var scheme = await OpenSchemeAsync(database);
        var clock = Clock();
        var first = await FileAsync(database, scheme, 1_000m);
        var second = await FileAsync(database, scheme, 1_000m);
        var decided = await FileAsync(database, scheme, 1_000m);
        await using (var scope = database.CreateScope())
        {
            var decide = Handler<DecideApplicationHandler>(scope.ServiceProvider, clock);
            Assert.True((await decide.DecideAsync(decided, Officer(), new DecisionRequest(DecisionKind.Grant, null, null, []), Ct)).Succeeded);
        }

        var delayed = await ScreenAsync(database, clock, s => s.DelayAsync(first, Officer(), new DateOnly(2027, 2, 1), "Advies van de wijkraad nodig.", Ct));
        var again = await ScreenAsync(database, clock, s => s.DelayAsync(first, Officer(), new DateOnly(2027, 3, 1), "Nog eens.", Ct));

        Assert.True(delayed.Succeeded, delayed.ToString());
        Assert.Equal("subsidy.application.already_delayed", Assert.Single(again.Problems).Code);
        var rows = await RowsAsync(database, clock, scheme);
        Assert.Equal([second, first, decided], rows.Select(r => r.Id));
        Assert.Equal(new DateOnly(2027, 2, 1), rows[1].Clock.Deadline);
        Assert.Null(rows[2].Clock.DaysLeft);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NotConsidered_OnlyAfterTheCompletionTermPassedUnused_ThenItsOwnDecision(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var scheme = await OpenSchemeAsync(database);
        var application = await FileAsync(database, scheme, 1_000m);
        var clock = Clock();
        Assert.True((await ScreenAsync(database, clock, s => s.RequestCompletionAsync(application, Officer(), "Stuur de begroting mee.", new DateOnly(2026, 11, 17), Ct))).Succeeded);
        var request = new DecisionRequest(DecisionKind.NotConsidered, null, "De begroting is niet binnen de termijn gekomen.", []);

        var early = await DecideAsync(database, clock, application, request);
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero));
        var late = await DecideAsync(database, clock, application, request);

        Assert.Equal("subsidy.decision.not_considered_early", Assert.Single(early.Problems).Code);
        Assert.True(late.Succeeded, late.ToString());
        Assert.Equal(DecisionKind.NotConsidered, late.Value.Kind);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Screening_OfficerOfAnotherGemeente_ForbiddenAndNothingChanges(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var scheme = await OpenSchemeAsync(database);
        var application = await FileAsync(database, scheme, 1_000m);
        var clock = Clock();

        var asked = await ScreenAsync(database, clock, s => s.RequestCompletionAsync(application, Officer("GM0344"), "Stuur de offerte mee.", new DateOnly(2026, 11, 24), Ct));
        var granted = await DecideAsync(database, clock, application, new DecisionRequest(DecisionKind.Grant, null, null, []), Officer("GM0344"));

        Assert.Equal("subsidy.forbidden", Assert.Single(asked.Problems).Code);
        Assert.Equal("subsidy.forbidden", Assert.Single(granted.Problems).Code);
        Assert.Equal(ApplicationStatus.Received, (await RowAsync(database, clock, scheme, application)).Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Dossier_OpenedByAnOfficer_TheViewIsInTheAuditTrail_AnotherGemeentesOfficerSeesNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var scheme = await OpenSchemeAsync(database);
        var application = await FileAsync(database, scheme, 1_000m);

        await using var scope = database.CreateScope();
        var query = Handler<DossierQuery>(scope.ServiceProvider, Clock());
        var seen = await query.OpenAsync(application, Officer(), Ct);
        var refused = await query.OpenAsync(application, Officer("GM0344"), Ct);

        Assert.NotNull(seen);
        Assert.Equal("Fatima de Vries", seen.Application.Applicant.ContactName);
        Assert.Null(refused);
        var views = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AuditEntries
            .Where(e => e.EntityType == AuditEntityTypes.SubsidyPersonalData).ToListAsync(Ct);
        var view = Assert.Single(views);
        Assert.Equal(AuditAction.Viewed, view.Action);
        Assert.Equal(application.ToString(System.Globalization.CultureInfo.InvariantCulture), view.EntityId);
    }

    private static async Task<Outcome<SubsidyApplication>> ScreenAsync(TestDatabase database, FakeTimeProvider clock, Func<ScreenApplicationHandler, Task<Outcome<SubsidyApplication>>> step)
    {
        await using var scope = database.CreateScope();
        return await step(Handler<ScreenApplicationHandler>(scope.ServiceProvider, clock));
    }

    private static async Task<Outcome<DecisionRecorded>> DecideAsync(TestDatabase database, FakeTimeProvider clock, int application, DecisionRequest request, System.Security.Claims.ClaimsPrincipal? user = null)
    {
        await using var scope = database.CreateScope();
        return await Handler<DecideApplicationHandler>(scope.ServiceProvider, clock).DecideAsync(application, user ?? Officer(), request, Ct);
    }

    private static async Task<IReadOnlyList<WorklistRow>> RowsAsync(TestDatabase database, FakeTimeProvider clock, int scheme)
    {
        await using var scope = database.CreateScope();
        var list = await Handler<WorklistQuery>(scope.ServiceProvider, clock).WorklistAsync(scheme, Officer(), Ct);
        Assert.NotNull(list);
        return list.Value.Rows;
    }

    private static async Task<WorklistRow> RowAsync(TestDatabase database, FakeTimeProvider clock, int scheme, int application) =>
        (await RowsAsync(database, clock, scheme)).Single(r => r.Id == application);
}
