using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>Reads indicator descriptions for other modules (<see cref="IIndicatorCatalogue"/>) and for <see cref="IndicatorQueries"/>.</summary>
internal sealed class IndicatorCatalogue(WijkpeilDbContext db) : IIndicatorCatalogue
{
    /// <summary>The one projection of an indicator row, its source mappings in table and key order.</summary>
    internal static readonly Expression<Func<Indicator, IndicatorDescription>> Describe = i => new IndicatorDescription(
        i.Id,
        i.Code,
        i.NameNl,
        i.NameEn,
        i.DefinitionNl,
        i.DefinitionEn,
        i.Unit,
        i.Kind,
        i.Polarity,
        i.Source,
        i.PopulationGroup,
        i.IsCurated,
        i.SourceMappings.OrderBy(m => m.SourceTable).ThenBy(m => m.MeasureKey).Select(m => new IndicatorSourceKey(m.SourceTable, m.MeasureKey)).ToList());

    public IQueryable<IndicatorEntryRow> Indicators => db.Indicators.AsNoTracking()
        .Select(i => new IndicatorEntryRow { Id = i.Id, Code = i.Code, NameNl = i.NameNl, NameEn = i.NameEn, Unit = i.Unit, Kind = i.Kind });

    public IQueryable<IndicatorSourceRow> SourceKeys => db.IndicatorSourceMappings.AsNoTracking()
        .Select(m => new IndicatorSourceRow { IndicatorId = m.IndicatorId, SourceTable = m.SourceTable, MeasureKey = m.MeasureKey });

    public async Task<IReadOnlyDictionary<int, IndicatorDescription>> DescribeAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<int, IndicatorDescription>();
        }

        var wanted = ids.Distinct().ToList();
        var rows = await db.Indicators.AsNoTracking().Where(i => wanted.Contains(i.Id)).Select(Describe).ToListAsync(cancellationToken);
        return rows.ToDictionary(i => i.Id);
    }

    public async Task<IndicatorDescription?> FindAsync(string? code, CancellationToken cancellationToken = default)
    {
        var wanted = (code ?? string.Empty).Trim();
        if (wanted.Length == 0)
        {
            return null;
        }

        var lowered = wanted.ToLowerInvariant();
        var rows = await db.Indicators.AsNoTracking()
#pragma warning disable CA1304, CA1311, CA1862 // runs as SQL lower() on both providers; indicator codes are ASCII
            .Where(i => i.Code == wanted || i.Code.ToLower() == lowered)
#pragma warning restore CA1304, CA1311, CA1862
            .Select(Describe)
            .ToListAsync(cancellationToken);
        return rows.FirstOrDefault(i => i.Code == wanted)
            ?? rows.Where(i => string.Equals(i.Code, wanted, StringComparison.OrdinalIgnoreCase)).OrderBy(i => i.Code, StringComparer.Ordinal).FirstOrDefault();
    }
}
