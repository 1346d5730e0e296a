extern alias web;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Modules.Accounts;

/// <summary>
/// The real web host on a fresh database with one ProgrammeManager, mail going to an in-process <see cref="SmtpListener"/>
/// (or, with <c>smtp: false</c>, to a pickup folder), <c>Site:PublicUrl</c> set, and a <see cref="FakeTimeProvider"/>
/// that the test moves on to see links expire.
/// </summary>
internal sealed partial class AccountMailHost : IAsyncDisposable
{
    public const string ManagerEmail = "pm@provincie-utrecht.nl";
    public const string Password = "lange zin als wachtwoord";
    public const string PublicUrl = "https://wijkpeil.example";

    private readonly WijkpeilAppFactory _factory;

    private AccountMailHost(WijkpeilAppFactory factory, WebApplicationFactory<web::Program> app, SmtpListener? smtp, FakeTimeProvider time, string pickup)
    {
        _factory = factory;
        App = app;
        Smtp = smtp;
        Time = time;
        PickupFolder = pickup;
    }

    public WebApplicationFactory<web::Program> App { get; }

    public SmtpListener? Smtp { get; }

    public FakeTimeProvider Time { get; }

    public string PickupFolder { get; }

    public TestDatabase Database => _factory.Database;

    public static async Task<AccountMailHost> StartAsync(DatabaseProvider provider, bool smtp = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var factory = await WijkpeilAppFactory.StartAsync(provider, async database =>
        {
            await using var scope = database.CreateScope();
            var added = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
                .AddAsync(new NewAccount(ManagerEmail, "ProgrammeManager", [], Password), TestContext.Current.CancellationToken);
            Assert.True(added.Succeeded, added.ToString());
        });
        var listener = smtp ? await SmtpListener.StartAsync() : null;
        var pickup = Path.Combine(Path.GetTempPath(), "wijkpeil-tests", "pickup-" + Guid.NewGuid().ToString("N"));
        var app = factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in listener?.Settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }

            builder.UseSetting("Mail:PickupFolder", pickup);
            builder.UseSetting("Site:PublicUrl", PublicUrl);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(time));
        });
        return new AccountMailHost(factory, app, listener, time, pickup);
    }

    /// <summary>A browser: cookies kept, redirects not followed.</summary>
    public HttpClient Browser() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A browser signed in as <paramref name="email"/>.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var client = Browser();
        var login = await LoginPageTests.PostLoginAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Found, login.StatusCode);
        return client;
    }

    /// <summary>Opens <paramref name="path"/> and posts its form <paramref name="formName"/> with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative), ct);
        fields["_handler"] = formName;
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form, ct);
    }

    /// <summary>The link in a received mail, as a path and query on this host.</summary>
    public static string LinkIn(MimeMessage message)
    {
        var match = LinkPattern().Match(message.TextBody ?? string.Empty);
        Assert.True(match.Success, "no link in: " + message.TextBody);
        return match.Value[PublicUrl.Length..];
    }

    public static async Task<string> ReadAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _factory.DisposeAsync();
        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"https://wijkpeil\.example/wachtwoord-instellen\?token=wpl_[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();
}
