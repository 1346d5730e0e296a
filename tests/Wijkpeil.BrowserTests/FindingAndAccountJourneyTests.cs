using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkpeil.BrowserTests;

/// <summary>
/// The two journeys of issue 12, point 10, in the browser as people make them: a reader who knows only a name finds
/// Batau, compares it by typing names, and takes the factsheet and the Excel file; a programme manager invites an
/// editor, who sets a password from the mail, signs in and changes it. Every page on the way is checked with axe-core.
/// </summary>
[Collection(SharedBrowserSite.Name)]
public sealed partial class FindingAndAccountJourneyTests(BrowserSite site)
{
    [Fact(Timeout = BrowserSite.TestTimeout)]
    public async Task Reader_SearchesBatau_ComparesByNameAndDownloadsFactsheetAndExcelFile()
    {
        await using var tab = await site.OpenTabAsync(TestContext.Current.CancellationToken);
        var page = tab.Page;
        await page.GotoAsync("/");

        // The header's search form, as on every page.
        var search = page.GetByRole(AriaRole.Search, new() { Name = "Zoeken op de site" });
        await search.GetByLabel("Zoek een gebied of indicator").FillAsync("batau");
        await search.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/zoeken\?q=batau$"));
        await AssertAccessibleAsync(page);

        // The programme's focus area comes first, named with what it is; then its page with its wijken.
        var first = page.Locator(".wp-search-results__item").First;
        await Expect(first).ToContainTextAsync("focusgebied van Vitale Wijken");
        await first.GetByRole(AriaRole.Link, new() { Name = "Batau", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Batau");
        await AssertAccessibleAsync(page);

        // One of its wijken, which lists its buurten with their inhabitants.
        await page.GetByRole(AriaRole.Link, new() { Name = "Batau Zuid", Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/wijken/WK035603"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Buurten in Batau Zuid" })).ToBeVisibleAsync();
        await Expect(page.Locator("a[href^='/wijken/BU035603']").First).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        // Compare by typing names, not codes.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Vergelijken" }).ClickAsync();
        await page.GetByLabel("Gebied 1", new() { Exact = true }).FillAsync("Batau Zuid");
        await page.GetByLabel("Gebied 2", new() { Exact = true }).FillAsync("Overvecht");
        await page.GetByLabel("Gebied 3", new() { Exact = true }).FillAsync("Nieuwegein");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergelijken" }).ClickAsync();
        var firstTable = page.Locator("main table").First;
        foreach (var column in new[] { "Batau Zuid", "Wijk 03 Overvecht", "Nieuwegein" })
        {
            await Expect(firstTable.Locator("thead")).ToContainTextAsync(column);
        }

        await AssertAccessibleAsync(page);

        // Back to the focus area, its factsheet of the 2020 wave, its PDF.
        await page.GotoAsync("/programmas/vitale-wijken/gebieden/batau");
        await page.GetByRole(AriaRole.Link, new() { Name = "Meting 2020", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Factsheet Batau, Meting 2020");
        await AssertAccessibleAsync(page);
        var pdfDownload = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "Download als pdf" }).ClickAsync(),
            new PageRunAndWaitForDownloadOptions { Timeout = 60_000 });
        var pdf = await File.ReadAllBytesAsync(await pdfDownload.PathAsync(), TestContext.Current.CancellationToken);
        using (var document = PdfDocument.Open(pdf))
        {
            Assert.InRange(document.NumberOfPages, 1, 4);
            Assert.Contains("Batau", document.GetPage(1).Text, StringComparison.Ordinal);
        }

        // The focus area's figures as the CSV for Dutch Excel: byte order mark, semicolons, the focus area's rows.
        await page.GotoAsync("/programmas/vitale-wijken/gebieden/batau");
        var csvDownload = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "CSV (voor Excel)" }).ClickAsync());
        var csv = await File.ReadAllBytesAsync(await csvDownload.PathAsync(), TestContext.Current.CancellationToken);
        Assert.True(csv.AsSpan().StartsWith("\uFEFF"u8), "no byte order mark");
        var lines = System.Text.Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(';', lines[0]);
        Assert.Contains(lines.Skip(1), l => l.Contains("Batau", StringComparison.Ordinal));
    }

    [Fact(Timeout = BrowserSite.TestTimeout)]
    public async Task ProgrammeManager_InvitesEditor_WhoSetsAPasswordFromTheMailSignsInAndChangesIt()
    {
        var email = $"redacteur-{Guid.NewGuid():N}@nieuwegein.example";
        const string firstPassword = "een zin van de uitnodiging";
        const string secondPassword = "en daarna een andere zin";

        await using (var manager = await site.OpenTabAsync(TestContext.Current.CancellationToken, signedInAs: TestAccounts.ProgrammeManager))
        {
            var page = manager.Page;
            await page.GotoAsync("/beheer/gebruikers");
            var invite = page.Locator("#uitnodigen");
            await invite.GetByLabel("E-mailadres").FillAsync(email);
            await invite.GetByLabel("Rol").SelectOptionAsync(WijkpeilRoles.AreaEditor);
            await invite.GetByLabel("Gemeenten (AreaEditor, SubsidyOfficer, Assessor)").FillAsync("GM0356");
            await invite.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
            await Expect(page.Locator("main")).ToContainTextAsync(email);
            await AssertAccessibleAsync(page);
        }

        // The mail arrived at the SMTP server, addressed to the invitee, with a link to set a password.
        var mail = Assert.Single(site.Mail.Messages, m => m.To.Mailboxes.Any(a => a.Address == email));
        var link = new Uri(SetPasswordLink().Match(mail.TextBody ?? string.Empty).Value);

        await using var invitee = await site.OpenTabAsync(TestContext.Current.CancellationToken);
        var tab = invitee.Page;
        await tab.GotoAsync(link.PathAndQuery);
        await Expect(tab.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wachtwoord instellen");
        await AssertAccessibleAsync(tab);
        await tab.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(firstPassword);
        await tab.GetByLabel("Nieuw wachtwoord nog een keer").FillAsync(firstPassword);
        await tab.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }).ClickAsync();
        await Expect(tab.Locator("main")).ToContainTextAsync("Uw wachtwoord is opgeslagen.");

        // The link was for one use only.
        await tab.GotoAsync(link.PathAndQuery);
        await Expect(tab.Locator("main")).ToContainTextAsync("Deze link werkt niet (meer)");

        await tab.GotoAsync("/inloggen");
        await tab.GetByLabel("E-mailadres").FillAsync(email);
        await tab.GetByLabel("Wachtwoord").FillAsync(firstPassword);
        await tab.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(tab.GetByRole(AriaRole.Link, new() { Name = "Uitloggen" })).ToBeVisibleAsync();

        await tab.GotoAsync("/account/wachtwoord");
        await AssertAccessibleAsync(tab);
        await tab.GetByLabel("Huidig wachtwoord").FillAsync(firstPassword);
        await tab.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(secondPassword);
        await tab.GetByLabel("Nieuw wachtwoord nog een keer").FillAsync(secondPassword);
        await tab.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord wijzigen" }).ClickAsync();
        await Expect(tab.Locator("main")).ToContainTextAsync("Uw wachtwoord is gewijzigd.");

        // The new password signs in, in a browser that never saw the old one.
        await using var again = await site.OpenTabAsync(TestContext.Current.CancellationToken);
        await again.Page.GotoAsync("/inloggen");
        await again.Page.GetByLabel("E-mailadres").FillAsync(email);
        await again.Page.GetByLabel("Wachtwoord").FillAsync(secondPassword);
        await again.Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(again.Page.GetByRole(AriaRole.Link, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        await page.WaitForChartsAsync();
        var violations = await page.WcagViolationsAsync();
        Assert.True(violations is null, $"{page.Url}: {violations}");
    }

    [GeneratedRegex(@"https?://\S+/wachtwoord-instellen\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex SetPasswordLink();
}
