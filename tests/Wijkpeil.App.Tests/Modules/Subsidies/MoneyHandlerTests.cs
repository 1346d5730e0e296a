using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Subsidies;
using Wijkpeil.App.Modules.Subsidies.DecideApplication;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.MoneyTestData;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>
/// Issue 13 point 6 through the officers' handlers and the applicant's link: the advance (80% in the test scheme), the
/// settlement in full or lower with a reason, the remainder or the reclaim, the final report, every refusal leaving
/// the application as it was, and the scheme's totals after each step.
/// </summary>
public sealed class MoneyHandlerTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Advance_OnceAtTheSchemesPercentage_TwiceOrOnARefusalOrUndecidedRefused(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var scheme = await OpenSchemeAsync(database);
        var clock = Clock();
        var granted = await FileAsync(database, scheme, 1_000m);
        var refused = await FileAsync(database, scheme, 500m);
        var undecided = await FileAsync(database, scheme, 700m);
        Assert.True((await GrantAsync(database, clock, granted)).Succeeded);
        Assert.True((await DecideAsync(database, clock, refused, new DecisionRequest(DecisionKind.Refusal, null, null, await AllCriteriaAsync(database, scheme)))).Succeeded);

        var first = await PayAdvanceAsync(database, clock, granted);
        var twice = await PayAdvanceAsync(database, clock, granted);
        var onRefusal = await PayAdvanceAsync(database, clock, refused);
        var onUndecided = await PayAdvanceAsync(database, clock, undecided);
        var otherGemeente = await PayAdvanceAsync(database, clock, granted, gemeente: "GM0344");

        Assert.True(first.Succeeded, first.ToString());
        var advance = Assert.Single(first.Value!.Payments);
        Assert.Equal((PaymentKind.Advance, Euros(800m), SubsidyTime.DayOf(Now)), (advance.Kind, advance.Amount, advance.On));
        Assert.Equal("subsidy.payment.advance_paid", Code(twice));
        Assert.Equal(ProblemKind.Conflict, twice.Problems[0].Kind);
        Assert.Equal("subsidy.payment.not_granted", Code(onRefusal));
        Assert.Equal("subsidy.payment.not_granted", Code(onUndecided));
        Assert.Equal("subsidy.forbidden", Code(otherGemeente));
        Assert.Single((await LoadAsync(database, granted)).Payments);
        Assert.Empty((await LoadAsync(database, refused)).Payments);

        var totals = await TotalsAsync(database, scheme);
        Assert.Equal((Euros(10_000m), Euros(1_000m), Euros(0m), Euros(800m), Euros(0m), Euros(9_000m)), (totals.Plafond, totals.Granted, totals.Settled, totals.Paid, totals.Reclaimed, totals.Remaining));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Advance_DatedInTheFutureOrBeforeTheDecision_RefusedAtTheField(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var scheme = await OpenSchemeAsync(database);
        var clock = Clock();
        var id = await FileAsync(database, scheme, 1_000m);
        Assert.True((await GrantAsync(database, clock, id)).Succeeded);

        var future = await PayAdvanceAsync(database, clock, id, SubsidyTime.DayOf(Now).AddDays(1));
        var early = await PayAdvanceAsync(database, clock, id, SubsidyTime.DayOf(Now).AddDays(-1));

        Assert.Equal(("subsidy.payment.day_out_of_range", "paidOn"), (Code(future), future.Problems[0].Field));
        Assert.Equal("subsidy.payment.day_out_of_range", Code(early));
        Assert.Empty((await LoadAsync(database, id)).Payments);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Settle_AboveTheGrant_LowerWithoutExplanation_ReductionReasonAtFull_OrBeforeTheGrant_RefusedAndNothingChanges(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var scheme = await OpenSchemeAsync(database);
        var clock = Clock();
        var id = await FileAsync(database, scheme, 1_000m);
        var undecided = await FileAsync(database, scheme, 1_000m);
        Assert.True((await GrantAsync(database, clock, id)).Succeeded);
        var auditBefore = await AuditCountAsync(database);

        var above = await SettleAsync(database, clock, id, 1_000.01m, SettlementReason.AsGranted, null);
        var silent = await SettleAsync(database, clock, id, 600m, SettlementReason.ActivitiesNotCarriedOut, "  ");
        var reasonAtFull = await SettleAsync(database, clock, id, 1_000m, SettlementReason.LowerActualCosts, "Goedkoper uit.");
        var beforeGrant = await SettleAsync(database, clock, undecided, 1_000m, SettlementReason.AsGranted, null);
        var otherGemeente = await SettleAsync(database, clock, id, 1_000m, SettlementReason.AsGranted, null, gemeente: "GM0344");

        Assert.Equal(("subsidy.settlement.above_granted", "settled"), (Code(above), above.Problems[0].Field));
        Assert.Equal("subsidy.settlement.as_granted_mismatch", Code(await SettleAsync(database, clock, id, 900m, SettlementReason.AsGranted, null)));
        Assert.Equal(("subsidy.settlement.explanation_required", "explanation"), (Code(silent), silent.Problems[0].Field));
        Assert.Equal("subsidy.settlement.reason_without_reduction", Code(reasonAtFull));
        Assert.Equal(("subsidy.settlement.not_granted", ProblemKind.Conflict), (Code(beforeGrant), beforeGrant.Problems[0].Kind));
        Assert.Equal("subsidy.forbidden", Code(otherGemeente));
        var application = await LoadAsync(database, id);
        Assert.Equal((ApplicationStatus.Granted, (long?)null), (application.Status, application.SettledCents));
        Assert.Equal(auditBefore, await AuditCountAsync(database));
        Assert.Equal(Euros(0m), (await TotalsAsync(database, scheme)).Settled);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reclaim_Advance80Percent_SettledAt50Percent_TheDifferenceIsReclaimedOnce_TotalsAfterEachStep(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var scheme = await OpenSchemeAsync(database);
        var clock = Clock();
        var id = await FileAsync(database, scheme, 2_000m);
        Assert.True((await GrantAsync(database, clock, id)).Succeeded);
        Assert.True((await PayAdvanceAsync(database, clock, id)).Succeeded);
        Assert.Equal((Euros(2_000m), Euros(1_600m), Euros(0m), Euros(8_000m)), Four(await TotalsAsync(database, scheme)));

        clock.SetUtcNow(new DateTimeOffset(2028, 1, 10, 9, 0, 0, TimeSpan.Zero));
        var settled = await SettleAsync(database, clock, id, 1_000m, SettlementReason.ActivitiesNotCarriedOut, "Alleen de helft van de bakken is geplaatst.");

        Assert.True(settled.Succeeded, settled.ToString());
        Assert.Equal((Euros(0m), Euros(600m)), settled.Value!.Balance());
        var afterSettlement = await TotalsAsync(database, scheme);
        Assert.Equal((Euros(2_000m), Euros(1_600m), Euros(0m), Euros(8_000m)), Four(afterSettlement));
        Assert.Equal((Euros(1_000m), Euros(600m), Euros(0m)), (afterSettlement.Settled, afterSettlement.ToReclaim, afterSettlement.ToPay));

        var reclaimed = await RecordBalanceAsync(database, clock, id);
        var again = await RecordBalanceAsync(database, clock, id);

        Assert.True(reclaimed.Succeeded, reclaimed.ToString());
        var payment = reclaimed.Value!.Payments.Single(p => p.Kind == PaymentKind.Reclaim);
        Assert.Equal((Euros(-600m), new DateOnly(2028, 1, 10)), (payment.Amount, payment.On));
        Assert.Equal("subsidy.payment.nothing_due", Code(again));
        var end = await TotalsAsync(database, scheme);
        Assert.Equal((Euros(2_000m), Euros(1_000m), Euros(600m), Euros(8_000m)), Four(end));
        Assert.Equal((Euros(1_000m), Euros(0m)), (end.Settled, end.ToReclaim));
        Assert.Equal(2, (await LoadAsync(database, id)).Payments.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Remainder_SettledAsGranted_PaysTheRest_ThenSquare_AndSquareAtOnceHasNothingToRecord(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var scheme = await OpenSchemeAsync(database);
        var clock = Clock();
        var full = await FileAsync(database, scheme, 1_000m);
        var exact = await FileAsync(database, scheme, 1_000m);
        foreach (var id in new[] { full, exact })
        {
            Assert.True((await GrantAsync(database, clock, id)).Succeeded);
            Assert.True((await PayAdvanceAsync(database, clock, id)).Succeeded);
        }

        Assert.True((await SettleAsync(database, clock, full, 1_000m, SettlementReason.AsGranted, null)).Succeeded);
        Assert.True((await SettleAsync(database, clock, exact, 800m, SettlementReason.LowerActualCosts, "De kosten vielen lager uit.")).Succeeded);
        Assert.Equal(Euros(200m), (await TotalsAsync(database, scheme)).ToPay);

        var square = await RecordBalanceAsync(database, clock, exact);
        var rest = await RecordBalanceAsync(database, clock, full);

        Assert.Equal(("subsidy.payment.nothing_due", ProblemKind.Conflict), (Code(square), square.Problems[0].Kind));
        Assert.True(rest.Succeeded, rest.ToString());
        Assert.Equal(Euros(200m), rest.Value!.Payments.Single(p => p.Kind == PaymentKind.Remainder).Amount);
        var totals = await TotalsAsync(database, scheme);
        Assert.Equal((Euros(2_000m), Euros(1_800m), Euros(1_800m), Euros(0m), Euros(0m)), (totals.Granted, totals.Settled, totals.Paid, totals.Reclaimed, totals.ToPay));
        Assert.Equal("subsidy.payment.nothing_due", Code(await RecordBalanceAsync(database, clock, full)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Report_OnlyAfterTheGrant_Once_NotAfterSettlement_AndALinkReachesOnlyItsOwnApplication(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var scheme = await OpenSchemeAsync(database);
        var clock = Clock();
        var (id, token) = await FileWithLinkAsync(database, scheme, 1_000m);
        var (other, otherToken) = await FileWithLinkAsync(database, scheme, 1_000m, "ander@example.nl");

        var beforeGrant = await ReportAsync(database, clock, token, "Gedaan.", 900m);
        Assert.Equal(("subsidy.report.not_granted", ProblemKind.Conflict), (Code(beforeGrant), beforeGrant.Problems[0].Kind));
        Assert.True((await GrantAsync(database, clock, id)).Succeeded);
        Assert.True((await GrantAsync(database, clock, other)).Succeeded);

        var empty = await ReportAsync(database, clock, token, " ", 900m);
        var sent = await ReportAsync(database, clock, token, "Twaalf bakken geplaatst; dertig kinderen deden mee.", 950.50m);
        var twice = await ReportAsync(database, clock, token, "Nog eens.", 1_000m);
        var unknown = await ReportAsync(database, clock, "wps_" + new string('A', 43), "Gedaan.", 900m);

        Assert.Equal(("subsidy.report.text.required", "reportText"), (Code(empty), empty.Problems[0].Field));
        Assert.True(sent.Succeeded, sent.ToString());
        Assert.Equal("subsidy.report.already_submitted", Code(twice));
        Assert.Equal(ProblemKind.NotFound, Assert.Single(unknown.Problems).Kind);
        var stored = await LoadAsync(database, id);
        Assert.Equal(("Twaalf bakken geplaatst; dertig kinderen deden mee.", (long?)95_050, Now), (stored.ReportText, stored.ActualCostsCents, stored.ReportSubmittedAt));
        Assert.Null((await LoadAsync(database, other)).ReportSubmittedAt);

        Assert.True((await SettleAsync(database, clock, other, 1_000m, SettlementReason.AsGranted, null)).Succeeded);
        var afterSettlement = await ReportAsync(database, clock, otherToken, "Te laat.", 1_000m);
        Assert.Equal("subsidy.report.not_granted", Code(afterSettlement));
        Assert.Null((await LoadAsync(database, other)).ReportText);
    }

    private static (Domain.Common.Money Granted, Domain.Common.Money Paid, Domain.Common.Money Reclaimed, Domain.Common.Money Remaining) Four(Wijkpeil.App.Modules.Subsidies.Schemes.SchemeTotals totals) =>
        (totals.Granted, totals.Paid, totals.Reclaimed, totals.Remaining);

    private static async Task<List<(int, string?)>> AllCriteriaAsync(TestDatabase database, int scheme)
    {
        await using var scope = database.CreateScope();
        var loaded = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<SubsidyScheme>().Include(s => s.Criteria).SingleAsync(s => s.Id == scheme, Ct);
        return [.. loaded.Criteria.Select(c => (c.Id, (string?)"Voldoet niet."))];
    }

    private static async Task<int> AuditCountAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<AuditEntry>().CountAsync(e => e.EntityType == AuditEntityTypes.SubsidyApplication, Ct);
    }
}
