using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Modules.Programmes.CreateProgramme;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>The embedded default's way in (<see cref="IProgrammeSeeding"/>): creating goes through the create use case.</summary>
internal sealed class ProgrammeSeeding(CreateProgrammeHandler create, WijkpeilDbContext db, IIndicatorCatalogue catalogue, IPublicChanges publicChanges) : IProgrammeSeeding
{
    public Task<Outcome<ProgrammeSummary>> SeedAsync(ProgrammeDefinition request, CancellationToken cancellationToken = default) =>
        create.SeedAsync(request, cancellationToken);

    public Task<bool> ExistsAsync(string slug, CancellationToken cancellationToken = default) =>
        create.ExistsAsync(slug, cancellationToken);

    public async Task<IReadOnlyList<KernsetDefinition>> AddToEmptyPillarsAsync(string slug, IReadOnlyList<KernsetDefinition> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ct = cancellationToken;
        var programme = await db.Programmes.Include(p => p.Pillars).Include(p => p.CoreIndicators).AsSplitQuery().FirstOrDefaultAsync(p => p.Code == slug, ct);
        if (programme is null)
        {
            return [];
        }

        // Decided before adding: the first entry added to an empty pillar must not make the pillar's next entry look
        // like a manager's.
        var filled = programme.CoreIndicators.Select(c => c.PillarNumber).ToHashSet();
        var pillars = programme.Pillars.Select(p => p.Number).ToHashSet();
        var wanted = entries.Where(e => pillars.Contains(e.Pillar) && !filled.Contains(e.Pillar) && e.Indicator is not null).ToList();
        var codes = wanted.Select(e => e.Indicator!).Distinct(StringComparer.Ordinal).ToList();
        var ids = await catalogue.Indicators.Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Id, StringComparer.Ordinal, ct);
        var added = new List<KernsetDefinition>();
        foreach (var entry in wanted)
        {
            // An indicator the catalogue lacks (or one already elsewhere in the kernset with this breakdown) is left out.
            if (ids.TryGetValue(entry.Indicator!, out var id) && programme.AddCoreIndicator(id, entry.Pillar, entry.Breakdown ?? Breakdown.TotalCode).IsSuccess)
            {
                added.Add(entry);
            }
        }

        if (added.Count > 0)
        {
            publicChanges.Invalidate(CacheTags.Programmes, CacheTags.Programme(programme.Code));
            await db.SaveChangesAsync(ct);
        }

        db.ChangeTracker.Clear();
        return added;
    }

    public async Task<IReadOnlyList<string>> AddMissingWaveSourcesAsync(string slug, IReadOnlyList<WaveDefinition> waves, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(waves);
        var programme = await db.Programmes.Include(p => p.Waves).FirstOrDefaultAsync(p => p.Code == slug, cancellationToken);
        if (programme is null)
        {
            return [];
        }

        var added = new List<string>();
        var wanted = waves.Where(w => w.Slug is not null).ToDictionary(w => w.Slug!, StringComparer.Ordinal);
        var updated = programme.Waves.Select(wave =>
        {
            List<(string SourceTable, string PeriodCode)> sources = [.. wave.Sources.Select(s => (s.SourceTable, s.PeriodCode))];
            foreach (var source in wanted.TryGetValue(wave.Slug, out var definition) ? definition.Sources ?? [] : [])
            {
                if (source is { SourceTable: { } table, Period: { } period } && !sources.Any(s => string.Equals(s.SourceTable, table, StringComparison.OrdinalIgnoreCase)))
                {
                    sources.Add((table, period));
                    added.Add($"{wave.Slug}: {table} {period}");
                }
            }

            return ((string?)wave.Slug, (string?)wave.Name, (IReadOnlyList<(string, string)>)sources);
        }).ToList();

        if (added.Count > 0 && programme.SetWaves(updated).Count == 0)
        {
            publicChanges.Invalidate(CacheTags.Programmes, CacheTags.Programme(programme.Code));
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        return added;
    }
}
