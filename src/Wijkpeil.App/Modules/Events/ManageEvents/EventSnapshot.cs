using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.ManageEvents;

/// <summary>What the audit trail keeps of an event: its details and where it stands (never a registrant's data).</summary>
internal sealed record EventSnapshot(
    EventKind Kind,
    string Title,
    string? Description,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Address,
    int Capacity,
    DateTimeOffset RegistrationClosesAt,
    EventAudience Audience,
    IReadOnlyList<string> InvitedGemeenten,
    IReadOnlyList<string> InvitedOrganisations,
    IReadOnlyList<int> PillarNumbers,
    IReadOnlyList<string> FocusAreaCodes,
    IReadOnlyList<int> ProjectIds,
    bool IsPublished,
    DateTimeOffset? CancelledAt)
{
    public static EventSnapshot Of(CommunityEvent e) => new(
        e.Kind,
        e.Title,
        e.Description,
        e.StartsAt,
        e.EndsAt,
        e.Address,
        e.Capacity,
        e.RegistrationClosesAt,
        e.Audience,
        [.. e.InvitedGemeenten],
        [.. e.InvitedOrganisations],
        [.. e.PillarNumbers],
        [.. e.FocusAreaCodes],
        [.. e.ProjectIds],
        e.IsPublished,
        e.CancelledAt);
}
