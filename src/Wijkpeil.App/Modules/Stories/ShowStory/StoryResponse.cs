using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories.ShowStory;

/// <summary>A story as the API returns it.</summary>
/// <param name="Id">The story's id.</param>
/// <param name="Method">How it was gathered.</param>
/// <param name="Date">When.</param>
/// <param name="Area">CBS code of the wijk or buurt.</param>
/// <param name="AreaName">Its name.</param>
/// <param name="FocusArea">The focus-area code it lies in, e.g. overvecht.</param>
/// <param name="Pillar">The pillar number.</param>
/// <param name="ProjectId">The linked agenda project, if any.</param>
/// <param name="Summary">A few sentences.</param>
/// <param name="Body">Markdown as typed; sanitise before showing it as HTML.</param>
/// <param name="ConsentRecorded">Consent is on record (the date is not published).</param>
/// <param name="Anonymised">Quotes carry no names.</param>
/// <param name="Published">Visible to the public; false only for signed-in callers.</param>
/// <param name="Quotes">The quotes in order.</param>
public sealed record StoryResponse(
    int Id,
    StoryMethod Method,
    DateOnly Date,
    string Area,
    string AreaName,
    string? FocusArea,
    int Pillar,
    int? ProjectId,
    string Summary,
    string? Body,
    bool ConsentRecorded,
    bool Anonymised,
    bool Published,
    IReadOnlyList<QuoteResponse> Quotes)
{
    internal static StoryResponse From(StoryView s) => new(
        s.Id,
        s.Method,
        s.Date,
        s.Area,
        s.AreaName,
        s.FocusAreaCode,
        s.PillarNumber,
        s.ProjectId,
        s.Summary,
        s.Body,
        s.ConsentRecordedOn.HasValue,
        s.IsAnonymised,
        s.IsPublished,
        [.. s.Quotes.Select(q => new QuoteResponse(q.Text, q.Attribution))]);
}

/// <summary>A quote in a <see cref="StoryResponse"/>.</summary>
/// <param name="Text">What was said.</param>
/// <param name="Attribution">Who said it, when that may be told.</param>
public sealed record QuoteResponse(string Text, string? Attribution);
