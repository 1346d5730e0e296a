extern alias web;

using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Modules.Accounts;

/// <summary>
/// The bearer-token scheme in the real web host, seen through an endpoint that exists only in these tests
/// and requires an authenticated user; plus the password lockout rules of the sign-in manager.
/// </summary>
public sealed class BearerTokenTests
{
    private const string WhoAmI = "/test/wie-ben-ik";
    private const string Password = "lange zin als wachtwoord";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bearer_ValidToken_SignsInAsTheAccountWithRoleAndGemeenten(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        await AddAsync(app, "redacteur@utrecht.nl", WijkpeilRoles.AreaEditor, "GM0344", "GM0355");
        var token = await IssueAsync(app, "redacteur@utrecht.nl");
        await using var host = WithWhoAmI(app);
        using var client = CreateClient(host, token);

        var response = await client.GetAsync(WhoAmI, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("redacteur@utrecht.nl|AreaEditor|GM0344,GM0355", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await using var scope = app.Database.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().PersonalAccessTokens.SingleAsync(TestContext.Current.CancellationToken);
        Assert.NotNull(stored.LastUsedAt);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bearer_NoToken_Returns401WithAChallengeWhilePublicApiStaysOpen(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        await using var host = WithWhoAmI(app);
        using var client = CreateClient(host, token: null);

        var refused = await client.GetAsync(WhoAmI, TestContext.Current.CancellationToken);
        var open = await client.GetAsync("/api/v1/indicators", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("Bearer", Assert.Single(refused.Headers.WwwAuthenticate).Scheme);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Cookie_SignedInThroughTheLoginPage_AuthenticatesWithoutAToken(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        await AddAsync(app, "redacteur@utrecht.nl", WijkpeilRoles.AreaEditor, "GM0344");
        await using var host = WithWhoAmI(app);
        using var client = CreateClient(host, token: null);
        var login = await LoginPageTests.PostLoginAsync(client, "redacteur@utrecht.nl", Password);

        var response = await client.GetAsync(WhoAmI, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Found, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("redacteur@utrecht.nl|AreaEditor|GM0344", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Challenge_BrowserWithoutCredentials_RedirectsToTheLoginPageWithReturnUrl()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var host = WithWhoAmI(app);
        using var client = CreateClient(host, token: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, WhoAmI);
        request.Headers.Accept.ParseAdd("text/html");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/inloggen?ReturnUrl=%2Ftest%2Fwie-ben-ik", response.Headers.Location?.PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bearer_UnknownRevokedExpiredOrDisabled_Returns401(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        await AddAsync(app, "actief@utrecht.nl", WijkpeilRoles.Viewer);
        await AddAsync(app, "weg@utrecht.nl", WijkpeilRoles.Viewer);
        var revoked = await IssueAsync(app, "actief@utrecht.nl", "ingetrokken");
        var expired = await IssueAsync(app, "actief@utrecht.nl", "verlopen");
        var ofDisabled = await IssueAsync(app, "weg@utrecht.nl");
        var valid = await IssueAsync(app, "actief@utrecht.nl", "geldig");
        await using (var scope = app.Database.CreateScope())
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<WijkpeilDbContext>();
            var past = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.PersonalAccessTokens.Where(t => t.Name == "ingetrokken").ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, past), TestContext.Current.CancellationToken);
            await db.PersonalAccessTokens.Where(t => t.Name == "verlopen").ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, past), TestContext.Current.CancellationToken);
            Assert.True((await services.GetRequiredService<UserAdministration>().DisableAsync("weg@utrecht.nl", TestContext.Current.CancellationToken)).Value);
        }

        var unknownToken = AccessTokenHash.NewToken();
        await using var host = WithWhoAmI(app);
        foreach (var refused in new[] { unknownToken, revoked, expired, ofDisabled, valid[..^1] })
        {
            using var client = CreateClient(host, refused);
            var response = await client.GetAsync(WhoAmI, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using var accepted = CreateClient(host, valid);
        Assert.Equal(HttpStatusCode.OK, (await accepted.GetAsync(WhoAmI, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bearer_InvalidTokenOnAPublicRead_Returns401ProblemInsteadOfAnonymousAnswer(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedRegisterAsync);
        await AddAsync(app, "actief@utrecht.nl", WijkpeilRoles.Viewer);
        await AddAsync(app, "weg@utrecht.nl", WijkpeilRoles.Viewer);
        var revoked = await IssueAsync(app, "actief@utrecht.nl", "ingetrokken");
        var expired = await IssueAsync(app, "actief@utrecht.nl", "verlopen");
        var ofDisabled = await IssueAsync(app, "weg@utrecht.nl");
        var valid = await IssueAsync(app, "actief@utrecht.nl", "geldig");
        await using (var scope = app.Database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var past = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.PersonalAccessTokens.Where(t => t.Name == "ingetrokken").ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, past), TestContext.Current.CancellationToken);
            await db.PersonalAccessTokens.Where(t => t.Name == "verlopen").ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, past), TestContext.Current.CancellationToken);
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserAdministration>().DisableAsync("weg@utrecht.nl", TestContext.Current.CancellationToken)).Value);
        }

        const string publicRead = "/api/v1/areas/WK034403";
        foreach (var (kind, token) in new[] { ("revoked", revoked), ("unknown", AccessTokenHash.NewToken()), ("expired", expired), ("disabled account", ofDisabled), ("garbage", "x") })
        {
            using var client = CreateClient(app, token);
            var response = await client.GetAsync(publicRead, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{kind} token: {(int)response.StatusCode}");
            Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
            await ApiAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
        }

        using var page = CreateClient(app, AccessTokenHash.NewToken());
        using var anonymous = CreateClient(app, token: null);
        using var accepted = CreateClient(app, valid);
        Assert.Equal(HttpStatusCode.Unauthorized, (await page.GetAsync("/wijken/WK034403", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(publicRead, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await accepted.GetAsync(publicRead, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CheckPasswordSignIn_FiveWrongPasswords_LocksTheAccountForFifteenMinutes(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        await AddAsync(app, "a@utrecht.nl", WijkpeilRoles.Coordinator);
        await using var scope = app.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<WijkpeilUser>>();
        var user = (await signIn.UserManager.FindByEmailAsync("a@utrecht.nl"))!;

        var before = DateTimeOffset.UtcNow;
        var attempts = new List<SignInResult>();
        for (var i = 0; i < AccountRules.MaxFailedAttempts; i++)
        {
            attempts.Add(await signIn.CheckPasswordSignInAsync(user, "fout wachtwoord " + i, lockoutOnFailure: true));
        }

        var rightPasswordAfterwards = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);

        Assert.All(attempts[..^1], a => Assert.False(a.Succeeded || a.IsLockedOut));
        Assert.True(attempts[^1].IsLockedOut);
        Assert.True(rightPasswordAfterwards.IsLockedOut);
        Assert.False(rightPasswordAfterwards.Succeeded);
        var lockoutEnd = (await signIn.UserManager.GetLockoutEndDateAsync(user))!.Value;
        Assert.InRange(lockoutEnd - before, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(16));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CheckPasswordSignIn_DisabledAccount_IsNotAllowedEvenWithTheRightPassword(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        await AddAsync(app, "a@utrecht.nl", WijkpeilRoles.Viewer);
        await using var scope = app.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<WijkpeilUser>>();
        var active = await signIn.CheckPasswordSignInAsync((await signIn.UserManager.FindByEmailAsync("a@utrecht.nl"))!, Password, lockoutOnFailure: true);
        await scope.ServiceProvider.GetRequiredService<UserAdministration>().DisableAsync("a@utrecht.nl", TestContext.Current.CancellationToken);

        var disabled = await signIn.CheckPasswordSignInAsync((await signIn.UserManager.FindByEmailAsync("a@utrecht.nl"))!, Password, lockoutOnFailure: true);

        Assert.True(active.Succeeded);
        Assert.True(disabled.IsNotAllowed);
        Assert.False(disabled.Succeeded);
    }

    /// <summary>The app with the test-only endpoint in front of it; one host per test, many clients.</summary>
    private static WebApplicationFactory<web::Program> WithWhoAmI(WijkpeilAppFactory app) =>
        app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, WhoAmIEndpoint>()));

    private static HttpClient CreateClient(WebApplicationFactory<web::Program> host, string? token)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    private static async Task AddAsync(WijkpeilAppFactory app, string email, string role, params string[] gemeenten)
    {
        await using var scope = app.Database.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .AddAsync(new NewAccount(email, role, gemeenten, Password), TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.ToString());
    }

    private static async Task<string> IssueAsync(WijkpeilAppFactory app, string email, string? name = null)
    {
        await using var scope = app.Database.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .CreateTokenAsync(email, name, expiresAt: null, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.ToString());
        return result.Value.Token;
    }

    /// <summary>A protected endpoint in front of the app's pipeline, using the app's authentication registration.</summary>
    private sealed class WhoAmIEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseRouting();
            app.UseAuthentication();
            app.UseAuthorization();
            app.UseEndpoints(endpoints => endpoints.MapGet(WhoAmI, (ClaimsPrincipal user) =>
                string.Join('|', user.Identity!.Name, string.Join(',', user.FindAll(ClaimTypes.Role).Select(c => c.Value)), string.Join(',', user.FindAll(WijkpeilClaims.Gemeente).Select(c => c.Value))))
                .RequireAuthorization());
            next(app);
        };
    }
}
