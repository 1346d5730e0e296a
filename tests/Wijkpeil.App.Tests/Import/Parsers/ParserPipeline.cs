using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Import.Parsers;

/// <summary>What the database holds, to prove that a failed or repeated import changed nothing.</summary>
internal sealed record DatabaseCounts(int Areas, int Indicators, int SourceMappings, int Periods, int Breakdowns, int Observations, int Revisions, int Batches);

/// <summary>Runs a parser through the real <see cref="ObservationImporter"/> on a test database.</summary>
internal static class ParserPipeline
{
    /// <summary>
    /// Published unless a test says otherwise: a draft's values wait apart from the stored figures (issue 9), and
    /// these tests are about what a file stores.
    /// </summary>
    private static readonly ImportOptions Published = new(Publish: true);

    public static async Task<ImportOutcome> ImportFileAsync(TestDatabase database, IDatasetParser parser, string path, ImportOptions? options = null)
    {
        await using var scope = database.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
        return await importer.ImportFileAsync(parser, path, options ?? Published, TestContext.Current.CancellationToken);
    }

    public static Task<ImportOutcome> ImportTextAsync(TestDatabase database, IDatasetParser parser, string fileName, string content, ImportOptions? options = null) =>
        ImportBytesAsync(database, parser, fileName, Encoding.UTF8.GetBytes(content), options);

    public static async Task<ImportOutcome> ImportBytesAsync(TestDatabase database, IDatasetParser parser, string fileName, byte[] content, ImportOptions? options = null)
    {
        await using var scope = database.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
        using var stream = new MemoryStream(content);
        return await importer.ImportAsync(parser, stream, fileName, options ?? Published, TestContext.Current.CancellationToken);
    }

    /// <summary>Adds areas, indicators or anything else the test needs before importing.</summary>
    public static async Task SeedAsync(TestDatabase database, params object[] entities)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.AddRange(entities);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<DatabaseCounts> CountAsync(TestDatabase database)
    {
        var token = TestContext.Current.CancellationToken;
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        return new DatabaseCounts(
            await db.Areas.CountAsync(token),
            await db.Indicators.CountAsync(token),
            await db.IndicatorSourceMappings.CountAsync(token),
            await db.Periods.CountAsync(token),
            await db.Breakdowns.CountAsync(token),
            await db.Observations.CountAsync(token),
            await db.ObservationRevisions.CountAsync(token),
            await db.ImportBatches.CountAsync(token));
    }

    /// <summary>Stored values by (area code, indicator code, period code, breakdown code).</summary>
    public static async Task<Dictionary<(string Area, string Indicator, string Period, string Breakdown), StoredValue>> ValuesAsync(TestDatabase database)
    {
        var token = TestContext.Current.CancellationToken;
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code.Value, token);
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Code, token);
        var periods = await db.Periods.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, token);
        var breakdowns = await db.Breakdowns.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Code, token);
        var observations = await db.Observations.AsNoTracking().ToListAsync(token);
        return observations.ToDictionary(
            o => (areas[o.AreaId], indicators[o.IndicatorId], periods[o.PeriodId], breakdowns[o.BreakdownId]),
            o => new StoredValue(o.Value, o.Lower, o.Upper, o.SampleSize, o.ImportBatchId));
    }
}

internal sealed record StoredValue(double Value, double? Lower, double? Upper, int? SampleSize, int ImportBatchId);
