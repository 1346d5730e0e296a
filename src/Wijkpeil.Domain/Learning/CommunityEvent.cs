using System.Globalization;
using System.Text.RegularExpressions;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Learning;

/// <summary>
/// An event of the Community of Practice: a workshop, a werkbezoek in or outside the region, a themabijeenkomst or a
/// spreekuur in a meeting place, with a capacity that is never exceeded and a waiting list that passes freed places on
/// by timed offers (<see cref="CommunityEvent"/>'s registration part).
/// </summary>
public sealed partial class CommunityEvent
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 20_000;
    public const int AddressMaxLength = 300;
    public const int ReportMaxLength = 20_000;
    public const int MaxCapacity = 10_000;
    public const int MaxInvited = 50;

    private readonly List<EventRegistration> _registrations = [];

    private CommunityEvent()
    {
        Title = string.Empty;
    }

    public int Id { get; private set; }

    public EventKind Kind { get; private set; }

    public string Title { get; private set; }

    /// <summary>Markdown as typed; the renderer sanitises.</summary>
    public string? Description { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public int? MeetingPlaceId { get; private set; }

    public string? Address { get; private set; }

    public int Capacity { get; private set; }

    public DateTimeOffset RegistrationClosesAt { get; private set; }

    public EventAudience Audience { get; private set; }

    public List<string> InvitedGemeenten { get; private set; } = [];

    public List<string> InvitedOrganisations { get; private set; } = [];

    public List<int> PillarNumbers { get; private set; } = [];

    public List<string> FocusAreaCodes { get; private set; } = [];

    public List<int> ProjectIds { get; private set; } = [];

    /// <summary>
    /// Places held (confirmed registrations and open offers) as the database counts them: written only by one
    /// conditional update that never passes <see cref="Capacity"/>, never by this class, so concurrent registrations
    /// cannot overfill the event. <see cref="HeldPlaces"/> is the same count over the loaded registrations.
    /// </summary>
    public int PlacesTaken { get; private set; }

    /// <summary>Confirmed registrations and open offers among the loaded registrations.</summary>
    public int HeldPlaces => _registrations.Count(r => r.HoldsPlace);

    public bool IsPublished { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>The coordinator's report after the event (Markdown).</summary>
    public string? Report { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>When the registrants' personal data was removed (retention); counts stay.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }

    public IReadOnlyList<EventRegistration> Registrations => _registrations;

    /// <summary>A new, unpublished event.</summary>
    public static Result<CommunityEvent> Create(EventDetails details)
    {
        var created = new CommunityEvent();
        var applied = created.Apply(details);
        return applied.IsSuccess ? created : applied.Error!;
    }

    /// <summary>Replaces the details; nothing changes when one is refused. The capacity may not drop below the places held (load the registrations).</summary>
    public Result<CommunityEvent> Change(EventDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.Capacity < HeldPlaces)
        {
            return Result<CommunityEvent>.Failure(
                "event.capacity.below_taken",
                string.Create(CultureInfo.InvariantCulture, $"Er zijn al {HeldPlaces} plaatsen bezet; het aantal plaatsen kan niet lager dan dat."),
                "capacity",
                HeldPlaces);
        }

        return Apply(details);
    }

    /// <summary>Shows the event on the public list and opens registration.</summary>
    public void Publish() => IsPublished = true;

    /// <summary>Cancels the event: nobody can register any more; the page says it is cancelled.</summary>
    public Result<CommunityEvent> Cancel(DateTimeOffset now)
    {
        if (CancelledAt is not null)
        {
            return Result<CommunityEvent>.Failure("event.cancelled", "Deze bijeenkomst is al afgelast.");
        }

        CancelledAt = now;
        return this;
    }

    /// <summary>Records the report after the event; the event is then closed (attendance stays as checked in).</summary>
    public Result<CommunityEvent> Close(string? report, DateTimeOffset now)
    {
        if (now < EndsAt)
        {
            return Result<CommunityEvent>.Failure("event.close.not_ended", "Een bijeenkomst kan pas na afloop worden afgesloten.");
        }

        var text = TextRules.OptionalRaw(report, ReportMaxLength, "event.report", "het verslag", "report");
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        Report = text.Value;
        ClosedAt ??= now;
        return this;
    }

    private Result<CommunityEvent> Apply(EventDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var title = TextRules.Required(details.Title, TitleMaxLength, "event.title", "de titel", "title");
        var description = TextRules.OptionalRaw(details.Description, DescriptionMaxLength, "event.description", "de beschrijving", "description");
        var address = TextRules.Optional(details.Address, AddressMaxLength, "event.address", "het adres", "address");
        var problem = title.Error ?? description.Error ?? address.Error ?? Check(details, address.IsSuccess ? address.Value : null);
        if (problem is not null)
        {
            return problem;
        }

        Kind = details.Kind;
        Title = title.Value;
        Description = description.Value;
        StartsAt = details.StartsAt;
        EndsAt = details.EndsAt;
        MeetingPlaceId = details.MeetingPlaceId;
        Address = details.MeetingPlaceId is null ? address.Value : null;
        Capacity = details.Capacity;
        RegistrationClosesAt = details.RegistrationClosesAt;
        Audience = details.Audience;
        InvitedGemeenten = details.Audience == EventAudience.Invited ? [.. details.InvitedGemeenten.Select(g => g.Trim().ToUpperInvariant()).Distinct()] : [];
        InvitedOrganisations = details.Audience == EventAudience.Invited ? [.. details.InvitedOrganisations.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)] : [];
        PillarNumbers = [.. details.PillarNumbers.Distinct().Order()];
        // Focus-area codes are the programmes' slugs, kept as stored (trimmed only), as projects and research plans keep them.
        FocusAreaCodes = [.. details.FocusAreaCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)];
        ProjectIds = [.. details.ProjectIds.Distinct().Order()];
        return this;
    }

    private static DomainError? Check(EventDetails details, string? address)
    {
        if (!Enum.IsDefined(details.Kind))
        {
            return new DomainError("event.kind.invalid", "Kies het soort bijeenkomst.", "kind");
        }

        if (details.EndsAt <= details.StartsAt)
        {
            return new DomainError("event.end.before_start", "Het einde moet na het begin liggen.", "endsAt");
        }

        if (details.RegistrationClosesAt > details.StartsAt)
        {
            return new DomainError("event.registration_closes.after_start", "Aanmelden sluit uiterlijk bij het begin van de bijeenkomst.", "registrationClosesAt");
        }

        if (details.Capacity is < 1 or > MaxCapacity)
        {
            return new DomainError("event.capacity.out_of_range", string.Create(CultureInfo.InvariantCulture, $"Het aantal plaatsen is een heel getal van 1 tot en met {MaxCapacity}."), "capacity", MaxCapacity);
        }

        if (details.MeetingPlaceId is null && address is null)
        {
            return new DomainError("event.place.required", "Kies een ontmoetingsplek uit het register of vul een adres in.", "place");
        }

        if (!Enum.IsDefined(details.Audience))
        {
            return new DomainError("event.audience.invalid", "Kies voor wie de bijeenkomst is.", "audience");
        }

        if (details.Audience == EventAudience.Invited)
        {
            if (details.InvitedGemeenten.Count == 0 && details.InvitedOrganisations.All(string.IsNullOrWhiteSpace))
            {
                return new DomainError("event.invited.required", "Noem bij een bijeenkomst op uitnodiging de genodigde gemeenten of organisaties.", "invitedGemeenten");
            }

            if (details.InvitedGemeenten.Count + details.InvitedOrganisations.Count > MaxInvited)
            {
                return new DomainError("event.invited.too_many", string.Create(CultureInfo.InvariantCulture, $"Nodig ten hoogste {MaxInvited} gemeenten en organisaties uit."), "invitedGemeenten", MaxInvited);
            }

            if (details.InvitedGemeenten.FirstOrDefault(g => !GemeenteCode().IsMatch(g.Trim())) is { } wrong)
            {
                return new DomainError("event.invited.gemeente_invalid", $"'{wrong}' is geen gemeentecode (GM en vier cijfers).", "invitedGemeenten", wrong);
            }
        }

        return null;
    }

    [GeneratedRegex("^[Gg][Mm][0-9]{4}$")]
    private static partial Regex GemeenteCode();
}
