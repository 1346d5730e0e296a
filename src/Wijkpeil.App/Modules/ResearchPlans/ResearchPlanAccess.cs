using System.Security.Claims;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.ResearchPlans;

/// <summary>
/// Who keeps a focus area's research plan: the ProgrammeManager everywhere, and an AreaEditor for the focus areas of the
/// gemeenten the account is scoped to — the gemeente's own officer writes its "lokaal maatwerk", as with its agenda
/// (<see cref="WijkpeilPermissions.CanEditAgenda"/>).
/// </summary>
public static class ResearchPlanAccess
{
    /// <summary>The roles of the manage pages' <c>[Authorize]</c>; the gemeente is checked per plan.</summary>
    public const string Roles = WijkpeilRoles.ProgrammeManager + "," + WijkpeilRoles.AreaEditor;

    /// <summary>Whether <paramref name="user"/> may write the plan of a focus area in <paramref name="gemeente"/>.</summary>
    public static bool CanManage(ClaimsPrincipal user, AreaCode gemeente) => WijkpeilPermissions.CanEditAgenda(user, gemeente);

    /// <summary>Whether <paramref name="user"/> may write any plan at all (to show the manage pages' buttons).</summary>
    public static bool CanManageAny(ClaimsPrincipal user) => WijkpeilPermissions.CanEditAnyAgenda(user);
}
