namespace Wijkpeil.App.Tests.Security;

/// <summary>The Lessons rows of the matrix (issue 14 point 4): writing lessons is for a ProgrammeManager or Coordinator; the library is public.</summary>
public static partial class AuthorisationMatrix
{
    public const string LessonNew = "POST /beheer/lessen/nieuw [les]";
    public const string LessonEdit = "POST /beheer/lessen/{id} [les-bewerken]";

    public const string LessonNewPage = "GET /beheer/lessen/nieuw";
    public const string LessonEditPage = "GET /beheer/lessen/{lesson}";
    public const string LessonsLibraryPage = "GET /lessen";
    public const string LessonPage = "GET /lessen/{lesson}";

    // Properties, not fields: the other part's initialisers read them, and the order of static initialisers across
    // the files of a partial class is not defined.
    private static (string Row, int[] Statuses)[] LessonRows =>
    [
        //                           ProgMgr KnowPar AreaEd  Subsidy Assess  Coord   Viewer  anonym  Zeist   ZeistSO
        (LessonNew,                 [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (LessonEdit,                [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
    ];

    private static (string Row, int[] Statuses)[] LessonReadRows =>
    [
        //                           ProgMgr KnowPar AreaEd  Subsidy Assess  Coord   Viewer  anonym  Zeist   ZeistSO
        (LessonNewPage,             [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (LessonEditPage,            [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (LessonsLibraryPage,        [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (LessonPage,                [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
    ];
}
