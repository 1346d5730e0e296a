using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>A programme's kernset as the selection of indicators that narrows the figures API and the open data page.</summary>
internal sealed class ProgrammeIndicatorSelections(IProgrammeCatalogue programmes) : IIndicatorSelections
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
        var codes = programme.Kernset.Select(k => k.IndicatorCode).Distinct(StringComparer.Ordinal).ToList();
        return new IndicatorSelection(programme.Slug, programme.Name, codes);
    }
}
