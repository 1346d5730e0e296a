using Microsoft.Extensions.DependencyInjection;

namespace Wijkpeil.App.Modules.Accounts;

/// <summary>The Accounts module's front door: users, roles, personal access tokens and sign-in. Its pages (login, users) are found by the Razor component scan.</summary>
public static class AccountsModule
{
    /// <summary>Identity's user and role managers and account administration, for the web host and the CLI.</summary>
    public static IServiceCollection AddAccountsModule(this IServiceCollection services) =>
        services.AddWijkpeilAccounts();

    /// <summary>The web host's part: the authentication schemes, the sign-in manager and the login rate limit.</summary>
    public static IServiceCollection AddAccountsModuleWeb(this IServiceCollection services) =>
        services.AddWijkpeilAuthentication();
}
