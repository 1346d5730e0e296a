using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Subsidies.DecideApplication;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>
/// Awb 4:25 lid 2 under concurrency: the sum of granted amounts never passes the plafond, however many officers grant
/// at the same moment, on both providers.
/// </summary>
public sealed class PlafondRaceTests
{
    private const int Rounds = 12;

    // The loser either read the application before the winner saved (its save finds the status changed) or after.
    private static readonly string[] SecondDecisionCodes = ["subsidy.application.changed_meanwhile", "subsidy.decision.already_decided"];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Grant_TwoOfficersGrantTheLastRoomAtOnce_ExactlyOneSucceedsEveryRound(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        // Each round has a scheme with room for exactly one of two applications of 1.000 euro.
        for (var round = 0; round < Rounds; round++)
        {
            var scheme = await OpenSchemeAsync(database, plafond: 6_000m, slug: $"ronde-{round}");
            var first = await FileAsync(database, scheme, 5_000m);
            Assert.True((await GrantAsync(database, first)).Succeeded);
            var (a, b) = (await FileAsync(database, scheme, 1_000m), await FileAsync(database, scheme, 1_000m));

            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var racers = new[] { a, b }.Select(id => Task.Run(async () =>
            {
                await gate.Task;
                return await GrantAsync(database, id);
            })).ToArray();
            gate.SetResult();
            var outcomes = await Task.WhenAll(racers);

            Assert.Single(outcomes, o => o.Succeeded);
            var refused = Assert.Single(outcomes, o => !o.Succeeded);
            Assert.Equal("subsidy.decision.plafond_exceeded", Assert.Single(refused.Problems).Code);
            Assert.Equal(ProblemKind.Conflict, refused.Kind);
            await AssertLedgerAsync(database, scheme, expectedGranted: 6_000m);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Grant_ManyOfficersAtOnce_GrantedNeverPassesThePlafondAndTheLedgerIsTheSum(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var scheme = await OpenSchemeAsync(database, plafond: 10_000m);
        var applications = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            applications.Add(await FileAsync(database, scheme, 3_000m));
        }

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = applications.Select(id => Task.Run(async () =>
        {
            await gate.Task;
            return await GrantAsync(database, id);
        })).ToArray();
        gate.SetResult();
        var outcomes = await Task.WhenAll(racers);

        // 3 × 3.000 fits in 10.000, a fourth does not.
        Assert.Equal(3, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal("subsidy.decision.plafond_exceeded", o.Problems[0].Code));
        await AssertLedgerAsync(database, scheme, expectedGranted: 9_000m);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Grant_TheSameApplicationTwiceAtOnce_OneDecisionStoredAndReservedOnce(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var scheme = await OpenSchemeAsync(database, plafond: 10_000m);
        var application = await FileAsync(database, scheme, 2_000m);

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await gate.Task;
            return await GrantAsync(database, application);
        })).ToArray();
        gate.SetResult();
        var outcomes = await Task.WhenAll(racers);

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.Contains(Assert.Single(outcomes, o => !o.Succeeded).Problems[0].Code, SecondDecisionCodes);
        await AssertLedgerAsync(database, scheme, expectedGranted: 2_000m);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Grant_AboveTheRoomLeft_RefusedWithWhatIsLeftAndNothingStored(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var scheme = await OpenSchemeAsync(database, plafond: 6_000m);
        Assert.True((await GrantAsync(database, await FileAsync(database, scheme, 5_000m))).Succeeded);
        var second = await FileAsync(database, scheme, 2_000m);

        var refused = await GrantAsync(database, second);

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("subsidy.decision.plafond_exceeded", problem.Code);
        Assert.Equal("amount", problem.Field);
        Assert.Equal([2_000m, 1_000m, 6_000m], problem.Arguments.Cast<decimal>());
        Assert.Equal(
            "Verlenen van € 2.000,00 gaat boven het subsidieplafond van € 6.000,00: er is nog € 1.000,00 beschikbaar. Er is niets verleend (artikel 4:25 lid 2 Awb).",
            ProblemMessages.For(problem, System.Globalization.CultureInfo.GetCultureInfo("nl-NL")));
        await using var scope = database.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<SubsidyApplication>().AsNoTracking().SingleAsync(a => a.Id == second, Ct);
        Assert.Equal(ApplicationStatus.Received, stored.Status);
        Assert.Null(stored.GrantedCents);
        await AssertLedgerAsync(database, scheme, expectedGranted: 5_000m);

        // A grant in part within what is left is allowed, with its motivation.
        var partial = await GrantAsync(database, second, amount: 1_000m, motivation: "Het plafond laat nog 1.000 euro toe.");
        Assert.True(partial.Succeeded, partial.ToString());
        Assert.Equal(DecisionKind.PartialGrant, partial.Value.Kind);
        Assert.Equal(Money.Zero, partial.Value.RemainingInScheme);
    }

    private static async Task<Outcome<DecisionRecorded>> GrantAsync(TestDatabase database, int application, decimal? amount = null, string? motivation = null)
    {
        await using var scope = database.CreateScope();
        var handler = Handler<DecideApplicationHandler>(scope.ServiceProvider, Clock());
        var request = new DecisionRequest(DecisionKind.Grant, amount is null ? null : Money.FromEuros(amount.Value).Value, motivation, []);
        return await handler.DecideAsync(application, Officer(), request, Ct);
    }

    private static async Task AssertLedgerAsync(TestDatabase database, int scheme, decimal expectedGranted)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var ledger = await db.Set<SubsidyScheme>().Where(s => s.Id == scheme).Select(s => s.GrantedCents).SingleAsync(Ct);
        var sum = (await db.Set<SubsidyApplication>().Where(a => a.SchemeId == scheme && a.GrantedCents != null).Select(a => a.GrantedCents!.Value).ToListAsync(Ct)).Sum();
        Assert.Equal(Money.FromEuros(expectedGranted).Value.Cents, ledger);
        Assert.Equal(ledger, sum);
    }
}
