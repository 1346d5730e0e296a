using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Programmes;

// Whole definitions for pages, answered from the in-memory copy of every programme (no SQL once it is loaded).
internal sealed partial class ProgrammeCatalogue
{
    public async Task<IReadOnlyList<ProgrammeDetails>> DetailsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken = default)
    {
        var wanted = slugs.ToHashSet(StringComparer.Ordinal);
        return ByName((await AllAsync(cancellationToken)).Where(p => wanted.Contains(p.Slug)));
    }

    public async Task<IReadOnlyList<ProgrammeDetails>> IncludingAreasAsync(IReadOnlyCollection<AreaCode> areaCodes, CancellationToken cancellationToken = default)
    {
        var codes = areaCodes.ToHashSet();
        return ByName((await AllAsync(cancellationToken)).Where(p =>
            p.FocusAreas.Any(f => codes.Contains(f.Municipality) || f.Members.Any(codes.Contains))
            || p.ReferenceAreas.Any(codes.Contains)));
    }

    public async Task<IReadOnlyList<KernsetPlace>> KernsetPlacesAsync(IReadOnlyCollection<int>? indicatorIds, CancellationToken cancellationToken = default)
    {
        var ids = indicatorIds?.ToHashSet();
        return [.. (await AllAsync(cancellationToken))
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .SelectMany(p => p.Pillars.SelectMany(pillar => p.Kernset
                .Where(k => k.PillarNumber == pillar.Number && (ids is null || ids.Contains(k.IndicatorId)))
                .OrderBy(k => k.Order)
                .Select(k => new KernsetPlace(p.Slug, k.IndicatorId, pillar, k.BreakdownCode, k.Order))))];
    }

    private static List<ProgrammeDetails> ByName(IEnumerable<ProgrammeDetails> programmes) =>
        [.. programmes.OrderBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.Slug, StringComparer.Ordinal)];
}
