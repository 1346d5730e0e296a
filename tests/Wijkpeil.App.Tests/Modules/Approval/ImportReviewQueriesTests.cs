using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Measurements.Approval;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Modules.Approval;

/// <summary>The review of a batch on hand-made figures: counts, changes against the previous values, outliers.</summary>
public sealed class ImportReviewQueriesTests
{
    private const string Inhabitants = ApiTestData.Inhabitants;

    private static readonly string[] Buurten = ["BU03440301", "BU03440302", "BU03440303", "BU03440304", "BU03440305", "BU03440306"];

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Review_BatchThatChangedValues_ListsChangesLargestFirstAndFlagsTheOutlier(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        await ApiTestData.ImportAsync(database, publish: true, "kwb-2022.csv", null, [.. Buurten.Select(b => Row(b, 100))]);
        // The second file keeps the first buurt at 100 (unchanged) and changes the other five; 500 is far from its peers.
        await ApiTestData.ImportAsync(database, publish: false, "kwb-2022-correctie.csv", null,
            Row(Buurten[0], 100), Row(Buurten[1], 102), Row(Buurten[2], 98), Row(Buurten[3], 101), Row(Buurten[4], 99), Row(Buurten[5], 500));
        await using var scope = database.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<ImportReviewQueries>();
        var history = await queries.ListAsync(TestContext.Current.CancellationToken);

        var review = await queries.ReviewAsync(history[0].Id, TestContext.Current.CancellationToken);

        Assert.NotNull(review);
        Assert.Equal(["kwb-2022-correctie.csv", "kwb-2022.csv"], history.Select(b => b.FileName));
        // The draft's five new values wait; all six published values stay public until it is published.
        Assert.Equal([5, 6], history.Select(b => b.CurrentFigures));
        Assert.Equal(ImportBatchStatus.Draft, review.Batch.Status);
        var count = Assert.Single(review.PerIndicator);
        Assert.Equal((Inhabitants, "2022", 5, 5), (count.IndicatorCode, count.Period, count.Figures, count.Replaced));

        Assert.Equal(5, review.ChangesTotal);
        Assert.Equal((Buurten[5], 100.0, 500.0, 400.0), (review.Changes[0].Figure.AreaCode, review.Changes[0].OldValue, review.Changes[0].NewValue, review.Changes[0].Difference));
        Assert.All(review.Changes.Skip(1), c => Assert.InRange(Math.Abs(c.Difference), 1, 2));
        Assert.DoesNotContain(review.Changes, c => c.Figure.AreaCode == Buurten[0]);

        // Peers: 102, 98, 101, 99, 500 -> median 101, distances 1,3,0,2,399 -> MAD 2; z(500) = 0.6745 * 399 / 2.
        // One flagged figure, with both rules that flag it.
        Assert.Equal(1, review.OutliersTotal);
        var outlier = Assert.Single(review.Outliers);
        Assert.Equal((Buurten[5], 500.0, $"{Buurten[5]}/{Inhabitants}/2022/totaal"), (outlier.Figure.AreaCode, outlier.Value, outlier.Figure.Id));
        var unusual = Assert.Single(outlier.Findings, o => o.Reason == OutlierReason.UnusualAmongPeers);
        Assert.Equal(101.0, unusual.Reference);
        Assert.Equal(0.6745 * 399 / 2, unusual.Score, 6);
        var large = Assert.Single(outlier.Findings, o => o.Reason == OutlierReason.LargeChange);
        Assert.Equal((100.0, 400.0), (large.Reference, large.Score));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Review_ValueReplacedAgainByALaterBatch_StillShowsWhatThisBatchWrote(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        await ApiTestData.ImportAsync(database, publish: true, "a.csv", null, Row(Buurten[0], 100));
        await ApiTestData.ImportAsync(database, publish: true, "b.csv", null, Row(Buurten[0], 120));
        await ApiTestData.ImportAsync(database, publish: true, "c.csv", null, Row(Buurten[0], 130));
        await using var scope = database.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<ImportReviewQueries>();
        var b = (await queries.ListAsync(TestContext.Current.CancellationToken)).Single(x => x.FileName == "b.csv");

        var review = await queries.ReviewAsync(b.Id, TestContext.Current.CancellationToken);

        var change = Assert.Single(review!.Changes);
        Assert.Equal((100.0, 120.0), (change.OldValue, change.NewValue));
        Assert.Equal(0, review.Batch.CurrentFigures);
        Assert.Empty(review.PerIndicator);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Review_UnknownBatch_ReturnsNull(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.CreateScope();

        var review = await scope.ServiceProvider.GetRequiredService<ImportReviewQueries>().ReviewAsync(999, TestContext.Current.CancellationToken);

        Assert.Null(review);
    }

    private static (string, string, string, string, double, double?, double?, int?) Row(string area, double value) =>
        (area, Inhabitants, "2022", "totaal", value, null, null, null);

    private static async Task SeedAsync(TestDatabase database)
    {
        await ApiTestData.SeedRegisterAsync(database);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        foreach (var code in Buurten.Skip(2))
        {
            db.Areas.Add(new Area(AreaCode.From(code), "Buurt " + code[^2..], AreaCode.From("WK034403"), [2024]));
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
