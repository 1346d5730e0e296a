namespace Wijkpeil.App.Kernel.Caching;

/// <summary>The public page cache's settings, bound from the <c>PageCache</c> configuration section.</summary>
public sealed class PageCacheOptions
{
    public const string Section = "PageCache";

    /// <summary>
    /// Whether public pages are kept in the output cache (default). Off, every page is rendered for every request:
    /// for measuring rendering (bench/web.sh) and for finding out whether a fault is the cache's.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
