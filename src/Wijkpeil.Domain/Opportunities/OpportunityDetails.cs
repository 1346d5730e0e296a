using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Opportunities;

/// <summary>What a coordinator fills in for a meekoppelkans, as typed; <see cref="Opportunity"/> checks it. Status changes go through their own method.</summary>
/// <param name="Title">What the chance is, in one line.</param>
/// <param name="Description">Markdown, kept as typed.</param>
/// <param name="Kind">Financial support, expertise, connections or extra research.</param>
/// <param name="RelatedProgrammeIds">The related programmes it comes from; one or more (the Volkshuisvestingsfonds example has two).</param>
/// <param name="FocusAreaCodes">The programme's focus-area codes (slugs such as <c>overvecht</c>) it is for; none when it is programme-wide.</param>
/// <param name="ProjectIds">Agenda projects of the programme it links to.</param>
/// <param name="Amount">Only with financial support, and only when known; never estimated.</param>
/// <param name="WindowFrom">First day the chance is open, when known.</param>
/// <param name="WindowTo">Last day (included), when known; not before <paramref name="WindowFrom"/>.</param>
/// <param name="Owner">Who follows it up (a person or team), when known.</param>
/// <param name="Source">Where it comes from, e.g. "Voortgangsbericht Vitale Wijken 2024" or a round's response.</param>
public sealed record OpportunityDetails(
    string? Title,
    string? Description,
    OpportunityKind Kind,
    IReadOnlyList<int> RelatedProgrammeIds,
    IReadOnlyList<string> FocusAreaCodes,
    IReadOnlyList<int> ProjectIds,
    Money? Amount = null,
    DateOnly? WindowFrom = null,
    DateOnly? WindowTo = null,
    string? Owner = null,
    string? Source = null);
