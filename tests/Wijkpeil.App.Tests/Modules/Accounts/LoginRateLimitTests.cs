extern alias web;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Accounts.Login;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Modules.Accounts;

/// <summary>
/// The login rate limit on real Kestrel, with request targets sent byte for byte: every address that reaches the
/// login form counts against the limit, whatever its spelling (issue 9, defect 3).
/// </summary>
public sealed partial class LoginRateLimitTests
{
    private const string Email = "redacteur@utrecht.nl";
    private const string Password = "lange zin als wachtwoord";

    /// <summary>Spellings of the login address; before the fix the first two were not counted and logged in.</summary>
    private static readonly string[] Variants =
    [
        "/inloggen/",
        "/inloggen/.",
        "/INLOGGEN",
        "/Inloggen/",
        "/inloggen?x=1",
        "/%69nloggen",
        "/inloggen%2F",
        "//inloggen",
        "/inloggen//",
        "/./inloggen",
        "/wijken/../inloggen",
        "/inloggen;x=1",
    ];

    [Fact]
    public async Task Login_WindowExhausted_NoSpellingOfTheAddressLogsInWithTheRightPassword()
    {
        await using var app = await StartWithAccountAsync();
        var (host, server) = OnKestrel(app, attemptsPerMinute: 3);
        await using var running = host;
        var (cookies, token) = await LoginFormAsync(server);

        var counted = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            counted.Add((await PostAsync(server, LoginPaths.Login, cookies, token, "fout wachtwoord " + i)).Status);
        }

        var outcomes = new List<string>();
        foreach (var target in Variants)
        {
            var response = await PostAsync(server, target, cookies, token, Password);
            if (response.Status != 429 && SignsIn(response))
            {
                outcomes.Add($"{target}: {response.Status} with a session cookie");
            }
        }

        Assert.All(counted, status => Assert.Equal(200, status));
        Assert.True(outcomes.Count == 0, "Logged in despite the exhausted window: " + string.Join("; ", outcomes));
    }

    [Fact]
    public async Task Login_SpellingsThatReachTheForm_EachCountAgainstTheLimit()
    {
        await using var app = await StartWithAccountAsync();
        string[] reachingTheForm = ["/inloggen/", "/inloggen/.", "/INLOGGEN", "/inloggen?x=1", "/%69nloggen"];
        var (host, server) = OnKestrel(app, attemptsPerMinute: reachingTheForm.Length);
        await using var running = host;
        var (cookies, token) = await LoginFormAsync(server);

        var wrong = new List<RawResponse>();
        foreach (var target in reachingTheForm)
        {
            wrong.Add(await PostAsync(server, target, cookies, token, "fout wachtwoord", "onbekend@utrecht.nl"));
        }

        var afterwards = await PostAsync(server, LoginPaths.Login, cookies, token, Password);

        // Each spelling reached the password check (the form answered with its message) and was counted.
        Assert.All(wrong, r => Assert.Contains("Het e-mailadres of het wachtwoord klopt niet", WebUtility.HtmlDecode(r.Body), StringComparison.Ordinal));
        Assert.Equal(429, afterwards.Status);
        Assert.False(SignsIn(afterwards));
    }

    [Fact]
    public async Task LoginPage_GetsBeyondTheLimit_AreNotCounted()
    {
        await using var app = await StartWithAccountAsync();
        var (host, server) = OnKestrel(app, attemptsPerMinute: 1);
        await using var running = host;
        var (cookies, token) = await LoginFormAsync(server);
        var headers = new Dictionary<string, string> { ["Cookie"] = cookies };

        var gets = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            gets.Add((await RawHttp.SendAsync(server, "GET", LoginPaths.Login, headers, null, TestContext.Current.CancellationToken)).Status);
        }

        var login = await PostAsync(server, LoginPaths.Login, cookies, token, Password);

        Assert.All(gets, status => Assert.Equal(200, status));
        Assert.Equal(302, login.Status);
        Assert.True(SignsIn(login));
    }

    private static async Task<WijkpeilAppFactory> StartWithAccountAsync()
    {
        var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var scope = app.Database.CreateScope();
        var added = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .AddAsync(new NewAccount(Email, WijkpeilRoles.AreaEditor, ["GM0344"], Password), TestContext.Current.CancellationToken);
        Assert.True(added.Succeeded, added.ToString());
        return app;
    }

    private static (WebApplicationFactory<web::Program> Host, Uri Address) OnKestrel(WijkpeilAppFactory app, int attemptsPerMinute) =>
        KestrelHost.Start(app, b => b.UseSetting("Accounts:LoginAttemptsPerMinute", attemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The login form's antiforgery cookie and token, fetched as a browser would.</summary>
    private static async Task<(string Cookies, string Token)> LoginFormAsync(Uri server)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = server };
        var page = await client.GetStringAsync(new Uri(LoginPaths.Login, UriKind.Relative), TestContext.Current.CancellationToken);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        Assert.NotEmpty(token);
        return (RawHttp.CookieHeader(cookies, server), token);
    }

    private static Task<RawResponse> PostAsync(Uri server, string target, string cookies, string token, string password, string email = Email)
    {
        var body = string.Join('&', new Dictionary<string, string>
        {
            ["_handler"] = "inloggen",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        var headers = new Dictionary<string, string>
        {
            ["Cookie"] = cookies,
            ["Content-Type"] = "application/x-www-form-urlencoded",
            ["Accept"] = "text/html",
        };
        return RawHttp.SendAsync(server, "POST", target, headers, body, TestContext.Current.CancellationToken);
    }

    private static bool SignsIn(RawResponse response) =>
        response.Values("set-cookie").Any(c => c.StartsWith(LoginPaths.CookieName + "=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
