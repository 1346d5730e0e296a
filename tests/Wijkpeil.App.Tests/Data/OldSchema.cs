using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Tests.Data;

/// <summary>
/// Rows written as an older schema held them, for tests that migrate a database from an earlier migration: the EF
/// model has the latest columns, which the old tables lack, so these rows are written in SQL with the columns every
/// schema since the first one has.
/// </summary>
internal static class OldSchema
{
    /// <summary>Adds a described percentage indicator (and its source mapping when given); returns its id.</summary>
    public static async Task<int> AddIndicatorAsync(WijkpeilDbContext db, string code, string polarity, (string Table, string MeasureKey)? mapping, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO indicators ("Code", "NameNl", "NameEn", "DefinitionNl", "DefinitionEn", "Unit", "Kind", "Polarity", "Source", "PopulationGroup", "IsCurated")
            VALUES ({code}, {code}, {code}, '', '', '%', 'Percentage', {polarity}, '', '', {true})
            """,
            ct);
        var id = await db.Database.SqlQuery<int>($"""SELECT "Id" AS "Value" FROM indicators WHERE "Code" = {code}""").SingleAsync(ct);
        if (mapping is { } m)
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO indicator_source_mappings ("IndicatorId", "SourceTable", "MeasureKey") VALUES ({id}, {m.Table}, {m.MeasureKey})""",
                ct);
        }

        return id;
    }
}
