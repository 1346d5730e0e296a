namespace Wijkpeil.Domain.Learning;

/// <summary>The kinds of Community of Practice events the progress letter names.</summary>
public enum EventKind
{
    /// <summary>A workshop.</summary>
    Workshop = 1,

    /// <summary>A werkbezoek within the region.</summary>
    WorkVisitInRegion = 2,

    /// <summary>A werkbezoek outside the region.</summary>
    WorkVisitOutsideRegion = 3,

    /// <summary>An inhoudelijke themabijeenkomst.</summary>
    ThemeMeeting = 4,

    /// <summary>A spreekuur held in a meeting place.</summary>
    ConsultationHour = 5,
}

/// <summary>Who may register for an event.</summary>
public enum EventAudience
{
    /// <summary>Anyone; Utrechtse gemeenten "kunnen aansluiten".</summary>
    Open = 1,

    /// <summary>Only people from the invited gemeenten or organisations.</summary>
    Invited = 2,
}

/// <summary>Where a registration stands.</summary>
public enum RegistrationStatus
{
    /// <summary>Has a place.</summary>
    Confirmed = 1,

    /// <summary>On the waiting list, in order of registration.</summary>
    Waiting = 2,

    /// <summary>Was offered a freed place that is held until the offer expires.</summary>
    Offered = 3,

    /// <summary>Cancelled by the person (their place, if any, passed on).</summary>
    Cancelled = 4,

    /// <summary>Let an offer pass or declined it; the place passed on.</summary>
    OfferLapsed = 5,
}
