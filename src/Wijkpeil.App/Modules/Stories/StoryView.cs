using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>A story as the story pages show it, with the names they show beside it (the API answers a <see cref="ShowStory.StoryResponse"/>).</summary>
/// <param name="Id">The story's id.</param>
/// <param name="Method">How it was gathered.</param>
/// <param name="Date">When.</param>
/// <param name="Area">The CBS code of the wijk or buurt.</param>
/// <param name="AreaName">Its name in the register, else the code.</param>
/// <param name="FocusAreaCode">The focus area it lies in.</param>
/// <param name="FocusAreaName">That focus area's name.</param>
/// <param name="PillarNumber">The pillar.</param>
/// <param name="PillarNameNl">The pillar's Dutch name.</param>
/// <param name="PillarNameEn">The pillar's English name.</param>
/// <param name="ProjectId">The linked project, if any.</param>
/// <param name="ProjectTitle">Its title; null when the reader may not see the project (a draft, for the public).</param>
/// <param name="IsProjectPublished">Whether the linked project is published.</param>
/// <param name="Summary">A few sentences.</param>
/// <param name="Body">Markdown as typed: the renderer sanitises it.</param>
/// <param name="ConsentRecordedOn">When consent was given.</param>
/// <param name="IsAnonymised">Quotes carry no names.</param>
/// <param name="IsPublished">Visible to the public.</param>
/// <param name="Quotes">The quotes in order.</param>
/// <param name="Programme">The slug of the programme it belongs to.</param>
public sealed record StoryView(
    int Id,
    StoryMethod Method,
    DateOnly Date,
    string Area,
    string AreaName,
    string? FocusAreaCode,
    string? FocusAreaName,
    int PillarNumber,
    string PillarNameNl,
    string PillarNameEn,
    int? ProjectId,
    string? ProjectTitle,
    bool IsProjectPublished,
    string Summary,
    string? Body,
    DateOnly? ConsentRecordedOn,
    bool IsAnonymised,
    bool IsPublished,
    IReadOnlyList<QuoteView> Quotes,
    string? Programme = null);

/// <summary>A quote of a <see cref="StoryView"/>.</summary>
/// <param name="Id">The quote's id (to remove it).</param>
/// <param name="Text">What was said.</param>
/// <param name="Attribution">Who said it.</param>
/// <param name="IsNamed">The attribution names a person.</param>
public sealed record QuoteView(int Id, string Text, string? Attribution, bool IsNamed);

/// <summary>Turns stored stories into <see cref="StoryView"/>s: the names of their areas, projects, focus areas and pillars.</summary>
public sealed class StoryViews(IAreaRegister register, StoryProgrammes programmes, IProjectDirectory projects)
{
    /// <summary>The views of <paramref name="stories"/> (loaded with their quotes), in their order.</summary>
    public async Task<IReadOnlyList<StoryView>> OfAsync(IReadOnlyCollection<Story> stories, Audience audience, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var codes = stories.Select(s => s.Area).Distinct().ToList();
        var areas = await register.Areas.Where(a => codes.Contains(a.Code)).Select(a => new { a.Code, a.Name }).ToListAsync(ct);
        var projectIds = stories.Where(s => s.ProjectId.HasValue).Select(s => s.ProjectId!.Value).Distinct().ToList();
        var linked = await projects.Projects.Where(p => projectIds.Contains(p.Id)).Select(p => new { p.Id, p.Title, p.IsPublished }).ToListAsync(ct);
        var names = new Names(
            areas.ToDictionary(a => a.Code, a => a.Name),
            linked.ToDictionary(p => p.Id, p => (p.Title, p.IsPublished)),
            (await programmes.AllAsync(ct)).ToDictionary(p => p.Id));
        return [.. stories.Select(s => ToView(s, names, audience))];
    }

    private static StoryView ToView(Story s, Names names, Audience audience)
    {
        var programme = names.Programmes.GetValueOrDefault(s.ProgrammeId);
        var focusArea = programme?.FocusAreas.FirstOrDefault(f => f.Members.Contains(s.Area))
            ?? programme?.FocusAreas.FirstOrDefault(f => s.Area.DerivedParent is { } parent && f.Members.Contains(parent));
        var pillar = programme?.Pillars.FirstOrDefault(p => p.Number == s.PillarNumber);
        // A draft project's title is shown only to whom may open the project.
        var project = s.ProjectId is { } id && names.Projects.TryGetValue(id, out var p) && audience.MayShowProject(p.IsPublished) ? p : default;
        return new StoryView(
            s.Id,
            s.Method,
            s.Date,
            s.Area.Value,
            names.Areas.GetValueOrDefault(s.Area, s.Area.Value),
            focusArea?.Slug,
            focusArea?.Name,
            s.PillarNumber,
            pillar?.NameNl ?? s.PillarNumber.ToString(CultureInfo.InvariantCulture),
            pillar?.NameEn ?? s.PillarNumber.ToString(CultureInfo.InvariantCulture),
            s.ProjectId,
            project.Title,
            project.IsPublished,
            s.Summary,
            s.Body,
            s.ConsentRecordedOn,
            s.IsAnonymised,
            s.IsPublished,
            [.. s.Quotes.Select(q => new QuoteView(q.Id, q.Text, q.Attribution, q.IsNamed))],
            programme?.Slug);
    }

    private sealed record Names(
        IReadOnlyDictionary<AreaCode, string> Areas,
        IReadOnlyDictionary<int, (string Title, bool IsPublished)> Projects,
        IReadOnlyDictionary<int, ProgrammeDetails> Programmes);
}
