using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkpeil.BrowserTests;

/// <summary>
/// Issue 13, point 10: a resident applies with a file and gets the receipt; the officer asks for completion with a
/// term; the resident completes through the link in the mail; an assessor declares no interest and scores; the
/// officer grants; the beschikking PDF names the amount and the objection clause; the officer records the advance, the
/// resident reports lower costs through the link, the officer settles lower and records the remainder; the register
/// shows the grant, the settled amount and the scheme's remaining budget dropped by the grant. axe-core checks every
/// page on the way; the pages behind a dossier are saved for review at 1280 and 375 px and must not scroll sideways.
/// </summary>
[Collection(SharedBrowserSite.Name)]
public sealed partial class SubsidyJourneyTests(BrowserSite site)
{
    private const string Title = "Buurtkeuken Zwanenvechtlaan";
    private const decimal GrantedAmount = 2_000m;
    private const decimal SettledAmount = 1_800m;

    [Fact(Timeout = BrowserSite.TestTimeout * 2)]
    public async Task Resident_AppliesCompletesAndIsGranted_TheLetterRegisterAndBudgetSaySo()
    {
        var ct = TestContext.Current.CancellationToken;

        // Amounts are compared as the Dutch pages and letter write them (this flow only; the culture is async-local).
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");
        var scheme = site.PathOf(new SitePage("regeling", $"/subsidies/{SitePages.TestSchemeSlug}"));
        var schemeId = site.PathOf(new SitePage("regeling-id", SitePages.TestSchemeId));
        var email = $"bewoner-{Guid.NewGuid():N}@example.nl";

        var remainingBefore = await RemainingAsync(scheme, ct);
        var link = await ApplyAsync(scheme, email, ct);
        var (applicationId, reference) = await AskForCompletionAsync(schemeId, ct);
        await CompleteAsync(link, ct);
        await AssessAsync(applicationId, reference, ct);
        await GrantAsync(applicationId, ct);
        await ExpectLetterAsync(applicationId, ct);
        await PayAdvanceAsync(applicationId, ct);
        await ReportAsync(link, ct);
        await SettleAsync(applicationId, ct);

        // The decision reached the resident too, by mail, and their page says granted.
        Assert.Contains(site.Mail.Messages, m => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? string.Empty).StartsWith("Besluit op uw aanvraag", StringComparison.Ordinal));

        await using var register = await site.OpenTabAsync(ct);
        await register.Page.GotoAsync(scheme);
        await Expect(register.Page.Locator("main")).ToContainTextAsync(Title);
        await Expect(register.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = Title })).ToContainTextAsync(FigureFormat.Euro(SettledAmount));
        await Expect(register.Page.Locator("main")).Not.ToContainTextAsync(email);
        Assert.Equal(FigureFormat.Euro(remainingBefore - GrantedAmount), await RemainingTextAsync(register.Page));
        await AssertAccessibleAsync(register.Page);
    }

    private async Task<decimal> RemainingAsync(string scheme, CancellationToken ct)
    {
        await using var tab = await site.OpenTabAsync(ct);
        await tab.Page.GotoAsync(scheme);
        var text = await RemainingTextAsync(tab.Page);
        return decimal.Parse(Regex.Replace(text, "[^0-9,]", string.Empty), NumberStyles.Number, CultureInfo.GetCultureInfo("nl-NL"));
    }

    private static async Task<string> RemainingTextAsync(IPage page) =>
        (await page.Locator("dt:text-is('Nog beschikbaar') + dd").InnerTextAsync()).Trim();

    /// <summary>The resident files the form with the budget as a PDF; the receipt mail carries the secret link.</summary>
    private async Task<Uri> ApplyAsync(string scheme, string email, CancellationToken ct)
    {
        await using var resident = await site.OpenTabAsync(ct);
        var page = resident.Page;
        await page.GotoAsync("/subsidies");
        await AssertAccessibleAsync(page);
        await page.GotoAsync(scheme);
        await page.GetByRole(AriaRole.Link, new() { Name = "Aanvraag indienen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        await page.GetByLabel("bewoner (particulier)").CheckAsync();
        await page.GetByLabel("Uw naam").FillAsync("Fatima de Vries");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Adres", new() { Exact = true }).FillAsync("Zwanenvechtlaan 1");
        await page.GetByLabel("Postcode").FillAsync("3564 AA");
        await page.GetByLabel("Woonplaats").FillAsync("Utrecht");
        await page.GetByLabel("Naam van uw initiatief").FillAsync(Title);
        await page.GetByLabel("Wat gaat u doen?").FillAsync("Elke week koken buren samen en eten ze samen in het buurthuis.");
        await page.GetByLabel("Wijk of buurt").SelectOptionAsync("WK034403");
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2);
        await page.GetByLabel("Begindatum").FillAsync(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Einddatum").FillAsync(start.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Gevraagd bedrag (euro)").FillAsync("2500");
        await page.Locator("#aanvraag-lines-0-description").FillAsync("Boodschappen en keukengerei");
        await page.Locator("#aanvraag-lines-0-amount").FillAsync("2500");
        await page.GetByLabel("Begroting", new() { Exact = false }).SetInputFilesAsync(Pdf("begroting.pdf"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Uw aanvraag is ingediend.");
        await AssertAccessibleAsync(page);

        // Awb 4:3a: the receipt names the day and the time of receipt.
        var receipt = Assert.Single(site.Mail.Messages, m => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? string.Empty).StartsWith("Ontvangstbevestiging", StringComparison.Ordinal));
        var body = receipt.TextBody ?? string.Empty;
        Assert.Matches(@"ontvangen op \d{1,2} \w+ \d{4} om \d{2}:\d{2}", body);
        return new Uri(SecretLink().Match(body).Value);
    }

    /// <summary>The officer opens the newest application from the worklist and asks for a file with a term.</summary>
    private async Task<(int Id, string Reference)> AskForCompletionAsync(string schemeId, CancellationToken ct)
    {
        await using var officer = await site.OpenTabAsync(ct, signedInAs: TestAccounts.UtrechtSubsidyOfficer);
        var page = officer.Page;
        await page.GotoAsync("/beheer/subsidies");
        await AssertAccessibleAsync(page);
        await page.GotoAsync($"/beheer/subsidies/{schemeId}/aanvragen");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = Title }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Fatima de Vries");
        await AssertAccessibleAsync(page);
        var id = int.Parse(DossierId().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        var reference = Reference().Match(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Value;

        var term = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.Locator("#aanvulling-message").FillAsync("Stuur een begroting met de prijzen per boodschappenronde.");
        await page.Locator("#aanvulling-termEndsOn").FillAsync(term);
        await page.Locator("#aanvulling").GetByRole(AriaRole.Button, new() { Name = "Aanvulling vragen" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Stuur een begroting met de prijzen per boodschappenronde.");
        await AssertAccessibleAsync(page);
        await SnapAsync(page, "subsidie-dossier");
        return (id, reference);
    }

    /// <summary>The resident follows the link from the receipt and sends the file asked for.</summary>
    private async Task CompleteAsync(Uri link, CancellationToken ct)
    {
        await using var resident = await site.OpenTabAsync(ct);
        var page = resident.Page;
        await page.GotoAsync(link.PathAndQuery);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gevraagde aanvulling" })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Stuur een begroting met de prijzen per boodschappenronde.");
        await AssertAccessibleAsync(page);
        await page.Locator("#aanvulling").GetByLabel("Begroting").SetInputFilesAsync(Pdf("begroting-per-ronde.pdf"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvulling versturen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gevraagde aanvulling" })).ToHaveCountAsync(0);
        await Expect(page.Locator("main")).ToContainTextAsync("begroting-per-ronde.pdf");
        await AssertAccessibleAsync(page);
    }

    /// <summary>The officer assigns the assessor, who declares no interest, then scores with a reason.</summary>
    private async Task AssessAsync(int applicationId, string reference, CancellationToken ct)
    {
        await using (var officer = await site.OpenTabAsync(ct, signedInAs: TestAccounts.UtrechtSubsidyOfficer))
        {
            var page = officer.Page;
            await page.GotoAsync($"/beheer/subsidies/aanvragen/{applicationId}/beoordeling");
            await page.Locator("#email").FillAsync(TestAccounts.UtrechtAssessor.Email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Beoordelaar toewijzen" }).ClickAsync();
            await Expect(page.Locator("main")).ToContainTextAsync(TestAccounts.UtrechtAssessor.Email);
            await AssertAccessibleAsync(page);
        }

        await using var assessor = await site.OpenTabAsync(ct, signedInAs: TestAccounts.UtrechtAssessor);
        var tab = assessor.Page;
        await tab.GotoAsync("/beoordelen");
        await AssertAccessibleAsync(tab);
        await tab.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();

        // Awb 2:4: before the declaration the assessor sees who applies and for what, not the application itself.
        await Expect(tab.Locator("main")).Not.ToContainTextAsync("Elke week koken buren samen");
        await AssertAccessibleAsync(tab);
        await tab.GetByLabel("Nee, ik heb geen belang bij deze aanvraag").CheckAsync();
        await tab.GetByRole(AriaRole.Button, new() { Name = "Verklaring geven" }).ClickAsync();
        await Expect(tab.Locator("main")).ToContainTextAsync("Elke week koken buren samen");
        await AssertAccessibleAsync(tab);

        var criterion = tab.GetByRole(AriaRole.Group, new() { Name = "Bijdrage aan de wijk" });
        await criterion.GetByLabel("4", new() { Exact = true }).CheckAsync();
        await tab.Locator("textarea[id^='reason-']").FillAsync("Buren die elkaar niet kenden, ontmoeten elkaar elke week.");
        await tab.GetByRole(AriaRole.Button, new() { Name = "Scores indienen" }).ClickAsync();
        await Expect(tab.GetByRole(AriaRole.Button, new() { Name = "Scores indienen" })).ToHaveCountAsync(0);
        await Expect(tab.Locator("main")).ToContainTextAsync("Buren die elkaar niet kenden");
        await AssertAccessibleAsync(tab);
        await SnapAsync(tab, "subsidie-beoordelaar");
    }

    /// <summary>The officer grants less than asked, which needs a motivation.</summary>
    private async Task GrantAsync(int applicationId, CancellationToken ct)
    {
        await using var officer = await site.OpenTabAsync(ct, signedInAs: TestAccounts.UtrechtSubsidyOfficer);
        var page = officer.Page;
        await page.GotoAsync($"/beheer/subsidies/aanvragen/{applicationId}/beoordeling");
        await Expect(page.Locator("main")).ToContainTextAsync("4");
        await AssertAccessibleAsync(page);

        await page.GotoAsync($"/beheer/subsidies/aanvragen/{applicationId}");
        var decide = page.Locator("#besluit");
        await decide.Locator("#besluit-kind-Grant").CheckAsync();
        await decide.Locator("#besluit-amount").FillAsync(GrantedAmount.ToString(CultureInfo.InvariantCulture));
        await decide.Locator("#besluit-motivation").FillAsync("Het keukengerei is al in het buurthuis; daarvoor verlenen wij niets.");
        await decide.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Beschikking downloaden (PDF)" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
    }

    /// <summary>The officer downloads the beschikking; the PDF opens and names the amount and the objection clause.</summary>
    private async Task ExpectLetterAsync(int applicationId, CancellationToken ct)
    {
        await using var officer = await site.OpenTabAsync(ct, signedInAs: TestAccounts.UtrechtSubsidyOfficer);
        var page = officer.Page;
        await page.GotoAsync($"/beheer/subsidies/aanvragen/{applicationId}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Beschikking downloaden (PDF)" }).ClickAsync());
        var file = Path.Combine(Artifacts.Screenshots, "subsidie-beschikking.pdf");
        await download.SaveAsAsync(file);

        using var pdf = PdfDocument.Open(file);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains(Title, text, StringComparison.Ordinal);
        Assert.Contains(FigureFormat.Euro(GrantedAmount).Replace(" ", string.Empty, StringComparison.Ordinal), text.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("bezwaar", text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The officer records the advance the scheme pays on a grant (80 % of € 2.000).</summary>
    private async Task PayAdvanceAsync(int applicationId, CancellationToken ct)
    {
        await using var officer = await site.OpenTabAsync(ct, signedInAs: TestAccounts.UtrechtSubsidyOfficer);
        var page = officer.Page;
        await page.GotoAsync($"/beheer/subsidies/aanvragen/{applicationId}");
        await page.Locator("#voorschot").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Het voorschot is vastgelegd.");
        await Expect(page.Locator("#geld-kop + .wp-notice + dl")).ToContainTextAsync(FigureFormat.Euro(1_600m));
        await AssertAccessibleAsync(page);
        await SnapAsync(page, "subsidie-dossier-voorschot");
    }

    /// <summary>The resident reports through the link from the receipt, with lower costs than granted.</summary>
    private async Task ReportAsync(Uri link, CancellationToken ct)
    {
        await using var resident = await site.OpenTabAsync(ct);
        var page = resident.Page;
        await page.GotoAsync(link.PathAndQuery);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Verantwoording" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await SnapAsync(page, "subsidie-aanvraag-verleend");
        await page.Locator("#verantwoording-text").FillAsync("Twintig weken samen gekookt, elke keer met zo'n vijftien buren.");
        await page.Locator("#verantwoording-costs").FillAsync("1800");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verantwoording indienen" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Uw verantwoording is ontvangen.");
        await AssertAccessibleAsync(page);
    }

    /// <summary>The officer settles at the reported costs, with a ground and a reason, then records the remainder.</summary>
    private async Task SettleAsync(int applicationId, CancellationToken ct)
    {
        await using var officer = await site.OpenTabAsync(ct, signedInAs: TestAccounts.UtrechtSubsidyOfficer);
        var page = officer.Page;
        await page.GotoAsync($"/beheer/subsidies/aanvragen/{applicationId}");
        await Expect(page.Locator("main")).ToContainTextAsync("Twintig weken samen gekookt");
        var settle = page.Locator("#vaststelling");
        await settle.Locator("#vaststelling-amount").FillAsync(SettledAmount.ToString(CultureInfo.InvariantCulture));
        await settle.Locator("#vaststelling-reason-LowerActualCosts").CheckAsync();
        await settle.Locator("#vaststelling-explanation").FillAsync("De kosten waren € 200 lager dan begroot.");
        await settle.GetByRole(AriaRole.Button, new() { Name = "Vaststellen en de ontvanger mailen" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("De subsidie is vastgesteld en de vaststelling is per e-mail naar de ontvanger gestuurd.");
        await AssertAccessibleAsync(page);

        // € 1.600 advance paid, € 1.800 settled: € 200 still to pay.
        await Expect(page.Locator("#saldo")).ToContainTextAsync("Restbetaling vastleggen");
        await page.Locator("#saldo").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("De betaling is vastgelegd; er staat niets meer open.");
        await AssertAccessibleAsync(page);
        await SnapAsync(page, "subsidie-dossier-vastgesteld");
        Assert.Contains(site.Mail.Messages, m => (m.Subject ?? string.Empty).StartsWith("Vaststelling van uw subsidie", StringComparison.Ordinal) && (m.TextBody ?? string.Empty).Contains("De kosten waren € 200 lager dan begroot.", StringComparison.Ordinal));
    }

    /// <summary>
    /// Saves the page for review at 1280 and 375 px (test-artifacts/screenshots; these pages need a dossier, so the
    /// site-wide screenshot and phone tests cannot reach them) and checks that on the phone it does not scroll sideways.
    /// </summary>
    private static async Task SnapAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Screenshots, $"{name}-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(375, 800);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var wider = await page.EvaluateAsync<string>(
            """
            () => [...document.querySelectorAll("body *")]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest(".wp-table-wrap"))
                .slice(0, 5).map(e => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`).join(", ")
            """);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Screenshots, $"{name}-375.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);
        Assert.True(widths[0] <= widths[1], $"{name}: scrollWidth {widths[0]} > innerWidth {widths[1]} at 375 px; wider: {wider}");
    }

    private static FilePayload Pdf(string name) => new()
    {
        Name = name,
        MimeType = "application/pdf",
        Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
    };

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await page.WcagViolationsAsync();
        Assert.True(violations is null, violations);
    }

    [GeneratedRegex(@"https?://\S+/subsidies/aanvraag/wps_[A-Za-z0-9_-]+")]
    private static partial Regex SecretLink();

    [GeneratedRegex(@"SUB-\d{4}-\d{5}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"/beheer/subsidies/aanvragen/(\d+)")]
    private static partial Regex DossierId();
}
