using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Data;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>A published story as the area pages show it beside a pillar's indicators.</summary>
/// <param name="Id">The story's id.</param>
/// <param name="Method">How it was gathered.</param>
/// <param name="Date">When it was gathered.</param>
/// <param name="Area">The gemeente, wijk or buurt it is about.</param>
/// <param name="PillarNumber">The pillar it speaks to.</param>
/// <param name="ProjectId">The agenda project it is about, if any.</param>
/// <param name="Summary">A few sentences.</param>
/// <param name="Body">Markdown as typed: the renderer sanitises it.</param>
/// <param name="IsAnonymised">Quotes carry no names.</param>
/// <param name="Quotes">The quotes, in the order they were added.</param>
public sealed record StoryView(
    int Id,
    StoryMethod Method,
    DateOnly Date,
    string Area,
    int PillarNumber,
    int? ProjectId,
    string Summary,
    string? Body,
    bool IsAnonymised,
    IReadOnlyList<QuoteView> Quotes);

/// <summary>A quote with who said it, when that may be told.</summary>
/// <param name="Text">What was said.</param>
/// <param name="Attribution">Who said it, named or described.</param>
public sealed record QuoteView(string Text, string? Attribution);

/// <summary>Reads published stories; drafts and stories without consent never leave this class.</summary>
public sealed class StoryQueries(WijkpeilDbContext db)
{
    /// <summary>
    /// The published stories about one area (exactly that code) and/or pillar (null means any), newest first.
    /// </summary>
    public async Task<IReadOnlyList<StoryView>> ListPublishedAsync(AreaCode? area, int? pillar, CancellationToken ct)
    {
        var query = db.Stories.AsNoTracking().Where(s => s.IsPublished && s.ConsentRecordedOn != null);
        if (area is { } code)
        {
            query = query.Where(s => s.Area == code);
        }

        if (pillar is { } number)
        {
            query = query.Where(s => s.PillarNumber == number);
        }

        var stories = await query.Include(s => s.Quotes).AsSplitQuery().ToListAsync(ct);
        return [.. stories.OrderByDescending(s => s.Date).ThenByDescending(s => s.Id).Select(ToView)];
    }

    /// <summary>The published stories linked to an agenda project, newest first.</summary>
    public async Task<IReadOnlyList<StoryView>> ListPublishedForProjectAsync(int projectId, CancellationToken ct)
    {
        var stories = await db.Stories.AsNoTracking()
            .Where(s => s.ProjectId == projectId && s.IsPublished && s.ConsentRecordedOn != null)
            .Include(s => s.Quotes)
            .AsSplitQuery()
            .ToListAsync(ct);
        return [.. stories.OrderByDescending(s => s.Date).ThenByDescending(s => s.Id).Select(ToView)];
    }

    /// <summary>
    /// The stories matching <paramref name="filter"/> that <paramref name="visibility"/> allows, newest first, with
    /// the names of their area, focus area, pillar and project.
    /// </summary>
    public async Task<IReadOnlyList<StoryItem>> ListAsync(StoryFilter filter, StoryVisibility visibility, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = Visible(visibility);
        if (filter.Pillar is { } pillar)
        {
            query = query.Where(s => s.PillarNumber == pillar);
        }

        if (filter.ProjectId is { } projectId)
        {
            query = query.Where(s => s.ProjectId == projectId);
        }

        var stories = await query.Include(s => s.Quotes).AsSplitQuery().ToListAsync(ct);
        var names = await NamesAsync(stories, ct);

        // Areas and focus areas are matched here, not in SQL: "lies within" follows the CBS code, which the
        // stored text cannot express portably, and a programme holds stories by the hundred, not the million.
        return [.. stories
            .Select(s => ToItem(s, names))
            .Where(s => filter.FocusArea is null || string.Equals(s.FocusAreaCode, filter.FocusArea, StringComparison.OrdinalIgnoreCase))
            .Where(s => filter.Area is not { } area || IsWithin(AreaCode.From(s.Area), area))
            .OrderByDescending(s => s.Date)
            .ThenByDescending(s => s.Id)];
    }

    /// <summary>One story, or null when it does not exist or <paramref name="visibility"/> hides it.</summary>
    public async Task<StoryItem?> GetAsync(int id, StoryVisibility visibility, CancellationToken ct)
    {
        var story = await Visible(visibility).Include(s => s.Quotes).AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, ct);
        return story is null ? null : ToItem(story, await NamesAsync([story], ct));
    }

    /// <summary>
    /// What an editor may choose from: the focus areas with the wijken and buurten a story may be about (the
    /// members and the register's buurten inside member wijken), the pillars, and the projects per focus area.
    /// </summary>
    public async Task<StoryChoices> ChoicesAsync(CancellationToken ct)
    {
        var programmes = await db.Programmes.AsNoTracking().Include(p => p.FocusAreas).Include(p => p.Pillars).AsSplitQuery().ToListAsync(ct);
        var focusAreas = programmes.SelectMany(p => p.FocusAreas).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var members = focusAreas.SelectMany(f => f.Members).ToList();
        var registered = await db.Areas.AsNoTracking().Where(a => members.Contains(a.Code)).Select(a => new { a.Code, a.Name }).ToListAsync(ct);

        // One query per member wijk: a focus area has one or two, and the buurten are what an editor picks from.
        foreach (var wijk in members.Where(m => m.Level == AreaLevel.District))
        {
            AreaCode? parent = wijk;
            registered.AddRange(await db.Areas.AsNoTracking()
                .Where(a => a.ParentCode == parent && a.Level == AreaLevel.Neighbourhood)
                .Select(a => new { a.Code, a.Name })
                .ToListAsync(ct));
        }

        var areaNames = registered.DistinctBy(a => a.Code).ToDictionary(a => a.Code, a => a.Name);
        var projects = await db.Projects.AsNoTracking()
            .Select(p => new { p.Id, p.Title, p.FocusAreaCode })
            .ToListAsync(ct);

        return new StoryChoices(
            [.. focusAreas.Select(f => new StoryFocusAreaChoice(
                f.Code,
                f.Name,
                f.MunicipalityCode.Value,
                [.. f.Members
                    .SelectMany(m => new[] { m }.Concat(registered.Select(r => r.Code).Where(c => c.Level == AreaLevel.Neighbourhood && c.DerivedParent == m)))
                    .Distinct()
                    .Select(c => new StoryAreaChoice(c.Value, areaNames.GetValueOrDefault(c, c.Value)))],
                [.. projects.Where(p => p.FocusAreaCode == f.Code).OrderBy(p => p.Title, StringComparer.Ordinal).Select(p => new StoryProjectChoice(p.Id, p.Title))]))],
            [.. programmes.SelectMany(p => p.Pillars).OrderBy(p => p.Number).Select(p => new StoryPillarChoice(p.Number, p.NameNl, p.NameEn))]);
    }

    /// <summary>Whether <paramref name="area"/> is <paramref name="container"/> or lies in it by its CBS code.</summary>
    public static bool IsWithin(AreaCode area, AreaCode container) =>
        area == container || area.DerivedParent == container || area.Municipality == container;

    private IQueryable<Story> Visible(StoryVisibility visibility) =>
        visibility == StoryVisibility.IncludeDrafts
            ? db.Stories.AsNoTracking()
            : db.Stories.AsNoTracking().Where(s => s.IsPublished && s.ConsentRecordedOn != null);

    private async Task<StoryNames> NamesAsync(IReadOnlyCollection<Story> stories, CancellationToken ct)
    {
        var codes = stories.Select(s => s.Area).Distinct().ToList();
        var areas = await db.Areas.AsNoTracking().Where(a => codes.Contains(a.Code)).Select(a => new { a.Code, a.Name }).ToListAsync(ct);
        var projectIds = stories.Where(s => s.ProjectId.HasValue).Select(s => s.ProjectId!.Value).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).Select(p => new { p.Id, p.Title, p.IsPublished }).ToListAsync(ct);
        var programmes = await db.Programmes.AsNoTracking().Include(p => p.FocusAreas).Include(p => p.Pillars).AsSplitQuery().ToListAsync(ct);
        return new StoryNames(
            areas.ToDictionary(a => a.Code, a => a.Name),
            projects.ToDictionary(p => p.Id, p => (p.Title, p.IsPublished)),
            programmes.ToDictionary(p => p.Id));
    }

    private static StoryItem ToItem(Story s, StoryNames names)
    {
        var programme = names.Programmes.GetValueOrDefault(s.ProgrammeId);
        var focusArea = programme?.FocusAreas.FirstOrDefault(f => f.Members.Contains(s.Area))
            ?? programme?.FocusAreas.FirstOrDefault(f => s.Area.DerivedParent is { } parent && f.Members.Contains(parent));
        var pillar = programme?.Pillars.FirstOrDefault(p => p.Number == s.PillarNumber);
        var project = s.ProjectId is { } id && names.Projects.TryGetValue(id, out var p) ? p : default;
        return new StoryItem(
            s.Id,
            s.Method,
            s.Date,
            s.Area.Value,
            names.Areas.GetValueOrDefault(s.Area, s.Area.Value),
            focusArea?.Code,
            focusArea?.Name,
            s.PillarNumber,
            pillar?.NameNl ?? s.PillarNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            pillar?.NameEn ?? s.PillarNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            s.ProjectId,
            project.Title,
            project.IsPublished,
            s.Summary,
            s.Body,
            s.ConsentRecordedOn,
            s.IsAnonymised,
            s.IsPublished,
            [.. s.Quotes.Select(q => new StoryQuote(q.Id, q.Text, q.Attribution, q.IsNamed))]);
    }

    private sealed record StoryNames(
        IReadOnlyDictionary<AreaCode, string> Areas,
        IReadOnlyDictionary<int, (string Title, bool IsPublished)> Projects,
        IReadOnlyDictionary<int, Domain.Programmes.Programme> Programmes);

    private static StoryView ToView(Story s) => new(
        s.Id,
        s.Method,
        s.Date,
        s.Area.Value,
        s.PillarNumber,
        s.ProjectId,
        s.Summary,
        s.Body,
        s.IsAnonymised,
        [.. s.Quotes.Select(q => new QuoteView(q.Text, q.Attribution))]);
}
