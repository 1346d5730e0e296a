using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Programmes.Contracts;

namespace Wijkpeil.App.Modules.Monitor.ListProgrammes;

/// <summary>The programmes of the monitor, for "/programmas" and for pages that let the reader choose one.</summary>
public sealed class ListProgrammesQuery(IProgrammeCatalogue programmeCatalogue, PageCacheTags pageTags)
{
    /// <summary>Every programme by name, with its focus areas' names ("/programmas"); two queries whatever their number.</summary>
    public async Task<IReadOnlyList<ProgrammeListItem>> ListAsync(CancellationToken ct)
    {
        pageTags.Add(CacheTags.Programmes);
        var list = await programmeCatalogue.ListAsync(ct);
        if (list.Count == 0)
        {
            return [];
        }

        var details = (await programmeCatalogue.DetailsAsync([.. list.Select(p => p.Slug)], ct)).ToDictionary(p => p.Slug, StringComparer.Ordinal);
        return [.. list.Select(p => new ProgrammeListItem(
            p.Slug,
            p.Name,
            p.Description,
            details.TryGetValue(p.Slug, out var d) ? [.. d.FocusAreas.Select(f => f.Name)] : []))];
    }

    /// <summary>Every programme, to choose from where a page needs one (<c>?programma=</c>); one query.</summary>
    public async Task<IReadOnlyList<ProgrammeChoice>> ChoicesAsync(CancellationToken ct)
    {
        pageTags.Add(CacheTags.Programmes);
        return [.. (await programmeCatalogue.ListAsync(ct)).Select(p => new ProgrammeChoice(p.Slug, p.Name))];
    }
}
