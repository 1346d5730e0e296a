namespace Wijkpeil.App.Tests.Security;

/// <summary>
/// The meeting-place and research-plan rows of the matrix (issue 14 points 6 and 7): the meeting-place register is kept
/// by a ProgrammeManager or Coordinator; a research plan by a ProgrammeManager or the AreaEditor of the focus area's
/// gemeente (Overvecht: Utrecht; Vollenhove: Zeist), who may open any plan's form but change only their own. Both
/// registers are public.
/// </summary>
public static partial class AuthorisationMatrix
{
    public const string MeetingPlaceNew = "POST /beheer/ontmoetingsplekken/nieuw [ontmoetingsplek]";
    public const string MeetingPlaceEdit = "POST /beheer/ontmoetingsplekken/{id} [ontmoetingsplek]";
    public const string ResearchPlanNew = "POST /beheer/onderzoek/nieuw [onderzoeksplan]";
    public const string ResearchPlanEdit = "POST /beheer/onderzoek/{id} [onderzoeksplan]";

    public const string MeetingPlacesAdminPage = "GET /beheer/ontmoetingsplekken";
    public const string MeetingPlaceNewPage = "GET /beheer/ontmoetingsplekken/nieuw";
    public const string MeetingPlaceEditPage = "GET /beheer/ontmoetingsplekken/{place}";
    public const string MeetingPlacesPage = "GET /ontmoetingsplekken";
    public const string MeetingPlacePage = "GET /ontmoetingsplekken/{place}";
    public const string ResearchPlansAdminPage = "GET /beheer/onderzoek";
    public const string ResearchPlanNewPage = "GET /beheer/onderzoek/nieuw";
    public const string ResearchPlanEditPage = "GET /beheer/onderzoek/{plan}";
    public const string ResearchPlansPage = "GET /onderzoek";
    public const string ResearchPlanPage = "GET /onderzoek/{plan}";

    // Properties, not fields: the other part's initialisers read them, and the order of static initialisers across
    // the files of a partial class is not defined.
    private static (string Row, int[] Statuses)[] PlaceRows =>
    [
        //                           ProgMgr KnowPar AreaEd  Subsidy Assess  Coord   Viewer  anonym  Zeist   ZeistSO
        (MeetingPlaceNew,           [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (MeetingPlaceEdit,          [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (ResearchPlanNew,           [302,    403,    403,    403,    403,    403,    403,    401,    302,    403]),
        (ResearchPlanEdit,          [302,    403,    302,    403,    403,    403,    403,    401,    403,    403]),
    ];

    private static (string Row, int[] Statuses)[] PlaceReadRows =>
    [
        //                           ProgMgr KnowPar AreaEd  Subsidy Assess  Coord   Viewer  anonym  Zeist   ZeistSO
        (MeetingPlacesAdminPage,    [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (MeetingPlaceNewPage,       [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (MeetingPlaceEditPage,      [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (MeetingPlacesPage,         [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (MeetingPlacePage,          [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (ResearchPlansAdminPage,    [200,    403,    200,    403,    403,    403,    403,    401,    200,    403]),
        (ResearchPlanNewPage,       [200,    403,    200,    403,    403,    403,    403,    401,    200,    403]),
        (ResearchPlanEditPage,      [200,    403,    200,    403,    403,    403,    403,    401,    200,    403]),
        (ResearchPlansPage,         [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (ResearchPlanPage,          [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
    ];
}
