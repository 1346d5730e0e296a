using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Measurements.Approval;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Import;

/// <summary>Issue 9, defect 1 on real data: a draft of a whole StatLine table leaves every published figure public.</summary>
public sealed class DraftImportTests
{
    /// <summary>Enough of the 2020 18+ table (every measure of its first few thousand areas) to be a real file, small enough for two providers.</summary>
    private const int SliceSize = 60_000;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoreAsync_DraftOfARealTableWithEveryValueChanged_LeavesEveryPublishedFigurePublic(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var original = ParseSlice();
        var published = await StoreAsync(database, Copy(original, o => o.Value), publish: true);
        var before = await PublishedValuesAsync(database);

        // The issue's draft: every value of the file moved by a tenth (down where up would leave 0..100).
        var draft = await StoreAsync(database, Copy(original, o => o.Value <= 99.9 ? o.Value + 0.1 : o.Value - 0.1), publish: false);
        var after = await PublishedValuesAsync(database);

        Assert.True(published.Succeeded, published.Message);
        Assert.True(draft.Succeeded, draft.Message);
        Assert.Equal((0, original.Observations.Count, 0), (draft.Added, draft.Changed, draft.Unchanged));
        Assert.Equal(original.Observations.Count, before.Count);
        Assert.Equal(before, after);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(original.Observations.Count, await db.PendingObservations.CountAsync(p => p.ImportBatchId == draft.BatchId, ct));
        Assert.Equal(0, await db.Observations.CountAsync(o => o.Status != ObservationStatus.Published, ct));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PublishAsOperator_DraftOfARealTableWithEveryValueChanged_PublishesEveryValueAndKeepsTheOldOnes(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var original = ParseSlice();
        var published = await StoreAsync(database, Copy(original, o => o.Value), publish: true);
        var draft = await StoreAsync(database, Copy(original, o => o.Value <= 99.9 ? o.Value + 0.1 : o.Value - 0.1), publish: false);

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        Outcome<ReviewDone> outcome;
        await using (var scope = database.CreateScope())
        {
            outcome = await scope.ServiceProvider.GetRequiredService<ImportReview>().PublishAsOperatorAsync(draft.BatchId!.Value, new PublishDecision([], "Test: elke waarde gewijzigd."), ct);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{provider}: publishing {original.Observations.Count:N0} changed values took {stopwatch.ElapsedMilliseconds} ms");
        Assert.Equal(original.Observations.Count, outcome.Value.Figures);
        await using var check = database.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(original.Observations.Count, await db.Observations.CountAsync(o => o.ImportBatchId == draft.BatchId, ct));
        var replaced = await db.ObservationRevisions.AsNoTracking().Where(r => r.ReplacedByImportBatchId == draft.BatchId).ToListAsync(ct);
        Assert.Equal(original.Observations.Select(o => o.Value).Order(), replaced.Select(r => r.Value).Order());
        Assert.All(replaced, r => Assert.Equal((ObservationStatus.Published, published.BatchId), (r.Status, r.ImportBatchId)));
        Assert.Equal(0, await db.PendingObservations.CountAsync(ct));
        var overvecht = await db.Observations.AsNoTracking().Where(o => o.ImportBatchId == draft.BatchId).Select(o => o.Value).ToListAsync(ct);
        Assert.Equal(
            original.Observations.Select(o => o.Value <= 99.9 ? o.Value + 0.1 : o.Value - 0.1).Order(),
            overvecht.Order());
    }

    private static ParsedDataset ParseSlice()
    {
        using var stream = File.OpenRead(TestData.SharedData("rivm/50090NED-gezondheid-2020-18plus.xlsx"));
        var parsed = new StatLineParser().Parse(stream, "50090NED-gezondheid-2020-18plus.xlsx", new ImportOptions());
        var dataset = parsed.Dataset ?? throw new InvalidOperationException(string.Join("; ", parsed.Issues));
        dataset.Observations.RemoveRange(SliceSize, dataset.Observations.Count - SliceSize);
        return dataset;
    }

    /// <summary>The same file with other values, as a new upload of it would be parsed.</summary>
    private static ParsedDataset Copy(ParsedDataset source, Func<ParsedObservation, double> value)
    {
        var copy = new ParsedDataset(source.Format, source.FileName)
        {
            SourceTable = source.SourceTable,
            LayoutYear = source.LayoutYear,
            MayCreateIndicators = source.MayCreateIndicators,
        };
        foreach (var (code, area) in source.Areas)
        {
            copy.Areas[code] = area;
        }

        foreach (var (key, measure) in source.Measures)
        {
            copy.Measures[key] = measure;
        }

        copy.Observations.AddRange(source.Observations.Select(o => o with { Value = value(o) }));
        return copy;
    }

    private static async Task<ImportOutcome> StoreAsync(TestDatabase database, ParsedDataset dataset, bool publish)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ObservationImporter>()
            .StoreAsync(dataset, new string('0', 64), new ImportOptions(Publish: publish, ImportedBy: "test"), TestContext.Current.CancellationToken);
    }

    /// <summary>Every public figure as text, in key order: equal before and after means nothing public changed.</summary>
    private static async Task<List<string>> PublishedValuesAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var rows = await db.Observations.AsNoTracking()
            .Where(o => o.Status == ObservationStatus.Published)
            .OrderBy(o => o.IndicatorId).ThenBy(o => o.PeriodId).ThenBy(o => o.BreakdownId).ThenBy(o => o.AreaId)
            .Select(o => new { o.IndicatorId, o.PeriodId, o.BreakdownId, o.AreaId, o.Value, o.ImportBatchId })
            .ToListAsync(TestContext.Current.CancellationToken);
        return [.. rows.Select(o => FormattableString.Invariant($"{o.IndicatorId}/{o.PeriodId}/{o.BreakdownId}/{o.AreaId}={o.Value}@{o.ImportBatchId}"))];
    }
}
