using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Data;

/// <summary>
/// The PendingValues migration on a database made by the migrations before it, with data in it: draft figures
/// (which used to replace published ones in observations) move to pending values, and a published value a draft
/// had hidden is public again.
/// </summary>
public sealed class PendingValuesMigrationTests
{
    private const string PendingValuesMigration = "PendingValues";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrate_DraftsThatHidPublishedFigures_MovesThemToPendingAndRestoresThePublishedValues(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var migrator = db.GetService<IMigrator>();
            var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_" + PendingValuesMigration, StringComparison.Ordinal)).Last();
            await migrator.MigrateAsync(before, ct);
            await SeedOldDatabaseAsync(db, database.Provider, ct);
            await migrator.MigrateAsync(cancellationToken: ct);
        }

        await using var check = database.CreateScope();
        var migrated = check.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var figures = await migrated.Observations.AsNoTracking().OrderBy(o => o.AreaId).Select(o => new { o.AreaId, o.Value, o.Status, o.ImportBatchId }).ToListAsync(ct);
        var areas = await migrated.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code.Value, ct);
        Assert.Equal(
            [("GM0344", 50.0, 1), ("WK034403", 40.0, 1)], // the draft's 45 hid Overvecht's 40; 60 for Batau was never public
            figures.Select(f => (areas[f.AreaId], f.Value, f.ImportBatchId)));
        Assert.All(figures, f => Assert.Equal(ObservationStatus.Published, f.Status));
        Assert.Empty(await migrated.ObservationRevisions.ToListAsync(ct));

        var pending = await migrated.PendingObservations.AsNoTracking().OrderBy(p => p.ImportBatchId).ThenBy(p => p.Sequence).ToListAsync(ct);
        Assert.Equal(
            [(2, 0, "WK034403", "Overgewicht_9", "2020", "18+", 45.0), (2, 1, "WK035603", "Overgewicht_9", "2020", "18+", 60.0), (3, 0, "GM0356", "Overgewicht", "2020", "18+", 30.0)],
            pending.Select(p => (p.ImportBatchId, p.Sequence, p.AreaCode, p.MeasureKey, p.PeriodCode, p.BreakdownCode, p.Value)));
        var batches = await migrated.ImportBatches.AsNoTracking().OrderBy(b => b.Id).ToListAsync(ct);
        Assert.Equal([true, true, false], batches.Select(b => b.MayCreateIndicators));
        Assert.Equal([ImportBatchStatus.Published, ImportBatchStatus.Draft, ImportBatchStatus.Withdrawn], batches.Select(b => b.Status));
    }

    /// <summary>
    /// As the old importer left it: batch 1 published Utrecht 50 and Overvecht 40; draft batch 2 (StatLine) replaced
    /// Overvecht with 45 (the 40 kept as its revision) and added Batau 60; batch 3 (generic format) was published and
    /// then withdrawn, which made its Nieuwegein 30 a draft again.
    /// </summary>
    private static async Task SeedOldDatabaseAsync(WijkpeilDbContext db, DatabaseProvider provider, CancellationToken ct)
    {
        db.Areas.AddRange(
            new Area(AreaCode.From("GM0344"), "Utrecht", null, [2024]),
            new Area(AreaCode.From("WK034403"), "Overvecht", AreaCode.From("GM0344"), [2024]),
            new Area(AreaCode.From("WK035603"), "Batau Zuid", AreaCode.From("GM0356"), [2024]),
            new Area(AreaCode.From("GM0356"), "Nieuwegein", null, [2024]));
        var indicatorId = await OldSchema.AddIndicatorAsync(db, "Overgewicht", "HigherIsWorse", ("50090NED", "Overgewicht_9"), ct);
        db.Periods.Add(Period.ForYear(2020));
        db.Breakdowns.Add(new Breakdown("18+", "18+", "18+"));
        await db.SaveChangesAsync(ct);

        var at = provider == DatabaseProvider.Sqlite ? "0" : "TIMESTAMPTZ '2026-11-01 09:00:00+00'";
        var batches = $"""
            INSERT INTO import_batches ("Id", "Format", "FileName", "FileSha256", "SourceTable", "ImportedBy", "ImportedAt", "Added", "Changed", "Unchanged", "Status", "ReviewedBy", "ReviewedAt", "WithdrawalReason")
            VALUES (1, 'statline', 'a.xlsx', '', '50090NED', 'test', {at}, 2, 0, 0, 'Published', 'kp', {at}, NULL),
                   (2, 'statline', 'd.xlsx', '', '50090NED', 'test', {at}, 1, 1, 1, 'Draft', NULL, NULL, NULL),
                   (3, 'observations', 'w.csv', '', '50090NED', 'test', {at}, 1, 0, 0, 'Withdrawn', 'kp', {at}, 'fout')
            """;
        await db.Database.ExecuteSqlRawAsync(batches, ct);
        var ids = await db.Areas.ToDictionaryAsync(a => a.Code.Value, a => a.Id, ct);
        var (i, p, b) = (indicatorId, (await db.Periods.SingleAsync(ct)).Id, (await db.Breakdowns.SingleAsync(ct)).Id);
        Observation Figure(string area, double value, ObservationStatus status, int batch) =>
            new(i, ids[area], p, b, Measurement.FromStore(value, null, null, null), status, batch);
        db.Observations.AddRange(
            Figure("GM0344", 50, ObservationStatus.Published, 1),
            Figure("WK034403", 45, ObservationStatus.Draft, 2),
            Figure("WK035603", 60, ObservationStatus.Draft, 2),
            Figure("GM0356", 30, ObservationStatus.Draft, 3));
        db.ObservationRevisions.Add(new ObservationRevision(i, ids["WK034403"], p, b, Measurement.FromStore(40, null, null, null), ObservationStatus.Published, 1, 2, DateTimeOffset.UnixEpoch));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
