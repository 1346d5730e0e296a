using System.Security.Claims;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Accounts.Contracts;

/// <summary>
/// Who may change what: the one place pages, API endpoints and tests ask. Every mutating endpoint and form
/// checks here on the server, whatever the screen showed.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Agenda (projects with their timeline, outputs, indicators and money): ProgrammeManager everywhere;
/// AreaEditor in the focus areas of the gemeenten the account is scoped to.</item>
/// <item>Stories: as the agenda, plus KnowledgePartner everywhere (they hold the interviews and evaluations).</item>
/// <item>Importing figures: ProgrammeManager, KnowledgePartner, AreaEditor; only a KnowledgePartner's import is
/// published at once, the others land as draft (pending values beside the published figures). An AreaEditor's
/// file may name only the account's gemeenten and their wijken and buurten (<see cref="ImportScope"/>).</item>
/// <item>Reviewing imports (publish, withdraw, reject): KnowledgePartner.</item>
/// <item>Audit trail: ProgrammeManager.</item>
/// <item>Setting up programmes (create, edit): ProgrammeManager.</item>
/// <item>Managing indicators (create, describe, retire): ProgrammeManager, KnowledgePartner.</item>
/// <item>Subsidies: ProgrammeManager everywhere; SubsidyOfficer for the schemes of the gemeenten the account is
/// scoped to (define, publish, screen, decide, pay, settle, see applicants' personal data); Assessor only the
/// applications assigned to them in their gemeenten, after declaring no conflict of interest (the module checks
/// the assignment).</item>
/// <item>Reading drafts: every signed-in role.</item>
/// </list>
/// </remarks>
public static class WijkpeilPermissions
{
    private static readonly string[] StaffRoles = WijkpeilRoles.Staff.Split(',');

    /// <summary>Whether <paramref name="user"/> may create, change or delete agenda items in a focus area of <paramref name="gemeente"/>.</summary>
    public static bool CanEditAgenda(ClaimsPrincipal user, AreaCode gemeente)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(WijkpeilRoles.ProgrammeManager) || IsAreaEditorOf(user, gemeente);
    }

    /// <summary>Whether <paramref name="user"/> may create or change stories about an area in <paramref name="gemeente"/>.</summary>
    public static bool CanEditStories(ClaimsPrincipal user, AreaCode gemeente)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(WijkpeilRoles.ProgrammeManager)
            || user.IsInRole(WijkpeilRoles.KnowledgePartner)
            || IsAreaEditorOf(user, gemeente);
    }

    /// <summary>Whether the user may edit the agenda or stories anywhere at all (to show "new" buttons).</summary>
    public static bool CanEditAnyAgenda(ClaimsPrincipal user) =>
        user.IsInRole(WijkpeilRoles.ProgrammeManager) || (user.IsInRole(WijkpeilRoles.AreaEditor) && Gemeenten(user).Count > 0);

    /// <inheritdoc cref="CanEditAnyAgenda"/>
    public static bool CanEditAnyStories(ClaimsPrincipal user) =>
        CanEditAnyAgenda(user) || user.IsInRole(WijkpeilRoles.KnowledgePartner);

    public static bool CanImport(ClaimsPrincipal user) =>
        user.IsInRole(WijkpeilRoles.ProgrammeManager) || user.IsInRole(WijkpeilRoles.KnowledgePartner) || user.IsInRole(WijkpeilRoles.AreaEditor);

    /// <summary>
    /// The gemeenten whose areas an import by <paramref name="user"/> may name: an AreaEditor's own (figures about
    /// GMnnnn and the WKnnnnxx and BUnnnnxxxx with the same four digits; an AreaEditor without gemeenten may name
    /// none); null for the other roles that may import, who bring in figures for any area.
    /// </summary>
    public static IReadOnlySet<string>? ImportScope(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(WijkpeilRoles.ProgrammeManager) || user.IsInRole(WijkpeilRoles.KnowledgePartner) ? null : Gemeenten(user);
    }

    public static bool CanReviewImports(ClaimsPrincipal user) => user.IsInRole(WijkpeilRoles.KnowledgePartner);

    /// <summary>Inviting, changing, disabling and re-enabling accounts and revoking their tokens (/beheer/gebruikers).</summary>
    public static bool CanManageAccounts(ClaimsPrincipal user) => user.IsInRole(WijkpeilRoles.ProgrammeManager);

    public static bool CanReadAuditTrail(ClaimsPrincipal user) => user.IsInRole(WijkpeilRoles.ProgrammeManager);

    /// <summary>Whether <paramref name="user"/> may create, describe and retire indicators of the catalogue (the kernset's building blocks).</summary>
    public static bool CanEditIndicators(ClaimsPrincipal user) =>
        user.IsInRole(WijkpeilRoles.ProgrammeManager) || user.IsInRole(WijkpeilRoles.KnowledgePartner);

    /// <summary>Whether <paramref name="user"/> may create programmes and change their definition.</summary>
    public static bool CanEditProgrammes(ClaimsPrincipal user) => user.IsInRole(WijkpeilRoles.ProgrammeManager);

    /// <summary>Whether <paramref name="user"/> organises the Community of Practice's events: creates, changes, publishes and cancels them.</summary>
    public static bool CanManageEvents(ClaimsPrincipal user) =>
        user.IsInRole(WijkpeilRoles.ProgrammeManager) || user.IsInRole(WijkpeilRoles.Coordinator);

    /// <summary>
    /// Signed-in accounts of a <see cref="WijkpeilRoles.Staff"/> role see draft projects and unpublished stories;
    /// assessors and anonymous visitors do not. Figures are published-only for everyone. Ask <see cref="Audience.Of"/>,
    /// which applies this, rather than this directly.
    /// </summary>
    public static bool CanReadDrafts(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && StaffRoles.Any(user.IsInRole);

    /// <summary>Whether <paramref name="user"/> may run the subsidy schemes of <paramref name="gemeente"/>: define, screen, decide, pay.</summary>
    public static bool CanRunSubsidies(ClaimsPrincipal user, AreaCode gemeente)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(WijkpeilRoles.ProgrammeManager)
            || (user.IsInRole(WijkpeilRoles.SubsidyOfficer) && Gemeenten(user).Contains(gemeente.Value));
    }

    /// <summary>Whether the user runs subsidy schemes anywhere (to show the subsidy administration in the menu).</summary>
    public static bool CanRunAnySubsidies(ClaimsPrincipal user) =>
        user.IsInRole(WijkpeilRoles.ProgrammeManager) || (user.IsInRole(WijkpeilRoles.SubsidyOfficer) && Gemeenten(user).Count > 0);

    /// <summary>
    /// Whether <paramref name="user"/> may be assigned as assessor of an application under a scheme of
    /// <paramref name="gemeente"/>: its officers and that gemeente's assessors. Seeing the application also needs the
    /// assignment and a declaration of no conflict, which the Subsidies module checks.
    /// </summary>
    public static bool CanAssessSubsidies(ClaimsPrincipal user, AreaCode gemeente)
    {
        ArgumentNullException.ThrowIfNull(user);
        return CanRunSubsidies(user, gemeente) || (user.IsInRole(WijkpeilRoles.Assessor) && Gemeenten(user).Contains(gemeente.Value));
    }

    /// <summary>The gemeenten (GMnnnn) an account of a role scoped to gemeenten works for.</summary>
    public static IReadOnlySet<string> Gemeenten(ClaimsPrincipal user) =>
        user.FindAll(WijkpeilClaims.Gemeente).Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsAreaEditorOf(ClaimsPrincipal user, AreaCode gemeente) =>
        user.IsInRole(WijkpeilRoles.AreaEditor) && Gemeenten(user).Contains(gemeente.Value);
}
