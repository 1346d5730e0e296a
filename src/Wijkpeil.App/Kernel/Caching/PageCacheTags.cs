namespace Wijkpeil.App.Kernel.Caching;

/// <summary>
/// What the page being rendered shows, as <see cref="CacheTags"/>: pages and the queries behind them add the tags of
/// what they read, and the public-page policy copies them into the output-cache entry once the page is rendered
/// (static rendering: the page is complete before it is stored). One per request.
/// </summary>
public sealed class PageCacheTags
{
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal) { CacheTags.All };

    /// <summary>The tags so far; always includes <see cref="CacheTags.All"/>.</summary>
    public IReadOnlyCollection<string> Tags => _tags;

    public void Add(params IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        _tags.UnionWith(tags);
    }
}
