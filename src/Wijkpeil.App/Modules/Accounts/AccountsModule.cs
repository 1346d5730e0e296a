using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Ui.Layout;

namespace Wijkpeil.App.Modules.Accounts;

/// <summary>The Accounts module's front door: users, roles, personal access tokens and sign-in. Its pages (login, users) are found by the Razor component scan.</summary>
public static class AccountsModule
{
    /// <summary>Identity's user and role managers and account administration, for the web host and the CLI.</summary>
    public static IServiceCollection AddAccountsModule(this IServiceCollection services) =>
        services.AddWijkpeilAccounts();

    /// <summary>The web host's part: the authentication schemes, the sign-in manager, the login rate limit and the header's account links.</summary>
    public static IServiceCollection AddAccountsModuleWeb(this IServiceCollection services)
    {
        services.AddWijkpeilAuthentication();
        services.AddSingleton(new HeaderComponent(typeof(AccountLinks)));
        return services;
    }
}
