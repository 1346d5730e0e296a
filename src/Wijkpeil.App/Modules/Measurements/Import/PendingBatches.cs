using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Import;

/// <summary>
/// The pending values of a batch (draft, or withdrawn): read back as the file they came from, discarded, or put
/// back from the published figures when a batch is withdrawn.
/// </summary>
internal static class PendingBatches
{
    /// <summary>
    /// The batch's pending values as a parsed file, with the names of the areas and the measure titles it would add,
    /// so that publishing them goes through the importer like the file itself would.
    /// </summary>
    public static async Task<ParsedDataset> LoadDatasetAsync(WijkpeilDbContext db, ImportBatch batch, CancellationToken cancellationToken)
    {
        var dataset = new ParsedDataset(batch.Format, batch.FileName)
        {
            SourceTable = batch.SourceTable,
            LayoutYear = batch.LayoutYear,
            MayCreateIndicators = batch.MayCreateIndicators,
        };

        // One string per distinct code, as a parser hands them over: the importer looks codes up by reference first.
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Intern(string text)
        {
            if (!strings.TryGetValue(text, out var known))
            {
                strings.Add(text, text);
                known = text;
            }

            return known;
        }

        var values = db.PendingObservations.AsNoTracking()
            .Where(p => p.ImportBatchId == batch.Id)
            .OrderBy(p => p.Sequence)
            .Select(p => new { p.AreaCode, p.MeasureKey, p.PeriodCode, p.BreakdownCode, p.Value, p.Lower, p.Upper, p.SampleSize, p.Row })
            .AsAsyncEnumerable();
        await foreach (var p in values.WithCancellation(cancellationToken))
        {
            var key = Intern(p.MeasureKey);
            dataset.Observations.Add(new ParsedObservation(Intern(p.AreaCode), key, Intern(p.PeriodCode), Intern(p.BreakdownCode), p.Value, p.Lower, p.Upper, p.SampleSize, p.Row, key));
        }

        foreach (var area in await db.PendingAreas.AsNoTracking().Where(a => a.ImportBatchId == batch.Id).ToListAsync(cancellationToken))
        {
            dataset.Areas[area.Code] = new ParsedArea(area.Code, area.Name, area.LayoutYear);
        }

        foreach (var measure in await db.PendingMeasures.AsNoTracking().Where(m => m.ImportBatchId == batch.Id).ToListAsync(cancellationToken))
        {
            dataset.Measures[measure.MeasureKey] = new MeasureInfo(measure.MeasureKey, measure.Title, measure.Unit, null);
        }

        return dataset;
    }

    /// <summary>How many values wait in each batch that has any.</summary>
    public static Task<Dictionary<int, int>> CountsAsync(WijkpeilDbContext db, CancellationToken cancellationToken) =>
        db.PendingObservations.AsNoTracking()
            .GroupBy(p => p.ImportBatchId)
            .Select(g => new { BatchId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.BatchId, g => g.Count, cancellationToken);

    /// <summary>Removes a batch's pending values and what it would have added to the register; returns how many values went.</summary>
    public static async Task<int> DiscardAsync(WijkpeilDbContext db, int batchId, CancellationToken cancellationToken)
    {
        var values = await db.PendingObservations.Where(p => p.ImportBatchId == batchId).ExecuteDeleteAsync(cancellationToken);
        await db.PendingAreas.Where(a => a.ImportBatchId == batchId).ExecuteDeleteAsync(cancellationToken);
        await db.PendingMeasures.Where(m => m.ImportBatchId == batchId).ExecuteDeleteAsync(cancellationToken);
        return values;
    }

    /// <summary>
    /// Takes a published batch's current figures out of the public ones, inside the caller's transaction: each goes
    /// back to pending under the batch (so publishing it again works like publishing a draft), and each key gets back
    /// the value that was public before it: the newest value in its revision history whose batch is still published
    /// (a correction of a correction that was itself withdrawn falls back to the value before both). A key without
    /// such a value was first published by this batch and is no longer public at all.
    /// </summary>
    /// <returns>How many figures went back to pending, how many got their earlier value back, and how many left the public figures.</returns>
    public static async Task<WithdrawnFigures> ReturnToPendingAsync(WijkpeilDbContext db, ImportRegister registry, ImportBatch batch, CancellationToken cancellationToken)
    {
        var database = db.Database;
        var start = (await db.PendingObservations.Where(p => p.ImportBatchId == batch.Id).MaxAsync(p => (int?)p.Sequence, cancellationToken) ?? -1) + 1;
        var figures = await database.ExecuteSqlRawAsync(ToPending(db, registry, batch, start, out var parameters), parameters, cancellationToken);

        // 1. Per key of the batch, the history newer than the value to restore goes: values of withdrawn batches
        //    and of this one are no longer anybody's published value. A key with nothing to restore loses all of it.
        //    (The batch is still 'Published' in the table until the caller saves it, hence "<> {0}".)
        await database.ExecuteSqlRawAsync(
            """
            DELETE FROM observation_revisions
            WHERE EXISTS (SELECT 1 FROM observations o
                          WHERE o."ImportBatchId" = {0} AND o."IndicatorId" = observation_revisions."IndicatorId" AND o."PeriodId" = observation_revisions."PeriodId"
                            AND o."BreakdownId" = observation_revisions."BreakdownId" AND o."AreaId" = observation_revisions."AreaId")
              AND observation_revisions."Id" > COALESCE(
                  (SELECT MAX(r2."Id") FROM observation_revisions r2 JOIN import_batches b2 ON b2."Id" = r2."ImportBatchId"
                   WHERE b2."Status" = 'Published' AND r2."ImportBatchId" <> {0}
                     AND r2."IndicatorId" = observation_revisions."IndicatorId" AND r2."PeriodId" = observation_revisions."PeriodId"
                     AND r2."BreakdownId" = observation_revisions."BreakdownId" AND r2."AreaId" = observation_revisions."AreaId"), -1)
            """,
            [batch.Id],
            cancellationToken);

        // 2. What is left newest per key is the value to restore. It is marked with the batch's id negated (no batch
        //    has one; the column has no foreign key), so the next two commands find exactly these entries and not
        //    older ones this batch replaced on keys a later batch holds now, which stay in their history.
        await database.ExecuteSqlRawAsync(
            """
            UPDATE observation_revisions SET "ReplacedByImportBatchId" = -{0}
            WHERE "Id" IN (SELECT MAX(rv."Id") FROM observation_revisions rv
                           JOIN observations o ON o."IndicatorId" = rv."IndicatorId" AND o."PeriodId" = rv."PeriodId"
                                              AND o."BreakdownId" = rv."BreakdownId" AND o."AreaId" = rv."AreaId"
                           WHERE o."ImportBatchId" = {0}
                           GROUP BY rv."IndicatorId", rv."PeriodId", rv."BreakdownId", rv."AreaId")
            """,
            [batch.Id],
            cancellationToken);

        // 3. The restored values are public again under their own batch, and their entries leave the history.
        var restored = await database.ExecuteSqlRawAsync(
            """
            UPDATE observations AS o
            SET "Value" = r."Value", "Lower" = r."Lower", "Upper" = r."Upper", "SampleSize" = r."SampleSize", "Status" = 2, "ImportBatchId" = r."ImportBatchId"
            FROM (SELECT * FROM observation_revisions WHERE "ReplacedByImportBatchId" = -{0}) AS r
            WHERE o."ImportBatchId" = {0} AND o."IndicatorId" = r."IndicatorId" AND o."PeriodId" = r."PeriodId" AND o."BreakdownId" = r."BreakdownId" AND o."AreaId" = r."AreaId"
            """,
            [batch.Id],
            cancellationToken);
        await database.ExecuteSqlRawAsync("""DELETE FROM observation_revisions WHERE "ReplacedByImportBatchId" = -{0}""", [batch.Id], cancellationToken);

        // 4. The figures the batch published first leave the public figures (their history went in step 1).
        var removed = await database.ExecuteSqlRawAsync("""DELETE FROM observations WHERE "ImportBatchId" = {0}""", [batch.Id], cancellationToken);
        return new WithdrawnFigures(figures, restored, removed);
    }

    /// <summary>
    /// One <c>INSERT … SELECT</c> that writes the batch's figures as pending values by code, numbered from
    /// <paramref name="start"/>. The codes come from Areas' and Indicators' query contracts, which EF composes with
    /// the figures into the <c>SELECT</c>; only the numbering (a window function EF cannot express) and the insert
    /// are written here, over this module's own table and the <c>SELECT</c>'s columns.
    /// </summary>
    private static string ToPending(WijkpeilDbContext db, ImportRegister registry, ImportBatch batch, int start, out object[] parameters)
    {
        // The measure key a file of the batch's table would use, so that publishing again resolves each figure to
        // its indicator the way the original file did: the indicator's mapping for that table, else its code (the
        // generic format names indicator codes, and resolves codes first). EF decides `mappedTable == null` before
        // translating, so a batch without a mapped table gets no sub-query at all.
        var batchId = batch.Id;
        var mappedTable = batch.MayCreateIndicators ? batch.SourceTable : null;
        var keys = registry.Indicators.SourceKeys;
        var figures =
            from o in db.Observations
            where o.ImportBatchId == batchId
            join a in registry.Areas.Areas on o.AreaId equals a.Id
            join i in registry.Indicators.Indicators on o.IndicatorId equals i.Id
            join p in db.Periods on o.PeriodId equals p.Id
            join b in db.Breakdowns on o.BreakdownId equals b.Id
            select new
            {
                o.ImportBatchId,
                Start = start,
                o.IndicatorId,
                o.PeriodId,
                o.BreakdownId,
                o.AreaId,
                AreaCode = a.Code,
                MeasureKey = mappedTable == null
                    ? i.Code
                    : keys.Where(k => k.IndicatorId == o.IndicatorId && k.SourceTable == mappedTable).Min(k => k.MeasureKey) ?? i.Code,
                PeriodCode = p.Code,
                BreakdownCode = b.Code,
                o.Value,
                o.Lower,
                o.Upper,
                o.SampleSize,
            };
        using var select = figures.CreateDbCommand();
        parameters = [.. select.Parameters.Cast<DbParameter>()];

        // The parameters move to the command EF runs below (a provider's parameter belongs to one command at a time).
        select.Parameters.Clear();
        return $"""
            INSERT INTO pending_observations ("ImportBatchId", "Sequence", "AreaCode", "MeasureKey", "PeriodCode", "BreakdownCode", "Value", "Lower", "Upper", "SampleSize", "Row")
            SELECT f."ImportBatchId", CAST(ROW_NUMBER() OVER (ORDER BY f."IndicatorId", f."PeriodId", f."BreakdownId", f."AreaId") AS INTEGER) - 1 + f."Start",
                   f."AreaCode", f."MeasureKey", f."PeriodCode", f."BreakdownCode", f."Value", f."Lower", f."Upper", f."SampleSize", 0
            FROM ({select.CommandText}) AS f
            """;
    }
}

/// <summary>What withdrawing a batch did to its figures.</summary>
/// <param name="Figures">How many went back to pending under the batch.</param>
/// <param name="Restored">How many show the value published before the batch again.</param>
/// <param name="Removed">How many the batch had published first and are no longer public.</param>
internal readonly record struct WithdrawnFigures(int Figures, int Restored, int Removed);
