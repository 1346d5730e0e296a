using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>A programme's kernset as the selection of indicators that narrows the figures API and the open data page.</summary>
/// <remarks>A page narrowed this way shows the programme's kernset, so it carries the programme's cache tag: a kernset edited on
/// /beheer/programmas evicts it (<see cref="CacheTags.Programme"/>).</remarks>
internal sealed class ProgrammeIndicatorSelections(IProgrammeCatalogue programmes, PageCacheTags pageTags) : IIndicatorSelections
{
    public async Task<IndicatorSelection?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        // DetailsAsync reads in one command and is memoised for the request, as the pages that show the programme need.
        var named = await programmes.DetailsAsync([slug], cancellationToken);
        if (named.Count == 0)
        {
            return null;
        }

        var programme = named[0];
        pageTags.Add(CacheTags.Programme(programme.Slug));
        var codes = programme.Kernset.Select(k => k.IndicatorCode).Distinct(StringComparer.Ordinal).ToList();
        return new IndicatorSelection(programme.Slug, programme.Name, codes);
    }
}
