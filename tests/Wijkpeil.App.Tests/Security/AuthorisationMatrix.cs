using System.Net;
using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.App.Tests.Security;

/// <summary>
/// Who gets which answer from each mutating endpoint and form: every role (an AreaEditor scoped to Utrecht, GM0344),
/// an anonymous caller, and an AreaEditor of Zeist (GM0355) acting on an Overvecht (Utrecht) item. One row per
/// endpoint or form handler; add a row when one is added, and <see cref="AuthorisationMatrixTests"/> runs it for
/// every caller (and fails until it knows how to send it).
/// </summary>
/// <remarks>
/// The statuses are written out from the rules documented on <see cref="WijkpeilPermissions"/>, not computed from
/// it, so a change of the rules shows up here as a failing cell. Forms are posted as a script would (no
/// <c>Accept: text/html</c>): a refusal is then a plain 401 or 403 where a browser would be redirected to the login
/// page or the 403 page; the decision is the same. A successful form post redirects (302).
/// </remarks>
public static partial class AuthorisationMatrix
{
    /// <summary>A caller without any credentials.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>An AreaEditor of another gemeente (Zeist) than the item's (Utrecht).</summary>
    public const string OtherGemeenteEditor = "AreaEditor of GM0355";

    /// <summary>A SubsidyOfficer of another gemeente (Zeist) than the subsidy scheme's (Utrecht).</summary>
    public const string OtherGemeenteOfficer = "SubsidyOfficer of GM0355";

    public const string ApiProjectsPost = "POST /api/v1/projects";
    public const string ApiProjectsPut = "PUT /api/v1/projects/{id}";
    public const string ApiProjectsDelete = "DELETE /api/v1/projects/{id}";
    public const string ApiStoriesPost = "POST /api/v1/stories";
    public const string ProjectNew = "POST /agenda/nieuw [project]";
    public const string ProjectDetails = "POST /agenda/{id}/bewerken [project]";
    public const string ProjectStatus = "POST /agenda/{id}/bewerken [status]";
    public const string ProgressAdd = "POST /agenda/{id}/bewerken [voortgang]";
    public const string ProgressRemove = "POST /agenda/{id}/bewerken [voortgang-verwijderen]";
    public const string OutputAdd = "POST /agenda/{id}/bewerken [prestatie]";
    public const string OutputValue = "POST /agenda/{id}/bewerken [waarde]";
    public const string OutputRemoveValue = "POST /agenda/{id}/bewerken [prestatie-verwijderen] one year";
    public const string OutputRemove = "POST /agenda/{id}/bewerken [prestatie-verwijderen] whole measure";
    public const string IndicatorLink = "POST /agenda/{id}/bewerken [indicator]";
    public const string IndicatorUnlink = "POST /agenda/{id}/bewerken [indicator-ontkoppelen]";
    public const string FundingAdd = "POST /agenda/{id}/bewerken [financiering]";
    public const string FundingRemove = "POST /agenda/{id}/bewerken [financiering-verwijderen]";
    public const string ProjectDelete = "POST /agenda/{id}/verwijderen [verwijderen]";
    public const string StoryNew = "POST /verhalen/nieuw [verhaal]";
    public const string StoryDetails = "POST /verhalen/{id}/bewerken [verhaal]";
    public const string QuoteAdd = "POST /verhalen/{id}/bewerken [citaat-toevoegen]";
    public const string QuoteRemove = "POST /verhalen/{id}/bewerken [citaat-verwijderen]";
    public const string StoryPublish = "POST /verhalen/{id}/bewerken [publicatie]";
    public const string StoryAnonymise = "POST /verhalen/{id}/bewerken [anonimiteit]";
    public const string StoryDelete = "POST /verhalen/{id}/verwijderen [verhaal-verwijderen]";
    public const string ImportUpload = "POST /beheer/imports/nieuw [importeren]";
    public const string ImportPublish = "POST /beheer/imports/{id} [publiceren]";
    public const string ImportWithdraw = "POST /beheer/imports/{id} [intrekken]";
    public const string ImportReject = "POST /beheer/imports/{id} [verwerpen]";
    public const string Logout = "POST /uitloggen [uitloggen]";
    public const string ApiProgrammesPost = "POST /api/v1/programmes";
    public const string ApiProgrammesPut = "PUT /api/v1/programmes/{slug}";
    public const string ProgrammeNew = "POST /beheer/programmas/nieuw [programma]";
    public const string ProgrammeEdit = "POST /beheer/programmas/{slug} [programma]";
    public const string ApiIndicatorsPost = "POST /api/v1/indicators";
    public const string ApiIndicatorsPut = "PUT /api/v1/indicators/{code}";
    public const string ApiIndicatorsRetire = "POST /api/v1/indicators/{code}/retire";
    public const string IndicatorNew = "POST /beheer/indicatoren/nieuw [indicatorbeheer]";
    public const string IndicatorEdit = "POST /beheer/indicatoren/{code} [indicatorbeheer]";
    public const string IndicatorRetire = "POST /beheer/indicatoren/{code} [indicator-terugtrekken]";

    public const string SubsidyApply = "POST /subsidies/{slug}/aanvragen [aanvraag]";
    public const string SubsidyDraft = "POST /subsidies/aanvraag/{token} [concept]";
    public const string SubsidyComplete = "POST /subsidies/aanvraag/{token} [aanvulling]";
    public const string SubsidyDecide = "POST /beheer/subsidies/aanvragen/{id} [besluit]";
    public const string SubsidyAskCompletion = "POST /beheer/subsidies/aanvragen/{id} [aanvulling-vragen]";
    public const string SubsidyDelay = "POST /beheer/subsidies/aanvragen/{id} [verdagen]";
    public const string SubsidyNotConsidered = "POST /beheer/subsidies/aanvragen/{id} [buiten-behandeling]";
    public const string SubsidyObjection = "POST /beheer/subsidies/aanvragen/{id} [bezwaar]";
    public const string SubsidyAssign = "POST /beheer/subsidies/aanvragen/{id}/beoordeling [beoordelaar-toewijzen]";
    public const string SubsidyDeclare = "POST /beoordelen/{id} [belangenverklaring]";
    public const string SubsidyScores = "POST /beoordelen/{id} [beoordeling-scores]";
    public const string SchemeNew = "POST /beheer/subsidies/nieuw [regeling]";
    public const string SchemeEdit = "POST /beheer/subsidies/{id}/regeling [regeling]";
    public const string SchemePublish = "POST /beheer/subsidies/{id}/regeling [regeling-publiceren]";
    public const string SchemePlafond = "POST /beheer/subsidies/{id}/regeling [plafond-wijzigen]";
    public const string SubsidyAdvance = "POST /beheer/subsidies/aanvragen/{id} [voorschot]";
    public const string SubsidySettle = "POST /beheer/subsidies/aanvragen/{id} [vaststelling]";
    public const string SubsidyBalance = "POST /beheer/subsidies/aanvragen/{id} [saldo]";
    public const string SubsidyReport = "POST /subsidies/aanvraag/{token} [verantwoording]";

    public const string UsersInvite = "POST /beheer/gebruikers [uitnodigen]";
    public const string UsersRole = "POST /beheer/gebruikers [rol-wijzigen]";
    public const string UsersDisable = "POST /beheer/gebruikers [uitschakelen]";
    public const string UsersEnable = "POST /beheer/gebruikers [inschakelen]";
    public const string UsersRevoke = "POST /beheer/gebruikers [intrekken]";

    public const string SubsidySchemesPage = "GET /beheer/subsidies";
    public const string ImportHistoryPage = "GET /beheer/imports";
    public const string SubsidyWorklistPage = "GET /beheer/subsidies/{scheme}/aanvragen";
    public const string SubsidyDossierPage = "GET /beheer/subsidies/aanvragen/{application}";
    public const string SubsidyAssessmentPage = "GET /beheer/subsidies/aanvragen/{application}/beoordeling";
    public const string SubsidyRankingPage = "GET /beheer/subsidies/{scheme}/rangschikking";
    public const string AssessorListPage = "GET /beoordelen";
    public const string SubsidyLetterDocx = "GET /beheer/subsidies/aanvragen/{decided}/beschikking.docx";
    public const string SchemeNewPage = "GET /beheer/subsidies/nieuw";
    public const string SchemeEditPage = "GET /beheer/subsidies/{scheme}/regeling";
    public const string SubsidyInzage = "GET /beheer/subsidies/aanvragen/{declared}/inzage";
    public const string SubsidyAttachment = "GET /beheer/subsidies/aanvragen/{declared}/bijlagen/{declared-attachment}";
    public const string SubsidyAttachmentUndeclared = "GET /beheer/subsidies/aanvragen/{pending}/bijlagen/{pending-attachment}";
    public const string SubsidyAttachmentApplicant = "GET /subsidies/aanvraag/{declared-token}/bijlagen/{declared-attachment}";
    public const string SubsidyAttachmentOtherLink = "GET /subsidies/aanvraag/{pending-token}/bijlagen/{declared-attachment}";

    public const string ProgrammesPage = "GET /beheer/programmas";
    public const string UsersPage = "GET /beheer/gebruikers";
    public const string ChangePasswordPage = "GET /account/wachtwoord";
    public const string ProgrammeNewPage = "GET /beheer/programmas/nieuw";
    public const string ProgrammeEditPage = "GET /beheer/programmas/{slug}";
    public const string ApiProgrammesList = "GET /api/v1/programmes";
    public const string ApiProgrammesGet = "GET /api/v1/programmes/{slug}";
    public const string FocusAreaPage = "GET /programmas/vitale-wijken/gebieden/overvecht";
    public const string FocusAreaJson = "GET /programmas/vitale-wijken/gebieden/overvecht.json";
    public const string FocusAreaCsv = "GET /programmas/vitale-wijken/gebieden/overvecht.csv";
    public const string AreaMonitorJson = "GET /wijken/WK034403/monitor.json";
    public const string AreaMonitorCsv = "GET /wijken/WK034403/monitor.csv";
    public const string IndicatorRankingCsv = "GET /indicatoren/{code}/rangorde.csv?niveau=wijk&binnen=GM0344";
    public const string ContactPage = "GET /contact";
    public const string PrivacyPage = "GET /privacy";
    public const string AccessibilityPage = "GET /toegankelijkheid";
    public const string ColophonPage = "GET /colofon";
    public const string SearchPage = "GET /zoeken?q=overvecht";
    public const string AreasListPage = "GET /wijken";
    public const string IndicatorsListPage = "GET /indicatoren";
    public const string IndicatorsPage = "GET /beheer/indicatoren";
    public const string IndicatorNewPage = "GET /beheer/indicatoren/nieuw";
    public const string IndicatorEditPage = "GET /beheer/indicatoren/{code}";

    /// <summary>
    /// Not a matrix row (signing in is what every caller may try) but a form: only in the antiforgery rows.
    /// The language switch is a GET that sets a cookie and changes nothing stored, so it has no row.
    /// </summary>
    public const string Login = "POST /inloggen [inloggen]";

    /// <summary>Like <see cref="Login"/>, open to anyone: a link's token or an address is the credential. Antiforgery rows only.</summary>
    public const string SetPassword = "POST /wachtwoord-instellen [wachtwoord-instellen]";

    /// <inheritdoc cref="SetPassword"/>
    public const string ForgotPassword = "POST /wachtwoord-vergeten [wachtwoord-vergeten]";

    /// <summary>
    /// Every signed-in caller for its own account only (the page reads the account from the session, never from the
    /// form), so no cell could change another's; changing a shared caller's password would end its sessions for the
    /// other cells. Antiforgery row only; AccountPagesTests sign in, change and are refused without the current password.
    /// </summary>
    public const string ChangePassword = "POST /account/wachtwoord [wachtwoord-wijzigen]";

    /// <summary>The forms that are only in the antiforgery rows.</summary>
    public static IReadOnlyList<string> AntiforgeryOnly { get; } = [Login, SetPassword, ForgotPassword, ChangePassword];

    /// <summary>The callers, in the column order of <see cref="Expected"/>.</summary>
    public static IReadOnlyList<string> Callers { get; } =
    [
        WijkpeilRoles.ProgrammeManager, WijkpeilRoles.KnowledgePartner, WijkpeilRoles.AreaEditor, WijkpeilRoles.SubsidyOfficer,
        WijkpeilRoles.Assessor, WijkpeilRoles.Coordinator, WijkpeilRoles.Viewer, Anonymous, OtherGemeenteEditor, OtherGemeenteOfficer,
    ];

    /// <summary>Row → caller → expected status.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, HttpStatusCode>> Expected { get; } = Table(
    [
        // Agenda: ProgrammeManager everywhere, AreaEditor in its own gemeenten. Stories: the same plus KnowledgePartner.
        // Importing: ProgrammeManager, KnowledgePartner and AreaEditor; an AreaEditor only figures about the account's
        // gemeenten (Zeist's editor uploading an Overvecht figure is refused per row and column: 422, nothing stored).
        // A draft waits beside the published figures until a KnowledgePartner reviews it. Reviewing (publish,
        // withdraw, reject): KnowledgePartner only.
        //                           ProgMgr KnowPar AreaEd  Subsidy Assess  Coord   Viewer  anonym  Zeist   ZeistSO
        (ApiProjectsPost,           [201,    403,    201,    403,    403,    403,    403,    401,    403,    403]),
        (ApiProjectsPut,            [200,    403,    200,    403,    403,    403,    403,    401,    403,    403]),
        (ApiProjectsDelete,         [204,    403,    204,    403,    403,    403,    403,    401,    403,    403]),
        (ApiStoriesPost,            [201,    201,    201,    403,    403,    403,    403,    401,    403,    403]),
        (ProjectNew,                [302,    403,    302,    403,    403,    403,    403,    401,    403,    403]),
        (ProjectDetails,            [302,    403,    302,    403,    403,    403,    403,    401,    403,    403]),
        (ProjectStatus,             [302,    403,    302,    403,    403,    403,    403,    401,    403,    403]),
        (ProgressAdd,               [302,    403,    302,    403,    403,    403,    403,    401,    403,    403]),
        (ProgressRemove,            [302,    403,    302,    403,    403,    403,    403,    401,    403,    403]),
        (OutputAdd,                 [302,    403,    302,    403,    403,    403,    403,    401,    403,    403]),
        (OutputValue,               [302,    403,    302,    403,    403,    403,    403,    401,    403,    403]),
        (OutputRemoveValue,         [302,    403,    302,    403,    403,    403,    403,    401,    403,    403]),
        (OutputRemove,              [302,    403,    302,    403,    403,    403,    403,    401,    403,    403]),
        (IndicatorLink,             [302,    403,    302,    403,    403,    403,    403,    401,    403,    403]),
        (IndicatorUnlink,           [302,    403,    302,    403,    403,    403,    403,    401,    403,    403]),
        (FundingAdd,                [302,    403,    302,    403,    403,    403,    403,    401,    403,    403]),
        (FundingRemove,             [302,    403,    302,    403,    403,    403,    403,    401,    403,    403]),
        (ProjectDelete,             [302,    403,    302,    403,    403,    403,    403,    401,    403,    403]),
        (StoryNew,                  [302,    302,    302,    403,    403,    403,    403,    401,    403,    403]),
        (StoryDetails,              [302,    302,    302,    403,    403,    403,    403,    401,    403,    403]),
        (QuoteAdd,                  [302,    302,    302,    403,    403,    403,    403,    401,    403,    403]),
        (QuoteRemove,               [302,    302,    302,    403,    403,    403,    403,    401,    403,    403]),
        (StoryPublish,              [302,    302,    302,    403,    403,    403,    403,    401,    403,    403]),
        (StoryAnonymise,            [302,    302,    302,    403,    403,    403,    403,    401,    403,    403]),
        (StoryDelete,               [302,    302,    302,    403,    403,    403,    403,    401,    403,    403]),
        (ImportUpload,              [302,    302,    302,    403,    403,    403,    403,    401,    422,    403]),
        (ImportPublish,             [403,    302,    403,    403,    403,    403,    403,    401,    403,    403]),
        (ImportWithdraw,            [403,    302,    403,    403,    403,    403,    403,    401,    403,    403]),
        (ImportReject,              [403,    302,    403,    403,    403,    403,    403,    401,    403,    403]),

        // Setting up programmes (their definition, not their projects): ProgrammeManager only.
        (ApiProgrammesPost,         [201,    403,    403,    403,    403,    403,    403,    401,    403,    403]),
        (ApiProgrammesPut,          [200,    403,    403,    403,    403,    403,    403,    401,    403,    403]),
        (ProgrammeNew,              [302,    403,    403,    403,    403,    403,    403,    401,    403,    403]),
        (ProgrammeEdit,             [302,    403,    403,    403,    403,    403,    403,    401,    403,    403]),

        // Managing indicators (the kernset's building blocks): ProgrammeManager and KnowledgePartner.
        (ApiIndicatorsPost,         [201,    201,    403,    403,    403,    403,    403,    401,    403,    403]),
        (ApiIndicatorsPut,          [200,    200,    403,    403,    403,    403,    403,    401,    403,    403]),
        (ApiIndicatorsRetire,       [204,    204,    403,    403,    403,    403,    403,    401,    403,    403]),
        (IndicatorNew,              [302,    302,    403,    403,    403,    403,    403,    401,    403,    403]),
        (IndicatorEdit,             [302,    302,    403,    403,    403,    403,    403,    401,    403,    403]),
        (IndicatorRetire,           [302,    302,    403,    403,    403,    403,    403,    401,    403,    403]),

        // Accounts (invite, role and scope, disable, re-enable, revoke tokens and links): ProgrammeManager only.
        (UsersInvite,               [302,    403,    403,    403,    403,    403,    403,    401,    403,    403]),
        (UsersRole,                 [302,    403,    403,    403,    403,    403,    403,    401,    403,    403]),
        (UsersDisable,              [302,    403,    403,    403,    403,    403,    403,    401,    403,    403]),
        (UsersEnable,               [302,    403,    403,    403,    403,    403,    403,    401,    403,    403]),
        (UsersRevoke,               [302,    403,    403,    403,    403,    403,    403,    401,    403,    403]),

        // Subsidies. Applying, keeping a draft and completing need no account: the secret link is the credential (a link
        // of another application is a different address, 404; ApplicationPagesTests). Handling a scheme's applications:
        // ProgrammeManager and the SubsidyOfficers of the scheme's gemeente (Utrecht here; Zeist's officer is refused).
        // Declaring and scoring: only the assessor assigned to the application (the Assessor of Utrecht here).
        (SubsidyApply,              [302,    302,    302,    302,    302,    302,    302,    302,    302,    302]),
        (SubsidyDraft,              [302,    302,    302,    302,    302,    302,    302,    302,    302,    302]),
        (SubsidyComplete,           [302,    302,    302,    302,    302,    302,    302,    302,    302,    302]),
        (SubsidyDecide,             [302,    403,    403,    302,    403,    403,    403,    401,    403,    403]),
        (SubsidyAskCompletion,      [302,    403,    403,    302,    403,    403,    403,    401,    403,    403]),
        (SubsidyDelay,              [302,    403,    403,    302,    403,    403,    403,    401,    403,    403]),
        (SubsidyNotConsidered,      [302,    403,    403,    302,    403,    403,    403,    401,    403,    403]),
        (SubsidyObjection,          [302,    403,    403,    302,    403,    403,    403,    401,    403,    403]),
        (SubsidyAssign,             [302,    403,    403,    302,    403,    403,    403,    401,    403,    403]),
        (SubsidyDeclare,            [403,    403,    403,    403,    302,    403,    403,    401,    403,    403]),
        (SubsidyScores,             [403,    403,    403,    403,    302,    403,    403,    401,    403,    403]),

        // Defining schemes: as deciding. Zeist's officer may open the new-scheme form (for Zeist) but not post Utrecht's.
        (SchemeNew,                 [302,    403,    403,    302,    403,    403,    403,    401,    403,    403]),
        (SchemeEdit,                [302,    403,    403,    302,    403,    403,    403,    401,    403,    403]),
        (SchemePublish,             [302,    403,    403,    302,    403,    403,    403,    401,    403,    403]),
        (SchemePlafond,             [302,    403,    403,    302,    403,    403,    403,    401,    403,    403]),

        // Money after the grant: the officers' pattern; the final report through the link like completing (the link
        // is the credential; another application's link reaches only that application: MoneyPagesTests).
        (SubsidyAdvance,            [302,    403,    403,    302,    403,    403,    403,    401,    403,    403]),
        (SubsidySettle,             [302,    403,    403,    302,    403,    403,    403,    401,    403,    403]),
        (SubsidyBalance,            [302,    403,    403,    302,    403,    403,    403,    401,    403,    403]),
        (SubsidyReport,             [302,    302,    302,    302,    302,    302,    302,    302,    302,    302]),
        .. EventRegistrationRows,

        // Signing out concerns only the caller's own session; without one it is a harmless redirect.
        (Logout,                    [302,    302,    302,    302,    302,    302,    302,    302,    302,    302]),
        .. EventRows,
        .. LessonRows,
        .. PlaceRows,
        .. OpportunityRows,
    ]);

    /// <summary>
    /// Who may read what is not public: row → caller → expected status of a GET (pages from the caller's browser, API
    /// calls with the caller's token). Reading changes nothing, so these rows only assert the status.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, HttpStatusCode>> ExpectedReads { get; } = Table(
    [
        //                           ProgMgr KnowPar AreaEd  Subsidy Assess  Coord   Viewer  anonym  Zeist   ZeistSO
        (SubsidySchemesPage,        [200,    403,    403,    200,    403,    403,    403,    401,    403,    200]),
        (SubsidyWorklistPage,       [200,    403,    403,    200,    403,    403,    403,    401,    403,    403]),
        (SubsidyDossierPage,        [200,    403,    403,    200,    403,    403,    403,    401,    403,    403]),
        (SubsidyAssessmentPage,     [200,    403,    403,    200,    403,    403,    403,    401,    403,    403]),
        (SubsidyRankingPage,        [200,    403,    403,    200,    403,    403,    403,    401,    403,    403]),

        // The beschikking names the applicant: the scheme's officers only (the applicant has it through the secret link).
        (SubsidyLetterDocx,         [200,    403,    403,    200,    403,    403,    403,    401,    403,    403]),
        (SchemeNewPage,             [200,    403,    403,    200,    403,    403,    403,    401,    403,    200]),
        (SchemeEditPage,            [200,    403,    403,    200,    403,    403,    403,    401,    403,    403]),
        (AssessorListPage,          [200,    200,    200,    200,    200,    200,    200,    401,    200,    200]),

        // Applicants' personal data and files (issue 13, points 2 and 7): the inzage for the scheme's officers only, also
        // not for the assessor who declared "geen belang" ({declared}); files also for that assessor, not for one who has
        // not declared yet ({pending}); through a link only that application's own files (the link is the credential).
        (SubsidyInzage,             [200,    403,    403,    200,    403,    403,    403,    401,    403,    403]),
        (SubsidyAttachment,         [200,    403,    403,    200,    200,    403,    403,    401,    403,    403]),
        (SubsidyAttachmentUndeclared, [200,  403,    403,    200,    403,    403,    403,    401,    403,    403]),
        (SubsidyAttachmentApplicant, [200,   200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (SubsidyAttachmentOtherLink, [404,   404,    404,    404,    404,    404,    404,    404,    404,    404]),
        // Imports and drafts: every role inside the programme; not an assessor, who may be an outside committee member.
        (ImportHistoryPage,         [200,    200,    200,    200,    403,    200,    200,    401,    200,    200]),
        (ProgrammesPage,            [200,    403,    403,    403,    403,    403,    403,    401,    403,    403]),
        (ProgrammeNewPage,          [200,    403,    403,    403,    403,    403,    403,    401,    403,    403]),
        (ProgrammeEditPage,         [200,    403,    403,    403,    403,    403,    403,    401,    403,    403]),
        (IndicatorsPage,            [200,    200,    403,    403,    403,    403,    403,    401,    403,    403]),
        (IndicatorNewPage,          [200,    200,    403,    403,    403,    403,    403,    401,    403,    403]),
        (IndicatorEditPage,         [200,    200,    403,    403,    403,    403,    403,    401,    403,    403]),
        (UsersPage,                 [200,    403,    403,    403,    403,    403,    403,    401,    403,    403]),

        // One's own password: every signed-in caller.
        (ChangePasswordPage,        [200,    200,    200,    200,    200,    200,    200,    401,    200,    200]),

        // Programmes are public: the monitor shows them.
        (ApiProgrammesList,         [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (ApiProgrammesGet,          [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),

        // A focus area as one unit is part of the public monitor.
        (FocusAreaPage,             [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (FocusAreaJson,             [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (FocusAreaCsv,              [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),

        // An area's monitor as data, as public as its page.
        (AreaMonitorJson,           [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (AreaMonitorCsv,            [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (IndicatorRankingCsv,       [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),

        // The pages about the site are for everyone (issue 12, point 9).
        (ContactPage,               [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (PrivacyPage,               [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (AccessibilityPage,         [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (ColophonPage,              [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),

        // Search and the lists of areas and indicators are how readers find the public monitor (issue 12, point 1).
        (SearchPage,                [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (AreasListPage,             [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        (IndicatorsListPage,        [200,    200,    200,    200,    200,    200,    200,    200,    200,    200]),
        .. EventRegistrationReads,
        .. EventReadRows,
        .. LessonReadRows,
        .. PlaceReadRows,
        .. OpportunityReadRows,
    ]);

    /// <summary>The gemeenten a caller's account is scoped to.</summary>
    public static IReadOnlyList<string> GemeentenOf(string caller) => caller switch
    {
        WijkpeilRoles.AreaEditor or WijkpeilRoles.SubsidyOfficer or WijkpeilRoles.Assessor => ["GM0344"],
        OtherGemeenteEditor or OtherGemeenteOfficer => ["GM0355"],
        _ => [],
    };

    /// <summary>The role of a caller's account; null for <see cref="Anonymous"/>.</summary>
    public static string? RoleOf(string caller) => caller switch
    {
        Anonymous => null,
        OtherGemeenteEditor => WijkpeilRoles.AreaEditor,
        OtherGemeenteOfficer => WijkpeilRoles.SubsidyOfficer,
        _ => caller,
    };

    /// <summary>Whether a status means the request was carried out (a created, changed or deleted item, or a redirect after a form).</summary>
    public static bool IsSuccess(HttpStatusCode status) => status is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NoContent or HttpStatusCode.Found;

    /// <summary>The caller the antiforgery rows use: the first signed-in caller the row allows, preferring the AreaEditor.</summary>
    public static string AllowedCaller(string row) =>
        row is Login or SetPassword or ForgotPassword ? Anonymous
        : row == ChangePassword ? WijkpeilRoles.Viewer
        : IsSuccess(Expected[row][WijkpeilRoles.AreaEditor]) ? WijkpeilRoles.AreaEditor
        : Callers.First(c => c != Anonymous && IsSuccess(Expected[row][c]));

    private static Dictionary<string, IReadOnlyDictionary<string, HttpStatusCode>> Table((string Row, int[] Statuses)[] rows)
    {
        var table = new Dictionary<string, IReadOnlyDictionary<string, HttpStatusCode>>(StringComparer.Ordinal);
        foreach (var (row, statuses) in rows)
        {
            if (statuses.Length != Callers.Count)
            {
                throw new InvalidOperationException($"Row {row} has {statuses.Length} statuses for {Callers.Count} callers.");
            }

            table.Add(row, Callers.Select((caller, i) => (caller, (HttpStatusCode)statuses[i])).ToDictionary(x => x.caller, x => x.Item2));
        }

        return table;
    }
}
