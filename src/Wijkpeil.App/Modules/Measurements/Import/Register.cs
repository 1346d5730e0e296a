using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Import;

/// <summary>
/// What the database holds that an import matches a file against: areas (as ids, with their layout years),
/// indicators with their source mappings, periods and breakdowns. A snapshot, read without tracking and outside
/// any write transaction, so that resolving and validating a file never holds the write lock. Areas and indicators
/// come through their modules' contracts (<see cref="IAreaRegistration"/>, <see cref="IIndicatorRegistration"/>).
/// </summary>
internal sealed record Register(
    Dictionary<string, int> AreaIds,
    Dictionary<int, List<int>> AreaLayoutYears,
    IReadOnlyList<IndicatorMatch> Indicators,
    Dictionary<string, Period> Periods,
    Dictionary<string, Breakdown> Breakdowns,
    RegisterStamp Stamp)
{
    public static async Task<Register> LoadAsync(WijkpeilDbContext db, IAreaRegistration register, IIndicatorRegistration catalogue, CancellationToken cancellationToken)
    {
        // The stamp first: a change that lands between it and the tables makes the stamp read again inside the
        // write transaction differ, and the import then resolves the file again (never the other way round).
        var stamp = await RegisterStamp.ReadAsync(db, cancellationToken);
        var areas = await register.LayoutsAsync(cancellationToken);
        return new Register(
            areas.ToDictionary(a => a.Code.Value, a => a.Id, StringComparer.Ordinal),
            areas.ToDictionary(a => a.Id, a => a.LayoutYears),
            await catalogue.MatchesAsync(cancellationToken),
            await db.Periods.AsNoTracking().ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken),
            await db.Breakdowns.AsNoTracking().ToDictionaryAsync(b => b.Code, StringComparer.Ordinal, cancellationToken),
            stamp);
    }
}

/// <summary>
/// A cheap fingerprint of the register: rows are only ever added to it and layout years only ever added to an
/// area, so counts, the highest ids and the total length of the layout-year lists all grow with every change that
/// matters to an import. Equal stamps mean a resolution made on the older snapshot still holds.
/// </summary>
internal readonly record struct RegisterStamp(long Areas, long AreaMaxId, long LayoutYearsLength, long IndicatorMaxId, long MappingMaxId, long PeriodMaxId, long BreakdownMaxId)
{
    public static async Task<RegisterStamp> ReadAsync(WijkpeilDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = """
                SELECT (SELECT COUNT(*) FROM areas),
                       (SELECT COALESCE(MAX("Id"), 0) FROM areas),
                       (SELECT COALESCE(SUM(LENGTH("LayoutYears")), 0) FROM areas),
                       (SELECT COALESCE(MAX("Id"), 0) FROM indicators),
                       (SELECT COALESCE(MAX("Id"), 0) FROM indicator_source_mappings),
                       (SELECT COALESCE(MAX("Id"), 0) FROM periods),
                       (SELECT COALESCE(MAX("Id"), 0) FROM breakdowns)
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new RegisterStamp(Long(reader, 0), Long(reader, 1), Long(reader, 2), Long(reader, 3), Long(reader, 4), Long(reader, 5), Long(reader, 6));
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static long Long(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
