namespace Wijkpeil.Domain.Agenda;

/// <summary>
/// The fields of a project an editor fills in on the form or sends to the API; status, publication,
/// progress, outputs, indicators and money change through their own methods on <see cref="Project"/>.
/// </summary>
/// <param name="FocusAreaCode">The programme's focus-area code, e.g. <c>overvecht</c>.</param>
/// <param name="Title">What the project is called in the agenda.</param>
/// <param name="Pillars">The programme's pillar numbers the project works on; one or more.</param>
/// <param name="OwnerOrganisation">The organisation that answers for the project (penvoerder); optional.</param>
/// <param name="StartDate">Planned start, or actual start once running.</param>
/// <param name="EndDate">Planned end, or actual end once completed or stopped; not before the start.</param>
/// <param name="Description">Markdown as typed; see <see cref="Project.Description"/>.</param>
/// <param name="MeetingPlaceName">Where residents can find the project, e.g. a wijkcentrum.</param>
/// <param name="MeetingPlaceAddress">The meeting place's address; only with a name.</param>
/// <param name="MeetingPlaceId">
/// The meeting place in the register (whose existence the application checks); when given, the register holds its
/// name and address, so <paramref name="MeetingPlaceName"/> and <paramref name="MeetingPlaceAddress"/> are not kept.
/// </param>
public sealed record ProjectDetails(
    string FocusAreaCode,
    string Title,
    IReadOnlyCollection<int> Pillars,
    string? OwnerOrganisation = null,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null,
    string? Description = null,
    string? MeetingPlaceName = null,
    string? MeetingPlaceAddress = null,
    int? MeetingPlaceId = null);
