using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>What the story form and the list's filter offer: one programme's focus areas and pillars.</summary>
/// <param name="Programme">The programme's slug.</param>
/// <param name="ProgrammeName">Its name.</param>
/// <param name="FocusAreas">Focus areas with their areas and projects.</param>
/// <param name="Pillars">The programme's pillars.</param>
public sealed record StoryChoices(string Programme, string ProgrammeName, IReadOnlyList<StoryChoices.FocusArea> FocusAreas, IReadOnlyList<StoryChoices.Pillar> Pillars)
{
    /// <summary>No programme: nothing to choose.</summary>
    public static StoryChoices None { get; } = new(string.Empty, string.Empty, [], []);

    /// <summary>A focus area to choose from.</summary>
    /// <param name="Code">The focus-area code.</param>
    /// <param name="Name">Its name.</param>
    /// <param name="Gemeente">The gemeente (GMnnnn) it lies in.</param>
    /// <param name="Areas">The wijken and buurten a story may be about: CBS code and name.</param>
    /// <param name="Projects">Its agenda projects: id and title.</param>
    public sealed record FocusArea(string Code, string Name, string Gemeente, IReadOnlyList<(string Code, string Name)> Areas, IReadOnlyList<(int Id, string Title)> Projects);

    /// <summary>A pillar to choose.</summary>
    /// <param name="Number">The pillar number.</param>
    /// <param name="NameNl">Dutch name.</param>
    /// <param name="NameEn">English name.</param>
    public sealed record Pillar(int Number, string NameNl, string NameEn);
}

/// <summary>Reads the <see cref="StoryChoices"/> of a programme.</summary>
public sealed class StoryChoicesQuery(IAreaRegister register, StoryProgrammes programmes, IProjectDirectory projects)
{
    /// <summary>
    /// What an editor may choose from in one programme: its focus areas with the wijken and buurten a story may be
    /// about (the members and the register's buurten inside member wijken), its pillars, and the projects per focus
    /// area. Null when there is no such programme.
    /// </summary>
    public async Task<StoryChoices?> OfAsync(string programmeSlug, CancellationToken ct)
    {
        var programme = (await programmes.AllAsync(ct)).FirstOrDefault(p => string.Equals(p.Slug, programmeSlug, StringComparison.OrdinalIgnoreCase));
        if (programme is null)
        {
            return null;
        }

        var focusAreas = programme.FocusAreas.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var members = focusAreas.SelectMany(f => f.Members).ToList();
        var registered = await register.Areas.Where(a => members.Contains(a.Code)).Select(a => new { a.Code, a.Name }).ToListAsync(ct);

        // One query per member wijk: a focus area has one or two, and the buurten are what an editor picks from.
        foreach (var wijk in members.Where(m => m.Level == AreaLevel.District))
        {
            AreaCode? parent = wijk;
            registered.AddRange(await register.Areas
                .Where(a => a.ParentCode == parent && a.Level == AreaLevel.Neighbourhood)
                .Select(a => new { a.Code, a.Name })
                .ToListAsync(ct));
        }

        var areaNames = registered.DistinctBy(a => a.Code).ToDictionary(a => a.Code, a => a.Name);
        var ofProgramme = await projects.Projects
            .Where(p => p.ProgrammeId == programme.Id)
            .Select(p => new { p.Id, p.Title, p.FocusAreaCode })
            .ToListAsync(ct);

        return new StoryChoices(
            programme.Slug,
            programme.Name,
            [.. focusAreas.Select(f => new StoryChoices.FocusArea(
                f.Slug,
                f.Name,
                f.Municipality.Value,
                [.. f.Members
                    .SelectMany(m => new[] { m }.Concat(registered.Select(r => r.Code).Where(c => c.Level == AreaLevel.Neighbourhood && c.DerivedParent == m)))
                    .Distinct()
                    .Select(c => (c.Value, areaNames.GetValueOrDefault(c, c.Value)))],
                [.. ofProgramme.Where(p => p.FocusAreaCode == f.Slug).OrderBy(p => p.Title, StringComparer.Ordinal).Select(p => (p.Id, p.Title))]))],
            [.. programme.Pillars.OrderBy(p => p.Number).Select(p => new StoryChoices.Pillar(p.Number, p.NameNl, p.NameEn))]);
    }
}
