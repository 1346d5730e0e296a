using Wijkpeil.BrowserTests.Infrastructure;

namespace Wijkpeil.BrowserTests;

/// <summary>
/// Every page type on a small phone (375 px, issue 12 point 6): nothing makes the page scroll sideways, no word of a
/// heading or a menu is broken in two, and a table wider than the screen scrolls inside its own labelled, focusable box.
/// </summary>
[Collection(SharedBrowserSite.Name)]
public sealed class PhoneTests(BrowserSite site)
{
    private const int PhoneWidth = 375;

    // The words of headings, menus and buttons that are split over two lines, as a script that returns them. A word
    // runs between spaces, hyphens, soft hyphens and slashes, where a line may break.
    private const string BrokenWords =
        """
        () => {
            const broken = [];
            for (const element of document.querySelectorAll("h1, h2, h3, h4, .wp-nav__link, .wp-brand, button, .utrecht-button")) {
                const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (const match of node.data.matchAll(/[^\s\-\u00ad\u2010-\u2014\/]+/g)) {
                        // Letter by letter: a word is broken when two of its letters lie on different lines.
                        const lines = new Set();
                        for (let i = match.index; i < match.index + match[0].length; i++) {
                            const range = document.createRange();
                            range.setStart(node, i);
                            range.setEnd(node, i + 1);
                            // The last box is the letter's own: a letter just after a soft hyphen also gets the hyphen's box.
                            const box = [...range.getClientRects()].filter(r => r.width > 0).at(-1);
                            if (box) lines.add(Math.round(box.top));
                        }
                        if (lines.size > 1) broken.push(match[0]);
                    }
                }
            }
            return broken;
        }
        """;

    [Theory(Timeout = BrowserSite.TestTimeout)]
    [MemberData(nameof(SitePages.Data), MemberType = typeof(SitePages))]
    public async Task Page_At375Px_DoesNotScrollSideways(SitePage sitePage)
    {
        ArgumentNullException.ThrowIfNull(sitePage);
        await using var tab = await site.OpenAsync(sitePage, TestContext.Current.CancellationToken, PhoneWidth, height: 800);

        var widths = await tab.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var widest = await tab.Page.EvaluateAsync<string>(
            """
            () => [...document.querySelectorAll("body *")]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest(".wp-table-wrap"))
                .slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${e.className}`).join(", ")
            """);

        Assert.True(widths[0] <= widths[1], $"{sitePage.Name}: scrollWidth {widths[0]} > innerWidth {widths[1]}; wider: {widest}");
    }

    [Theory(Timeout = BrowserSite.TestTimeout)]
    [MemberData(nameof(SitePages.Data), MemberType = typeof(SitePages))]
    public async Task Page_At375Px_BreaksNoWordOfAHeadingOrMenu(SitePage sitePage)
    {
        ArgumentNullException.ThrowIfNull(sitePage);
        await using var tab = await site.OpenAsync(sitePage, TestContext.Current.CancellationToken, PhoneWidth, height: 800);

        var broken = await tab.Page.EvaluateAsync<string[]>(BrokenWords);

        Assert.True(broken.Length == 0, $"{sitePage.Name}: broken mid-word: {string.Join(", ", broken)}");
    }

    [Theory(Timeout = BrowserSite.TestTimeout)]
    [MemberData(nameof(SitePages.Data), MemberType = typeof(SitePages))]
    public async Task Page_At375Px_WideTablesScrollInALabelledFocusableRegion(SitePage sitePage)
    {
        ArgumentNullException.ThrowIfNull(sitePage);
        await using var tab = await site.OpenAsync(sitePage, TestContext.Current.CancellationToken, PhoneWidth, height: 800);

        // A table wider than its box must sit in a region a keyboard user can reach and scroll, named for the reader.
        var wrong = await tab.Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll("table")]
                .filter(t => t.getBoundingClientRect().width > window.innerWidth)
                .filter(t => {
                    const box = t.closest(".wp-table-wrap");
                    return !box || box.getAttribute("tabindex") !== "0" || box.getAttribute("role") !== "region"
                        || !(box.getAttribute("aria-labelledby") || box.getAttribute("aria-label"))
                        || getComputedStyle(box).overflowX !== "auto";
                })
                .map(t => t.querySelector("caption")?.textContent?.trim() ?? t.outerHTML.slice(0, 80))
            """);

        Assert.True(wrong.Length == 0, $"{sitePage.Name}: wide tables without a scrolling region: {string.Join(" | ", wrong)}");
    }

    // Guards the check above: a heading word wider than the phone, broken by the browser, must be reported.
    [Fact(Timeout = BrowserSite.TestTimeout)]
    public async Task BrokenWords_HeadingWiderThanThePhone_ReportsTheWord()
    {
        await using var tab = await site.OpenAsync(SitePages.All[0], TestContext.Current.CancellationToken, PhoneWidth, height: 800);
        await tab.Page.EvaluateAsync(
            """
            () => {
                const heading = document.createElement("h2");
                heading.className = "utrecht-heading-2";
                heading.style.fontSize = "3rem";
                heading.textContent = "Gezondheidsmonitoruitkomsten per wijk";
                document.querySelector("main").prepend(heading);
            }
            """);

        var broken = await tab.Page.EvaluateAsync<string[]>(BrokenWords);

        Assert.Equal(["Gezondheidsmonitoruitkomsten"], broken);
    }
}
