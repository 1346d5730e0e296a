using Wijkpeil.BrowserTests.Infrastructure;

namespace Wijkpeil.BrowserTests;

/// <summary>axe-core on every page type: no WCAG 2.1 level A or AA violation it can detect.</summary>
[Collection(SharedBrowserSite.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    [Theory(Timeout = BrowserSite.TestTimeout)]
    [MemberData(nameof(SitePages.Data), MemberType = typeof(SitePages))]
    public async Task Page_CheckedByAxe_HasNoWcag21AaViolations(SitePage sitePage)
    {
        ArgumentNullException.ThrowIfNull(sitePage);
        await using var tab = await site.OpenAsync(sitePage, TestContext.Current.CancellationToken);
        var page = tab.Page;

        var violations = await page.WcagViolationsAsync();

        Assert.True(violations is null, violations);
    }

    // Guards the check above: a page with a known violation must be reported, with what is needed to fix it.
    [Fact(Timeout = BrowserSite.TestTimeout)]
    public async Task WcagViolations_ImageWithoutText_ReportsRuleImpactHelpAndSelector()
    {
        await using var tab = await site.OpenAsync(SitePages.All[0], TestContext.Current.CancellationToken);
        var page = tab.Page;
        await page.EvaluateAsync(
            """
            () => {
                const image = document.createElement("img");
                image.id = "zonder-alt";
                image.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
                document.querySelector("main").append(image);
            }
            """);

        var violations = await page.WcagViolationsAsync();

        Assert.NotNull(violations);
        Assert.Contains("- image-alt (critical): Images must have alternative text", violations, StringComparison.Ordinal);
        Assert.Contains("#zonder-alt", violations, StringComparison.Ordinal);
    }
}
