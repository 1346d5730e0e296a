using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.App.Modules.Opportunities;

/// <summary>
/// Who keeps the register: a ProgrammeManager (who answers for the programme's agenda and the yearly letter) or a
/// Coordinator (who runs the Community of Practice and its contacts with related programmes). Pages and endpoints
/// name the same two roles in <see cref="Roles"/>; handlers check again on the server.
/// </summary>
internal static class OpportunityAccess
{
    public const string Roles = WijkpeilRoles.ProgrammeManager + "," + WijkpeilRoles.Coordinator;

    /// <summary>The refusal for <paramref name="user"/>, or null when they may change the register.</summary>
    public static Problem? Refusal(ClaimsPrincipal user) =>
        user.IsInRole(WijkpeilRoles.ProgrammeManager) || user.IsInRole(WijkpeilRoles.Coordinator) ? null : Problem.Forbidden("opportunity.manage.forbidden");

    /// <summary>The name the history records for <paramref name="user"/>.</summary>
    public static string NameOf(ClaimsPrincipal user) => user.Identity?.Name is { Length: > 0 } name ? name : "onbekend";
}
