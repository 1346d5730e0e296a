using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>Answers the area API's question which focus areas an area belongs to (<see cref="IAreaFocusAreas"/>, defined by Areas below).</summary>
internal sealed class ProgrammeAreaFocusAreas(IProgrammeCatalogue programmes) : IAreaFocusAreas
{
    public async Task<IReadOnlyList<AreaFocusArea>> ContainingAsync(AreaCode area, IReadOnlyCollection<AreaCode> ancestors, CancellationToken cancellationToken = default)
    {
        var found = await programmes.FocusAreasContainingAsync([.. ancestors, area], cancellationToken);
        return [.. found.Select(f => new AreaFocusArea(f.ProgrammeSlug, f.ProgrammeName, f.FocusArea.Slug, f.FocusArea.Name, f.FocusArea.Members.Contains(area)))];
    }

    public async Task<IReadOnlyList<NamedFocusArea>> AllAsync(CancellationToken cancellationToken = default)
    {
        var listed = await programmes.ListAsync(cancellationToken);
        var details = listed.Count == 0 ? [] : await programmes.DetailsAsync([.. listed.Select(p => p.Slug)], cancellationToken);
        return [.. details.SelectMany(p => p.FocusAreas.Select(f => new NamedFocusArea(p.Slug, p.Name, f.Slug, f.Name, f.Municipality, f.Members)))];
    }
}

/// <summary>Answers the indicator catalogue's question where indicators sit in kernsets (<see cref="IIndicatorPlaces"/>, defined by Indicators below).</summary>
internal sealed class ProgrammeIndicatorPlaces(IProgrammeCatalogue programmes) : IIndicatorPlaces
{
    public async Task<IReadOnlyList<IndicatorPlace>> AllAsync(CancellationToken cancellationToken = default) =>
        [.. (await programmes.KernsetPlacesAsync(null, cancellationToken))
            .Select(p => new IndicatorPlace(p.IndicatorId, new IndicatorPillar(p.ProgrammeSlug, p.Pillar.Number, p.Pillar.NameNl, p.Pillar.NameEn, p.BreakdownCode)))];
}
