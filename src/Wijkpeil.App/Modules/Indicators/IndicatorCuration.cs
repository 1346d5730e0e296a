using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>Writes a curated catalogue into the indicator catalogue (<see cref="IIndicatorCuration"/>).</summary>
internal sealed class IndicatorCuration(WijkpeilDbContext db) : IIndicatorCuration
{
    public async Task<int> CurateAsync(IReadOnlyList<CuratedIndicator> indicators, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var existing = await db.Indicators.Include(i => i.SourceMappings).ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, cancellationToken);
        var written = 0;
        foreach (var entry in indicators)
        {
            if (existing.TryGetValue(entry.Code, out var indicator))
            {
                // Someone curated it (or an earlier start did): theirs stands. An uncurated one that an
                // import created from the bare key gets the catalogue's description.
                if (indicator.IsCurated)
                {
                    continue;
                }

                indicator.Rename(entry.NameNl, entry.NameEn);
                indicator.Classify(entry.Kind, entry.Polarity, entry.Unit);
            }
            else
            {
                var created = Indicator.Create(entry.Code, entry.NameNl, entry.NameEn, entry.Kind, entry.Polarity, entry.Unit);
                indicator = created.IsSuccess
                    ? created.Value
                    : throw new InvalidOperationException($"Curated indicator {entry.Code} is invalid: {created.Error!.Message}");
                db.Indicators.Add(indicator);
            }

            indicator.Describe(entry.DefinitionNl, entry.DefinitionEn, entry.Source, entry.PopulationGroup);
            indicator.SetSourceKind(entry.SourceKind);
            indicator.DefineRatio(entry.Ratio);
            foreach (var source in entry.Sources)
            {
                indicator.MapSource(source.Table, source.Key);
            }

            written++;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return written;
    }
}
