namespace Wijkpeil.Domain.Learning;

/// <summary>What a coordinator fills in for an event, as typed; <see cref="CommunityEvent"/> checks it.</summary>
/// <param name="Kind">Workshop, werkbezoek, themabijeenkomst or spreekuur.</param>
/// <param name="Title">The event's title.</param>
/// <param name="Description">Markdown, kept as typed.</param>
/// <param name="StartsAt">Start, an instant (the page asks it in Europe/Amsterdam).</param>
/// <param name="EndsAt">End, after the start.</param>
/// <param name="MeetingPlaceId">A meeting place from the register, or null with an <paramref name="Address"/>.</param>
/// <param name="Address">An address when the place is not in the register (a werkbezoek elsewhere).</param>
/// <param name="Capacity">Places; registrations beyond it wait.</param>
/// <param name="RegistrationClosesAt">The last moment to register; at the latest the start.</param>
/// <param name="Audience">Open, or invited gemeenten and organisations only.</param>
/// <param name="InvitedGemeenten">GMnnnn codes of the invited gemeenten.</param>
/// <param name="InvitedOrganisations">Names of the invited organisations.</param>
/// <param name="PillarNumbers">The pillars the event is about.</param>
/// <param name="FocusAreaCodes">The programmes' focus-area codes (slugs such as <c>overvecht</c>) it is about, as stored.</param>
/// <param name="ProjectIds">Agenda projects whose output it feeds.</param>
public sealed record EventDetails(
    EventKind Kind,
    string? Title,
    string? Description,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int? MeetingPlaceId,
    string? Address,
    int Capacity,
    DateTimeOffset RegistrationClosesAt,
    EventAudience Audience,
    IReadOnlyList<string> InvitedGemeenten,
    IReadOnlyList<string> InvitedOrganisations,
    IReadOnlyList<int> PillarNumbers,
    IReadOnlyList<string> FocusAreaCodes,
    IReadOnlyList<int> ProjectIds);

/// <summary>Who registers: the minimum the coordinator needs (name, e-mail, organisation, gemeente).</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Email">Where the confirmation, the cancel link and an offer go.</param>
/// <param name="Organisation">Their organisation, optional.</param>
/// <param name="GemeenteCode">The gemeente they come from or work for (GMnnnn), optional.</param>
public sealed record Registrant(string? Name, string? Email, string? Organisation, string? GemeenteCode);
