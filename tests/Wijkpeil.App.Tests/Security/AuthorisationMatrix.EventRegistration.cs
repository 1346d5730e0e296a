namespace Wijkpeil.App.Tests.Security;

/// <summary>The rows of an event's public page and the registrant's secret link (issue 14 point 2).</summary>
public static partial class AuthorisationMatrix
{
    public const string EventRegister = "POST /bijeenkomsten/{id} [aanmelden]";
    public const string RegistrationCancel = "POST /bijeenkomsten/inschrijving/{token} [afmelden]";
    public const string EventAccept = "POST /bijeenkomsten/inschrijving/{token} [aanbod-aannemen]";
    public const string EventDecline = "POST /bijeenkomsten/inschrijving/{token} [aanbod-afslaan]";

    public const string EventPage = "GET /bijeenkomsten/{event}";
    public const string EventRegistrationPage = "GET /bijeenkomsten/inschrijving/{event-token}";
    public const string EventRegistrationOtherLink = "GET /bijeenkomsten/inschrijving/{other-token}";

    // Registering needs no account, and the secret link is the credential for cancelling and for an offer: every
    // caller alike. A link reaches only its own registration (a link that is not stored is a different address, 404).
    // Properties, not fields: the tables of the main file read them while their own initialisers run.
    private static (string Row, int[] Statuses)[] EventRegistrationRows =>
    [
        //                           ProgMgr KnowPar AreaEd  Subsidy Assess  Coord   Viewer  anonym  Zeist   ZeistSO
        (EventRegister,             [302,    302,    302,    302,    302,    302,    302,    302,    302,    302]),
        (RegistrationCancel,        [302,    302,    302,    302,    302,    302,    302,    302,    302,    302]),
        (EventAccept,               [302,    302,    302,    302,    302,    302,    302,    302,    302,    302]),
        (EventDecline,              [302,    302,    302,    302,    302,    302,    302,    302,    302,    302]),
    ];

    private static (string Row, int[] Statuses)[] EventRegistrationReads =>
    [
        (EventPage,                 [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (EventRegistrationPage,     [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (EventRegistrationOtherLink, [404,   404,    404,    404,    404,    404,    404,    404,    404,    404]),
    ];
}
