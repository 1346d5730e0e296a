using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>
/// A story as <c>POST /api/v1/stories</c> creates it and as the story form submits it (the one write shape of a story):
/// anything may be missing, and the use case answers each gap with a problem at that field. On an update only the fields
/// up to <paramref name="ConsentRecordedOn"/> count; quotes, anonymity and publication change through their own use cases.
/// </summary>
/// <param name="Method">How the finding was gathered: interview, focusGroup, observation, evaluation or survey.</param>
/// <param name="Date">When it was gathered (yyyy-MM-dd), not in the future.</param>
/// <param name="Area">CBS code of a focus area's wijk or buurt, or of a buurt inside such a wijk, e.g. WK034403.</param>
/// <param name="Pillar">The programme's pillar number.</param>
/// <param name="ProjectId">An agenda project of the same focus area; leave out for none.</param>
/// <param name="Summary">A few sentences (at most 1,000 characters).</param>
/// <param name="Body">The story in Markdown (at most 50,000 characters); sanitised when shown.</param>
/// <param name="ConsentRecordedOn">
/// The date the people in the story gave consent (yyyy-MM-dd); required to publish. Null means no consent on record (and
/// withdraws it on an update).
/// </param>
/// <param name="Anonymised">Quotes carry no names; refused while a quote is named.</param>
/// <param name="Published">Publish at once; refused without consent.</param>
/// <param name="Quotes">Quotes in the order they should appear.</param>
/// <param name="Programme">
/// The programme's slug, e.g. vitale-wijken; needed only when the area lies in focus areas of several programmes. A story
/// stays in its programme on an update.
/// </param>
public sealed record StoryRequest(
    StoryMethod? Method,
    DateOnly? Date,
    string? Area,
    int? Pillar,
    int? ProjectId,
    string? Summary,
    string? Body = null,
    DateOnly? ConsentRecordedOn = null,
    bool Anonymised = false,
    bool Published = false,
    IReadOnlyList<QuoteRequest>? Quotes = null,
    string? Programme = null);

/// <summary>A quote in a <see cref="StoryRequest"/>, or one added on its own.</summary>
/// <param name="Text">What was said.</param>
/// <param name="Attribution">Who said it: a name, or a description such as "bewoner, 67 jaar".</param>
/// <param name="Named">The attribution names a person (not allowed in an anonymised story).</param>
public sealed record QuoteRequest(string? Text, string? Attribution, bool Named = false);
