using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.Pages;

/// <summary>A focus area as the agenda pages name and link it.</summary>
/// <param name="Code">The programme's code, e.g. <c>overvecht</c>.</param>
/// <param name="Name">Its name.</param>
/// <param name="Municipality">The gemeente (GMnnnn).</param>
/// <param name="Members">Its wijken or buurten, for links to their area pages.</param>
public sealed record AgendaFocusArea(string Code, string Name, string Municipality, IReadOnlyList<AgendaAreaLink> Members);

/// <summary>A CBS area a focus area consists of.</summary>
/// <param name="Code">The CBS code, e.g. <c>WK034403</c>.</param>
/// <param name="Name">Its name, or the code when the register lacks it.</param>
public sealed record AgendaAreaLink(string Code, string Name);

/// <summary>A programme pillar in both languages.</summary>
/// <param name="Number">Its number.</param>
/// <param name="NameNl">Dutch name.</param>
/// <param name="NameEn">English name.</param>
public sealed record AgendaPillar(int Number, string NameNl, string NameEn)
{
    public string Name => Kernel.Ui.UiCulture.Pick(NameNl, NameEn);
}

/// <summary>An indicator a project can be linked to, with the pillar the kernset places it on (null outside the kernset).</summary>
/// <param name="Code">The indicator's code.</param>
/// <param name="NameNl">Dutch name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Pillar">The kernset pillar, if any.</param>
public sealed record IndicatorOption(string Code, string NameNl, string NameEn, int? Pillar)
{
    public string Name => Kernel.Ui.UiCulture.Pick(NameNl, NameEn);
}

/// <summary>A programme's focus areas and pillars, for naming and filtering on the agenda pages.</summary>
/// <param name="Id">The programme's id.</param>
/// <param name="Slug">Its slug, the value of <c>?programma=</c>.</param>
/// <param name="Name">Its name.</param>
/// <param name="FocusAreas">By name.</param>
/// <param name="Pillars">In the programme's order.</param>
public sealed record AgendaProgramme(int Id, string Slug, string Name, IReadOnlyList<AgendaFocusArea> FocusAreas, IReadOnlyList<AgendaPillar> Pillars)
{
    /// <summary>No programme: nothing to name.</summary>
    public static AgendaProgramme None { get; } = new(0, string.Empty, string.Empty, [], []);

    public AgendaFocusArea? FocusArea(string code) => FocusAreas.FirstOrDefault(f => f.Code == code);

    public string FocusAreaName(string code) => FocusArea(code)?.Name ?? code;

    public string PillarName(int number) =>
        Pillars.FirstOrDefault(p => p.Number == number)?.Name ?? number.ToString(CultureInfo.CurrentCulture);
}

/// <summary>What the agenda pages show besides the projects themselves: names of programmes, focus areas, pillars and indicators.</summary>
public sealed class AgendaPageData(WijkpeilDbContext db, AgendaProgrammes programmes, IAreaRegister register, IIndicatorCatalogue catalogue)
{
    /// <summary>Every programme with its focus areas (members named from the register) and pillars, by name.</summary>
    public async Task<IReadOnlyList<AgendaProgramme>> ProgrammesAsync(CancellationToken ct)
    {
        var all = await programmes.AllAsync(ct);
        var memberCodes = all.SelectMany(p => p.FocusAreas).SelectMany(f => f.Members).Distinct().ToList();
        var names = memberCodes.Count == 0
            ? []
            : await register.Areas.Where(a => memberCodes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);
        return [.. all.Select(p => new AgendaProgramme(
            p.Id,
            p.Slug,
            p.Name,
            [.. p.FocusAreas
                .OrderBy(f => f.Name, comparer)
                .Select(f => new AgendaFocusArea(f.Slug, f.Name, f.Municipality.Value, [.. f.Members.Select(m => new AgendaAreaLink(m.Value, names.GetValueOrDefault(m) ?? m.Value))]))],
            [.. p.Pillars.Select(x => new AgendaPillar(x.Number, x.NameNl, x.NameEn))]))];
    }

    /// <summary>The programme a page shows: the one named (null when unknown), else the only one (null when there are several).</summary>
    public static AgendaProgramme? Chosen(IReadOnlyList<AgendaProgramme> all, string? slug) =>
        string.IsNullOrWhiteSpace(slug)
            ? (all.Count == 1 ? all[0] : null)
            : all.FirstOrDefault(p => string.Equals(p.Slug, slug.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The latest percentage complete on each project's timeline (null when no update gave one).</summary>
    public async Task<IReadOnlyDictionary<int, int?>> PercentCompleteAsync(IReadOnlyCollection<int> projectIds, CancellationToken ct)
    {
        if (projectIds.Count == 0)
        {
            return new Dictionary<int, int?>();
        }

        // The project computes it from its timeline; loading the timelines keeps that rule in one place.
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).Include(p => p.ProgressUpdates).ToListAsync(ct);
        return projects.ToDictionary(p => p.Id, p => p.PercentComplete);
    }

    /// <summary>
    /// Every indicator of the catalogue: the kernset of <paramref name="programmeSlug"/> first (by pillar, in kernset
    /// order), then the rest by name.
    /// </summary>
    public async Task<IReadOnlyList<IndicatorOption>> IndicatorOptionsAsync(string programmeSlug, CancellationToken ct)
    {
        var kernset = (await programmes.BySlugAsync(programmeSlug, ct))?.Kernset ?? [];
        var pillarOrder = (await programmes.BySlugAsync(programmeSlug, ct))?.Pillars.Select((p, i) => (p.Number, i)).ToDictionary(x => x.Number, x => x.i) ?? [];
        var indicators = await catalogue.Indicators.Select(i => new { i.Id, i.Code, i.NameNl, i.NameEn }).ToListAsync(ct);
        var placed = kernset.GroupBy(c => c.IndicatorId).ToDictionary(g => g.Key, g => g.OrderBy(c => pillarOrder.GetValueOrDefault(c.PillarNumber)).ThenBy(c => c.Order).First());
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);
        return [.. indicators
            .Select(i => (Indicator: i, Place: placed.GetValueOrDefault(i.Id)))
            .OrderBy(x => x.Place is null)
            .ThenBy(x => x.Place is null ? 0 : pillarOrder.GetValueOrDefault(x.Place.PillarNumber))
            .ThenBy(x => x.Place?.Order)
            .ThenBy(x => x.Indicator.NameNl, comparer)
            .Select(x => new IndicatorOption(x.Indicator.Code, x.Indicator.NameNl, x.Indicator.NameEn, x.Place?.PillarNumber))];
    }
}

/// <summary>How the agenda pages write money, dates and statuses.</summary>
public static class AgendaFormat
{
    /// <summary>"1 maart 2024" or "1 March 2024".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A value of an output measure in its unit: "38 woningen", "72,5%".</summary>
    public static string Output(double? value, OutputUnit unit, string unitLabel) => value switch
    {
        null => "–",
        { } v when unit == OutputUnit.Percentage => Kernel.Ui.FigureFormat.Number(v) + "%",
        { } v => Kernel.Ui.FigureFormat.Number(v) + " " + unitLabel,
    };

    /// <summary>The CSS modifier of a status badge.</summary>
    public static string StatusClass(ProjectStatus status) => "wp-status wp-status--" + status.ToString().ToLowerInvariant();

    /// <summary>The first member's area page, the focus area's landing page on the monitor.</summary>
    public static string? AreaHref(AgendaFocusArea? focusArea) =>
        focusArea?.Members.Count > 0 ? "/wijken/" + focusArea.Members[0].Code : null;
}

/// <summary>The Dutch words for a status in addresses (<c>/agenda?status=lopend</c>).</summary>
public static class ProjectStatusSlugs
{
    public static IReadOnlyList<(string Slug, ProjectStatus Status)> All { get; } =
    [
        ("gepland", ProjectStatus.Planned),
        ("lopend", ProjectStatus.Running),
        ("afgerond", ProjectStatus.Completed),
        ("gestopt", ProjectStatus.Stopped),
    ];

    /// <summary>The status a slug names, or null for none or an unknown one.</summary>
    public static ProjectStatus? Parse(string? slug) =>
        All.Where(s => string.Equals(s.Slug, slug?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(s => (ProjectStatus?)s.Status).FirstOrDefault();
}

