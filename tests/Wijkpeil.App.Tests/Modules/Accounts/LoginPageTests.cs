extern alias web;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Accounts.Login;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Modules.Accounts;

/// <summary>The login and logout pages in the real web host: cookie, messages, lockout, antiforgery, rate limit, cache.</summary>
public sealed partial class LoginPageTests
{
    private const string Email = "redacteur@utrecht.nl";
    private const string Password = "lange zin als wachtwoord";

    /// <summary>The one message of every failed login: wrong password, unknown address, locked or disabled account.</summary>
    private const string FailureMessage = "Het e-mailadres of het wachtwoord klopt niet, of het account is geblokkeerd of uitgeschakeld. Na 5 verkeerde wachtwoorden op rij blijft een account 15 minuten dicht.";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Login_RightPassword_SetsTheSessionCookieAndRedirectsToTheLocalReturnUrl(DatabaseProvider provider)
    {
        await using var app = await StartWithAccountAsync(provider);
        using var client = CreateClient(app);

        var response = await PostLoginAsync(client, Email, Password, "/wijken/WK034403");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(new Uri("http://localhost/wijken/WK034403"), response.Headers.Location); // the test host's own address
        var cookie = Assert.Single(SessionCookies(response));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_OverHttps_MarksTheSessionCookieSecure()
    {
        await using var app = await StartWithAccountAsync(DatabaseProvider.Sqlite);
        using var overHttp = CreateClient(app);
        using var overHttps = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var plain = Assert.Single(SessionCookies(await PostLoginAsync(overHttp, Email, Password)));
        var secure = Assert.Single(SessionCookies(await PostLoginAsync(overHttps, Email, Password)));

        Assert.DoesNotContain("secure", plain, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", secure, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Login_ReturnUrlOfAnotherHost_RedirectsHome(DatabaseProvider provider)
    {
        await using var app = await StartWithAccountAsync(provider);
        using var client = CreateClient(app);

        var response = await PostLoginAsync(client, Email, Password, "//evil.example");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(new Uri("http://localhost/"), response.Headers.Location);
    }

    [Fact]
    public async Task Login_ReturnUrlWithNonAsciiCharacters_RedirectsToItEncoded()
    {
        await using var app = await StartWithAccountAsync(DatabaseProvider.Sqlite);
        var (host, address) = KestrelHost.Start(app); // Kestrel refuses a non-ASCII Location header; TestServer does not
        await using var running = host;
        using var client = KestrelHost.Client(address);

        var response = await PostLoginAsync(client, Email, Password, "/verhalen?zoek=café");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/verhalen?zoek=caf%C3%A9", response.Headers.Location?.PathAndQuery);
    }

    [Theory]
    [InlineData("/wijken/WK034403?taal=nl", true)]
    [InlineData("/", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("wijken", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsLocal_Url_AcceptsOnlyPathsOnThisSite(string? url, bool expected) =>
        Assert.Equal(expected, LocalReturnUrl.IsLocal(url));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Login_WrongPasswordOrUnknownEmail_ShowsOneMessageAndSetsNoCookie(DatabaseProvider provider)
    {
        await using var app = await StartWithAccountAsync(provider);
        using var client = CreateClient(app);

        var wrongPassword = await PostLoginAsync(client, Email, "niet het goede wachtwoord");
        var unknownEmail = await PostLoginAsync(client, "onbekend@utrecht.nl", Password);

        foreach (var response in new[] { wrongPassword, unknownEmail })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(FailureMessage, await ReadAsync(response), StringComparison.Ordinal);
            Assert.Empty(SessionCookies(response));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Login_FiveWrongPasswords_LocksTheAccountWithoutSayingSo(DatabaseProvider provider)
    {
        await using var app = await StartWithAccountAsync(provider);
        using var client = CreateClient(app);

        var responses = new List<string>();
        for (var i = 0; i < AccountRules.MaxFailedAttempts; i++)
        {
            responses.Add(await ReadAsync(await PostLoginAsync(client, Email, "fout wachtwoord " + i)));
        }

        var rightPasswordAfterwards = await PostLoginAsync(client, Email, Password);

        await using var scope = app.Database.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WijkpeilUser>>();
        var lockoutEnd = (await users.GetLockoutEndDateAsync((await users.FindByEmailAsync(Email))!))!.Value;
        Assert.InRange(lockoutEnd - DateTimeOffset.UtcNow, AccountRules.LockoutDuration - TimeSpan.FromMinutes(2), AccountRules.LockoutDuration);
        Assert.All(responses, html => Assert.Contains(FailureMessage, html, StringComparison.Ordinal));
        Assert.Contains(FailureMessage, await ReadAsync(rightPasswordAfterwards), StringComparison.Ordinal);
        Assert.Empty(SessionCookies(rightPasswordAfterwards));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Login_DisabledAccount_RefusesTheRightPasswordWithTheCommonMessage(DatabaseProvider provider)
    {
        await using var app = await StartWithAccountAsync(provider);
        await using (var scope = app.Database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().DisableAsync(Email, TestContext.Current.CancellationToken);
        }

        using var client = CreateClient(app);

        var response = await PostLoginAsync(client, Email, Password);

        Assert.Contains(FailureMessage, await ReadAsync(response), StringComparison.Ordinal);
        Assert.Empty(SessionCookies(response));
    }

    [Fact]
    public async Task Login_PostWithoutAntiforgeryToken_Returns400()
    {
        await using var app = await StartWithAccountAsync(DatabaseProvider.Sqlite);
        using var client = CreateClient(app);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "inloggen",
            ["Input.Email"] = Email,
            ["Input.Password"] = Password,
        });
        var response = await client.PostAsync(new Uri(LoginPaths.Login, UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(SessionCookies(response));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Logout_Post_ClearsTheSessionCookie(DatabaseProvider provider)
    {
        await using var app = await StartWithAccountAsync(provider);
        using var client = CreateClient(app);
        Assert.Equal(HttpStatusCode.Found, (await PostLoginAsync(client, Email, Password)).StatusCode);

        var page = await client.GetStringAsync(new Uri(LoginPaths.Logout, UriKind.Relative), TestContext.Current.CancellationToken);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "uitloggen",
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
        });
        var response = await client.PostAsync(new Uri(LoginPaths.Logout, UriKind.Relative), form, TestContext.Current.CancellationToken);
        var afterwards = await client.GetStringAsync(new Uri(LoginPaths.Logout, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains($"U bent ingelogd als {Email}.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var cleared = Assert.Single(SessionCookies(response));
        Assert.Contains("expires=Thu, 01 Jan 1970", cleared, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("U bent niet ingelogd.", WebUtility.HtmlDecode(afterwards), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_MoreAttemptsThanTheLimit_Returns429WithRetryAfterAndAMessageInTheReadersLanguage()
    {
        await using var app = await StartWithAccountAsync(DatabaseProvider.Sqlite);
        await using var host = app.WithWebHostBuilder(b => b.UseSetting("Accounts:LoginAttemptsPerMinute", "3"));
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add((await PostLoginAsync(client, "onbekend@utrecht.nl", "fout wachtwoord " + i)).StatusCode);
        }

        var refused = await PostLoginAsync(client, Email, Password);
        var pageStillOpen = await client.GetAsync(new Uri(LoginPaths.Login, UriKind.Relative), TestContext.Current.CancellationToken);
        await client.GetAsync(new Uri("/taal/en-GB?terug=/", UriKind.Relative), TestContext.Current.CancellationToken);
        var refusedInEnglish = await ReadAsync(await PostLoginAsync(client, Email, Password));

        Assert.All(allowed, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Contains("Te veel inlogpogingen", await ReadAsync(refused), StringComparison.Ordinal);
        Assert.Contains("Too many sign-in attempts", refusedInEnglish, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", refusedInEnglish, StringComparison.Ordinal);
        Assert.Empty(SessionCookies(refused));
        Assert.Equal(HttpStatusCode.OK, pageStillOpen.StatusCode);
    }

    [Fact]
    public async Task AreaPage_SignedIn_IsNotServedFromTheOutputCacheNorStoredInIt()
    {
        await using var app = await StartWithAccountAsync(DatabaseProvider.Sqlite, ApiTestData.SeedRegisterAsync);
        using var anonymous = CreateClient(app);
        using var signedIn = CreateClient(app);
        const string area = "/wijken/WK034403";
        Assert.Equal(HttpStatusCode.Found, (await PostLoginAsync(signedIn, Email, Password)).StatusCode);

        var first = await anonymous.GetAsync(new Uri(area, UriKind.Relative), TestContext.Current.CancellationToken);
        var cached = await anonymous.GetAsync(new Uri(area, UriKind.Relative), TestContext.Current.CancellationToken);
        var personal = await signedIn.GetAsync(new Uri(area, UriKind.Relative), TestContext.Current.CancellationToken);
        var anonymousAgain = await anonymous.GetAsync(new Uri(area, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(cached.Headers.Age); // the cache works for anonymous readers
        Assert.Null(personal.Headers.Age);
        Assert.Contains(Email, await ReadAsync(personal), StringComparison.Ordinal);
        Assert.DoesNotContain(Email, await ReadAsync(anonymousAgain), StringComparison.Ordinal);
        Assert.Contains("href=\"/inloggen?ReturnUrl=%2Fwijken%2FWK034403\"", await ReadAsync(anonymousAgain), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPage_AskedTwice_IsNotServedFromTheOutputCache()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        using var client = CreateClient(app);

        var first = await client.GetAsync(new Uri(LoginPaths.Login, UriKind.Relative), TestContext.Current.CancellationToken);
        var second = await client.GetAsync(new Uri(LoginPaths.Login, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.NotEqual(AntiforgeryToken(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), AntiforgeryToken(await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    private static async Task<WijkpeilAppFactory> StartWithAccountAsync(DatabaseProvider provider, Func<TestDatabase, Task>? seed = null)
    {
        var app = await WijkpeilAppFactory.StartAsync(provider, seed);
        await using var scope = app.Database.CreateScope();
        var added = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .AddAsync(new NewAccount(Email, WijkpeilRoles.AreaEditor, ["GM0344"], Password), TestContext.Current.CancellationToken);
        Assert.True(added.Succeeded, added.ToString());
        return app;
    }

    private static HttpClient CreateClient(WijkpeilAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Fetches the login form (for its antiforgery token and cookie) and posts it, as a browser would.</summary>
    internal static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var address = new Uri(returnUrl is null ? LoginPaths.Login : $"{LoginPaths.Login}?ReturnUrl={Uri.EscapeDataString(returnUrl)}", UriKind.Relative);
        var page = await client.GetStringAsync(address, TestContext.Current.CancellationToken);
        return await PostFormAsync(client, page, email, password, address);
    }

    /// <summary>Posts the login form of <paramref name="page"/> (fetched before) with its antiforgery token.</summary>
    internal static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string email, string password, Uri? address = null)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "inloggen",
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(address ?? new Uri(LoginPaths.Login, UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    private static string AntiforgeryToken(string html) =>
        WebUtility.HtmlDecode(TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("Geen antiforgery-token in de pagina."));

    private static IEnumerable<string> SessionCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Where(c => c.StartsWith(LoginPaths.CookieName + "=", StringComparison.Ordinal)) : [];

    private static async Task<string> ReadAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
