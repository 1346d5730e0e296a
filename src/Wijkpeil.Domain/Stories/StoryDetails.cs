using Wijkpeil.Domain.Areas;

namespace Wijkpeil.Domain.Stories;

/// <summary>
/// The fields of a story an editor fills in; quotes, consent, anonymity and publication change through
/// their own methods on <see cref="Story"/>.
/// </summary>
/// <param name="Method">How the finding was gathered.</param>
/// <param name="Date">When it was gathered (the interview, the meeting); not in the future.</param>
/// <param name="Area">The gemeente, wijk or buurt it is about.</param>
/// <param name="PillarNumber">The programme's pillar it speaks to.</param>
/// <param name="ProjectId">The agenda project it is about, if any.</param>
/// <param name="Summary">A few sentences shown beside the indicators.</param>
/// <param name="Body">Markdown as typed; see <see cref="Story.Body"/>.</param>
public sealed record StoryDetails(
    StoryMethod Method,
    DateOnly Date,
    AreaCode Area,
    int PillarNumber,
    int? ProjectId,
    string Summary,
    string? Body = null);
