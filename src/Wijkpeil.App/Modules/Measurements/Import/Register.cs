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
        var stamp = await RegisterStamp.ReadAsync(db, register, catalogue, cancellationToken);
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
/// matters to an import. Equal stamps mean a resolution made on the older snapshot still holds. Areas and
/// Indicators give their parts as SQL (<see cref="IAreaRegistration.StampSql"/>,
/// <see cref="IIndicatorRegistration.StampSql"/>), so that the whole stamp stays one command.
/// </summary>
internal sealed record RegisterStamp(IReadOnlyList<long> Parts)
{
    private static readonly string[] OwnParts =
    [
        """(SELECT COALESCE(MAX("Id"), 0) FROM periods)""",
        """(SELECT COALESCE(MAX("Id"), 0) FROM breakdowns)""",
    ];

    public static async Task<RegisterStamp> ReadAsync(WijkpeilDbContext db, IAreaRegistration areas, IIndicatorRegistration indicators, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            string[] parts = [.. areas.StampSql, .. indicators.StampSql, .. OwnParts];
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = "SELECT " + string.Join(", ", parts);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var values = new long[parts.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
            }

            return new RegisterStamp(values);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    public bool Equals(RegisterStamp? other) => other is not null && Parts.SequenceEqual(other.Parts);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var part in Parts)
        {
            hash.Add(part);
        }

        return hash.ToHashCode();
    }
}
