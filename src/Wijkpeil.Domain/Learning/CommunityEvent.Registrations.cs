using System.Globalization;
using System.Text.RegularExpressions;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Learning;

/// <summary>
/// Registration, the waiting list and timed offers. Whether a new registration gets a place is decided by the
/// database's place counter (<see cref="PlacesTaken"/>), passed in as <c>placeHeld</c>; a place that frees (a
/// cancellation, a lapsed offer) passes to the first in line as an offer that holds it until it expires, or, when
/// nobody waits or the event has begun, goes back to the counter (the caller releases it).
/// </summary>
public sealed partial class CommunityEvent
{
    /// <summary>Registers <paramref name="who"/>: with a place when <paramref name="placeHeld"/>, else on the waiting list.</summary>
    public Result<EventRegistration> Register(Registrant who, DateTimeOffset now, string linkTokenHash, string checkInCode, bool placeHeld)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (RefusesRegistration(now) is { } closed)
        {
            return closed;
        }

        var name = TextRules.Required(who.Name, EventRegistration.NameMaxLength, "registration.name", "uw naam", "name");
        var email = Email(who.Email);
        var organisation = TextRules.Optional(who.Organisation, EventRegistration.OrganisationMaxLength, "registration.organisation", "uw organisatie", "organisation");
        var gemeente = string.IsNullOrWhiteSpace(who.GemeenteCode) ? null : who.GemeenteCode.Trim().ToUpperInvariant();
        var problem = name.Error ?? email.Error ?? organisation.Error;
        if (problem is not null)
        {
            return problem;
        }

        if (gemeente is not null && !GemeenteCode().IsMatch(gemeente))
        {
            return Result<EventRegistration>.Failure("registration.gemeente.invalid", $"'{gemeente}' is geen gemeentecode (GM en vier cijfers).", "gemeente", gemeente);
        }

        if (Audience == EventAudience.Invited && !IsInvited(gemeente, organisation.Value))
        {
            return Result<EventRegistration>.Failure("registration.not_invited", "Deze bijeenkomst is op uitnodiging: uw gemeente of organisatie staat niet op de lijst van genodigden.", "gemeente");
        }

        if (_registrations.Any(r => r.IsActive && string.Equals(r.Email, email.Value, StringComparison.OrdinalIgnoreCase)))
        {
            return Result<EventRegistration>.Failure("registration.duplicate", "Met dit e-mailadres bent u al aangemeld; uw bevestiging staat in uw mail.", "email");
        }

        var registration = new EventRegistration(name.Value, email.Value, organisation.Value, gemeente, now, placeHeld ? RegistrationStatus.Confirmed : RegistrationStatus.Waiting, linkTokenHash, checkInCode);
        _registrations.Add(registration);
        return registration;
    }

    /// <summary>Why nobody can register now, or null: unpublished, cancelled, or past the registration deadline.</summary>
    public DomainError? RefusesRegistration(DateTimeOffset now) =>
        !IsPublished ? new DomainError("event.not_published", "Deze bijeenkomst is nog niet gepubliceerd.")
        : CancelledAt is not null ? new DomainError("event.cancelled", "Deze bijeenkomst is afgelast.")
        : now > RegistrationClosesAt ? new DomainError("event.registration_closed", "Aanmelden voor deze bijeenkomst is gesloten.")
        : null;

    /// <summary>The person cancels through their link; whether their registration held a place (to pass on).</summary>
    public Result<bool> CancelRegistration(EventRegistration registration, DateTimeOffset now)
    {
        if (!Owns(registration) || !registration.IsActive)
        {
            return Result<bool>.Failure("registration.not_active", "Deze aanmelding is al geannuleerd of vervallen.");
        }

        if (now >= EndsAt)
        {
            return Result<bool>.Failure("registration.event_over", "De bijeenkomst is voorbij; annuleren kan niet meer.");
        }

        var held = registration.HoldsPlace;
        registration.CancelAt(now);
        return held;
    }

    /// <summary>The person takes the place offered to them, before the offer expires.</summary>
    public Result<EventRegistration> AcceptOffer(EventRegistration registration, DateTimeOffset now)
    {
        if (!Owns(registration) || registration.Status != RegistrationStatus.Offered)
        {
            return Result<EventRegistration>.Failure("registration.no_offer", "Er staat voor deze aanmelding geen aanbod open.");
        }

        if (now > registration.OfferExpiresAt)
        {
            return Result<EventRegistration>.Failure("registration.offer_expired", "Het aanbod is verlopen; de plaats is doorgegeven.");
        }

        registration.Confirm();
        return registration;
    }

    /// <summary>The person lets an offered place go (declines it); the place is to be passed on.</summary>
    public Result<EventRegistration> DeclineOffer(EventRegistration registration, DateTimeOffset now)
    {
        if (!Owns(registration) || registration.Status != RegistrationStatus.Offered)
        {
            return Result<EventRegistration>.Failure("registration.no_offer", "Er staat voor deze aanmelding geen aanbod open.");
        }

        registration.Lapse(now);
        return registration;
    }

    /// <summary>Lapses the offers that expired before <paramref name="now"/>; each lapsed offer's place is to be passed on.</summary>
    public IReadOnlyList<EventRegistration> LapseExpiredOffers(DateTimeOffset now)
    {
        var expired = _registrations.Where(r => r.Status == RegistrationStatus.Offered && r.OfferExpiresAt < now).ToList();
        foreach (var registration in expired)
        {
            registration.Lapse(now);
        }

        return expired;
    }

    /// <summary>
    /// Passes a freed place to the first in line as an offer held for <paramref name="offerTime"/> (at most until the
    /// start); null when nobody waits or the event has begun, and the place goes back to the counter.
    /// </summary>
    public EventRegistration? PassOnPlace(DateTimeOffset now, TimeSpan offerTime)
    {
        if (now >= StartsAt || CancelledAt is not null)
        {
            return null;
        }

        var next = WaitingList.FirstOrDefault();
        if (next is null)
        {
            return null;
        }

        var expires = now + offerTime < StartsAt ? now + offerTime : StartsAt;
        next.Offer(now, expires);
        return next;
    }

    /// <summary>Those waiting, first in line first (registered earliest; the id breaks a tie).</summary>
    public IEnumerable<EventRegistration> WaitingList =>
        _registrations.Where(r => r.Status == RegistrationStatus.Waiting).OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id);

    /// <summary>Checks a confirmed registration in (or out again, to correct a mistake).</summary>
    public Result<EventRegistration> CheckIn(EventRegistration registration, bool attended, DateTimeOffset now)
    {
        if (!Owns(registration) || registration.Status != RegistrationStatus.Confirmed)
        {
            return Result<EventRegistration>.Failure("registration.not_confirmed", "Alleen iemand met een bevestigde plaats kan worden aangemeld als aanwezig.");
        }

        registration.MarkAttended(attended ? now : null);
        return registration;
    }

    /// <summary>Attended, and confirmed but absent (only once the event has ended); the numbers a project's output takes.</summary>
    public (int Attended, int NoShows) Attendance(DateTimeOffset now)
    {
        var confirmed = _registrations.Where(r => r.Status == RegistrationStatus.Confirmed).ToList();
        var attended = confirmed.Count(r => r.AttendedAt is not null);
        return (attended, now >= EndsAt ? confirmed.Count - attended : 0);
    }

    /// <summary>Removes the registrants' names, e-mail addresses, links and codes; the counts stay.</summary>
    public void AnonymiseRegistrations(DateTimeOffset now)
    {
        foreach (var registration in _registrations.Where(r => !r.IsAnonymised))
        {
            registration.Anonymise();
        }

        AnonymisedAt ??= now;
    }

    private bool Owns(EventRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        return _registrations.Contains(registration);
    }

    private bool IsInvited(string? gemeente, string? organisation) =>
        (gemeente is not null && InvitedGemeenten.Contains(gemeente, StringComparer.Ordinal))
        || (organisation is not null && InvitedOrganisations.Contains(organisation, StringComparer.OrdinalIgnoreCase));

    private static Result<string> Email(string? text)
    {
        var address = text?.Trim() ?? string.Empty;
        if (address.Length == 0)
        {
            return Result<string>.Failure("registration.email.required", "Vul uw e-mailadres in.", "email");
        }

        return address.Length <= EventRegistration.EmailMaxLength && EmailShape().IsMatch(address)
            ? address
            : Result<string>.Failure("registration.email.invalid", string.Create(CultureInfo.InvariantCulture, $"'{address}' is geen e-mailadres."), "email", address);
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();
}
