using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Import;

/// <summary>The storage pipeline on its own: hand-made datasets, as a parser would hand them over.</summary>
public sealed class ObservationImporterTests
{
    private const string File = "gezondheid.xlsx";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoreAsync_ChangedValue_KeepsTheOldValueAsRevision(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var first = await StoreAsync(database, Dataset(Value("WK034403", 50.2, row: 2)));

        var second = await StoreAsync(database, Dataset(Value("WK034403", 55.0, row: 2), Value("GM0344", 48.0, row: 3)));

        Assert.True(second.Succeeded, second.Message);
        Assert.Equal((1, 1, 0), (second.Added, second.Changed, second.Unchanged));
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var overvecht = await AreaIdAsync(db, "WK034403");
        var stored = await db.Observations.SingleAsync(o => o.AreaId == overvecht, TestContext.Current.CancellationToken);
        Assert.Equal(55.0, stored.Value);
        Assert.Equal(second.BatchId, stored.ImportBatchId);
        var revision = await db.ObservationRevisions.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            (stored.IndicatorId, stored.AreaId, stored.PeriodId, stored.BreakdownId),
            (revision.IndicatorId, revision.AreaId, revision.PeriodId, revision.BreakdownId));
        Assert.Equal(50.2, revision.Value);
        Assert.Equal(first.BatchId, revision.ImportBatchId);
        Assert.Equal(second.BatchId, revision.ReplacedByImportBatchId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoreAsync_SameDataAgain_ChangesNothingAndSaysSo(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await StoreAsync(database, Dataset(Value("WK034403", 50.2, row: 2), Value("GM0344", 48.0, row: 3)));
        var before = await SnapshotAsync(database);

        var again = await StoreAsync(database, Dataset(Value("WK034403", 50.2, row: 2), Value("GM0344", 48.0, row: 3)));

        Assert.True(again.Succeeded);
        Assert.True(again.NothingChanged);
        Assert.Equal(2, again.Unchanged);
        Assert.Null(again.BatchId);
        Assert.Equal($"Niets gewijzigd: alle 2 waarden uit {File} stonden al zo in de database.", again.Message);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoreAsync_DuplicateKey_NamesBothRowsAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var before = await SnapshotAsync(database);

        var outcome = await StoreAsync(database, Dataset(Value("WK034403", 50.2, row: 2), Value("GM0344", 48.0, row: 3), Value("WK034403", 51.0, row: 7)));

        Assert.False(outcome.Succeeded);
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal((File, 7, "Overgewicht_9 (L)"), (issue.File, issue.Row, issue.Column));
        Assert.Equal("dubbele rij: WK034403 / Overgewicht / 2020 / 18+ staat ook in rij 2.", issue.Expected);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoreAsync_PercentageAbove100_NamesRowColumnAndValueAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var before = await SnapshotAsync(database);

        // A new period and breakdown in a refused file are not written: every value is checked before anything is stored.
        var outcome = await StoreAsync(database, Dataset(Value("WK034403", 50.2, row: 2, period: "2024", breakdown: "65+"), Value("GM0344", 140, row: 3, period: "2024", breakdown: "65+")));

        Assert.False(outcome.Succeeded);
        Assert.Equal(
            "gezondheid.xlsx, rij 3, kolom Overgewicht_9 (L): waarde '140': 140 is geen geldig percentage (verwacht een waarde van 0 tot en met 100). (indicator Overgewicht, gebied GM0344)",
            Assert.Single(outcome.Issues).ToString());
        Assert.StartsWith("Import afgebroken, er is niets opgeslagen.", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoreAsync_UnknownAreaCodesWithoutNames_ListsThemAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var before = await SnapshotAsync(database);
        var dataset = Dataset(Value("WK034403", 50.2, row: 2), Value("BU03440399", 40.0, row: 4), Value("WK999999", 41.0, row: 5));
        dataset.Observations.Add(new ParsedObservation("WK034403", "NieuweMaat", "2020", "18+", 12.0, null, null, null, 2, "NieuweMaat_40 (AN)"));

        var outcome = await StoreAsync(database, dataset);

        Assert.False(outcome.Succeeded);
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal(4, issue.Row);
        Assert.Equal(
            "2 onbekende gebiedscode(s) die niet in het gebiedenregister staan en waarvoor het bestand geen naam geeft: BU03440399, WK999999. Lees eerst de CBS-gebiedenlijst in (wijkpeil import regions).",
            issue.Expected);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoreAsync_PublishFlag_StoresPublishedElseDraft(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var draft = await StoreAsync(database, Dataset(Value("WK034403", 50.2, row: 2)), new ImportOptions());
        var published = await StoreAsync(database, Dataset(Value("GM0344", 48.0, row: 3)), new ImportOptions(Publish: true));

        Assert.Contains("ingelezen als concept", draft.Message, StringComparison.Ordinal);
        Assert.Contains("ingelezen als gepubliceerd", published.Message, StringComparison.Ordinal);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var statuses = await db.Observations.ToDictionaryAsync(o => o.ImportBatchId, o => o.Status, TestContext.Current.CancellationToken);
        Assert.Equal(ObservationStatus.Published, Assert.Single(statuses, s => s.Key == published.BatchId).Value);

        // A draft's value waits beside the published figures, by the codes of the file.
        Assert.DoesNotContain(draft.BatchId!.Value, statuses.Keys);
        var pending = await db.PendingObservations.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((draft.BatchId.Value, "WK034403", "Overgewicht", "2020", "18+", 50.2, 2), (pending.ImportBatchId, pending.AreaCode, pending.MeasureKey, pending.PeriodCode, pending.BreakdownCode, pending.Value, pending.Row));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoreAsync_StoredOrRefused_AuditsEachStoredBatchOnceWithItsStatus(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var draft = await StoreAsync(database, Dataset(Value("WK034403", 50.2, row: 2)), new ImportOptions());
        var published = await StoreAsync(database, Dataset(Value("GM0344", 48.0, row: 3)), new ImportOptions(Publish: true));
        var refused = await StoreAsync(database, Dataset(Value("WK034403", 150.0, row: 4)), new ImportOptions());

        Assert.False(refused.Succeeded);
        await using var scope = database.CreateScope();
        var entries = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == AuditEntityTypes.ImportBatch)
            .OrderBy(e => e.Id)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            [draft.BatchId!.Value.ToString(CultureInfo.InvariantCulture), published.BatchId!.Value.ToString(CultureInfo.InvariantCulture)],
            entries.Select(e => e.EntityId));
        Assert.All(entries, e => Assert.Equal((AuditAction.Created, File, "systeem"), (e.Action, e.Summary, e.ActorName)));
        Assert.Contains("\"Status\":\"Draft\"", entries[0].After, StringComparison.Ordinal);
        Assert.Contains("\"Status\":\"Published\"", entries[1].After, StringComparison.Ordinal);
        Assert.Contains("\"Added\":1", entries[1].After, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoreAsync_OneYearInTwoSpellings_StoresOnePeriod(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var outcome = await StoreAsync(database, Dataset(Value("WK034403", 50.2, row: 2, period: "2020JJ00"), Value("GM0344", 48.0, row: 3, period: "2020")));

        Assert.True(outcome.Succeeded, outcome.Message);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var periods = await db.Periods.Select(p => p.Code).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["2020"], periods);
        Assert.Equal(2, await db.Observations.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoreAsync_GenericFormatIndicatorCode_WinsOverAnotherIndicatorsSourceMapping(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using (var seed = database.CreateScope())
        {
            // An indicator whose code equals a measure key that another indicator maps from.
            var db = seed.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var other = Indicator.Create("BmiBoven25", "BMI boven 25", "BMI above 25", IndicatorKind.Percentage, Polarity.HigherIsWorse, "%").Value;
            other.MapSource("eigen-peiling", "Overgewicht");
            db.Indicators.Add(other);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var dataset = new ParsedDataset("observations", File) { MayCreateIndicators = false, IndicatorColumn = "indicator_code" };
        dataset.Observations.Add(Value("WK034403", 50.2, row: 2));

        var outcome = await StoreAsync(database, dataset);

        Assert.True(outcome.Succeeded, outcome.Message);
        await using var scope = database.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Observations
            .Join(scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Indicators, o => o.IndicatorId, i => i.Id, (o, i) => i.Code)
            .SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Overgewicht", stored);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoreAsync_ExistingAreaInTheFilesLayout_RecordsThatLayoutYearOnce(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var first = await StoreAsync(database, Dataset(Value("WK034403", 50.2, row: 2)));
        var again = await StoreAsync(database, Dataset(Value("WK034403", 50.2, row: 2)));

        Assert.Contains("bij 1 bestaande gebieden de gebiedsindeling 2020 vastgelegd", first.Message, StringComparison.Ordinal);
        Assert.True(again.NothingChanged, again.Message);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var overvecht = await db.Areas.SingleAsync(a => a.Code == AreaCode.From("WK034403"), TestContext.Current.CancellationToken);
        Assert.Equal([2020, 2024], overvecht.LayoutYears);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportFilesAsync_ThreeGoodFiles_StoresEachAsItsOwnImport(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var folder = new TempFolder();
        string[] files =
        [
            folder.Write("a.csv", GenericCsv(("WK034403", "2016", "50.2"), ("GM0344", "2016", "48.0"))),
            folder.Write("b.csv", GenericCsv(("WK034403", "2020", "51.0"))),
            folder.Write("c.csv", GenericCsv(("GM0344", "2020", "49.5"))),
        ];

        var outcomes = await ImportFilesAsync(database, files);

        Assert.Equal([(true, 2), (true, 1), (true, 1)], outcomes.Select(o => (o.Succeeded, o.Added)));
        Assert.Equal(3, outcomes.Select(o => o.BatchId).Distinct().Count());
        Assert.Contains("c.csv ingelezen als gepubliceerd: 1 nieuw", outcomes[2].Message, StringComparison.Ordinal);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(4, await db.Observations.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3, await db.ImportBatches.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportFilesAsync_SecondFileFails_KeepsTheFirstStoresNeitherTheSecondNorTheThird(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var folder = new TempFolder();
        string[] files =
        [
            folder.Write("a.csv", GenericCsv(("WK034403", "2016", "50.2"))),
            folder.Write("b.csv", GenericCsv(("WK034403", "2020", "51.0"), ("GM0344", "2020", "140"))),
            folder.Write("c.csv", GenericCsv(("GM0344", "2016", "49.5"))),
        ];

        var outcomes = await ImportFilesAsync(database, files);

        Assert.Equal(2, outcomes.Count);
        Assert.True(outcomes[0].Succeeded, outcomes[0].Message);
        Assert.False(outcomes[1].Succeeded);
        Assert.StartsWith("Import afgebroken, er is niets opgeslagen. b.csv, rij 3", outcomes[1].Message, StringComparison.Ordinal);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var stored = await db.Observations.Select(o => o.Value).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([50.2], stored);
        Assert.Equal(1, await db.ImportBatches.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportFilesAsync_FirstFileParsedBeforeTheDatabase_StoresTheFilesAsWithoutIt(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var folder = new TempFolder();
        string[] files =
        [
            folder.Write("a.csv", GenericCsv(("WK034403", "2016", "50.2"), ("GM0344", "2016", "48.0"))),
            folder.Write("b.csv", GenericCsv(("WK034403", "2020", "51.0"))),
        ];
        await using var scope = database.CreateScope();
        var parser = scope.ServiceProvider.GetServices<IDatasetParser>().Single(p => p.Format == "observations");
        var options = new ImportOptions(Publish: true);

        var firstFile = ObservationImporter.ParseFirstFile(parser, files, options, TestContext.Current.CancellationToken);
        var outcomes = await scope.ServiceProvider.GetRequiredService<ObservationImporter>()
            .ImportFilesAsync(parser, files, options, firstFile, TestContext.Current.CancellationToken);

        Assert.Equal([(true, 2), (true, 1)], outcomes.Select(o => (o.Succeeded, o.Added)));
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(3, await db.Observations.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ImportFilesAsync_FirstFileParseOfAnotherFile_IsRefusedBeforeAnythingIsStored()
    {
        await using var database = await SeededAsync(DatabaseProvider.Sqlite);
        using var folder = new TempFolder();
        var a = folder.Write("a.csv", GenericCsv(("WK034403", "2016", "50.2")));
        var b = folder.Write("b.csv", GenericCsv(("WK034403", "2020", "51.0")));
        await using var scope = database.CreateScope();
        var parser = scope.ServiceProvider.GetServices<IDatasetParser>().Single(p => p.Format == "observations");
        var options = new ImportOptions(Publish: true);
        var firstFile = ObservationImporter.ParseFirstFile(parser, [a], options, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ArgumentException>(() => scope.ServiceProvider.GetRequiredService<ObservationImporter>()
            .ImportFilesAsync(parser, [b], options, firstFile, TestContext.Current.CancellationToken));

        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(0, await db.Observations.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportFilesAsync_MissingFile_NamesItAndStopsThere(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var folder = new TempFolder();
        var good = folder.Write("a.csv", GenericCsv(("WK034403", "2016", "50.2")));

        var outcomes = await ImportFilesAsync(database, [Path.Combine(folder.Path, "weg.csv"), good]);

        var failure = Assert.Single(outcomes);
        Assert.False(failure.Succeeded);
        Assert.Contains("weg.csv", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoreAsync_AfterAnImport_TheSameContextStillEnforcesForeignKeys(DatabaseProvider provider)
    {
        // SQLite imports run with foreign-key checks off (the importer resolved every id itself); they must
        // be back on for everything else, on the same context and connection. The connection stays open
        // throughout, so it is the import that restores the checks, not a fresh open.
        await using var database = await SeededAsync(provider);
        await using var scope = database.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var imported = await importer.StoreAsync(Dataset(Value("WK034403", 50.2, row: 2)), "sha", new ImportOptions(Publish: true), TestContext.Current.CancellationToken);
        var refused = await importer.StoreAsync(Dataset(Value("GM0344", 140, row: 2)), "sha", new ImportOptions(Publish: true), TestContext.Current.CancellationToken);
        Assert.True(imported.Succeeded, imported.Message);
        Assert.False(refused.Succeeded);
        var stored = await db.Observations.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);

        db.Observations.Add(new Observation(stored.IndicatorId, areaId: 999_999, stored.PeriodId, stored.BreakdownId, stored.Measurement, ObservationStatus.Draft, stored.ImportBatchId));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>A register with the areas of the tests and the curated indicator Overgewicht (50090NED).</summary>
    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Areas.AddRange(
            new Area(AreaCode.From("NL00"), "Nederland", null, [2024]),
            new Area(AreaCode.From("GM0344"), "Utrecht", AreaCode.From("PV26"), [2024]),
            new Area(AreaCode.From("WK034403"), "Wijk 03 Overvecht", AreaCode.From("GM0344"), [2024]));
        var indicator = Indicator.Create("Overgewicht", "Overgewicht", "Overweight", IndicatorKind.Percentage, Polarity.HigherIsWorse, "%").Value;
        indicator.MapSource("50090NED", "Overgewicht");
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return database;
    }

    private static ParsedObservation Value(string area, double value, int row, string period = "2020", string breakdown = "18+") =>
        new(area, "Overgewicht", period, breakdown, value, null, null, null, row, "Overgewicht_9 (L)");

    private static ParsedDataset Dataset(params ParsedObservation[] observations)
    {
        var dataset = new ParsedDataset("statline", File) { SourceTable = "50090NED", LayoutYear = 2020 };
        dataset.Observations.AddRange(observations);
        return dataset;
    }

    private static async Task<ImportOutcome> StoreAsync(TestDatabase database, ParsedDataset dataset, ImportOptions? options = null)
    {
        await using var scope = database.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
        return await importer.StoreAsync(dataset, "sha", options ?? new ImportOptions(Publish: true), TestContext.Current.CancellationToken);
    }

    /// <summary>A file in the generic long format with Overgewicht values for 18+.</summary>
    private static string GenericCsv(params (string Area, string Period, string Value)[] values) =>
        "area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source\n"
        + string.Concat(values.Select(v => $"{v.Area},Overgewicht,{v.Period},18+,{v.Value},,,,GGD-monitor\n"));

    private static async Task<IReadOnlyList<ImportOutcome>> ImportFilesAsync(TestDatabase database, IReadOnlyList<string> files)
    {
        await using var scope = database.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
        var parser = scope.ServiceProvider.GetServices<IDatasetParser>().Single(p => p.Format == "observations");
        return await importer.ImportFilesAsync(parser, files, new ImportOptions(Publish: true), TestContext.Current.CancellationToken);
    }

    private static async Task<int> AreaIdAsync(WijkpeilDbContext db, string code)
    {
        var areaCode = AreaCode.From(code);
        return await db.Areas.Where(a => a.Code == areaCode).Select(a => a.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Everything an import can write, as counts and the stored values.</summary>
    private static async Task<string> SnapshotAsync(TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var observations = await db.Observations.OrderBy(o => o.IndicatorId).ThenBy(o => o.PeriodId).ThenBy(o => o.BreakdownId).ThenBy(o => o.AreaId).Select(o => new { o.AreaId, o.Value, o.Status, o.ImportBatchId }).ToListAsync(ct);
        var values = observations.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.AreaId}:{o.Value}:{o.Status}:{o.ImportBatchId}"));
        return string.Join(
            "|",
            await db.Areas.CountAsync(ct),
            await db.Indicators.CountAsync(ct),
            await db.IndicatorSourceMappings.CountAsync(ct),
            await db.Periods.CountAsync(ct),
            await db.Breakdowns.CountAsync(ct),
            await db.ImportBatches.CountAsync(ct),
            await db.ObservationRevisions.CountAsync(ct),
            await db.PendingObservations.CountAsync(ct),
            string.Join(",", values));
    }
}
