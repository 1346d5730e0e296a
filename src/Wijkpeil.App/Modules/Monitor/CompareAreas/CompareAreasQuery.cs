using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Monitor.Reading;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using static Wijkpeil.App.Modules.Monitor.Reading.AreaReader;
using static Wijkpeil.App.Modules.Monitor.Reading.FigureReader;

namespace Wijkpeil.App.Modules.Monitor.CompareAreas;

/// <summary>Areas side by side on a programme's kernset ("/vergelijk").</summary>
public sealed class CompareAreasQuery(
    IProgrammeCatalogue programmeCatalogue, KernsetReader kernsetReader, AreaReader areaReader, FigureReader figureReader, PageCacheTags pageTags)
{
    /// <summary>
    /// Areas side by side ("/vergelijk") on the kernset of the programme <paramref name="programmeSlug"/> names
    /// (<c>?programma=</c>), else of the only programme; with several programmes and none named, or an unknown one,
    /// the areas are listed without a kernset (the page asks which programme). Codes are read as people type them
    /// (gm0344 is GM0344), duplicates dropped; codes that are malformed or not in the register are listed in
    /// <see cref="Comparison.UnknownCodes"/> and left out. A focus area of the programme is asked by its slug (batau) and
    /// compared as one unit: its derived figures, or none where its members must be read side by side
    /// (<see cref="ComparisonRow.Notes"/>). The page checks that two to six areas remain: this returns what it can for
    /// any number.
    /// </summary>
    public async Task<Comparison> GetAsync(IReadOnlyList<string> areaCodes, string? programmeSlug, Audience audience, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(areaCodes);
        var asked = areaCodes.Select(AreaCodes.Normalise).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var programme = await ChosenProgrammeAsync(programmeSlug, ct);
        var kernset = (await kernsetReader.KernsetsAsync(programme is null ? [] : [programme], ct)).FirstOrDefault();

        // A text that is no area of the register may be a focus area of the programme, by its slug (batau).
        var focusAreas = kernset?.FocusAreas ?? [];
        var chosenFocusAreas = focusAreas.Where(f => asked.Contains(f.Slug, StringComparer.OrdinalIgnoreCase)).ToList();
        List<AreaCode> codes = [.. asked.Select(ParseCode).OfType<AreaCode>()];
        var (register, buurten) = await areaReader.AreasWithBuurtenAsync([.. codes, .. CodesOf(chosenFocusAreas)], [.. codes, .. chosenFocusAreas.SelectMany(f => f.Members)], ct);
        var columns = new List<(AreaRef Area, string Link, DerivationUnit Unit)>();
        var unknown = new List<string>();
        foreach (var text in asked)
        {
            var index = focusAreas.ToList().FindIndex(f => string.Equals(f.Slug, text, StringComparison.OrdinalIgnoreCase));
            if (ParseCode(text) is { } code && register.TryGetValue(code, out var area))
            {
                columns.Add((RefOf(area), MonitorLinks.Area(area.Code.Value), DerivationUnit.Single(area.Id, area.Name)));
            }
            else if (index >= 0)
            {
                var focus = focusAreas[index];
                pageTags.Add(CacheTags.FocusArea(kernset!.Code, focus.Slug));
                columns.Add((new AreaRef(focus.Slug, focus.Name, focus.Members[0].Level), MonitorLinks.FocusArea(kernset.Code, focus.Slug), FocusAreaUnits.Of(focus, index, register)));
            }
            else
            {
                unknown.Add(text);
            }
        }

        var areaIds = columns.SelectMany(c => c.Unit.Members.Select(m => m.AreaId)).Where(id => id > 0).Distinct().ToList();
        var figures = await figureReader.FiguresAsync(kernset?.Entries ?? [], areaIds, await figureReader.PeriodsAsync(ct), audience, ct, buurten);
        var notes = columns.Select(c => kernset is null ? [] : FocusAreaUnits.Derive(figures, kernset.Entries, c.Unit, buurten)).ToList();
        var pillars = kernset?.Pillars
            .Select(p => new ComparisonPillar(p, [.. kernset.EntriesOf(p).Select(e => ComparisonRowOf(figures, e, [.. columns.Select(c => c.Unit.Id)]) with
            {
                Notes = [.. notes.Select(n => n.GetValueOrDefault(e))],
            })]))
            .ToList() ?? [];
        return new Comparison([.. columns.Select(c => c.Area)], unknown, pillars, kernset is null ? null : new ProgrammeChoice(kernset.Code, kernset.Name))
        {
            Links = [.. columns.Select(c => c.Link)],
        };
    }

    /// <summary>
    /// The programme a page asked for with <c>?programma=</c>; without one, the only programme. Null when the slug is
    /// unknown, or when none was asked for and there are several (the page then lets the reader choose).
    /// </summary>
    private async Task<ProgrammeDetails?> ChosenProgrammeAsync(string? slug, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(slug))
        {
            var named = await programmeCatalogue.DetailsAsync([slug.Trim()], ct);
            return named.Count > 0 ? named[0] : null;
        }

        pageTags.Add(CacheTags.Programmes);
        var all = await programmeCatalogue.ListAsync(ct);
        var only = all.Count == 1 ? await programmeCatalogue.DetailsAsync([all[0].Slug], ct) : [];
        return only.Count > 0 ? only[0] : null;
    }

    /// <summary>Each area's figure of the latest period they all have one for; without such a period, each area's own latest.</summary>
    private static ComparisonRow ComparisonRowOf(FigureSet figures, KernsetIndicator entry, List<int> areaIds)
    {
        var series = areaIds.Select(id => figures.Series(entry, id)).ToList();
        int? common = null;
        if (series.Count > 0 && series.All(s => s.Count > 0))
        {
            var shared = series[0].Select(r => r.PeriodId).ToHashSet();
            foreach (var other in series.Skip(1))
            {
                shared.IntersectWith(other.Select(r => r.PeriodId));
            }

            common = shared.Count == 0 ? null : shared.MaxBy(id => figures.Periods[id].Order);
        }

        var row = series
            .Select(s => common is { } period ? s.First(r => r.PeriodId == period) : LatestOf(s))
            .Select(r => r is { } found ? figures.ToFigure(found) : null)
            .ToList();
        return new ComparisonRow(entry.Indicator.Summary, entry.BreakdownCode, row);
    }
}
