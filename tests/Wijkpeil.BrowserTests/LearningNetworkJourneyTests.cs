using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using Wijkpeil.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkpeil.BrowserTests;

/// <summary>
/// Issue 14, point 8: the coordinator creates a werkbezoek with two places; three people register and the third waits;
/// one cancels through the link in their mail; the third gets the offer by mail and accepts it through their own link.
/// axe-core checks every page on the way.
/// </summary>
[Collection(SharedBrowserSite.Name)]
public sealed partial class LearningNetworkJourneyTests(BrowserSite site)
{
    [Fact(Timeout = BrowserSite.TestTimeout * 2)]
    public async Task Coordinator_CreatesAWerkbezoekWithTwoPlaces_TheWaitingListPassesACancelledPlaceOn()
    {
        var ct = TestContext.Current.CancellationToken;
        var title = $"Werkbezoek Overvecht {Guid.NewGuid().ToString("N")[..6]}";
        var eventPath = await CreateEventAsync(title, ct);

        var people = Enumerable.Range(1, 3).Select(i => (Name: $"Deelnemer {i}", Email: $"deelnemer{i}-{Guid.NewGuid():N}@example.nl")).ToArray();
        await RegisterAsync(eventPath, people[0], "Aanmelden", "U bent aangemeld", ct);
        await RegisterAsync(eventPath, people[1], "Aanmelden", "U bent aangemeld", ct);
        await RegisterAsync(eventPath, people[2], "Aanmelden voor de wachtlijst", "u staat op de wachtlijst, op plaats 1", ct);

        // The first cancels through the link in their confirmation mail.
        await using (var first = await site.OpenTabAsync(ct))
        {
            await first.Page.GotoAsync(LinkIn(MailTo(people[0].Email, "Aanmelding: ")).PathAndQuery);
            await AssertAccessibleAsync(first.Page);
            await first.Page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
            await Expect(first.Page.Locator("main")).ToContainTextAsync("U bent afgemeld.");
        }

        // The third is offered the place by mail, and accepts it through the link of their waiting-list mail.
        var offer = MailTo(people[2].Email, "Er is een plaats vrij: ");
        Assert.Matches(@"vast tot \w+ \d{1,2} \w+ \d{4},? (om )?\d{2}:\d{2}", offer.TextBody ?? string.Empty);
        await using (var third = await site.OpenTabAsync(ct))
        {
            await third.Page.GotoAsync(LinkIn(MailTo(people[2].Email, "Wachtlijst: ")).PathAndQuery);
            await Expect(third.Page.Locator("main")).ToContainTextAsync("Er is een plaats vrijgekomen voor u");
            await AssertAccessibleAsync(third.Page);
            await third.Page.GetByRole(AriaRole.Button, new() { Name = "Plaats aannemen" }).ClickAsync();
            await Expect(third.Page.Locator("main")).ToContainTextAsync("U heeft de plaats aangenomen");
            await AssertAccessibleAsync(third.Page);
        }

        // The event is full again with the second and the third, and nobody waits.
        await using var coordinator = await site.OpenTabAsync(ct, signedInAs: TestAccounts.Coordinator);
        await coordinator.Page.GotoAsync("/beheer/bijeenkomsten");
        await Expect(coordinator.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = title })).ToContainTextAsync("2 van 2");
        await AssertAccessibleAsync(coordinator.Page);
    }

    /// <summary>The coordinator fills the form for a werkbezoek in two weeks' time and publishes it.</summary>
    private async Task<string> CreateEventAsync(string title, CancellationToken ct)
    {
        await using var coordinator = await site.OpenTabAsync(ct, signedInAs: TestAccounts.Coordinator);
        var page = coordinator.Page;
        await page.GotoAsync("/beheer/bijeenkomsten");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe bijeenkomst" }).ClickAsync();
        await AssertAccessibleAsync(page);

        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.Locator("#bijeenkomst-kind-WorkVisitInRegion").CheckAsync();
        await page.Locator("#bijeenkomst-title").FillAsync(title);
        await page.Locator("#bijeenkomst-description").FillAsync("We lopen met de wijkregisseur door de **Gagelbuurt** en praten over jongerenwerk.");
        await page.Locator("#bijeenkomst-startsAt-date").FillAsync(day);
        await page.Locator("#bijeenkomst-startsAt-time").FillAsync("14:00");
        await page.Locator("#bijeenkomst-endsAt-date").FillAsync(day);
        await page.Locator("#bijeenkomst-endsAt-time").FillAsync("16:30");
        await page.Locator("#bijeenkomst-address").FillAsync("Wijkbureau Overvecht, Utrecht");
        await page.Locator("#bijeenkomst-capacity").FillAsync("2");
        await page.Locator("#bijeenkomst-audience-Open").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("De bijeenkomst is gepubliceerd");
        await AssertAccessibleAsync(page);

        var id = EventId().Match(page.Url).Groups[1].Value;
        return $"/bijeenkomsten/{id}";
    }

    /// <summary>A person registers on the public page without an account and lands on their own page.</summary>
    private async Task RegisterAsync(string eventPath, (string Name, string Email) person, string button, string expected, CancellationToken ct)
    {
        await using var tab = await site.OpenTabAsync(ct);
        var page = tab.Page;
        await page.GotoAsync(eventPath);
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(person.Name);
        await page.GetByLabel("E-mailadres").FillAsync(person.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(expected);
        await AssertAccessibleAsync(page);
    }

    private MimeMessage MailTo(string email, string subjectStart) =>
        Assert.Single(site.Mail.Messages, m => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? string.Empty).StartsWith(subjectStart, StringComparison.Ordinal));

    private static Uri LinkIn(MimeMessage mail) => new(SecretLink().Match(mail.TextBody ?? string.Empty).Value);

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await page.WcagViolationsAsync();
        Assert.True(violations is null, violations);
    }

    [GeneratedRegex(@"https?://\S+/bijeenkomsten/inschrijving/wpe_[A-Za-z0-9_-]+")]
    private static partial Regex SecretLink();

    [GeneratedRegex(@"/beheer/bijeenkomsten/(\d+)")]
    private static partial Regex EventId();
}
