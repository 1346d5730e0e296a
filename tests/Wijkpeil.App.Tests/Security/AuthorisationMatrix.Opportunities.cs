namespace Wijkpeil.App.Tests.Security;

/// <summary>
/// The Opportunities rows of the matrix (issue 14, point 5): the meekoppelkansen register, its related programmes and
/// the yearly round with its downloads are for a ProgrammeManager or Coordinator only (OpportunityAccess), in every
/// gemeente; nothing of it is public.
/// </summary>
public static partial class AuthorisationMatrix
{
    public const string OpportunityNew = "POST /beheer/meekoppelkansen/nieuw [meekoppelkans]";
    public const string OpportunityEdit = "POST /beheer/meekoppelkansen/{id} [meekoppelkans]";
    public const string OpportunityStatus = "POST /beheer/meekoppelkansen/{id} [meekoppelkans-status]";
    public const string RelatedProgrammeNew = "POST /beheer/meekoppelkansen/programmas [aanverwant-programma]";
    public const string RelatedProgrammeEdit = "POST /beheer/meekoppelkansen/programmas/{id} [aanverwant-programma-wijzigen]";
    public const string RoundStart = "POST /beheer/meekoppelkansen/ronde/{year} [ronde-starten]";
    public const string RoundChoose = "POST /beheer/meekoppelkansen/ronde/{year} [ronde-kiezen]";
    public const string RoundSent = "POST /beheer/meekoppelkansen/ronde/{year} [ronde-verzonden]";
    public const string RoundResponse = "POST /beheer/meekoppelkansen/ronde/{year} [ronde-antwoord]";
    public const string RoundLink = "POST /beheer/meekoppelkansen/ronde/{year} [ronde-koppelen]";
    public const string RoundUnlink = "POST /beheer/meekoppelkansen/ronde/{year} [ronde-ontkoppelen]";
    public const string RoundRemove = "POST /beheer/meekoppelkansen/ronde/{year} [ronde-weghalen]";

    public const string OpportunitiesPage = "GET /beheer/meekoppelkansen";
    public const string OpportunityNewPage = "GET /beheer/meekoppelkansen/nieuw";
    public const string OpportunityEditPage = "GET /beheer/meekoppelkansen/{opportunity}";
    public const string RelatedProgrammesPage = "GET /beheer/meekoppelkansen/programmas";
    public const string RelatedProgrammeEditPage = "GET /beheer/meekoppelkansen/programmas/{related-programme}";
    public const string RoundPage = "GET /beheer/meekoppelkansen/ronde/{round-year}";
    public const string RoundXlsx = "GET /beheer/meekoppelkansen/ronde/{round-year}/{round-programme}.xlsx";
    public const string RoundPdf = "GET /beheer/meekoppelkansen/ronde/{round-year}/{round-programme}.pdf";

    // Properties, not fields: the other part's initialisers read them (see AuthorisationMatrix.Events.cs).
    private static (string Row, int[] Statuses)[] OpportunityRows =>
    [
        //                           ProgMgr KnowPar AreaEd  Subsidy Assess  Coord   Viewer  anonym  Zeist   ZeistSO
        (OpportunityNew,            [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (OpportunityEdit,           [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (OpportunityStatus,         [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (RelatedProgrammeNew,       [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (RelatedProgrammeEdit,      [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (RoundStart,                [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (RoundChoose,               [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (RoundSent,                 [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (RoundResponse,             [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (RoundLink,                 [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (RoundUnlink,               [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
        (RoundRemove,               [302,    403,    403,    403,    403,    302,    403,    401,    403,    403]),
    ];

    private static (string Row, int[] Statuses)[] OpportunityReadRows =>
    [
        //                           ProgMgr KnowPar AreaEd  Subsidy Assess  Coord   Viewer  anonym  Zeist   ZeistSO
        (OpportunitiesPage,         [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (OpportunityNewPage,        [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (OpportunityEditPage,       [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (RelatedProgrammesPage,     [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (RelatedProgrammeEditPage,  [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (RoundPage,                 [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (RoundXlsx,                 [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
        (RoundPdf,                  [200,    403,    403,    403,    403,    200,    403,    401,    403,    403]),
    ];
}
