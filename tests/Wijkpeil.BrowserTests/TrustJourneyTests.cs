using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Wijkpeil.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkpeil.BrowserTests;

/// <summary>
/// A reader checks what the monitor claims, on the embedded default: Overvecht, then Batau as one focus area (its
/// survey figures per wijk, worded without a claim the data cannot carry), a survey indicator, and pillar 2's map of
/// registered crime in the buurten of Utrecht. Every page on the way is clean by axe-core.
/// </summary>
[Collection(SharedBrowserSite.Name)]
public sealed partial class TrustJourneyTests(BrowserSite site)
{
    private const string Survey = "Ervaren gezondheid goed of zeer goed";

    [Fact(Timeout = BrowserSite.TestTimeout)]
    public async Task Overvecht_Batau_SurveyIndicator_CrimeMapOfUtrechtBuurten_HonestAndAxeClean()
    {
        await using var tab = await site.OpenTabAsync(TestContext.Current.CancellationToken);
        var page = tab.Page;

        await page.GotoAsync("/wijken/WK034403");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wijk 03 Overvecht");
        var safety = page.GetByRole(AriaRole.Region, new() { Name = "2. Veiligheid en ondermijning", Exact = true });
        var crimeRow = safety.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Geregistreerde misdrijven", Exact = true }) });
        await Expect(crimeRow).ToContainTextAsync("2.112");
        await Expect(crimeRow).ToContainTextAsync("afgeleid: som van de 10 buurten");
        await AssertAxeCleanAsync(page);

        // The overview (the home page of a single programme) leads to Batau as one focus area.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Batau", Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(FocusAreaUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Batau");

        // A survey estimate of two wijken is never summed or averaged: each wijk's own figure, its movement neutral.
        var surveyRow = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = Survey, Exact = true }) });
        await Expect(surveyRow).ToContainTextAsync("zie deelgebieden");
        await Expect(surveyRow).ToContainTextAsync("niet te toetsen");
        await Expect(surveyRow.Locator(".wp-marker--better, .wp-marker--worse")).ToHaveCountAsync(0);
        await AssertAxeCleanAsync(page);

        await surveyRow.GetByRole(AriaRole.Link, new() { Name = Survey, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Survey);
        await page.WaitForChartsAsync();
        await AssertAxeCleanAsync(page);

        // Pillar 2: registered crime, counted per buurt, on a map of the buurten of gemeente Utrecht.
        await page.GotoAsync("/wijken/WK034403");
        await safety.GetByRole(AriaRole.Link, new() { Name = "Geregistreerde misdrijven", Exact = true }).ClickAsync();
        await page.Locator("#niveau").SelectOptionAsync("buurt");
        await page.Locator("#binnen").FillAsync("GM0344");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(CrimeMapUrl());
        await page.WaitForChartsAsync();

        var map = page.GetByRole(AriaRole.Region, new() { Name = "Kaart", Exact = true });
        await Expect(map.Locator("figure.wp-chart.wp-chart--drawn svg").First).ToBeVisibleAsync();
        Assert.True(await map.Locator("figure.wp-chart--drawn svg path").CountAsync() >= 100, "The map of Utrecht's 111 buurten draws fewer than 100 shapes.");
        var zamenhofdreef = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Zamenhofdreef" });
        await Expect(zamenhofdreef.First).ToContainTextAsync("435");
        await AssertAxeCleanAsync(page);
    }

    private static async Task AssertAxeCleanAsync(IPage page)
    {
        var violations = await page.WcagViolationsAsync();
        Assert.True(violations is null, violations);
    }

    [GeneratedRegex("/programmas/vitale-wijken/gebieden/batau(#.*)?$")]
    private static partial Regex FocusAreaUrl();

    [GeneratedRegex(@"/indicatoren/GeregistreerdeMisdrijven\?.*niveau=buurt.*binnen=GM0344")]
    private static partial Regex CrimeMapUrl();
}
