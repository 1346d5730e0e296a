using System.Globalization;
using Microsoft.Playwright;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.BrowserTests.Infrastructure;

/// <summary>
/// One running Wijkpeil (<see cref="WijkpeilServer"/>) and one headless system Chromium driven by Playwright, shared
/// by every browser test: starting both takes seconds. Each test gets its own browser context, so cookies (the
/// language choice, a login) never leak from one test into another; the <see cref="TestAccounts"/> exist from the
/// start, and each signs in through the login page once, after which its session is reused.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>Per-test limit, milliseconds: a hung page or browser fails its test instead of stalling CI.</summary>
    public const int TestTimeout = 120_000;

    /// <summary>Environment variable naming the Chromium executable; default <c>/usr/bin/chromium</c>.</summary>
    public const string ChromiumVariable = "WIJKPEIL_CHROMIUM";

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(3);

    private readonly Dictionary<TestAccount, string> _sessions = [];
    private readonly SemaphoreSlim _signingIn = new(1, 1);
    private readonly Dictionary<string, string> _pathValues = new(StringComparer.Ordinal);
    private WijkpeilServer? _server;
    private SmtpListener? _mail;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The flags the tests launch Chromium with (the same hardening as the app's PDF renderer).</summary>
    public static IReadOnlyList<string> ChromiumArgs { get; } =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public Uri BaseAddress => Server.BaseAddress;

    public WijkpeilServer Server => _server ?? throw new InvalidOperationException("The site has not started.");

    /// <summary>The SMTP server the site sends its mail to: what it received, in order.</summary>
    public SmtpListener Mail => _mail ?? throw new InvalidOperationException("The site has not started.");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"No Chromium at '{ChromiumPath}'. The browser tests drive the system Chromium and never download one: "
                + $"install the Debian package 'chromium' (./build/test.sh does so as root) or set {ChromiumVariable}.");
        }

        // Playwright must never fetch browsers of its own; the executable below is the system's.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        // The site's mail goes over SMTP to a real listener in this process, where a test reads it as the recipient would.
        _mail = await SmtpListener.StartAsync();
        _server = new WijkpeilServer(ChromiumPath, _mail.Settings);
        await Task.Run(_server.Start).WaitAsync(StartupTimeout);
        foreach (var account in TestAccounts.All)
        {
            await _server.AddAccountAsync(account, CancellationToken.None);
        }

        _pathValues[SitePages.ExampleProject] =
            (await _server.ExampleProjectIdAsync("overvecht", CancellationToken.None)).ToString(CultureInfo.InvariantCulture);
        _pathValues[SitePages.TestStory] =
            (await _server.AddTestStoryAsync(TestAccounts.UtrechtEditor, CancellationToken.None)).ToString(CultureInfo.InvariantCulture);
        _pathValues[SitePages.PublishedImportBatch] =
            (await _server.PublishedImportBatchIdAsync(CancellationToken.None)).ToString(CultureInfo.InvariantCulture);
        _pathValues[SitePages.DraftImportBatch] =
            (await _server.AddDraftImportBatchAsync(CancellationToken.None)).ToString(CultureInfo.InvariantCulture);
        _pathValues[SitePages.InvitationToken] = await _server.InviteAsync("uitgenodigd@utrecht.example", CancellationToken.None);
        var (schemeSlug, schemeId) = await _server.AddTestSubsidySchemeAsync(CancellationToken.None);
        _pathValues[SitePages.TestSchemeSlug] = schemeSlug;
        _pathValues[SitePages.TestSchemeId] = schemeId.ToString(CultureInfo.InvariantCulture);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>
    /// A tab in a fresh browser context (no cookies) on the site, <paramref name="width"/> CSS pixels wide. When
    /// <paramref name="ct"/> fires (the test's timeout) the context is closed, so a waiting Playwright call ends at once.
    /// </summary>
    /// <remarks>With <paramref name="signedInAs"/> the context starts with that account's login session.</remarks>
    public async Task<BrowserTab> OpenTabAsync(CancellationToken ct, int width = 1280, int height = 900, TestAccount? signedInAs = null)
    {
        var session = signedInAs is null ? null : await SessionAsync(signedInAs);
        var context = await NewContextAsync(width, height, session);
        var page = await context.NewPageAsync();
        return new BrowserTab(context, page, ct.Register(() => _ = context.CloseAsync()));
    }

    /// <summary>
    /// A tab on <paramref name="sitePage"/> as its account sees it, after its <see cref="SitePage.Then"/> step: its
    /// status checked and its charts drawn.
    /// </summary>
    public async Task<BrowserTab> OpenAsync(SitePage sitePage, CancellationToken ct, int width = 1280, int height = 900)
    {
        ArgumentNullException.ThrowIfNull(sitePage);
        var tab = await OpenTabAsync(ct, width, height, sitePage.SignedInAs);
        var response = await tab.Page.GotoAsync(PathOf(sitePage));
        Assert.NotNull(response);
        Assert.Equal(sitePage.Status, response.Status);
        if (sitePage.SignedInAs is not null)
        {
            // A lost session would land on the login page with a 200 as well.
            await Assertions.Expect(tab.Page.GetByRole(AriaRole.Link, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
        }

        if (sitePage.Then is { } then)
        {
            await then(tab.Page);
        }

        await tab.Page.WaitForChartsAsync();
        return tab;
    }

    /// <summary>The path of <paramref name="sitePage"/> with the ids this site's data gave filled in.</summary>
    public string PathOf(SitePage sitePage)
    {
        ArgumentNullException.ThrowIfNull(sitePage);
        return _pathValues.Aggregate(sitePage.Path, (path, value) => path.Replace(value.Key, value.Value, StringComparison.Ordinal));
    }

    // Signing in through the page costs a password hash and counts against the login rate limit (10 a minute per
    // address), so each account does it once and later contexts start from its saved cookies.
    private async Task<string> SessionAsync(TestAccount account)
    {
        await _signingIn.WaitAsync();
        try
        {
            if (!_sessions.TryGetValue(account, out var session))
            {
                var context = await NewContextAsync(1280, 900, null);
                try
                {
                    var page = await context.NewPageAsync();
                    await page.SignInAsync(account);
                    session = await context.StorageStateAsync();
                    _sessions[account] = session;
                }
                finally
                {
                    await context.CloseAsync();
                }
            }

            return session;
        }
        finally
        {
            _signingIn.Release();
        }
    }

    private async Task<IBrowserContext> NewContextAsync(int width, int height, string? session)
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser has not started.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            // The site ignores Accept-Language on purpose; a Dutch browser is what most readers have anyway.
            Locale = "nl-NL",
            StorageState = session,
        });
        context.SetDefaultTimeout(20_000);
        context.SetDefaultNavigationTimeout(30_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _signingIn.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_mail is not null)
        {
            await _mail.DisposeAsync();
        }
    }
}

/// <summary>One page in its own browser context; disposing closes both.</summary>
public sealed class BrowserTab(IBrowserContext context, IPage page, CancellationTokenRegistration onCancel) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    public async ValueTask DisposeAsync()
    {
        await onCancel.DisposeAsync();
        await Context.CloseAsync();
    }
}

/// <summary>The browser tests share one <see cref="BrowserSite"/> and so run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowserSite : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
