using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>A story's values as the audit trail keeps them before and after a change.</summary>
/// <param name="Method">How it was gathered.</param>
/// <param name="Date">When.</param>
/// <param name="Area">The CBS code.</param>
/// <param name="Pillar">The pillar number.</param>
/// <param name="ProjectId">The linked project.</param>
/// <param name="Summary">The summary.</param>
/// <param name="Body">The Markdown as typed.</param>
/// <param name="ConsentRecordedOn">The consent date.</param>
/// <param name="IsAnonymised">Quotes carry no names.</param>
/// <param name="IsPublished">Visible to the public.</param>
/// <param name="Quotes">The quotes, in order.</param>
public sealed record StorySnapshot(
    StoryMethod Method,
    DateOnly Date,
    string Area,
    int Pillar,
    int? ProjectId,
    string Summary,
    string? Body,
    DateOnly? ConsentRecordedOn,
    bool IsAnonymised,
    bool IsPublished,
    IReadOnlyList<QuoteSnapshot> Quotes)
{
    public static StorySnapshot Of(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new(
            story.Method,
            story.Date,
            story.Area.Value,
            story.PillarNumber,
            story.ProjectId,
            story.Summary,
            story.Body,
            story.ConsentRecordedOn,
            story.IsAnonymised,
            story.IsPublished,
            [.. story.Quotes.Select(q => new QuoteSnapshot(q.Text, q.Attribution, q.IsNamed))]);
    }
}

/// <summary>A quote in a <see cref="StorySnapshot"/>.</summary>
/// <param name="Text">What was said.</param>
/// <param name="Attribution">Who said it.</param>
/// <param name="IsNamed">The attribution names a person.</param>
public sealed record QuoteSnapshot(string Text, string? Attribution, bool IsNamed);
