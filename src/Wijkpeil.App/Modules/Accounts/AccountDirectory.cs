using Microsoft.AspNetCore.Identity;
using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.App.Modules.Accounts;

/// <summary>
/// <see cref="IAccountDirectory"/> on Identity: the principal comes from the same factory as the login cookie, so a
/// permission asked about it gives the answer the account itself would get when signed in.
/// </summary>
internal sealed class AccountDirectory(UserManager<WijkpeilUser> users, IUserClaimsPrincipalFactory<WijkpeilUser> principals) : IAccountDirectory
{
    public async Task<DirectoryAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled)
        {
            return null;
        }

        return new DirectoryAccount(user.Id, user.Email ?? email.Trim(), await principals.CreateAsync(user));
    }
}
