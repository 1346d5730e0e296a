using System.Net;
using Microsoft.Extensions.Logging;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using Wijkpeil.App.Kernel.Outcomes;
using ChromiumPdfOptions = PuppeteerSharp.PdfOptions;

namespace Wijkpeil.App.Kernel.Pdf;

/// <summary>
/// Prints web pages, or HTML documents given whole, to A4 PDF in the system's headless Chromium. One browser per process, started on the first
/// render and again after it died; every render gets its own tab, closed afterwards. A singleton.
/// </summary>
/// <remarks>
/// PuppeteerSharp can download a browser of its own; that must never happen here (air-gapped servers, and a
/// browser nobody patches), so the executable is always the configured or auto-detected one.
/// </remarks>
public sealed partial class PdfRenderer(PdfOptions options, ILogger<PdfRenderer> logger) : IAsyncDisposable
{
    /// <summary>The command-line flags Chromium runs with, beside the ones PuppeteerSharp adds itself.</summary>
    public static IReadOnlyList<string> ChromiumArgs { get; } =
    [
        "--headless",
        // A service account in a container has no user namespaces for the sandbox; the browser only ever
        // opens this application's own pages, and documents it composed itself, offline (RenderHtmlAsync).
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // Docker gives /dev/shm 64 MB, too little for Chromium's renderer; /tmp has room.
        "--disable-dev-shm-usage",
    ];

    /// <summary>
    /// The browser context an HTML document is printed in: every connection it opens goes to a proxy where nothing listens
    /// (loopback port 1; "&lt;-loopback&gt;" because Chromium bypasses proxies for loopback by default). Request interception
    /// alone is not enough: a prefetch link went out past it, and an iframe made Chromium open a connection to the frame's
    /// host before its request was refused. The context is the tab's own, so cookies and cache are not shared either.
    /// </summary>
    private static readonly BrowserContextOptions OfflineContext = new()
    {
        ProxyServer = "http://127.0.0.1:1",
        ProxyBypassList = ["<-loopback>"],
    };

    // A few tabs at once: each costs a renderer process; on a small server more only queue inside Chromium.
    private const int MaxConcurrentPages = 3;

    private readonly SemaphoreSlim _launchLock = new(1, 1);
    private readonly SemaphoreSlim _pageSlots = new(MaxConcurrentPages, MaxConcurrentPages);
    private IBrowser? _browser;
    private bool _disposed;

    /// <summary>How many times Chromium was started; tests check that it is reused.</summary>
    internal int LaunchCount { get; private set; }

    /// <summary>The running browser's process id, if any; tests end it to check the relaunch.</summary>
    internal int? BrowserProcessId => _browser?.Process?.Id;

    /// <summary>The running browser's contexts (the default one included) and tabs; tests check that renders close theirs.</summary>
    internal async Task<(int Contexts, int Tabs)> OpenAsync() =>
        _browser is null ? (0, 0) : (_browser.BrowserContexts().Length, (await _browser.PagesAsync()).Length);

    /// <summary>
    /// Loads <paramref name="pageUrl"/> (waiting until it has drawn what it draws by script, see <see cref="WaitForDrawingAsync"/>), switches to
    /// print media and prints it on A4 with <paramref name="footer"/> and page numbers at the foot of every page.
    /// </summary>
    public Task<PdfResult> RenderAsync(Uri pageUrl, PdfPageFooter footer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(footer);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!pageUrl.IsAbsoluteUri || (pageUrl.Scheme != Uri.UriSchemeHttp && pageUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Only absolute http(s) addresses can be printed, not '{pageUrl}'.", nameof(pageUrl));
        }

        return RenderCoreAsync(pageUrl.AbsoluteUri, offline: false, (page, token) => LoadUrlAsync(page, pageUrl, token), footer, ct);
    }

    /// <summary>
    /// Prints the complete HTML document <paramref name="html"/> on A4 with <paramref name="footer"/> and page numbers, as
    /// <see cref="RenderAsync"/> prints a page. The document is printed as given and stays offline: every request it makes
    /// (images, stylesheets, fonts, frames, prefetches) is refused in its tab, the tab's browser context can connect
    /// nowhere, and its scripts do not run, so a value that slipped through unencoded can neither fetch nor send anything,
    /// nor tell anyone that the document was printed. Everything it shows must be inline.
    /// </summary>
    public Task<PdfResult> RenderHtmlAsync(string html, PdfPageFooter footer, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(html);
        ArgumentNullException.ThrowIfNull(footer);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return RenderCoreAsync($"an HTML document of {html.Length} characters", offline: true, (page, token) => LoadHtmlAsync(page, html, token), footer, ct);
    }

    /// <summary>
    /// One render: a browser (started or restarted as needed), a tab slot, the document put in by <paramref name="load"/>
    /// (which answers a result of its own when there is nothing to print), then the print; the expected failures become
    /// <see cref="PdfResult.Unavailable"/>. <paramref name="target"/> names the document in the log.
    /// </summary>
    private async Task<PdfResult> RenderCoreAsync(string target, bool offline, Func<IPage, CancellationToken, Task<PdfResult?>> load, PdfPageFooter footer, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        try
        {
            var browser = await GetBrowserAsync(timeout.Token);
            if (browser.Refusal is { } unavailable)
            {
                return new PdfResult.Unavailable(unavailable);
            }

            await _pageSlots.WaitAsync(timeout.Token);
            try
            {
                return await PrintAsync(browser.Browser!, offline, load, footer, timeout.Token).WaitAsync(timeout.Token);
            }
            finally
            {
                _pageSlots.Release();
            }
        }
        catch (Exception exception) when ((exception is OperationCanceledException or PuppeteerException or TimeoutException)
            && timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            // Whichever await noticed first, the cause is our clock running out: a navigation cancelled by the
            // token may surface as a Puppeteer exception rather than an OperationCanceledException.
            LogTimeout(target, options.TimeoutSeconds);
            return new PdfResult.Unavailable(Problem.Unavailable("pdf.timeout", options.TimeoutSeconds));
        }
        catch (NavigationException exception)
        {
            LogNavigationFailed(exception, target);
            return new PdfResult.Unavailable(Problem.Unavailable("pdf.page_unreachable"));
        }
        catch (Exception exception) when (exception is PuppeteerException or TimeoutException)
        {
            // A browser that crashed or was killed mid-render: the next render starts a new one.
            LogRenderFailed(exception, target);
            return new PdfResult.Unavailable(Problem.Unavailable("pdf.chromium_failed"));
        }
    }

    /// <summary>
    /// A page that draws after loading (charts.js: charts, some with data fetched) marks its root element with
    /// <c>data-drawing</c> from before the load event until it is done; the render waits for the mark to go. Waiting for
    /// the network to be idle instead cost at least half a second per PDF, and two seconds on the factsheet.
    /// </summary>
    private static async Task WaitForDrawingAsync(IPage page, CancellationToken ct) =>
        await page.WaitForFunctionAsync(
            "() => !('drawing' in document.documentElement.dataset)",
            new WaitForFunctionOptions { Timeout = 0, Polling = WaitForFunctionPollingOption.Raf })
            .WaitAsync(ct);

    private static async Task<PdfResult?> LoadUrlAsync(IPage page, Uri pageUrl, CancellationToken ct)
    {
        // One clock for the whole render, ct; Puppeteer's own timeouts (0 = off) would race it.
        var response = await page.GoToAsync(pageUrl.AbsoluteUri, new NavigationOptions
        {
            WaitUntil = [WaitUntilNavigation.Load],
            Timeout = 0,
            CancellationToken = ct,
        });
        if (response is { Ok: false })
        {
            return new PdfResult.PageFailed((int)response.Status);
        }

        await WaitForDrawingAsync(page, ct);
        return null;
    }

    /// <summary>
    /// Puts <paramref name="html"/> in the tab (a tab of the offline context, see <see cref="OfflineContext"/>) with scripts
    /// off and every request refused before it leaves the tab; offline mode stands behind the refusal.
    /// </summary>
    private static async Task<PdfResult?> LoadHtmlAsync(IPage page, string html, CancellationToken ct)
    {
        // All set before the content goes in: the first image or stylesheet is requested while the markup is parsed.
        await page.SetJavaScriptEnabledAsync(false);
        await page.SetOfflineModeAsync(true);
        await page.SetRequestInterceptionAsync(true);
        page.AddRequestInterceptor(request => request.AbortAsync(RequestAbortErrorCode.BlockedByClient));
        await page.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 0, CancellationToken = ct });
        return null;
    }

    private async Task<PdfResult> PrintAsync(IBrowser browser, bool offline, Func<IPage, CancellationToken, Task<PdfResult?>> load, PdfPageFooter footer, CancellationToken ct)
    {
        if (!offline)
        {
            return await PrintInTabAsync(await browser.NewPageAsync(), load, footer, ct);
        }

        var context = await browser.CreateBrowserContextAsync(OfflineContext);
        try
        {
            return await PrintInTabAsync(await context.NewPageAsync(), load, footer, ct);
        }
        finally
        {
            await CloseContextAsync(context);
        }
    }

    private async Task<PdfResult> PrintInTabAsync(IPage page, Func<IPage, CancellationToken, Task<PdfResult?>> load, PdfPageFooter footer, CancellationToken ct)
    {
        try
        {
            if (await load(page, ct) is { } instead)
            {
                return instead;
            }

            await page.EmulateMediaTypeAsync(MediaType.Print);
            var pdf = await page.PdfDataAsync(new ChromiumPdfOptions
            {
                Format = PaperFormat.A4,
                PrintBackground = true,
                MarginOptions = new MarginOptions { Top = "15mm", Right = "15mm", Bottom = "20mm", Left = "15mm" },
                DisplayHeaderFooter = true,
                // An empty template would make Chromium print its default header (date and title).
                HeaderTemplate = "<span></span>",
                FooterTemplate = FooterTemplate(footer),
                // Tagged PDF: screen readers read the structure (headings, tables), as the accessibility rules ask.
                Tagged = true,
                Timeout = 0,
            });
            return new PdfResult.Rendered(pdf);
        }
        finally
        {
            // Not tied to ct: a cancelled render must still give its tab back.
            await ClosePageAsync(page);
        }
    }

    /// <summary>
    /// The footer Chromium prints on every page; it fills the spans of class pageNumber and totalPages. The
    /// template has no access to the page's stylesheets and defaults to a tiny font, so it is styled inline.
    /// </summary>
    internal static string FooterTemplate(PdfPageFooter footer) =>
        "<div style=\"width:100%;margin:0 15mm;font-family:'Noto Sans','DejaVu Sans',Arial,sans-serif;font-size:8pt;color:#333;"
        + "display:flex;justify-content:space-between;gap:6mm;\">"
        + $"<span>{WebUtility.HtmlEncode(footer.Text)}</span>"
        // A long data version wraps; the page number never does ("Pagina 1" / "van 4" on two lines read badly).
        + $"<span style=\"white-space:nowrap;\">{footer.PageWord} <span class=\"pageNumber\"></span> {footer.OfWord} <span class=\"totalPages\"></span></span>"
        + "</div>";

    private async Task ClosePageAsync(IPage page)
    {
        try
        {
            await page.CloseAsync();
        }
        catch (Exception exception) when (exception is PuppeteerException or TimeoutException)
        {
            // The browser is gone, and the tab with it.
            LogCloseFailed(exception);
        }
    }

    private async Task CloseContextAsync(IBrowserContext context)
    {
        try
        {
            await context.CloseAsync();
        }
        catch (Exception exception) when (exception is PuppeteerException or TimeoutException)
        {
            LogCloseFailed(exception);
        }
    }

    private async Task<(IBrowser? Browser, Problem? Refusal)> GetBrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } running)
        {
            return (running, null);
        }

        await _launchLock.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true } started)
            {
                return (started, null);
            }

            if (_browser is not null)
            {
                LogRelaunch();
                await _browser.DisposeAsync();
                _browser = null;
            }

            var path = options.ResolveChromiumPath();
            if (path is null || !File.Exists(path))
            {
                LogNotFound(path ?? string.Join(", ", PdfOptions.AutoDetectPaths));
                return (null, Problem.Unavailable("pdf.chromium_not_found"));
            }

            try
            {
                // Not cut short by ct: a launch abandoned half-way would leave a browser nobody closes.
                _browser = await Puppeteer.LaunchAsync(new LaunchOptions
                {
                    ExecutablePath = path,
                    Headless = true,
                    Args = [.. ChromiumArgs],
                    Timeout = (int)options.Timeout.TotalMilliseconds,
                });
                LaunchCount++;
                LogLaunched(path, _browser.Process?.Id);
                return (_browser, null);
            }
            catch (Exception exception) when (exception is ProcessException or PuppeteerException or TimeoutException or IOException or System.ComponentModel.Win32Exception)
            {
                LogLaunchFailed(exception, path);
                return (null, Problem.Unavailable("pdf.chromium_start_failed"));
            }
        }
        finally
        {
            _launchLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _launchLock.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_browser is not null)
            {
                await _browser.DisposeAsync();
                _browser = null;
            }
        }
        finally
        {
            _launchLock.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chromium started from {Path} (process {ProcessId}) for PDF rendering")]
    private partial void LogLaunched(string path, int? processId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chromium is not running any more; starting it again")]
    private partial void LogRelaunch();

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Chromium found for PDF rendering (looked at {Path}); set Pdf:ChromiumPath")]
    private partial void LogNotFound(string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Chromium at {Path} did not start")]
    private partial void LogLaunchFailed(Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rendering {Target} to PDF took longer than {Seconds} s; cancelled")]
    private partial void LogTimeout(string target, int seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Chromium could not load {Target} to render it to PDF")]
    private partial void LogNavigationFailed(Exception exception, string target);

    [LoggerMessage(Level = LogLevel.Error, Message = "Chromium failed while rendering {Target} to PDF")]
    private partial void LogRenderFailed(Exception exception, string target);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Closing a PDF tab failed; the browser was gone")]
    private partial void LogCloseFailed(Exception exception);
}
