using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>
/// Reads programmes for other modules (<see cref="IProgrammeCatalogue"/>). Programmes are small and a page asks about
/// them several times, so all definitions are read whole in one command, once per scope (a request), and every answer
/// of that scope comes from that one reading.
/// </summary>
internal sealed partial class ProgrammeCatalogue(WijkpeilDbContext db, IIndicatorCatalogue catalogue) : IProgrammeCatalogue
{
    public async Task<IReadOnlyList<ProgrammeSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await AllAsync(cancellationToken))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => new ProgrammeSummary(p.Id, p.Slug, p.Name, p.Description))];

    public async Task<ProgrammeDetails?> GetAsync(string slug, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(p => p.Slug == slug);

    public async Task<IReadOnlyList<ProgrammeFocusArea>> FocusAreasContainingAsync(IReadOnlyCollection<AreaCode> areaCodes, CancellationToken cancellationToken = default)
    {
        if (areaCodes.Count == 0)
        {
            return [];
        }

        var codes = areaCodes.ToHashSet();
        return FocusAreasOf(await AllAsync(cancellationToken), f => f.Members.Any(codes.Contains));
    }

    public async Task<IReadOnlyList<ProgrammeFocusArea>> FocusAreasAsync(string? programmeSlug = null, CancellationToken cancellationToken = default)
    {
        var all = await AllAsync(cancellationToken);
        var slug = programmeSlug?.Trim();
        return FocusAreasOf(string.IsNullOrEmpty(slug) ? all : [.. all.Where(p => p.Slug == slug)], _ => true);
    }

    private static List<ProgrammeFocusArea> FocusAreasOf(IEnumerable<ProgrammeDetails> programmes, Func<FocusAreaDetails, bool> wanted) =>
        [.. programmes
            .SelectMany(p => p.FocusAreas.Where(wanted).Select(f => new ProgrammeFocusArea(p.Id, p.Slug, p.Name, f)))
            .OrderBy(x => x.ProgrammeName, StringComparer.CurrentCulture).ThenBy(x => x.ProgrammeSlug, StringComparer.Ordinal)
            .ThenBy(x => x.FocusArea.Name, StringComparer.CurrentCulture)];

    public async Task<IReadOnlyList<PillarKernset>> KernsetAsync(string programmeSlug, CancellationToken cancellationToken = default)
    {
        var details = await GetAsync(programmeSlug, cancellationToken);
        return details is null
            ? []
            : [.. details.Pillars.Select(p => new PillarKernset(p, [.. details.Kernset.Where(k => k.PillarNumber == p.Number)]))];
    }

    public async Task<IReadOnlyList<WaveDetails>> WavesAsync(string programmeSlug, CancellationToken cancellationToken = default) =>
        (await GetAsync(programmeSlug, cancellationToken))?.Waves ?? [];

    public async Task<IReadOnlyDictionary<int, string>> WavePeriodsAsync(string programmeSlug, string waveSlug, IReadOnlyCollection<int> indicatorIds, CancellationToken cancellationToken = default)
    {
        var wave = (await WavesAsync(programmeSlug, cancellationToken)).FirstOrDefault(w => w.Slug == waveSlug);
        if (wave is null || indicatorIds.Count == 0)
        {
            return new Dictionary<int, string>();
        }

        var ids = indicatorIds.Distinct().ToList();
        var tables = wave.Sources.Select(s => s.SourceTable).ToList();
        var mappings = await catalogue.SourceKeys
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

    private IReadOnlyList<ProgrammeDetails>? _all;

    private async Task<IReadOnlyList<ProgrammeDetails>> AllAsync(CancellationToken cancellationToken) =>
        _all ??= await LoadAllAsync(cancellationToken);

    internal static PillarDetails ToDetails(Pillar pillar) => new(pillar.Number, pillar.NameNl, pillar.NameEn, pillar.Order);

    internal static FocusAreaDetails ToDetails(FocusArea focusArea) => new(focusArea.Code, focusArea.Name, focusArea.MunicipalityCode, focusArea.Members);

    internal static WaveDetails ToDetails(Wave wave) => new(wave.Slug, wave.Name, wave.Order, [.. wave.Sources.Select(s => new WaveSourceDetails(s.SourceTable, s.PeriodCode))]);
}
