using Microsoft.Playwright;
using Wijkpeil.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkpeil.BrowserTests;

[Collection(SharedBrowserSite.Name)]
public sealed class LanguageSwitchTests(BrowserSite site)
{
    [Fact(Timeout = BrowserSite.TestTimeout)]
    public async Task EnglishLink_OnAreaPage_ShowsSamePageInEnglishUntilDutchIsChosen()
    {
        await using var tab = await site.OpenTabAsync(TestContext.Current.CancellationToken);
        var page = tab.Page;
        await page.GotoAsync("/wijken/WK034403");
        var html = page.Locator("html");
        await Expect(html).ToHaveAttributeAsync("lang", "nl");

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(site.BaseAddress, "/wijken/WK034403").ToString());
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "1. Health", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Download all figures for this area" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pillars on this page" })).ToBeVisibleAsync();

        // The choice is a cookie: the next page, reached by an ordinary link, is English too.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).GetByRole(AriaRole.Link, new() { Name = "Overview" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(site.BaseAddress, "/").ToString());
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Nederlands", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(site.BaseAddress, "/").ToString());
        await Expect(html).ToHaveAttributeAsync("lang", "nl");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Overzicht" })).ToBeVisibleAsync();
    }
}
