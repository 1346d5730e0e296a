using Wijkpeil.App.Kernel.Caching;

namespace Wijkpeil.App.Modules.Monitor;

public sealed partial class MonitorQueries
{
    /// <summary>Every programme by name, with its focus areas' names ("/programmas"); two queries whatever their number.</summary>
    public async Task<IReadOnlyList<ProgrammeListItem>> ProgrammesAsync(CancellationToken ct)
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
}
