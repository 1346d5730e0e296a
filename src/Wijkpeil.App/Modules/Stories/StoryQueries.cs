using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>Reads stories for the pages and the API; which ones a reader sees is the <see cref="Audience"/>'s rule.</summary>
public sealed class StoryQueries(WijkpeilDbContext db, StoryProgrammes programmes)
{
    /// <summary>
    /// The stories matching <paramref name="filter"/> that <paramref name="audience"/> may see, newest first, with
    /// the names of their area, focus area, pillar and project.
    /// </summary>
    public async Task<IReadOnlyList<StoryItem>> ListAsync(StoryFilter filter, Audience audience, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Stories.AsNoTracking().VisibleTo(audience);
        if (!string.IsNullOrWhiteSpace(filter.Programme))
        {
            var programmeId = (await programmes.AllAsync(ct)).FirstOrDefault(p => string.Equals(p.Slug, filter.Programme.Trim(), StringComparison.OrdinalIgnoreCase))?.Id ?? 0;
            query = query.Where(s => s.ProgrammeId == programmeId);
        }

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
            .Select(s => ToItem(s, names, audience))
            .Where(s => filter.FocusArea is null || string.Equals(s.FocusAreaCode, filter.FocusArea, StringComparison.OrdinalIgnoreCase))
            .Where(s => filter.Area is not { } area || IsWithin(AreaCode.From(s.Area), area))
            .OrderByDescending(s => s.Date)
            .ThenByDescending(s => s.Id)];
    }

    /// <summary>One story, or null when it does not exist or <paramref name="audience"/> may not see it.</summary>
    public async Task<StoryItem?> GetAsync(int id, Audience audience, CancellationToken ct)
    {
        var story = await db.Stories.AsNoTracking().VisibleTo(audience).Include(s => s.Quotes).AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, ct);
        return story is null ? null : ToItem(story, await NamesAsync([story], ct), audience);
    }

    /// <summary>
    /// What an editor may choose from in one programme: its focus areas with the wijken and buurten a story may be
    /// about (the members and the register's buurten inside member wijken), its pillars, and the projects per focus
    /// area. Null when there is no such programme.
    /// </summary>
    public async Task<StoryChoices?> ChoicesAsync(string programmeSlug, CancellationToken ct)
    {
        var programme = (await programmes.AllAsync(ct)).FirstOrDefault(p => string.Equals(p.Slug, programmeSlug, StringComparison.OrdinalIgnoreCase));
        if (programme is null)
        {
            return null;
        }

        var focusAreas = programme.FocusAreas.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
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
            .Where(p => p.ProgrammeId == programme.Id)
            .Select(p => new { p.Id, p.Title, p.FocusAreaCode })
            .ToListAsync(ct);

        return new StoryChoices(
            programme.Slug,
            programme.Name,
            [.. focusAreas.Select(f => new StoryFocusAreaChoice(
                f.Slug,
                f.Name,
                f.Municipality.Value,
                [.. f.Members
                    .SelectMany(m => new[] { m }.Concat(registered.Select(r => r.Code).Where(c => c.Level == AreaLevel.Neighbourhood && c.DerivedParent == m)))
                    .Distinct()
                    .Select(c => new StoryAreaChoice(c.Value, areaNames.GetValueOrDefault(c, c.Value)))],
                [.. projects.Where(p => p.FocusAreaCode == f.Slug).OrderBy(p => p.Title, StringComparer.Ordinal).Select(p => new StoryProjectChoice(p.Id, p.Title))]))],
            [.. programme.Pillars.OrderBy(p => p.Number).Select(p => new StoryPillarChoice(p.Number, p.NameNl, p.NameEn))]);
    }

    /// <summary>Whether <paramref name="area"/> is <paramref name="container"/> or lies in it by its CBS code.</summary>
    public static bool IsWithin(AreaCode area, AreaCode container) =>
        area == container || area.DerivedParent == container || area.Municipality == container;

    private async Task<StoryNames> NamesAsync(IReadOnlyCollection<Story> stories, CancellationToken ct)
    {
        var codes = stories.Select(s => s.Area).Distinct().ToList();
        var areas = await db.Areas.AsNoTracking().Where(a => codes.Contains(a.Code)).Select(a => new { a.Code, a.Name }).ToListAsync(ct);
        var projectIds = stories.Where(s => s.ProjectId.HasValue).Select(s => s.ProjectId!.Value).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).Select(p => new { p.Id, p.Title, p.IsPublished }).ToListAsync(ct);
        return new StoryNames(
            areas.ToDictionary(a => a.Code, a => a.Name),
            projects.ToDictionary(p => p.Id, p => (p.Title, p.IsPublished)),
            (await programmes.AllAsync(ct)).ToDictionary(p => p.Id));
    }

    private static StoryItem ToItem(Story s, StoryNames names, Audience audience)
    {
        var programme = names.Programmes.GetValueOrDefault(s.ProgrammeId);
        var focusArea = programme?.FocusAreas.FirstOrDefault(f => f.Members.Contains(s.Area))
            ?? programme?.FocusAreas.FirstOrDefault(f => s.Area.DerivedParent is { } parent && f.Members.Contains(parent));
        var pillar = programme?.Pillars.FirstOrDefault(p => p.Number == s.PillarNumber);
        // A draft project's title is shown only to whom may open the project.
        var project = s.ProjectId is { } id && names.Projects.TryGetValue(id, out var p) && audience.MayShowProject(p.IsPublished) ? p : default;
        return new StoryItem(
            s.Id,
            s.Method,
            s.Date,
            s.Area.Value,
            names.Areas.GetValueOrDefault(s.Area, s.Area.Value),
            focusArea?.Slug,
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
            [.. s.Quotes.Select(q => new StoryQuote(q.Id, q.Text, q.Attribution, q.IsNamed))],
            programme?.Slug);
    }

    private sealed record StoryNames(
        IReadOnlyDictionary<AreaCode, string> Areas,
        IReadOnlyDictionary<int, (string Title, bool IsPublished)> Projects,
        IReadOnlyDictionary<int, Programmes.Contracts.ProgrammeDetails> Programmes);
}
