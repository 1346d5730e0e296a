using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Programmes;
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

/// <summary>The programme's focus areas and pillars, for naming and filtering on the agenda pages.</summary>
/// <param name="FocusAreas">By name.</param>
/// <param name="Pillars">By number.</param>
public sealed record AgendaProgramme(IReadOnlyList<AgendaFocusArea> FocusAreas, IReadOnlyList<AgendaPillar> Pillars)
{
    public AgendaFocusArea? FocusArea(string code) => FocusAreas.FirstOrDefault(f => f.Code == code);

    public string FocusAreaName(string code) => FocusArea(code)?.Name ?? code;

    public string PillarName(int number) =>
        Pillars.FirstOrDefault(p => p.Number == number)?.Name ?? number.ToString(CultureInfo.CurrentCulture);
}

/// <summary>What the agenda pages show besides the projects themselves: names of focus areas, pillars and indicators.</summary>
public sealed class AgendaPageData(WijkpeilDbContext db)
{
    /// <summary>The focus areas and pillars of every programme (in practice one).</summary>
    public async Task<AgendaProgramme> ProgrammeAsync(CancellationToken ct)
    {
        var programmes = await db.Programmes.AsNoTracking()
            .Include(p => p.FocusAreas)
            .Include(p => p.Pillars)
            .AsSplitQuery()
            .OrderBy(p => p.Id)
            .ToListAsync(ct);
        var memberCodes = programmes.SelectMany(p => p.FocusAreas).SelectMany(f => f.Members).Distinct().ToList();
        var names = memberCodes.Count == 0
            ? []
            : await db.Areas.AsNoTracking().Where(a => memberCodes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);
        return new AgendaProgramme(
            [.. programmes.SelectMany(p => p.FocusAreas)
                .OrderBy(f => f.Name, comparer)
                .Select(f => new AgendaFocusArea(f.Code, f.Name, f.MunicipalityCode.Value, [.. f.Members.Select(m => new AgendaAreaLink(m.Value, names.GetValueOrDefault(m) ?? m.Value))]))],
            [.. programmes.SelectMany(p => p.Pillars)
                .GroupBy(p => p.Number)
                .OrderBy(g => g.Key)
                .Select(g => new AgendaPillar(g.Key, g.First().NameNl, g.First().NameEn))]);
    }

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

    /// <summary>Every indicator of the catalogue: the kernset's first (by pillar, in kernset order), then the rest by name.</summary>
    public async Task<IReadOnlyList<IndicatorOption>> IndicatorOptionsAsync(CancellationToken ct)
    {
        var core = await db.Programmes.AsNoTracking()
            .OrderBy(p => p.Id)
            .SelectMany(p => p.CoreIndicators)
            .Select(c => new { c.IndicatorId, c.PillarNumber, c.Order })
            .ToListAsync(ct);
        var indicators = await db.Indicators.AsNoTracking().Select(i => new { i.Id, i.Code, i.NameNl, i.NameEn }).ToListAsync(ct);
        var placed = core.GroupBy(c => c.IndicatorId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.PillarNumber).ThenBy(c => c.Order).First());
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);
        return [.. indicators
            .Select(i => (Indicator: i, Place: placed.GetValueOrDefault(i.Id)))
            .OrderBy(x => x.Place is null)
            .ThenBy(x => x.Place?.PillarNumber)
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

