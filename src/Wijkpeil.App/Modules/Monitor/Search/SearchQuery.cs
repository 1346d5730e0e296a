using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Text;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;

namespace Wijkpeil.App.Modules.Monitor.Search;

/// <summary>What "/zoeken?q=" found: areas and focus areas (<see cref="IAreaSearch"/>) and public indicators by name or code.</summary>
public sealed record SearchResults(string Text, IReadOnlyList<AreaHit> Areas, IReadOnlyList<IndicatorHit> Indicators);

/// <summary>A public indicator found by its Dutch or English name or its code.</summary>
public sealed record IndicatorHit(string Code, string NameNl, string NameEn, AreaMatchQuality Quality);

/// <summary>The site search ("/zoeken").</summary>
public sealed class SearchQuery(IAreaSearch areas, IIndicatorCatalogue indicators)
{
    /// <summary>The most areas listed; a longer text narrows them.</summary>
    public const int MaxAreas = 30;

    public const int MaxIndicators = 20;

    public async Task<SearchResults> SearchAsync(string? text, CancellationToken ct)
    {
        var folded = SearchText.Fold(text);
        if (folded.Length == 0)
        {
            return new SearchResults(string.Empty, [], []);
        }

        var areaHits = await areas.SearchAsync(text, MaxAreas, AreaInputOptions.Everything, ct);
        var catalogue = await indicators.VisibleTo(Audience.Public).Where(i => !i.IsRetired)
            .Select(i => new { i.Code, i.NameNl, i.NameEn })
            .ToListAsync(ct);
        var indicatorHits = catalogue
            .Select(i => new IndicatorHit(i.Code, i.NameNl, i.NameEn, Best(folded, i.NameNl, i.NameEn, i.Code) ?? AreaMatchQuality.Similar))
            .Where(i => i.Quality != AreaMatchQuality.Similar)
            .OrderBy(i => i.Quality).ThenBy(i => i.NameNl, StringComparer.CurrentCulture)
            .Take(MaxIndicators)
            .ToList();
        return new SearchResults(text!.Trim(), areaHits, indicatorHits);
    }

    // An indicator matches as a whole name or code, at the start of a word, or anywhere in a name.
    private static AreaMatchQuality? Best(string folded, params string[] names) =>
        names.Select(SearchText.Fold).Select(name =>
                name == folded ? AreaMatchQuality.Exact
                : name.StartsWith(folded, StringComparison.Ordinal) || name.Contains(" " + folded, StringComparison.Ordinal) ? AreaMatchQuality.Prefix
                : name.Contains(folded, StringComparison.Ordinal) ? AreaMatchQuality.Contains
                : (AreaMatchQuality?)null)
            .Where(q => q is not null)
            .Min();
}
