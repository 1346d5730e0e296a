using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Data;

namespace Wijkpeil.App.Modules.Accounts;

/// <summary>Registers accounts: Identity on the Wijkpeil database for web and CLI, authentication for the web host.</summary>
public static class AccountRegistrations
{
    /// <summary>Identity's user and role managers on <see cref="WijkpeilDbContext"/>, with <see cref="AccountRules"/>.</summary>
    public static IServiceCollection AddWijkpeilAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<WijkpeilUser>(AccountRules.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WijkpeilDbContext>()
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
            .AddUserConfirmation<ActiveAccountConfirmation>();
        services.AddScoped<UserAdministration>();
        return services;
    }

    /// <summary>
    /// The web host's part: bearer tokens as the default authentication scheme, authorisation, and the sign-in
    /// manager (password checks with lockout) for the login page. Endpoints opt in with <c>RequireAuthorization</c>.
    /// </summary>
    public static IServiceCollection AddWijkpeilAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(PersonalAccessTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(PersonalAccessTokenHandler.SchemeName, displayName: null, _ => { });
        services.AddAuthorization();
        new IdentityBuilder(typeof(WijkpeilUser), typeof(IdentityRole), services).AddSignInManager();
        return services;
    }
}
