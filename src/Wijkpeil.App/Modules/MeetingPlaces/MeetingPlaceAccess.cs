using System.Security.Claims;
using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.App.Modules.MeetingPlaces;

/// <summary>
/// Who keeps the register: the ProgrammeManager and the Community of Practice's coordinators, the people who organise
/// what happens in the places (the same roles as events: <see cref="WijkpeilPermissions.CanManageEvents"/>).
/// </summary>
public static class MeetingPlaceAccess
{
    /// <summary>The roles of the manage pages' <c>[Authorize]</c>.</summary>
    public const string Roles = WijkpeilRoles.ProgrammeManager + "," + WijkpeilRoles.Coordinator;

    /// <summary>Whether <paramref name="user"/> may add and change meeting places.</summary>
    public static bool CanManage(ClaimsPrincipal user) => WijkpeilPermissions.CanManageEvents(user);
}
