using System.Security.Claims;
using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.App.Modules.Lessons.ManageLessons;

/// <summary>Who writes lessons: the Coordinator who runs the learning network and the ProgrammeManager, as for events.</summary>
internal static class LessonEditors
{
    public const string Roles = WijkpeilRoles.ProgrammeManager + "," + WijkpeilRoles.Coordinator;

    public static bool May(ClaimsPrincipal user) =>
        user.IsInRole(WijkpeilRoles.ProgrammeManager) || user.IsInRole(WijkpeilRoles.Coordinator);
}
