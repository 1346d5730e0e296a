using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Data;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.DefaultData;

/// <summary>
/// Writes the curated indicator catalogue (<see cref="Kernset"/>) and the Vitale Wijken programme. Both steps
/// can run again after an interrupted first start: what exists is left as it is.
/// </summary>
public sealed class DefaultSeeder(WijkpeilDbContext db)
{
    /// <summary>Adds the curated indicators with their source mappings; returns how many were added or curated.</summary>
    public async Task<int> SeedCatalogueAsync(CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var existing = await db.Indicators.Include(i => i.SourceMappings).ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, cancellationToken);
        var written = 0;
        foreach (var entry in Kernset.Entries)
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
                    : throw new InvalidOperationException($"Kernset entry {entry.Code} is invalid: {created.Error!.Message}");
                db.Indicators.Add(indicator);
            }

            indicator.Describe(entry.DefinitionNl, entry.DefinitionEn, entry.Source, entry.PopulationGroup);
            foreach (var source in entry.Sources)
            {
                indicator.MapSource(source.Table, source.MeasureKey);
            }

            written++;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return written;
    }

    /// <summary>Adds the Vitale Wijken programme unless it exists; needs the catalogue for its kernset.</summary>
    public async Task<bool> SeedProgrammeAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Programmes.AnyAsync(p => p.Code == VitaleWijkenProgramme.Code, cancellationToken))
        {
            return false;
        }

        var ids = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Id, StringComparer.Ordinal, cancellationToken);
        db.Programmes.Add(VitaleWijkenProgramme.Build(ids));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }
}
