using System.Security.Claims;

namespace Wijkpeil.App.Modules.Accounts.Contracts;

/// <summary>
/// Read-only look-up of an active account by its e-mail address, for a module that hands work to another account
/// (such as assigning an assessor) and must ask <see cref="WijkpeilPermissions"/> about that account, not the caller.
/// </summary>
public interface IAccountDirectory
{
    /// <summary>The active account with this address (case-insensitive), or null when there is none or it is disabled.</summary>
    Task<DirectoryAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken);
}

/// <summary>An account as another module may see it: its id, address, and the claims it signs in with (roles, gemeenten).</summary>
public sealed record DirectoryAccount(string Id, string Email, ClaimsPrincipal Principal);
