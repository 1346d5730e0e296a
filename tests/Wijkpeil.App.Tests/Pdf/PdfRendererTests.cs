using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using UglyToad.PdfPig;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Pdf;

namespace Wijkpeil.App.Tests.Pdf;

/// <summary>Real Chromium (the system package, never a downloaded one) printing pages of a real Kestrel.</summary>
public sealed class PdfRendererTests(PdfTestSite site) : IClassFixture<PdfTestSite>
{
    // A4 is 210 x 297 mm: 595.3 x 841.9 points; Chromium rounds to whole CSS pixels.
    private const double A4Width = 595.3;
    private const double A4Height = 841.9;
    private const double PointTolerance = 1.5;

    private static readonly PdfPageFooter Footer = new(PdfTestSite.FooterText);

    [Fact]
    public async Task RenderAsync_ThreePagePage_ReturnsA4PdfWithPageTextAndFooter()
    {
        var result = await site.Renderer.RenderAsync(site.Url(PdfTestSite.ThreePagePath), Footer, TestContext.Current.CancellationToken);

        var pdf = Assert.IsType<PdfResult.Rendered>(result).Content;
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5].ToArray());
        using (var document = PdfDocument.Open(pdf.ToArray()))
        {
            Assert.Equal(3, document.NumberOfPages);
            Assert.All(document.GetPages(), page =>
            {
                Assert.InRange(page.Width, A4Width - PointTolerance, A4Width + PointTolerance);
                Assert.InRange(page.Height, A4Height - PointTolerance, A4Height + PointTolerance);
            });
        }

        var pages = PdfTestSite.PageTexts(pdf.Span);
        Assert.Contains("Eerste pagina Gezondheid", pages[0], StringComparison.Ordinal);
        Assert.Contains("Tweede pagina Veiligheid", pages[1], StringComparison.Ordinal);
        Assert.Contains("Derde pagina Wonen", pages[2], StringComparison.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains(PdfTestSite.FooterText, pages[i], StringComparison.Ordinal);
            Assert.Contains($"Pagina {i + 1} van 3", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RenderAsync_PageFetchesDataByScript_WaitsForTheData()
    {
        var result = await site.Renderer.RenderAsync(site.Url(PdfTestSite.ThreePagePath), Footer, TestContext.Current.CancellationToken);

        var firstPage = PdfTestSite.PageTexts(Assert.IsType<PdfResult.Rendered>(result).Content.Span)[0];
        Assert.Contains("Gegevens geladen voor Overvecht", firstPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Gegevens volgen", firstPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_PrintStylesheet_HidesScreenOnlyContent()
    {
        var result = await site.Renderer.RenderAsync(site.Url(PdfTestSite.ThreePagePath), Footer, TestContext.Current.CancellationToken);

        var text = string.Join(' ', PdfTestSite.PageTexts(Assert.IsType<PdfResult.Rendered>(result).Content.Span));
        Assert.DoesNotContain("Alleen op het scherm", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_FooterWithMarkup_PrintsItAsText()
    {
        var footer = new PdfPageFooter("<b>Wijk & buurt</b>");

        var result = await site.Renderer.RenderAsync(site.Url(PdfTestSite.ThreePagePath), footer, TestContext.Current.CancellationToken);

        var firstPage = PdfTestSite.PageTexts(Assert.IsType<PdfResult.Rendered>(result).Content.Span)[0];
        Assert.Contains("<b>Wijk & buurt</b>", firstPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_PageAnswers404_ReturnsPageFailed()
    {
        var result = await site.Renderer.RenderAsync(site.Url("/bestaat-niet"), Footer, TestContext.Current.CancellationToken);

        Assert.Equal(404, Assert.IsType<PdfResult.PageFailed>(result).StatusCode);
    }

    [Fact]
    public async Task RenderAsync_NothingListensAtTheAddress_ReturnsUnavailable()
    {
        // Port 1 (tcpmux) is closed on any machine that runs these tests.
        var result = await site.Renderer.RenderAsync(new Uri("http://127.0.0.1:1/factsheets"), Footer, TestContext.Current.CancellationToken);

        Assert.Equal("pdf.page_unreachable", Assert.IsType<PdfResult.Unavailable>(result).Reason.Code);
    }

    [Fact]
    public async Task RenderAsync_SeveralAtOnce_RendersEach()
    {
        var renders = Enumerable.Range(0, 5)
            .Select(_ => site.Renderer.RenderAsync(site.Url(PdfTestSite.ThreePagePath), Footer, TestContext.Current.CancellationToken));

        var results = await Task.WhenAll(renders);

        Assert.All(results, result => Assert.Equal(3, PdfTestSite.PageTexts(Assert.IsType<PdfResult.Rendered>(result).Content.Span).Count));
    }

    [Fact]
    public async Task RenderAsync_WarmBrowser_ReusesOneChromiumAndIsFast()
    {
        await using var renderer = new PdfRenderer(PdfTestSite.SystemChromium, NullLogger<PdfRenderer>.Instance);
        var url = site.Url(PdfTestSite.ThreePagePath);
        var cold = Stopwatch.StartNew();
        Assert.IsType<PdfResult.Rendered>(await renderer.RenderAsync(url, Footer, TestContext.Current.CancellationToken));
        cold.Stop();

        var warm = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            Assert.IsType<PdfResult.Rendered>(await renderer.RenderAsync(url, Footer, TestContext.Current.CancellationToken));
            warm.Add(watch.Elapsed);
        }

        Assert.Equal(1, renderer.LaunchCount);
        var median = warm.Order().ElementAt(warm.Count / 2);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"PDF of 3 A4 pages: cold {cold.ElapsedMilliseconds} ms, warm median {median.TotalMilliseconds:F0} ms (warm: {string.Join(", ", warm.Select(w => w.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} ms)");

        // The page itself holds the render ~0.8 s (0.3 s of data plus 0.5 s of network quiet); a warm browser adds
        // little. The bound is loose for a busy CI machine, but catches a browser started per request or a wait that times out.
        Assert.True(median < TimeSpan.FromSeconds(4), $"warm render took {median.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task RenderAsync_ChromiumKilled_StartsItAgain()
    {
        await using var renderer = new PdfRenderer(PdfTestSite.SystemChromium, NullLogger<PdfRenderer>.Instance);
        var url = site.Url(PdfTestSite.ThreePagePath);
        Assert.IsType<PdfResult.Rendered>(await renderer.RenderAsync(url, Footer, TestContext.Current.CancellationToken));
        using (var chromium = Process.GetProcessById(renderer.BrowserProcessId ?? throw new InvalidOperationException("No Chromium process.")))
        {
            chromium.Kill(entireProcessTree: true);
            await chromium.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var again = await renderer.RenderAsync(url, Footer, TestContext.Current.CancellationToken);

        Assert.IsType<PdfResult.Rendered>(again);
        Assert.Equal(2, renderer.LaunchCount);
    }

    [Fact]
    public async Task RenderAsync_ChromiumPathMissing_ReturnsUnavailableNamingTheSetting()
    {
        await using var renderer = new PdfRenderer(new PdfOptions("/nonexistent/chromium"), NullLogger<PdfRenderer>.Instance);

        var result = await renderer.RenderAsync(site.Url(PdfTestSite.ThreePagePath), Footer, TestContext.Current.CancellationToken);

        var reason = Assert.IsType<PdfResult.Unavailable>(result).Reason;
        Assert.Equal("pdf.chromium_not_found", reason.Code);
        Assert.Contains("Pdf:ChromiumPath (omgevingsvariabele Pdf__ChromiumPath)", ProblemMessages.For(reason, CultureInfo.GetCultureInfo("nl-NL")), StringComparison.Ordinal);
        Assert.Contains("Pdf:ChromiumPath (environment variable Pdf__ChromiumPath)", ProblemMessages.For(reason, CultureInfo.GetCultureInfo("en-GB")), StringComparison.Ordinal);
        Assert.Equal(0, renderer.LaunchCount);
    }

    [Fact]
    public async Task RenderAsync_ChromiumDoesNotStart_ReturnsUnavailable()
    {
        // A program that exits at once, as a broken Chromium install would.
        await using var renderer = new PdfRenderer(new PdfOptions("/bin/false"), NullLogger<PdfRenderer>.Instance);

        var result = await renderer.RenderAsync(site.Url(PdfTestSite.ThreePagePath), Footer, TestContext.Current.CancellationToken);

        Assert.Equal("pdf.chromium_start_failed", Assert.IsType<PdfResult.Unavailable>(result).Reason.Code);
    }

    [Fact]
    public async Task RenderAsync_PageSlowerThanTimeout_ReturnsUnavailable()
    {
        await using var renderer = new PdfRenderer(PdfTestSite.SystemChromium with { TimeoutSeconds = 3 }, NullLogger<PdfRenderer>.Instance);
        var watch = Stopwatch.StartNew();

        var result = await renderer.RenderAsync(site.Url(PdfTestSite.SlowPagePath), Footer, TestContext.Current.CancellationToken);

        Assert.Equal("pdf.timeout", Assert.IsType<PdfResult.Unavailable>(result).Reason.Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(9), $"gave up after {watch.Elapsed.TotalSeconds:F1} s, not after the 3 s timeout");
    }
}
