using Microsoft.Playwright;
using Wijkpeil.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkpeil.BrowserTests;

/// <summary>Keyboard use without a mouse (WCAG 2.4.1 bypass blocks, 2.4.7 focus visible).</summary>
[Collection(SharedBrowserSite.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    // The focused element shows an outline that is drawn, or a box shadow (the design system's focus ring); if it
    // shows neither, its start tag comes back to name it in the failure, else an empty string.
    private const string MissingFocusIndicatorScript =
        """
        () => {
            const element = document.activeElement;
            const style = getComputedStyle(element);
            const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
            const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
            return outline || shadow ? "" : element.outerHTML.slice(0, 160);
        }
        """;

    [Fact(Timeout = BrowserSite.TestTimeout)]
    public async Task FirstTab_OnAreaPage_FocusesVisibleSkipLinkThatMovesFocusToMain()
    {
        await using var tab = await site.OpenTabAsync(TestContext.Current.CancellationToken);
        var page = tab.Page;
        await page.GotoAsync("/wijken/WK034403");

        await page.Keyboard.PressAsync("Tab");

        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Direct naar de inhoud" });
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeInViewportAsync();
        var box = await skipLink.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 10 && box.Height > 10, $"The focused skip link is {box.Width}×{box.Height} px: too small to see.");

        await page.Keyboard.PressAsync("Enter");

        // Still the same page: only the fragment changes.
        await Expect(page).ToHaveURLAsync(new Uri(site.BaseAddress, "/wijken/WK034403#inhoud").ToString());
        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
    }

    [Fact(Timeout = BrowserSite.TestTimeout)]
    public async Task Tab_ThroughHeaderAndContent_EveryFocusedElementShowsFocusIndicator()
    {
        await using var tab = await site.OpenTabAsync(TestContext.Current.CancellationToken);
        var page = tab.Page;
        await page.GotoAsync("/wijken/WK034403");

        // Skip link, brand, language, main menu, then breadcrumb, factsheet and pillar links in the content.
        var missing = new List<string>();
        for (var i = 0; i < 16; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var withoutIndicator = await page.EvaluateAsync<string>(MissingFocusIndicatorScript);
            if (withoutIndicator.Length > 0)
            {
                missing.Add(withoutIndicator);
            }
        }

        Assert.True(missing.Count == 0, "No visible focus indicator on:\n" + string.Join("\n", missing));
    }
}
