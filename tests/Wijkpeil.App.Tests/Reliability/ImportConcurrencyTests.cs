using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.ImportRegions;
using Wijkpeil.App.Modules.Measurements.Approval;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Reliability;

/// <summary>
/// Imports and reviews that meet in the database at the same moment, each from its own scope (its own
/// connection), as two operators, or the web host and the CLI, would: the outcome must be what running them one
/// after the other gives, whichever wins.
/// </summary>
public sealed class ImportConcurrencyTests
{
    private static readonly string Kwb = TestData.SharedData("cbs/kwb-2023-gemeente-utrecht.xlsx");
    private static readonly string Regions = TestData.SharedData("cbs/85984NED-WijkenEnBuurten-2024.csv");
    private static readonly string Nabijheid = TestData.SharedData("cbs/statline-export-nabijheid-voorzieningen-2023-gemeente-utrecht.csv");

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportFileAsync_SameFileTwiceAtOnce_StoresItOnce(DatabaseProvider provider)
    {
        await using var sequential = await TestDatabase.CreateAsync(provider);
        var once = await ImportAsync(sequential, "kwb", Kwb, publish: true);
        Assert.True(once.Succeeded, once.Message);
        var expected = await TableCounts.OfAsync(sequential);

        await using var database = await TestDatabase.CreateAsync(provider);
        var outcomes = await Task.WhenAll(
            Task.Run(() => ImportAsync(database, "kwb", Kwb, publish: true), TestContext.Current.CancellationToken),
            Task.Run(() => ImportAsync(database, "kwb", Kwb, publish: true), TestContext.Current.CancellationToken));

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Message));
        Assert.Single(outcomes, o => o.BatchId is not null);
        Assert.Single(outcomes, o => o.NothingChanged);
        Assert.Equal(expected, await TableCounts.OfAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportFileAsync_TwoFilesAtOnce_StoresBothAsOneAfterTheOtherWould(DatabaseProvider provider)
    {
        await using var sequential = await TestDatabase.CreateAsync(provider);
        Assert.True((await ImportAsync(sequential, "kwb", Kwb, publish: true)).Succeeded);
        Assert.True((await ImportAsync(sequential, "statline-csv", Nabijheid, publish: true)).Succeeded);
        var expected = await TableCounts.OfAsync(sequential);

        await using var database = await TestDatabase.CreateAsync(provider);
        var outcomes = await Task.WhenAll(
            Task.Run(() => ImportAsync(database, "kwb", Kwb, publish: true), TestContext.Current.CancellationToken),
            Task.Run(() => ImportAsync(database, "statline-csv", Nabijheid, publish: true), TestContext.Current.CancellationToken));

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Message));
        Assert.Equal(expected, await TableCounts.OfAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PublishAsOperatorAsync_TwoReviewersAtOnce_PublishesOnceAndRefusesTheOther(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var draft = await ImportAsync(database, "kwb", Kwb, publish: false);
        Assert.True(draft.Succeeded, draft.Message);
        var batch = draft.BatchId!.Value;

        var outcomes = await Task.WhenAll(
            Task.Run(() => PublishAsync(database, batch), TestContext.Current.CancellationToken),
            Task.Run(() => PublishAsync(database, batch), TestContext.Current.CancellationToken));

        Assert.Single(outcomes, o => o.Succeeded);
        var refused = Assert.Single(outcomes, o => !o.Succeeded);
        Assert.Equal(ProblemKind.Invalid, refused.Kind);
        Assert.Equal("import_batch.already_published", refused.Problems[0].Code);

        // The figures are public once, and the review is in the audit trail once.
        await using var scope = database.CreateScope();
        var review = await scope.ServiceProvider.GetRequiredService<ImportReviewQueries>().GetAsync(batch, TestContext.Current.CancellationToken);
        Assert.Equal(Domain.Observations.ImportBatchStatus.Published, review!.Status);
        var counts = await TableCounts.OfAsync(database);
        var draftCount = draft.Added + draft.Changed;
        Assert.Contains($"observations={draftCount};", counts, StringComparison.Ordinal);
        Assert.Contains("audit_entries=3;", counts, StringComparison.Ordinal); // the import, then the batch and its figures once
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RegionsAndFiguresAtOnce_BothAddingTheSameAreas_BothStoreAndEachAreaIsThereOnce(DatabaseProvider provider)
    {
        // The kwb file names Utrecht's wijken and buurten, which the region list adds as well: two writers of one area.
        await using var sequential = await TestDatabase.CreateAsync(provider);
        Assert.True((await ImportRegionsAsync(sequential)).Succeeded);
        Assert.True((await ImportAsync(sequential, "kwb", Kwb, publish: true)).Succeeded);
        var expected = await TableCounts.OfAsync(sequential);

        await using var database = await TestDatabase.CreateAsync(provider);
        var outcomes = await Task.WhenAll(
            Task.Run(() => ImportRegionsAsync(database), TestContext.Current.CancellationToken),
            Task.Run(() => ImportAsync(database, "kwb", Kwb, publish: true), TestContext.Current.CancellationToken));

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Message));
        Assert.Equal(expected, await TableCounts.OfAsync(database));
    }

    private static async Task<ImportOutcome> ImportRegionsAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RegionImporter>()
            .ImportAsync(Regions, null, new ImportOptions(ImportedBy: "test"), TestContext.Current.CancellationToken);
    }

    private static async Task<ImportOutcome> ImportAsync(TestDatabase database, string format, string path, bool publish)
    {
        await using var scope = database.CreateScope();
        var parser = scope.ServiceProvider.GetServices<IDatasetParser>().Single(p => p.Format == format);
        var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
        return await importer.ImportFileAsync(parser, path, new ImportOptions(Publish: publish, ImportedBy: "test"), TestContext.Current.CancellationToken);
    }

    private static async Task<Outcome<ReviewDone>> PublishAsync(TestDatabase database, int batch)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ImportReview>().PublishAsOperatorAsync(batch, new PublishDecision([], "Test: twee beoordelaars tegelijk."), TestContext.Current.CancellationToken);
    }
}
