namespace Wijkpeil.App.Tests.Security;

/// <summary>The Events rows of the matrix (issue 14): organising events, attendance and the report are for a ProgrammeManager or Coordinator; the list and calendars are public.</summary>
public static partial class AuthorisationMatrix
{
    public const string EventNew = "POST /beheer/bijeenkomsten/nieuw [bijeenkomst]";
    public const string EventEdit = "POST /beheer/bijeenkomsten/{id} [bijeenkomst]";
    public const string EventCancel = "POST /beheer/bijeenkomsten/{id} [bijeenkomst-afgelasten]";
    public const string EventReportSave = "POST /beheer/bijeenkomsten/{id} [bijeenkomst-verslag]";
    public const string EventCheckInByName = "POST /beheer/bijeenkomsten/{id}/aanwezigheid [aanwezig]";
    public const string EventCheckInByCode = "POST /beheer/bijeenkomsten/{id}/aanwezigheid [inchecken-code]";

    public const string EventsAdminPage = "GET /beheer/bijeenkomsten";
    public const string EventNewPage = "GET /beheer/bijeenkomsten/nieuw";
    public const string EventEditPage = "GET /beheer/bijeenkomsten/{event}";
    public const string EventAttendancePage = "GET /beheer/bijeenkomsten/{event}/aanwezigheid";
    public const string EventAttendanceList = "GET /beheer/bijeenkomsten/{event}/aanwezigheid/afdrukken";
    public const string EventsListPage = "GET /bijeenkomsten";
    public const string EventsFeed = "GET /bijeenkomsten/agenda.ics";
    public const string EventIcs = "GET /bijeenkomsten/{event}/agenda.ics";

    // Properties, not fields: the other part's initialisers read them, and the order of static initialisers across
    // the files of a partial class is not defined.
    private static (string Row, int[] Statuses)[] EventRows =>
    [
        //                           ProgMgr KnowPar AreaEd  Subsidy Assess  Coord   Viewer  anonym  Zeist   ZeistSO
        (EventNew,                  [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (EventEdit,                 [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (EventCancel,               [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (EventReportSave,           [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (EventCheckInByName,        [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (EventCheckInByCode,        [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
    ];

    private static (string Row, int[] Statuses)[] EventReadRows =>
    [
        //                           ProgMgr KnowPar AreaEd  Subsidy Assess  Coord   Viewer  anonym  Zeist   ZeistSO
        (EventsAdminPage,           [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (EventNewPage,              [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (EventEditPage,             [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (EventAttendancePage,       [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (EventAttendanceList,       [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (EventsListPage,            [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (EventsFeed,                [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (EventIcs,                  [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
    ];
}
