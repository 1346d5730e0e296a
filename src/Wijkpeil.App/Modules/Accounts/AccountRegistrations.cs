using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.App.Kernel.Web;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Accounts.Login;
using Wijkpeil.App.Modules.Accounts.Manage;
using Wijkpeil.App.Modules.Audit.Contracts;

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
            .AddPasswordValidator<Passwords.CommonPasswordValidator>()
            .AddUserConfirmation<ActiveAccountConfirmation>()
            .AddClaimsPrincipalFactory<WijkpeilClaimsPrincipalFactory>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<IAccountDirectory, AccountDirectory>();
        return services;
    }

    /// <summary>The policy scheme that picks bearer token or login cookie per request; the default scheme.</summary>
    public const string SchemeName = "Wijkpeil";

    /// <summary>
    /// The web host's part: one default scheme that forwards to the bearer-token handler when the request
    /// carries <c>Authorization: Bearer</c> and to Identity's login cookie otherwise, so pages and API both
    /// accept either without naming schemes per endpoint group. The sign-in manager (password checks with
    /// lockout) serves the login page; a rate limiter guards its POST. Endpoints opt in with
    /// <c>RequireAuthorization</c>.
    /// </summary>
    public static IServiceCollection AddWijkpeilAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, displayName: null, options =>
                options.ForwardDefaultSelector = http => HasBearerToken(http) ? PersonalAccessTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(PersonalAccessTokenHandler.SchemeName, displayName: null, _ => { })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(ConfigureSessionCookie));

        // Disabling an account renews its security stamp; checking it every minute (instead of Identity's 30)
        // ends the account's sessions soon after, at one small query per signed-in reader per minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization();

        // The audit trail's page and export: ProgrammeManagers only. An anonymous request is challenged (a browser goes
        // to the login page, a program gets 401), a signed-in one without the role is forbidden.
        services.AddAuthorizationBuilder().AddPolicy(AuditTrailPolicy.Name, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => WijkpeilPermissions.CanReadAuditTrail(context.User)));
        new IdentityBuilder(typeof(WijkpeilUser), typeof(IdentityRole), services).AddSignInManager();
        services.AddScoped<PasswordLogin>();
        services.AddScoped<Links.AccountMails>();
        services.AddLoginRateLimit();
        services.AddResetRequestRateLimit();
        return services;
    }

    private static void ConfigureSessionCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = LoginPaths.CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.LoginPath = LoginPaths.Login;
        options.LogoutPath = LoginPaths.Logout;
        options.AccessDeniedPath = WebPaths.StatusPagePath(StatusCodes.Status403Forbidden);

        // A person in a browser is sent to the login page; a program (the API, a script) gets a plain 401
        // with a Bearer challenge or 403, as it would from the token handler.
        options.Events.OnRedirectToLogin = context =>
        {
            if (IsBrowserRequest(context.HttpContext))
            {
                context.Response.Redirect(context.RedirectUri);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = PersonalAccessTokenHandler.SchemeName;
            }

            return Task.CompletedTask;
        };
        // Signing in on the login page redirects to its ReturnUrl before the page does; encoded, or a non-ASCII
        // address (/verhalen?zoek=café) would be a header Kestrel refuses to send, a 500 instead of a login.
        options.Events.OnRedirectToReturnUrl = context =>
        {
            context.Response.Redirect(LocalReturnUrl.OrHome(context.RedirectUri));
            return Task.CompletedTask;
        };
        options.Events.OnRedirectToAccessDenied = context =>
        {
            if (IsBrowserRequest(context.HttpContext))
            {
                context.Response.Redirect(context.RedirectUri);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
            }

            return Task.CompletedTask;
        };
    }

    internal static bool HasBearerToken(HttpContext http) =>
        http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static bool IsBrowserRequest(HttpContext http) =>
        !WebPaths.IsApiRequest(http) && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
