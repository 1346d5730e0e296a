using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Wijkpeil.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkpeil.BrowserTests;

/// <summary>The path a first-time reader takes: overview, area, pillar, indicator, factsheet, PDF.</summary>
[Collection(SharedBrowserSite.Name)]
public sealed partial class NewUserJourneyTests(BrowserSite site)
{
    [Fact(Timeout = BrowserSite.TestTimeout)]
    public async Task FollowingLinks_FromOverview_ReachesDrawnMapAndDownloadsFactsheetPdf()
    {
        await using var tab = await site.OpenTabAsync(TestContext.Current.CancellationToken);
        var page = tab.Page;
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Wijk 03 Overvecht", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(AreaUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wijk 03 Overvecht");

        var pillarNavigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Pijlers op deze pagina" });
        await pillarNavigation.GetByRole(AriaRole.Link, new() { Name = "Gezondheid" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(site.BaseAddress, "/wijken/WK034403#pijler-1").ToString());
        var health = page.GetByRole(AriaRole.Region, new() { Name = "1. Gezondheid", Exact = true });
        await Expect(health.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToBeInViewportAsync();

        await health.GetByRole(AriaRole.Link, new() { Name = "Ervaren gezondheid goed of zeer goed", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(IndicatorUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ervaren gezondheid goed of zeer goed");
        var map = page.GetByRole(AriaRole.Region, new() { Name = "Kaart", Exact = true });
        await Expect(map.Locator("figure.wp-chart.wp-chart--drawn svg").First).ToBeVisibleAsync();

        // No link leads from an indicator back to one area; the reader goes back.
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(AreaUrl());
        await page.GetByRole(AriaRole.Link, new() { Name = "factsheet Meting 2020", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Factsheet Overvecht, Meting 2020");

        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "Download als pdf" }).ClickAsync(),
            new PageRunAndWaitForDownloadOptions { Timeout = 60_000 });
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var file = await download.PathAsync();
        var pdf = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);

        Assert.True(pdf.AsSpan().StartsWith("%PDF-"u8), "The download is not a PDF file.");
        using var document = PdfDocument.Open(pdf);
        // Issue 12, point 4: a summary page, the pillars, then sources and definitions: four A4 pages at most on the
        // embedded default, with the data version in words on every page instead of an import batch number.
        Assert.InRange(document.NumberOfPages, 1, 4);
        Assert.Contains(document.GetPages(), p => p.Text.Contains("Overvecht", StringComparison.Ordinal));
        Assert.All(document.GetPages(), p => Assert.Contains("Cijfersbijgewerktop", p.Text.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.DoesNotContain(document.GetPages(), p => p.Text.Contains("importbatch", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("/wijken/WK034403(#.*)?$")]
    private static partial Regex AreaUrl();

    [GeneratedRegex(@"/indicatoren/ErvarenGezondheidGoedZeerGoed\?gebied=WK034403$")]
    private static partial Regex IndicatorUrl();
}
