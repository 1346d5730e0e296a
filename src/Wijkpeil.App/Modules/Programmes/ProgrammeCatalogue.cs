using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>Reads programmes for other modules (<see cref="IProgrammeCatalogue"/>); programmes are small, so a definition is read whole.</summary>
internal sealed class ProgrammeCatalogue(WijkpeilDbContext db) : IProgrammeCatalogue
{
    public async Task<IReadOnlyList<ProgrammeSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Programmes.AsNoTracking()
            .OrderBy(p => p.Name).ThenBy(p => p.Code)
            .Select(p => new ProgrammeSummary(p.Id, p.Code, p.Name, p.Description))
            .ToListAsync(cancellationToken);

    public async Task<ProgrammeDetails?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        var programme = await LoadAsync(slug, cancellationToken);
        if (programme is null)
        {
            return null;
        }

        var ids = programme.CoreIndicators.Select(c => c.IndicatorId).Distinct().ToList();
        var codes = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Code, cancellationToken);
        var pillarOrder = programme.Pillars.Select((p, i) => (p.Number, i)).ToDictionary(x => x.Number, x => x.i);
        return new ProgrammeDetails(
            programme.Id,
            programme.Code,
            programme.Name,
            programme.Description,
            [.. programme.Pillars.Select(ToDetails)],
            [.. programme.FocusAreas.OrderBy(f => f.Name, StringComparer.CurrentCulture).Select(ToDetails)],
            [.. programme.ReferenceAreas.OrderBy(r => r.Order).Select(r => r.AreaCode)],
            [.. programme.CoreIndicators
                .OrderBy(c => pillarOrder.GetValueOrDefault(c.PillarNumber)).ThenBy(c => c.Order)
                .Select(c => new KernsetEntry(c.IndicatorId, codes.GetValueOrDefault(c.IndicatorId) ?? string.Empty, c.BreakdownCode, c.PillarNumber, c.Order))],
            [.. programme.Waves.Select(ToDetails)]);
    }

    public async Task<IReadOnlyList<ProgrammeFocusArea>> FocusAreasContainingAsync(IReadOnlyCollection<AreaCode> areaCodes, CancellationToken cancellationToken = default)
    {
        if (areaCodes.Count == 0)
        {
            return [];
        }

        var codes = areaCodes.Distinct().ToList();
        var ids = await db.Programmes.AsNoTracking()
            .SelectMany(p => p.FocusAreas)
            .Where(f => f.MemberRows.Any(m => codes.Contains(m.AreaCode)))
            .Select(f => f.Id)
            .ToListAsync(cancellationToken);
        var programmes = ids.Count == 0
            ? []
            : await db.Programmes.AsNoTracking().Include(p => p.FocusAreas).Where(p => p.FocusAreas.Any(f => ids.Contains(f.Id))).ToListAsync(cancellationToken);
        var rows = programmes.SelectMany(p => p.FocusAreas.Where(f => ids.Contains(f.Id)).Select(f => (p.Id, p.Code, p.Name, FocusArea: f)));
        return [.. rows
            .Select(x => new ProgrammeFocusArea(x.Id, x.Code, x.Name, ToDetails(x.FocusArea)))
            .OrderBy(x => x.ProgrammeName, StringComparer.CurrentCulture).ThenBy(x => x.ProgrammeSlug, StringComparer.Ordinal)
            .ThenBy(x => x.FocusArea.Name, StringComparer.CurrentCulture)];
    }

    public async Task<IReadOnlyList<PillarKernset>> KernsetAsync(string programmeSlug, CancellationToken cancellationToken = default)
    {
        var details = await GetAsync(programmeSlug, cancellationToken);
        return details is null
            ? []
            : [.. details.Pillars.Select(p => new PillarKernset(p, [.. details.Kernset.Where(k => k.PillarNumber == p.Number)]))];
    }

    public async Task<IReadOnlyList<WaveDetails>> WavesAsync(string programmeSlug, CancellationToken cancellationToken = default)
    {
        var waves = await db.Programmes.AsNoTracking()
            .Where(p => p.Code == programmeSlug)
            .SelectMany(p => p.Waves)
            .ToListAsync(cancellationToken);
        return [.. waves.OrderBy(w => w.Order).Select(ToDetails)];
    }

    public async Task<IReadOnlyDictionary<int, string>> WavePeriodsAsync(string programmeSlug, string waveSlug, IReadOnlyCollection<int> indicatorIds, CancellationToken cancellationToken = default)
    {
        var wave = await db.Programmes.AsNoTracking()
            .Where(p => p.Code == programmeSlug)
            .SelectMany(p => p.Waves)
            .FirstOrDefaultAsync(w => w.Slug == waveSlug, cancellationToken);
        if (wave is null || indicatorIds.Count == 0)
        {
            return new Dictionary<int, string>();
        }

        var ids = indicatorIds.Distinct().ToList();
        var tables = wave.Sources.Select(s => s.SourceTable).ToList();
        var mappings = await db.IndicatorSourceMappings.AsNoTracking()
            .Where(m => ids.Contains(m.IndicatorId) && tables.Contains(m.SourceTable))
            .Select(m => new { IndicatorId = m.IndicatorId, m.SourceTable })
            .ToListAsync(cancellationToken);
        var periods = new Dictionary<int, string>();
        foreach (var group in mappings.GroupBy(m => m.IndicatorId))
        {
            if (wave.PeriodFor(group.Select(m => m.SourceTable)) is { } period)
            {
                periods[group.Key] = period;
            }
        }

        return periods;
    }

    private Task<Programme?> LoadAsync(string slug, CancellationToken cancellationToken) =>
        db.Programmes.AsNoTracking()
            .Include(p => p.Pillars).Include(p => p.FocusAreas).Include(p => p.ReferenceAreas).Include(p => p.CoreIndicators).Include(p => p.Waves)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Code == slug, cancellationToken);

    internal static PillarDetails ToDetails(Pillar pillar) => new(pillar.Number, pillar.NameNl, pillar.NameEn, pillar.Order);

    internal static FocusAreaDetails ToDetails(FocusArea focusArea) => new(focusArea.Code, focusArea.Name, focusArea.MunicipalityCode, focusArea.Members);

    internal static WaveDetails ToDetails(Wave wave) => new(wave.Slug, wave.Name, wave.Order, [.. wave.Sources.Select(s => new WaveSourceDetails(s.SourceTable, s.PeriodCode))]);
}
