using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Measurements.Approval;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Modules.Approval;

/// <summary>
/// Issue 11, points 6 and 7: withdrawing a batch brings back the value published before it (never silently
/// nothing); the review flags the implausible against the area's own history, the spread of all areas' changes and
/// the valid range, and publishing asks each flagged figure to be confirmed or a note.
/// </summary>
public sealed class HonestReviewTests
{
    private const string Health = ApiTestData.Health;
    private const string Overweight = OverweightCase.Indicator;
    private const string Overvecht = OverweightCase.Overvecht;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Withdraw_CorrectionB_MakesAsValuesPublicAgainAndRemovesOnlyWhatBPublishedFirst(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await PublishAsync(database, "a.csv", (Overvecht, 50), ("BU03440301", 60));
        var b = await PublishAsync(database, "b.csv", (Overvecht, 52), ("BU03440302", 70));

        var done = await WithdrawAsync(database, b);

        Assert.Equal((2, 1, 1), (done.Figures, done.Restored, done.Removed));
        Assert.Equal([(Overvecht, 50.0, "a.csv"), ("BU03440301", 60.0, "a.csv")], await PublicAsync(database));
        Assert.Equal(0, await RevisionCountAsync(database));
        var batch = await SummaryAsync(database, b);
        Assert.Equal((ImportBatchStatus.Withdrawn, 1, 1), (batch.Status, batch.RestoredOnWithdrawal, batch.RemovedOnWithdrawal));
        var audit = await LastFigureAuditAsync(database, b);
        Assert.Contains("1 weer met de eerder gepubliceerde waarde, 1 niet meer openbaar", audit.Summary, StringComparison.Ordinal);
        Assert.Contains("\"Restored\":1,\"Removed\":1", audit.After, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Withdraw_FirstPublicationA_RemovesItsFiguresAndNoOthers(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var a = await PublishAsync(database, "a.csv", (Overvecht, 50));
        await PublishAsync(database, "other.csv", ("BU03440301", 60));

        var done = await WithdrawAsync(database, a);

        Assert.Equal((1, 0, 1), (done.Figures, done.Restored, done.Removed));
        Assert.Equal([("BU03440301", 60.0, "other.csv")], await PublicAsync(database));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Withdraw_CorrectionsBThenC_WithdrawingCBringsBackBAndThenWithdrawingBBringsBackA(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await PublishAsync(database, "a.csv", (Overvecht, 50));
        var b = await PublishAsync(database, "b.csv", (Overvecht, 52));
        var c = await PublishAsync(database, "c.csv", (Overvecht, 54));

        await WithdrawAsync(database, c);
        var afterC = await PublicAsync(database);
        var done = await WithdrawAsync(database, b);

        Assert.Equal([(Overvecht, 52.0, "b.csv")], afterC);
        Assert.Equal((1, 1, 0), (done.Figures, done.Restored, done.Removed));
        Assert.Equal([(Overvecht, 50.0, "a.csv")], await PublicAsync(database));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Withdraw_CAfterTheCorrectionBBetweenWasWithdrawn_BringsBackANotNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await PublishAsync(database, "a.csv", (Overvecht, 50));
        var b = await PublishAsync(database, "b.csv", (Overvecht, 52));
        var c = await PublishAsync(database, "c.csv", (Overvecht, 54));

        var withdrawB = await WithdrawAsync(database, b); // B holds no figure now: C replaced it
        var afterB = await PublicAsync(database);
        var done = await WithdrawAsync(database, c);

        Assert.Equal((0, 0, 0), (withdrawB.Figures, withdrawB.Restored, withdrawB.Removed));
        Assert.Equal([(Overvecht, 54.0, "c.csv")], afterB);
        Assert.Equal((1, 1, 0), (done.Figures, done.Restored, done.Removed));
        Assert.Equal([(Overvecht, 50.0, "a.csv")], await PublicAsync(database));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Draft_CorrectionOfAPublishedFigure_LeavesThePublishedFigurePublic(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await PublishAsync(database, "a.csv", (Overvecht, 50));

        await ApiTestData.ImportAsync(database, publish: false, "b.csv", null, (Overvecht, Health, "2022", "totaal", 52, null, null, null));

        Assert.Equal([(Overvecht, 50.0, "a.csv")], await PublicAsync(database));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Review_Overgewicht51To95ForOneWijk_IsFlaggedAgainstItsHistoryAndTheOtherWijken(DatabaseProvider provider)
    {
        await using var database = await WithOverweightAsync(provider);
        var draft = await DraftOverweightAsync(database, 95);

        var review = (await ReviewAsync(database, draft))!;

        var outlier = Assert.Single(review.Outliers);
        Assert.Equal((Overvecht, 95.0, $"{Overvecht}/{Overweight}/2022/totaal"), (outlier.Figure.AreaCode, outlier.Value, outlier.Figure.Id));
        var history = Assert.Single(outlier.Findings, f => f.Reason == OutlierReason.LargeChangeSincePrevious);
        Assert.Equal((51.0, 44.0, "2020"), (history.Reference, history.Score, history.ReferencePeriod));
        var spread = Assert.Single(outlier.Findings, f => f.Reason == OutlierReason.UnusualChangeAmongAreas);
        Assert.True(spread.Score > OutlierRules.ModifiedZThreshold, spread.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Review_Overgewicht51To52ForOneWijk_FlagsNothing(DatabaseProvider provider)
    {
        await using var database = await WithOverweightAsync(provider);
        var draft = await DraftOverweightAsync(database, 52);

        var review = (await ReviewAsync(database, draft))!;

        Assert.Equal(0, review.OutliersTotal);
    }

    [Fact]
    public void IsInValidRange_PercentageAbove100OrNegativeCount_IsOutOfRange()
    {
        Assert.False(OutlierRules.IsInValidRange(IndicatorKind.Percentage, 101, "%"));
        Assert.False(OutlierRules.IsInValidRange(IndicatorKind.Count, -1, "aantal"));
        Assert.True(OutlierRules.IsInValidRange(IndicatorKind.Percentage, 95, "%"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_FlaggedFigure_IsRefusedUntilConfirmedOrPublishedWithANote(DatabaseProvider provider)
    {
        await using var database = await WithOverweightAsync(provider);
        var first = await DraftOverweightAsync(database, 95);
        var figure = $"{Overvecht}/{Overweight}/2022/totaal";

        var refused = await PublishAsync(database, first, new PublishDecision(["WK034401/overgewicht/2022/totaal"]));
        var stillPublic = await OverweightIn2022Async(database);
        var confirmed = await PublishAsync(database, first, new PublishDecision([figure]));
        var afterConfirmed = await OverweightIn2022Async(database);
        var confirmedAudit = await LastFigureAuditAsync(database, first);

        Assert.Equal(ProblemKind.Invalid, refused.Kind);
        Assert.Equal(("confirmed", "import_batch.outliers.unconfirmed"), (refused.Problems[0].Field, refused.Problems[0].Code));
        Assert.Equal(figure, Assert.Single(refused.Problems.Skip(1)).Arguments[0]);
        Assert.Null(stillPublic);
        Assert.True(confirmed.Succeeded);
        Assert.Equal(95.0, afterConfirmed);
        Assert.Contains("1 opvallende cijfers één voor één bevestigd", confirmedAudit.Summary, StringComparison.Ordinal);
        Assert.Contains($"\"Confirmed\":[\"{figure}\"]", confirmedAudit.After, StringComparison.Ordinal);

        // The same draft again, now published with a written note instead.
        await WithdrawAsync(database, first);
        const string note = "Nagevraagd bij de GGD: het cijfer van Overvecht klopt.";
        var withNote = await PublishAsync(database, first, new PublishDecision([], note));
        Assert.True(withNote.Succeeded);
        Assert.Equal(note, (await SummaryAsync(database, first)).PublicationNote);
        var noteAudit = await LastFigureAuditAsync(database, first);
        Assert.Contains("1 van 1 opvallende cijfers niet bevestigd, gepubliceerd met toelichting", noteAudit.Summary, StringComparison.Ordinal);
        Assert.Contains(note, noteAudit.After, StringComparison.Ordinal);
    }

    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await ApiTestData.SeedRegisterAsync(database);
        return database;
    }

    private static Task<TestDatabase> WithOverweightAsync(DatabaseProvider provider) => OverweightCase.CreateAsync(provider);

    private static async Task<int> DraftOverweightAsync(TestDatabase database, double value)
    {
        await ApiTestData.ImportAsync(database, publish: false, "overvecht-2022.csv", null, (Overvecht, Overweight, "2022", "totaal", value, null, null, null));
        return await BatchIdAsync(database, "overvecht-2022.csv");
    }

    /// <summary>Imports Health 2022 (total) figures, published at once, and returns the batch id.</summary>
    private static async Task<int> PublishAsync(TestDatabase database, string fileName, params (string Area, double Value)[] figures)
    {
        await ApiTestData.ImportAsync(database, publish: true, fileName, null, [.. figures.Select(f => (f.Area, Health, "2022", "totaal", f.Value, (double?)null, (double?)null, (int?)null))]);
        return await BatchIdAsync(database, fileName);
    }

    private static async Task<Outcome<ReviewDone>> PublishAsync(TestDatabase database, int batchId, PublishDecision decision)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ImportReview>().PublishAsOperatorAsync(batchId, decision, Ct);
    }

    private static async Task<ReviewDone> WithdrawAsync(TestDatabase database, int batchId)
    {
        await using var scope = database.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ImportReview>().WithdrawAsOperatorAsync(batchId, "Test van intrekken.", Ct);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(p => p.Code)));
        return outcome.Value;
    }

    private static async Task<ImportBatchReview?> ReviewAsync(TestDatabase database, int batchId)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ImportReviewQueries>().ReviewAsync(batchId, Ct);
    }

    private static async Task<ImportBatchSummary> SummaryAsync(TestDatabase database, int batchId)
    {
        await using var scope = database.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<ImportReviewQueries>().GetAsync(batchId, Ct))!;
    }

    private static async Task<int> BatchIdAsync(TestDatabase database, string fileName)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().ImportBatches.Where(b => b.FileName == fileName).MaxAsync(b => b.Id, Ct);
    }

    /// <summary>The public Health 2022 figures: area, value and the file of the batch they come from, by area code.</summary>
    private static async Task<List<(string Area, double Value, string File)>> PublicAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var rows = await (
            from o in db.Observations
            join a in db.Areas on o.AreaId equals a.Id
            join i in db.Indicators on o.IndicatorId equals i.Id
            join b in db.ImportBatches on o.ImportBatchId equals b.Id
            where i.Code == Health
            select new { a.Code, o.Value, b.FileName }).ToListAsync(Ct);
        return [.. rows.Select(r => (Area: r.Code.Value, r.Value, File: r.FileName)).OrderBy(r => r.Value)];
    }

    private static Task<double?> OverweightIn2022Async(TestDatabase database) => OverweightCase.In2022Async(database, Overvecht);

    private static async Task<int> RevisionCountAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().ObservationRevisions.CountAsync(Ct);
    }

    private static async Task<AuditEntry> LastFigureAuditAsync(TestDatabase database, int batchId)
    {
        await using var scope = database.CreateScope();
        var key = batchId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AuditEntityTypes.ObservationStatus && a.EntityId == key)
            .OrderByDescending(a => a.Id)
            .FirstAsync(Ct);
    }
}
