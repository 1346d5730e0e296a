using System.Diagnostics;
using Microsoft.Playwright;
using Wijkpeil.BrowserTests.Infrastructure;

namespace Wijkpeil.BrowserTests;

/// <summary>
/// Pictures for a human to review, in test-artifacts/: every page type on a desktop and a phone, and the factsheet
/// PDF's pages. They assert only that there is something to look at.
/// </summary>
[Collection(SharedBrowserSite.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    // A common laptop and a small phone.
    private static readonly int[] Widths = [1280, 375];

    public static TheoryData<SitePage, int> PagesAndWidths =>
        [.. SitePages.All.SelectMany(p => Widths.Select(width => (p, width)))];

    [Theory(Timeout = BrowserSite.TestTimeout)]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Page_AtWidth_IsSavedAsFullPageScreenshot(SitePage sitePage, int width)
    {
        ArgumentNullException.ThrowIfNull(sitePage);
        await using var tab = await site.OpenAsync(sitePage, TestContext.Current.CancellationToken, width, height: 800);
        var page = tab.Page;

        var file = Path.Combine(Artifacts.Screenshots, $"{sitePage.Name}-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });

        Assert.True(new FileInfo(file).Length > 0);
    }

    [Fact(Timeout = BrowserSite.TestTimeout)]
    public async Task FactsheetPdf_EveryPage_IsSavedAsPng()
    {
        await using var tab = await site.OpenTabAsync(TestContext.Current.CancellationToken);
        var response = await tab.Context.APIRequest.GetAsync("/programmas/vitale-wijken/factsheets/overvecht/meting-2020.pdf", new() { Timeout = 60_000 });
        Assert.Equal(200, response.Status);
        var folder = Artifacts.Pdf;
        var pdf = Path.Combine(folder, "factsheet-overvecht-2020.pdf");
        await File.WriteAllBytesAsync(pdf, await response.BodyAsync(), TestContext.Current.CancellationToken);
        foreach (var old in Directory.EnumerateFiles(folder, "factsheet-overvecht-2020-*.png"))
        {
            File.Delete(old);
        }

        await RunAsync("pdftoppm", ["-png", "-r", "80", pdf, Path.Combine(folder, "factsheet-overvecht-2020")]);

        Assert.NotEmpty(Directory.EnumerateFiles(folder, "factsheet-overvecht-2020-*.png"));
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"{program} is missing: install the Debian package 'poppler-utils' (./build/test.sh does so as root).", exception);
        }

        using (process)
        {
            var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, $"{program} failed with exit code {process.ExitCode}: {errors}");
        }
    }
}
