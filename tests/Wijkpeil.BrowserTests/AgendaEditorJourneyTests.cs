using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Wijkpeil.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkpeil.BrowserTests;

/// <summary>
/// Issue 4, point 10: an area editor puts a project on the agenda and sees it on the area page; an area editor of
/// another gemeente can change none of it, not through the page and not through a request made by hand.
/// </summary>
[Collection(SharedBrowserSite.Name)]
public sealed partial class AgendaEditorJourneyTests(BrowserSite site)
{
    private const string Title = "Buurtmoestuin Zwanenvechtlaan";
    private const string ForgedTitle = "Overgenomen door Zeist";
    private static readonly int[] HealthPillar = [1];

    [Fact(Timeout = BrowserSite.TestTimeout)]
    public async Task AgendaEditor_AddsProjectInOwnGemeente_OtherGemeentesEditorCannotChangeIt()
    {
        var ct = TestContext.Current.CancellationToken;
        int projectId;
        await using (var utrecht = await site.OpenTabAsync(ct))
        {
            var page = utrecht.Page;
            await page.SignInAsync(TestAccounts.UtrechtEditor);
            projectId = await CreateProjectAsync(page);
            await AddOutputFundingAndProgressAsync(page, projectId);
            await ExpectOnAreaPageAsync(page);
        }

        await using var zeist = await site.OpenTabAsync(ct);
        await zeist.Page.SignInAsync(TestAccounts.ZeistEditor);
        await ExpectEditPageRefusedAsync(zeist.Page, projectId);
        await ExpectForgedRequestsRefusedAsync(zeist, projectId);

        // Nothing the refused requests carried reached the project.
        await zeist.Page.GotoAsync(ProjectPath(projectId));
        await Expect(zeist.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        await Expect(zeist.Page.GetByText(ForgedTitle)).ToHaveCountAsync(0);
    }

    private static async Task<int> CreateProjectAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Uitvoeringsagenda" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw project" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nieuw project");

        // Overvecht is the only focus area of Utrecht, so it is already chosen; choosing it again is what a careful user does.
        await page.GetByLabel("Focusgebied").SelectOptionAsync(new SelectOptionValue { Label = "Overvecht" });
        await page.GetByLabel("Titel").FillAsync(Title);
        await page.GetByRole(AriaRole.Group, new() { Name = "Pijlers" }).GetByLabel("1. Gezondheid").CheckAsync();
        await page.GetByLabel("Eigenaar (organisatie)").FillAsync("Buurtteam Overvecht");
        await page.GetByLabel("Beschrijving").FillAsync("Bewoners kweken samen groente in **tuinbakken** op het pleintje.");
        await page.GetByLabel("Publiceren: zichtbaar voor iedereen").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Project opslaan" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(SavedUrl());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De gegevens van het project zijn opgeslagen.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        return int.Parse(SavedUrl().Match(page.Url).Groups["id"].Value, CultureInfo.InvariantCulture);
    }

    private static async Task AddOutputFundingAndProgressAsync(IPage page, int projectId)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Project bewerken" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(ProjectPath(projectId) + "/bewerken") + "$"));

        var outputs = Section(page, "Prestaties");
        await outputs.GetByLabel("Hoeveel hebben we gedaan?").CheckAsync();
        await outputs.GetByRole(AriaRole.Textbox, new() { Name = "Prestatie", Exact = true }).FillAsync("Tuinbakken geplaatst");
        await outputs.GetByLabel("Eenheid").SelectOptionAsync(new SelectOptionValue { Label = "Aantal" });
        await outputs.GetByLabel("Wat u telt").FillAsync("tuinbakken");
        await outputs.GetByRole(AriaRole.Button, new() { Name = "Prestatie toevoegen" }).ClickAsync();
        await ExpectSavedAsync(page, "De prestaties zijn bijgewerkt.");

        // The values form appears once the project has a measure.
        await ContinueEditingAsync(page);
        outputs = Section(page, "Prestaties");
        await outputs.GetByRole(AriaRole.Combobox, new() { Name = "Prestatie", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Tuinbakken geplaatst" });
        await outputs.GetByLabel("Jaar").FillAsync("2025");
        await outputs.GetByLabel("Streefwaarde").FillAsync("12");
        await outputs.GetByLabel("Gerealiseerd").FillAsync("5");
        await outputs.GetByRole(AriaRole.Button, new() { Name = "Waarden opslaan" }).ClickAsync();
        await ExpectSavedAsync(page, "De streefwaarde en het resultaat zijn opgeslagen.");

        await ContinueEditingAsync(page);
        var funding = Section(page, "Financiering");
        await funding.GetByLabel("Financier", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Gemeente" });
        await funding.GetByLabel("Jaar").FillAsync("2025");
        await funding.GetByLabel("Begroot").FillAsync("25000");
        await funding.GetByLabel("Verplicht", new() { Exact = true }).FillAsync("18000");
        await funding.GetByLabel("Uitgegeven").FillAsync("6500");
        await funding.GetByRole(AriaRole.Button, new() { Name = "Financiering toevoegen" }).ClickAsync();
        await ExpectSavedAsync(page, "De financiering is bijgewerkt.");
        var fundingTable = page.GetByRole(AriaRole.Table, new() { Name = $"Geld voor {Title} per financier en jaar, in euro" });
        await Expect(fundingTable.GetByRole(AriaRole.Row).Filter(new() { HasText = "2025" })).ToContainTextAsync(new Regex(@"25\.000.*18\.000.*6\.500", RegexOptions.Singleline));

        await ContinueEditingAsync(page);
        var progress = Section(page, "Voortgang");
        await progress.GetByLabel("Datum").FillAsync("2025-02-03");
        await progress.GetByLabel("Gereed (%)").FillAsync("40");
        await progress.GetByLabel("Wat is er gebeurd?").FillAsync("De eerste vijf tuinbakken staan; de buurt heeft ze samen gevuld.");
        await progress.GetByRole(AriaRole.Button, new() { Name = "Voortgang toevoegen" }).ClickAsync();
        await ExpectSavedAsync(page, "De voortgang is bijgewerkt.");
        var timeline = page.GetByRole(AriaRole.Region, new() { Name = "Voortgang", Exact = true });
        await Expect(timeline).ToContainTextAsync("3 februari 2025 · 40% gereed");
        await Expect(timeline).ToContainTextAsync("De eerste vijf tuinbakken staan");
    }

    private static async Task ExpectOnAreaPageAsync(IPage page)
    {
        await page.GotoAsync("/wijken/WK034403");
        var health = page.GetByRole(AriaRole.Region, new() { Name = "1. Gezondheid", Exact = true });
        await Expect(health.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true })).ToBeVisibleAsync();

        var outputs = health.GetByRole(AriaRole.Table, new() { Name = $"Prestaties van {Title}: streefwaarde en gerealiseerd" });
        var row = outputs.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Tuinbakken geplaatst 2025" }) });
        await Expect(row.GetByRole(AriaRole.Cell)).ToHaveTextAsync(["12 tuinbakken", "5 tuinbakken"]);
        await Expect(health.GetByRole(AriaRole.Listitem).Filter(new() { HasText = Title })).ToContainTextAsync("(40% gereed)");
    }

    private static async Task ExpectEditPageRefusedAsync(IPage page, int projectId)
    {
        var response = await page.GotoAsync(ProjectPath(projectId) + "/bewerken");
        Assert.NotNull(response);
        Assert.Equal(403, response.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Uw account mag dit project niet wijzigen");
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
    }

    // A forged request carries everything a real one does: the Zeist editor's own session and its own valid
    // antiforgery token, taken from a form it may use. Only the server's permission check can refuse it.
    private static async Task ExpectForgedRequestsRefusedAsync(BrowserTab zeist, int projectId)
    {
        var page = zeist.Page;
        await page.GotoAsync("/agenda/nieuw");
        var fields = await page.Locator("form#project").EvaluateAsync<Dictionary<string, string>>(
            "form => Object.fromEntries([...new FormData(form)].filter(([, value]) => typeof value === 'string'))");
        var token = fields["__RequestVerificationToken"];
        // The new-project form and the edit page's details form share their form name; this is the edit form's post.
        Assert.Equal("project", fields["_handler"]);

        var form = zeist.Context.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        form.Set("Input.FocusArea", "overvecht");
        form.Set("Input.Title", ForgedTitle);
        form.Set("Input.Pillars[1]", "true");
        form.Set("Input.Published", "true");
        var posted = await zeist.Context.APIRequest.PostAsync(ProjectPath(projectId) + "/bewerken", new() { Form = form, MaxRedirects = 0 });
        Assert.Equal(403, posted.Status);
        Assert.Contains("Uw account mag dit project niet wijzigen", await posted.TextAsync(), StringComparison.Ordinal);

        var put = await zeist.Context.APIRequest.PutAsync(
            $"/api/v1/projects/{projectId.ToString(CultureInfo.InvariantCulture)}",
            new()
            {
                DataObject = new { focusArea = "overvecht", title = ForgedTitle, pillars = HealthPillar, status = "planned", published = true },
                Headers = new Dictionary<string, string> { ["RequestVerificationToken"] = token },
                MaxRedirects = 0,
            });
        Assert.Equal(403, put.Status);
        Assert.StartsWith("application/problem+json", put.Headers["content-type"], StringComparison.Ordinal);
    }

    private static ILocator Section(IPage page, string name) =>
        page.GetByRole(AriaRole.Region, new() { Name = name, Exact = true });

    private static async Task ExpectSavedAsync(IPage page, string confirmation)
    {
        await Expect(page).ToHaveURLAsync(SavedUrl());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(confirmation);
    }

    private static Task ContinueEditingAsync(IPage page) =>
        page.GetByRole(AriaRole.Status).GetByRole(AriaRole.Link, new() { Name = "Verder bewerken" }).ClickAsync();

    private static string ProjectPath(int id) => "/agenda/" + id.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/agenda/(?<id>\d+)\?opgeslagen=\w+$")]
    private static partial Regex SavedUrl();
}
