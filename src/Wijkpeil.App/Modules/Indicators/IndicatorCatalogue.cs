using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>Reads indicator descriptions for other modules (<see cref="IIndicatorCatalogue"/>) and for <see cref="IndicatorQueries"/>.</summary>
internal sealed class IndicatorCatalogue(WijkpeilDbContext db) : IIndicatorCatalogue
{
    private static readonly IReadOnlyList<IndicatorSourceKey> NoMappings = [];

    /// <summary>
    /// The descriptions of these indicators, their source mappings in table and key order: one command of flat rows (an
    /// indicator with each of its mappings, or once without), put together here. A nested collection in the projection
    /// would make EF Core build its shaper's delegates on every run.
    /// </summary>
    internal static async Task<List<IndicatorDescription>> DescribeAsync(WijkpeilDbContext db, IQueryable<Indicator> indicators, CancellationToken ct)
    {
        var rows = await (
            from i in indicators.AsNoTracking()
            join m in db.IndicatorSourceMappings.AsNoTracking() on i.Id equals m.IndicatorId into mapped
            from m in mapped.DefaultIfEmpty()
            join n in db.Indicators.AsNoTracking() on i.RatioNumerator equals n.Code into numerators
            from n in numerators.DefaultIfEmpty()
            join d in db.Indicators.AsNoTracking() on i.RatioDenominator equals d.Code into denominators
            from d in denominators.DefaultIfEmpty()
            select new
            {
                NumeratorId = (int?)n!.Id,
                DenominatorId = (int?)d!.Id,
                Description = new IndicatorDescription(
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
                    NoMappings,
                    i.SourceKind,
                    i.RetiredAt,
                    i.RatioNumerator != null && i.RatioDenominator != null && i.RatioScale != null
                        ? new IndicatorRatio(i.RatioNumerator!, i.RatioDenominator!, i.RatioScale!.Value)
                        : null),
                Table = (string?)m!.SourceTable,
                Key = (string?)m.MeasureKey,
                Breakdown = (string?)m.Breakdown,
            })
            .ToListAsync(ct);

        return [.. rows
            .GroupBy(r => r.Description.Id)
            .Select(g => g.First().Description with
            {
                RatioNumeratorId = g.First().NumeratorId,
                RatioDenominatorId = g.First().DenominatorId,
                SourceMappings = [.. g.Where(r => r.Table is not null)
                    .OrderBy(r => r.Table, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal)
                    .Select(r => new IndicatorSourceKey(r.Table!, r.Key!, r.Breakdown ?? string.Empty))],
            })];
    }

    public IQueryable<IndicatorEntryRow> Indicators => db.Indicators.AsNoTracking()
        .Select(i => new IndicatorEntryRow
        {
            Id = i.Id,
            Code = i.Code,
            NameNl = i.NameNl,
            NameEn = i.NameEn,
            Unit = i.Unit,
            Kind = i.Kind,
            IsCurated = i.IsCurated,
            IsRetired = i.RetiredAt != null,
            RatioNumerator = i.RatioNumerator,
            RatioDenominator = i.RatioDenominator,
            RatioScale = i.RatioScale,
        });

    public IQueryable<IndicatorEntryRow> VisibleTo(Audience audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return audience.SeesDrafts ? Indicators : Indicators.Where(i => i.IsCurated);
    }

    public IQueryable<IndicatorSourceRow> SourceKeys => db.IndicatorSourceMappings.AsNoTracking()
        .Select(m => new IndicatorSourceRow { IndicatorId = m.IndicatorId, SourceTable = m.SourceTable, MeasureKey = m.MeasureKey });

    public async Task<IReadOnlyDictionary<int, IndicatorDescription>> DescribeAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<int, IndicatorDescription>();
        }

        var wanted = ids.Distinct().ToList();
        var rows = await DescribeAsync(db, db.Indicators.Where(i => wanted.Contains(i.Id)), cancellationToken);
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
        var rows = await DescribeAsync(
            db,
#pragma warning disable CA1304, CA1311, CA1862 // runs as SQL lower() on both providers; indicator codes are ASCII
            db.Indicators.Where(i => i.Code == wanted || i.Code.ToLower() == lowered),
#pragma warning restore CA1304, CA1311, CA1862
            cancellationToken);
        return rows.FirstOrDefault(i => i.Code == wanted)
            ?? rows.Where(i => string.Equals(i.Code, wanted, StringComparison.OrdinalIgnoreCase)).OrderBy(i => i.Code, StringComparer.Ordinal).FirstOrDefault();
    }
}
