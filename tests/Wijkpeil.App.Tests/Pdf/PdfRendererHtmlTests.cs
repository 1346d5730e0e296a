using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Wijkpeil.App.Kernel.Pdf;

namespace Wijkpeil.App.Tests.Pdf;

/// <summary>Real Chromium printing an HTML document it is given (no server), and refusing everything that document asks for.</summary>
public sealed class PdfRendererHtmlTests(ChromiumRenderer chromium) : IClassFixture<ChromiumRenderer>
{
    private static readonly PdfPageFooter Footer = new("Kenmerk SK-2026-0001 · Wijkpeil");

    [Fact]
    public async Task RenderHtmlAsync_Document_PrintsItWithTheFooter()
    {
        const string html = "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Brief</title></head><body><h1>Besluit op uw aanvraag</h1><p>Wij verlenen u een subsidie.</p></body></html>";

        var result = await chromium.Renderer.RenderHtmlAsync(html, Footer, TestContext.Current.CancellationToken);

        var pdf = Assert.IsType<PdfResult.Rendered>(result).Content;
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5].ToArray());
        var text = await ChromiumRenderer.TextOfAsync(pdf);
        Assert.Contains("Besluit op uw aanvraag Wij verlenen u een subsidie.", text, StringComparison.Ordinal);
        Assert.Contains("Kenmerk SK-2026-0001 · Wijkpeil Pagina 1 van 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderHtmlAsync_DocumentThatLoadsThings_NothingIsRequested()
    {
        // A listener that would see any connection Chromium made: an image, a stylesheet, a frame, a font, a script, a prefetch.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var origin = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
            var html = $$"""
                <!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Brief</title>
                <link rel="stylesheet" href="{{origin}}/style.css"><link rel="prefetch" href="{{origin}}/prefetch">
                <style>@font-face { font-family: X; src: url({{origin}}/font.woff2); } body { font-family: X; background: url({{origin}}/bg.png); }</style>
                </head><body><h1>Brief met verwijzingen</h1>
                <img src="{{origin}}/x" alt="x"><img src="http://127.0.0.1:1/x" alt="y"><iframe src="{{origin}}/frame" title="f"></iframe>
                <script src="{{origin}}/script.js"></script><script>fetch('{{origin}}/fetch'); document.body.append('script ran');</script>
                </body></html>
                """;

            var result = await chromium.Renderer.RenderHtmlAsync(html, Footer, TestContext.Current.CancellationToken);

            var text = await ChromiumRenderer.TextOfAsync(Assert.IsType<PdfResult.Rendered>(result).Content);
            Assert.Contains("Brief met verwijzingen", text, StringComparison.Ordinal);
            Assert.DoesNotContain("script ran", text, StringComparison.Ordinal);
            Assert.False(listener.Pending(), "Chromium connected to the address the document referred to.");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task RenderHtmlAsync_AfterAnHtmlRender_PagesStillLoadWhatTheyNeed()
    {
        // Blocking is per tab: the same browser then prints a page that fetches its data by script.
        await using var site = await PdfTestSite.StartAsync(PdfTestSite.SystemChromium);
        var renderer = site.Services.GetRequiredService<PdfRenderer>();
        Assert.IsType<PdfResult.Rendered>(await renderer.RenderHtmlAsync("<p>eerst</p>", Footer, TestContext.Current.CancellationToken));

        var page = await renderer.RenderAsync(new Uri(new Uri(site.Urls.Single()), PdfTestSite.ThreePagePath), Footer, TestContext.Current.CancellationToken);

        var firstPage = PdfTestSite.PageTexts(Assert.IsType<PdfResult.Rendered>(page).Content.Span)[0];
        Assert.Contains("Gegevens geladen voor Overvecht", firstPage, StringComparison.Ordinal);
        Assert.Equal(1, renderer.LaunchCount);
    }

    [Fact]
    public async Task RenderHtmlAsync_SeveralAtOnce_EachClosesItsTabAndContext()
    {
        await using var renderer = new PdfRenderer(PdfTestSite.SystemChromium, NullLogger<PdfRenderer>.Instance);
        Assert.IsType<PdfResult.Rendered>(await renderer.RenderHtmlAsync("<p>eerst</p>", Footer, TestContext.Current.CancellationToken));
        var before = await renderer.OpenAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
            renderer.RenderHtmlAsync($"<p>Brief {i}</p>", Footer, TestContext.Current.CancellationToken)));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Contains($"Brief {i}", await ChromiumRenderer.TextOfAsync(Assert.IsType<PdfResult.Rendered>(results[i]).Content), StringComparison.Ordinal);
        }

        Assert.Equal(before, await renderer.OpenAsync());
        Assert.Equal(1, before.Contexts);
        Assert.Equal(1, renderer.LaunchCount);
    }

    [Theory]
    [InlineData(null, "Pagina <span class=\"pageNumber\"></span> van <span class=\"totalPages\"></span>")]
    [InlineData("nl-NL", "Pagina <span class=\"pageNumber\"></span> van <span class=\"totalPages\"></span>")]
    [InlineData("en-GB", "Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span>")]
    public void FooterTemplate_InTheDocumentsLanguage_NumbersThePages(string? language, string numbering)
    {
        var footer = new PdfPageFooter("Kenmerk", language is null ? null : System.Globalization.CultureInfo.GetCultureInfo(language));

        Assert.Contains(numbering, PdfRenderer.FooterTemplate(footer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderHtmlAsync_ChromiumPathMissing_ReturnsUnavailable()
    {
        await using var renderer = new PdfRenderer(new PdfOptions("/nonexistent/chromium"), NullLogger<PdfRenderer>.Instance);

        var result = await renderer.RenderHtmlAsync("<p>brief</p>", Footer, TestContext.Current.CancellationToken);

        Assert.Equal("pdf.chromium_not_found", Assert.IsType<PdfResult.Unavailable>(result).Reason.Code);
    }
}
