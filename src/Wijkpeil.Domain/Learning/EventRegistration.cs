namespace Wijkpeil.Domain.Learning;

/// <summary>
/// One person's registration for a <see cref="CommunityEvent"/>: the minimum (name, e-mail, organisation, gemeente),
/// the hash of the secret of their cancel/offer link, a short check-in code, and where they stand.
/// </summary>
public sealed class EventRegistration
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int OrganisationMaxLength = 200;

    private EventRegistration()
    {
        Name = string.Empty;
        Email = string.Empty;
    }

    internal EventRegistration(string name, string email, string? organisation, string? gemeenteCode, DateTimeOffset at, RegistrationStatus status, string linkTokenHash, string checkInCode)
    {
        Name = name;
        Email = email;
        Organisation = organisation;
        GemeenteCode = gemeenteCode;
        RegisteredAt = at;
        Status = status;
        LinkTokenHash = linkTokenHash;
        CheckInCode = checkInCode;
    }

    public int Id { get; private set; }

    public int EventId { get; private set; }

    public string Name { get; private set; }

    public string Email { get; private set; }

    public string? Organisation { get; private set; }

    public string? GemeenteCode { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public RegistrationStatus Status { get; private set; }

    public DateTimeOffset? OfferedAt { get; private set; }

    /// <summary>Until when an offered place is held; after it the place passes on.</summary>
    public DateTimeOffset? OfferExpiresAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>SHA-256 of the secret in the person's link (cancel, accept an offer); never the secret; null once anonymised.</summary>
    public string? LinkTokenHash { get; private set; }

    /// <summary>A short code for check-in at the door, unique within the event; null once anonymised.</summary>
    public string? CheckInCode { get; private set; }

    public DateTimeOffset? AttendedAt { get; private set; }

    public bool IsAnonymised { get; private set; }

    /// <summary>Whether this registration holds one of the event's places: confirmed, or an open offer.</summary>
    public bool HoldsPlace => Status is RegistrationStatus.Confirmed or RegistrationStatus.Offered;

    /// <summary>Still in the running: holding a place or waiting for one.</summary>
    public bool IsActive => HoldsPlace || Status == RegistrationStatus.Waiting;

    internal void Offer(DateTimeOffset now, DateTimeOffset expiresAt)
    {
        Status = RegistrationStatus.Offered;
        OfferedAt = now;
        OfferExpiresAt = expiresAt;
    }

    internal void Confirm() => Status = RegistrationStatus.Confirmed;

    internal void CancelAt(DateTimeOffset now)
    {
        Status = RegistrationStatus.Cancelled;
        CancelledAt = now;
        AttendedAt = null;
    }

    internal void Lapse(DateTimeOffset now)
    {
        Status = RegistrationStatus.OfferLapsed;
        CancelledAt = now;
    }

    internal void MarkAttended(DateTimeOffset? at) => AttendedAt = at;

    /// <summary>Removes what names the person; status, organisation, gemeente and attendance stay for the counts.</summary>
    internal void Anonymise()
    {
        Name = string.Empty;
        Email = string.Empty;
        LinkTokenHash = null;
        CheckInCode = null;
        IsAnonymised = true;
    }
}
