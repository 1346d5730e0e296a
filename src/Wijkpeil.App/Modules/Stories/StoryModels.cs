using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>What to list; null means any.</summary>
/// <param name="FocusArea">A focus-area code such as <c>overvecht</c>.</param>
/// <param name="Area">A CBS code: stories about that area or an area inside it.</param>
/// <param name="Pillar">A pillar number.</param>
/// <param name="ProjectId">An agenda project.</param>
/// <param name="Programme">A programme's slug; the focus-area code is one of its focus areas.</param>
public sealed record StoryFilter(string? FocusArea = null, AreaCode? Area = null, int? Pillar = null, int? ProjectId = null, string? Programme = null);

/// <summary>A story with the names the pages and the API show beside it.</summary>
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
public sealed record StoryItem(
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
    IReadOnlyList<StoryQuote> Quotes,
    string? Programme = null);

/// <summary>A quote of a <see cref="StoryItem"/>.</summary>
/// <param name="Id">The quote's id (to remove it).</param>
/// <param name="Text">What was said.</param>
/// <param name="Attribution">Who said it.</param>
/// <param name="IsNamed">The attribution names a person.</param>
public sealed record StoryQuote(int Id, string Text, string? Attribution, bool IsNamed);

/// <summary>What the story forms offer: one programme's focus areas and pillars.</summary>
/// <param name="Programme">The programme's slug.</param>
/// <param name="ProgrammeName">Its name.</param>
/// <param name="FocusAreas">Focus areas with their areas and projects.</param>
/// <param name="Pillars">The programme's pillars.</param>
public sealed record StoryChoices(string Programme, string ProgrammeName, IReadOnlyList<StoryFocusAreaChoice> FocusAreas, IReadOnlyList<StoryPillarChoice> Pillars)
{
    /// <summary>No programme: nothing to choose.</summary>
    public static StoryChoices None { get; } = new(string.Empty, string.Empty, [], []);
}

/// <summary>A focus area in the story forms.</summary>
/// <param name="Code">The focus-area code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Gemeente">The gemeente (GMnnnn) it lies in.</param>
/// <param name="Areas">The wijken and buurten a story may be about.</param>
/// <param name="Projects">Its agenda projects.</param>
public sealed record StoryFocusAreaChoice(string Code, string Name, string Gemeente, IReadOnlyList<StoryAreaChoice> Areas, IReadOnlyList<StoryProjectChoice> Projects);

/// <summary>A wijk or buurt to choose.</summary>
/// <param name="Code">The CBS code.</param>
/// <param name="Name">Its name.</param>
public sealed record StoryAreaChoice(string Code, string Name);

/// <summary>A project to choose.</summary>
/// <param name="Id">The project's id.</param>
/// <param name="Title">Its title.</param>
public sealed record StoryProjectChoice(int Id, string Title);

/// <summary>A pillar to choose.</summary>
/// <param name="Number">The pillar number.</param>
/// <param name="NameNl">Dutch name.</param>
/// <param name="NameEn">English name.</param>
public sealed record StoryPillarChoice(int Number, string NameNl, string NameEn);
