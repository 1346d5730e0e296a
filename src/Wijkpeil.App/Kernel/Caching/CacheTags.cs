using System.Globalization;

namespace Wijkpeil.App.Kernel.Caching;

/// <summary>
/// The tags of cached public pages: what a page shows, and what a write names when it changes something public.
/// A page carries the tags of what it shows (through <see cref="PageCacheTags"/>; every page also carries
/// <see cref="All"/>); a write passes the tags of what it changed to <see cref="IPublicChanges.Invalidate"/>, and
/// every page carrying one of them is evicted from every web process's cache.
/// </summary>
/// <remarks>
/// Figures are tagged along one dimension per page: pages about one area or a few (area page, overview,
/// factsheet, comparison) carry <see cref="Area"/> for each area whose figures or name they show, and pages about one
/// indicator across many areas carry <see cref="Indicator"/>. A published or withdrawn batch names both its areas and
/// its indicators, so a figure of Overvecht evicts the Overvecht page and the indicator's pages, but not the page of
/// Soesterkwartier, which shows the same indicator for other areas. Tags are plain strings so that they can be
/// stored (<see cref="CacheInvalidation"/>); renaming one needs no migration (old rows then evict nothing).
/// </remarks>
public static class CacheTags
{
    /// <summary>Every cached page. For rare changes that touch everything: the area register or the catalogue grew.</summary>
    public const string All = "all";

    /// <summary>
    /// Every page that shows figures: for a batch of more than <see cref="MaxAreaTags"/> areas, which names this tag
    /// instead of one per area.
    /// </summary>
    public const string Figures = "figures";

    /// <summary>
    /// The programmes as a whole: pages that list every programme or take one without naming it (the agenda's
    /// filters, the indicator page's default breakdown). A programme added, removed or changed names it.
    /// </summary>
    public const string Programmes = "programmes";

    /// <summary>Every list of projects across programmes (the agenda page); any project or story written names it.</summary>
    public const string Agendas = "agenda";

    /// <summary>A batch touching more areas than this names <see cref="Figures"/> rather than one tag per area.</summary>
    public const int MaxAreaTags = 500;

    /// <summary>One programme's definition: name, pillars, focus areas, reference areas, kernset.</summary>
    public static string Programme(string slug) => "programme:" + Required(slug);

    /// <summary>The figures and the name of one area (any level: NL00, PV26, GM0344, WK034403, BU03440301).</summary>
    public static string Area(string code) => "area:" + Required(code);

    /// <summary>The figures of one indicator across areas, and its description.</summary>
    public static string Indicator(string code) => "indicator:" + Required(code);

    /// <summary>Lists and totals of one programme's projects and stories.</summary>
    public static string Agenda(string programmeSlug) => "agenda:" + Required(programmeSlug);

    /// <summary>The projects and stories of one focus area of a programme (the area page's agenda, the overview's totals).</summary>
    public static string FocusArea(string programmeSlug, string focusAreaCode) => $"focus:{Required(programmeSlug)}/{Required(focusAreaCode)}";

    /// <summary>One project's own page.</summary>
    public static string Project(int id) => "project:" + id.ToString(CultureInfo.InvariantCulture);

    private static string Required(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return value;
    }
}
