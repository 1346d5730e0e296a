extern alias web;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Accounts.Login;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;

namespace Wijkpeil.App.Tests.Security;

/// <summary>
/// The protective headers on every kind of answer the site gives, and the flags of every cookie it sets (issue 9,
/// defect 6). The browser test (Wijkpeil.BrowserTests, ContentSecurityPolicyTests) proves the pages satisfy the policy.
/// </summary>
public sealed class SecurityHeadersTests
{
    private const string Email = "redacteur@utrecht.nl";
    private const string Password = "lange zin als wachtwoord";

    /// <summary>One address of each kind of answer, with the status it must give.</summary>
    private static readonly (string Path, int Status)[] Answers =
    [
        ("/", 200),
        ("/wijken/WK034403", 200),
        ($"/indicatoren/{ApiTestData.Health}", 200),
        ("/vergelijk?gebieden=WK034403,GM0344", 200),
        ("/programmas/vitale-wijken/factsheets/overvecht/meting-2020", 200),
        ("/programmas", 200),
        ("/data", 200),
        ("/agenda", 200),
        ("/verhalen", 200),
        ("/inloggen", 200),
        ("/bestaat-niet", 404),
        ("/status/404", 200),
        ("/status/500", 200),
        ("/api/v1/areas/WK034403", 200),
        ("/api/v1/areas/XX99", 400),
        ("/api/v1/bestaat-niet", 404),
        ($"/api/v1/observations?indicator={ApiTestData.Health}&format=csv", 200),
        ("/health", 200),
        ("/openapi/v1.json", 200),
        ("/scalar/v1", 200),
        ("/css/wijkpeil.css", 200),
        ("/js/charts.js", 200),
        ("/taal/en-GB?terug=%2F", 302),
        ("/agenda/nieuw", 302),
    ];

    [Fact]
    public async Task EveryKindOfAnswer_CarriesTheSecurityHeaders()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, SeedAsync);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var problems = new List<string>();
        foreach (var (path, status) in Answers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Accept.ParseAdd("text/html");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            problems.AddRange(Check(path, response, status));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task RefusedAnswers_429And401AndAnException_CarryTheSecurityHeaders()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, SeedAsync);
        await using var host = app.WithWebHostBuilder(b => b.UseSetting("Accounts:LoginAttemptsPerMinute", "1"));
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await LoginPageTests.PostLoginAsync(client, "onbekend@utrecht.nl", "fout wachtwoord");

        using var tooMany = await LoginPageTests.PostLoginAsync(client, "onbekend@utrecht.nl", "fout wachtwoord");
        using var badToken = new HttpRequestMessage(HttpMethod.Get, "/api/v1/areas/WK034403");
        badToken.Headers.Authorization = new("Bearer", "wpt_onbekend");
        using var unauthorized = await client.SendAsync(badToken, TestContext.Current.CancellationToken);

        var problems = Check("429 login", tooMany, 429).Concat(Check("401 bearer", unauthorized, 401)).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Hsts_ProductionOverHttps_IsSentAndNeverOverHttpOrInDevelopment()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var https = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://wijkpeil.example") });
        using var http = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://wijkpeil.example") });
        using var development = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://wijkpeil.example") });

        using var overHttps = await https.GetAsync(new Uri("/inloggen", UriKind.Relative), TestContext.Current.CancellationToken);
        using var notFoundOverHttps = await https.GetAsync(new Uri("/api/v1/bestaat-niet", UriKind.Relative), TestContext.Current.CancellationToken);
        using var overHttp = await http.GetAsync(new Uri("/inloggen", UriKind.Relative), TestContext.Current.CancellationToken);
        using var inDevelopment = await development.GetAsync(new Uri("/inloggen", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("max-age=31536000", Header(overHttps, "Strict-Transport-Security"));
        Assert.Equal("max-age=31536000", Header(notFoundOverHttps, "Strict-Transport-Security"));
        Assert.Null(Header(overHttp, "Strict-Transport-Security"));
        Assert.Null(Header(inDevelopment, "Strict-Transport-Security"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Cookies_OverHttps_AreSecureHttpOnlyAndHaveADeliberateSameSite(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        await using (var scope = app.Database.CreateScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
                .AddAsync(new NewAccount(Email, WijkpeilRoles.ProgrammeManager, [], Password), TestContext.Current.CancellationToken);
            Assert.True(added.Succeeded, added.ToString());
        }

        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var cookies = new List<string>();
        void Collect(HttpResponseMessage response)
        {
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                cookies.AddRange(values);
            }
        }

        // Every cookie the site sets: antiforgery (a form), session (login), language (switch), the session's end (logout).
        Collect(await client.GetAsync(new Uri("/inloggen", UriKind.Relative), TestContext.Current.CancellationToken));
        Collect(await LoginPageTests.PostLoginAsync(client, Email, Password));
        Collect(await client.GetAsync(new Uri("/agenda/nieuw", UriKind.Relative), TestContext.Current.CancellationToken));
        Collect(await client.GetAsync(new Uri("/taal/en-GB?terug=%2F", UriKind.Relative), TestContext.Current.CancellationToken));
        var logoutPage = await client.GetStringAsync(new Uri(LoginPaths.Logout, UriKind.Relative), TestContext.Current.CancellationToken);
        using var logout = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "uitloggen",
            ["__RequestVerificationToken"] = System.Text.RegularExpressions.Regex.Match(logoutPage, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value,
        });
        Collect(await client.PostAsync(new Uri(LoginPaths.Logout, UriKind.Relative), logout, TestContext.Current.CancellationToken));

        var names = cookies.Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)]).Distinct().ToList();
        Assert.Contains(LoginPaths.CookieName, names);
        Assert.Contains(".AspNetCore.Culture", names);
        Assert.Contains(names, n => n.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        var problems = new List<string>();
        foreach (var cookie in cookies)
        {
            var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            if (!attributes.Contains("secure"))
            {
                problems.Add($"{cookie}: not Secure");
            }

            if (!attributes.Contains("httponly"))
            {
                problems.Add($"{cookie}: not HttpOnly");
            }

            if (!attributes.Contains("samesite=lax") && !attributes.Contains("samesite=strict"))
            {
                problems.Add($"{cookie}: no SameSite=Lax or Strict");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static IEnumerable<string> Check(string what, HttpResponseMessage response, int status)
    {
        if ((int)response.StatusCode != status)
        {
            yield return $"{what}: status {(int)response.StatusCode}, expected {status}";
        }

        var csp = Header(response, "Content-Security-Policy");
        if (csp is null)
        {
            yield return $"{what}: no Content-Security-Policy";
        }
        else
        {
            foreach (var directive in new[] { "default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'", "object-src 'none'" })
            {
                if (!csp.Split(';').Select(d => d.Trim()).Contains(directive))
                {
                    yield return $"{what}: Content-Security-Policy without {directive}: {csp}";
                }
            }

            var scripts = csp.Split(';').Select(d => d.Trim()).FirstOrDefault(d => d.StartsWith("script-src ", StringComparison.Ordinal)) ?? "";
            if (scripts.Contains("unsafe", StringComparison.Ordinal))
            {
                yield return $"{what}: {scripts}";
            }
        }

        foreach (var (name, value) in new[] { ("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "DENY"), ("Referrer-Policy", "same-origin"), ("Cross-Origin-Opener-Policy", "same-origin") })
        {
            if (Header(response, name) != value)
            {
                yield return $"{what}: {name} is '{Header(response, name)}', expected '{value}'";
            }
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    private static async Task SeedAsync(TestDatabase database)
    {
        await ApiTestData.SeedRegisterAsync(database);
        await HealthFigures.PublishAsync(database);
    }
}
