using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;

namespace Wijkpeil.App.Modules.Monitor.ListIndicators;

/// <summary>A public indicator in a list.</summary>
public sealed record IndicatorListItem(string Code, string NameNl, string NameEn);

/// <summary>A programme's kernset pillar with its indicators, in kernset order.</summary>
public sealed record KernsetPillarList(string ProgrammeSlug, string ProgrammeName, PillarDetails Pillar, IReadOnlyList<IndicatorListItem> Indicators);

/// <summary>The rest of the catalogue under one theme ("Vrije tijd en cultuur"; else the source), by name.</summary>
public sealed record ThemeList(string Theme, IReadOnlyList<IndicatorListItem> Indicators);

/// <summary>What "/indicatoren" lists: every programme's kernset per pillar first, then the other indicators by theme.</summary>
public sealed record IndicatorList(IReadOnlyList<KernsetPillarList> Kernset, IReadOnlyList<ThemeList> Themes);

/// <summary>The public indicator catalogue ("/indicatoren").</summary>
public sealed class ListIndicatorsQuery(IIndicatorCatalogue catalogue, IProgrammeCatalogue programmes, PageCacheTags pageTags)
{
    public async Task<IndicatorList> GetAsync(CancellationToken ct)
    {
        pageTags.Add(CacheTags.Programmes);
        var visible = await catalogue.VisibleTo(Audience.Public).Where(i => !i.IsRetired)
            .Select(i => new { i.Id, i.Code, i.NameNl, i.NameEn })
            .ToListAsync(ct);
        var byId = visible.ToDictionary(i => i.Id, i => new IndicatorListItem(i.Code, i.NameNl, i.NameEn));
        var kernset = new List<KernsetPillarList>();
        foreach (var programme in await programmes.ListAsync(ct))
        {
            foreach (var pillar in await programmes.KernsetAsync(programme.Slug, ct))
            {
                var items = pillar.Entries.OrderBy(e => e.Order).Where(e => byId.ContainsKey(e.IndicatorId)).Select(e => byId[e.IndicatorId]).DistinctBy(i => i.Code).ToList();
                kernset.Add(new KernsetPillarList(programme.Slug, programme.Name, pillar.Pillar, items));
            }
        }

        var inKernset = kernset.SelectMany(p => p.Indicators).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var rest = byId.Values.Where(i => !inKernset.Contains(i.Code)).ToList();
        var descriptions = rest.Count == 0 ? new Dictionary<int, IndicatorDescription>() : await catalogue.DescribeAsync([.. visible.Where(v => !inKernset.Contains(v.Code)).Select(v => v.Id)], ct);
        var sources = descriptions.Values.ToDictionary(d => d.Code, d => d.Source, StringComparer.Ordinal);
        var themes = rest
            .GroupBy(i => ThemeOf(i, sources.GetValueOrDefault(i.Code)))
            .OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new ThemeList(g.Key, [.. g.OrderBy(i => i.NameNl, StringComparer.CurrentCulture)]))
            .ToList();
        return new IndicatorList(kernset, themes);
    }

    // CBS nearness names carry their theme as the first part of a path ("Vrije tijd en cultuur/Bioscoop/…").
    private static string ThemeOf(IndicatorListItem indicator, string? source) =>
        indicator.NameNl.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash ? indicator.NameNl[..slash]
        : string.IsNullOrWhiteSpace(source) ? "Overig" : source;
}
