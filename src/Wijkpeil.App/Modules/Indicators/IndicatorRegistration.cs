using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>The catalogue's reads and writes for an observation import (<see cref="IIndicatorRegistration"/>).</summary>
internal sealed class IndicatorRegistration(WijkpeilDbContext db) : IIndicatorRegistration
{
    private static readonly string[] Stamp =
    [
        """(SELECT COALESCE(MAX("Id"), 0) FROM indicators)""",
        """(SELECT COALESCE(MAX("Id"), 0) FROM indicator_source_mappings)""",
    ];

    public IReadOnlyList<string> StampSql => Stamp;

    public async Task<IReadOnlyList<IndicatorMatch>> MatchesAsync(CancellationToken cancellationToken = default)
    {
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.SourceMappings).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        return [.. indicators.Select(i => new IndicatorMatch(
            i.Id, i.Code, i.Kind, i.Unit, [.. i.SourceMappings.Select(m => new IndicatorSourceKey(m.SourceTable, m.MeasureKey))]))];
    }

    public async Task<IReadOnlyDictionary<int, int>> AddAsync(IReadOnlyList<NewIndicator> indicators, IReadOnlyList<NewSourceMapping> mappings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(mappings);
        if (indicators.Count + mappings.Count == 0)
        {
            return new Dictionary<int, int>();
        }

        // New indicators are made afresh: the plan's provisional ids must not be inserted.
        var byId = new Dictionary<int, Indicator>();
        foreach (var planned in indicators)
        {
            var indicator = Indicator.Create(planned.Code, planned.Title, planned.Title, planned.Kind, Polarity.Neutral, planned.Unit ?? string.Empty).Value;
            db.Indicators.Add(indicator);
            byId.Add(planned.ProvisionalId, indicator);
        }

        var storedIds = mappings.Select(m => m.IndicatorId).Where(id => !byId.ContainsKey(id)).Distinct().ToList();
        if (storedIds.Count > 0)
        {
            foreach (var indicator in await db.Indicators.Include(i => i.SourceMappings).Where(i => storedIds.Contains(i.Id)).ToListAsync(cancellationToken))
            {
                byId.Add(indicator.Id, indicator);
            }
        }

        foreach (var mapping in mappings)
        {
            byId[mapping.IndicatorId].MapSource(mapping.SourceTable, mapping.MeasureKey);
        }

        await db.SaveChangesAsync(cancellationToken);
        return indicators.ToDictionary(i => i.ProvisionalId, i => byId[i.ProvisionalId].Id);
    }
}
