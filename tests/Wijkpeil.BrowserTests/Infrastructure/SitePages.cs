using Microsoft.Playwright;

namespace Wijkpeil.BrowserTests.Infrastructure;

/// <summary>One page of each type the site has, on the bundled real data, as one account sees it.</summary>
/// <param name="Name">Short name, used in file names of screenshots.</param>
/// <param name="Path">
/// Where to go; the English page goes through the language switch, as a reader would. Ids that only the running
/// site knows are placeholders (<see cref="SitePages.ExampleProject"/>) that <see cref="BrowserSite.PathOf"/> fills in.
/// </param>
/// <param name="Status">The HTTP status the page must answer with.</param>
public sealed record SitePage(string Name, string Path, int Status = 200)
{
    /// <summary>Whom the page is opened for; anonymous when null.</summary>
    public TestAccount? SignedInAs { get; init; }

    /// <summary>What happens on the page before it is checked, such as sending a form that is filled in wrong.</summary>
    public Func<IPage, Task>? Then { get; init; }

    public override string ToString() => Name;
}

public static class SitePages
{
    /// <summary>Stands for the id of an example-data project in Overvecht with outputs and funding.</summary>
    public const string ExampleProject = "{voorbeeldproject}";

    /// <summary>Stands for the id of the published test story about Overvecht that the Utrecht editor added.</summary>
    public const string TestStory = "{testverhaal}";

    /// <summary>Stands for the id of the newest published import batch.</summary>
    public const string PublishedImportBatch = "{importbatch}";

    /// <summary>Stands for the id of a draft import batch: its review page has the publish and reject forms.</summary>
    public const string DraftImportBatch = "{draftbatch}";

    /// <summary>Stands for the token of an open invitation link: its page has the set-password form.</summary>
    public const string InvitationToken = "{uitnodiging}";

    /// <summary>Stands for the slug of the open test subsidy scheme of Utrecht (<see cref="WijkpeilServer.AddTestSubsidySchemeAsync"/>).</summary>
    public const string TestSchemeSlug = "{testregeling}";

    /// <summary>Stands for the id of that scheme, as the officers' pages address it.</summary>
    public const string TestSchemeId = "{testregeling-id}";

    public static IReadOnlyList<SitePage> All { get; } =
    [
        new("overzicht", "/"),
        new("wijk-overvecht", "/wijken/WK034403"),
        new("indicator-ervaren-gezondheid", "/indicatoren/ErvarenGezondheidGoedZeerGoed?gebied=WK034403"),
        new("indicator-alle-buurten", "/indicatoren/Drinker?niveau=buurt"),
        new("zoeken", "/zoeken?q=overv"),
        new("gebieden", "/wijken"),
        new("gemeente-utrecht", "/wijken/GM0344"),
        new("indicatoren", "/indicatoren"),
        new("vergelijk-bedoelde-u", "/vergelijk?gebieden=Utrecht&gebieden=Overvecht", 400),
        new("vergelijk", "/vergelijk?gebieden=WK034403,WK030703"),
        new("factsheet-overvecht-2020", "/programmas/vitale-wijken/factsheets/overvecht/meting-2020"),
        new("focusgebied-batau", "/programmas/vitale-wijken/gebieden/batau"),
        new("programmas", "/programmas"),
        new("open-data", "/data"),
        new("inloggen", "/inloggen"),
        new("niet-gevonden", "/deze-pagina-bestaat-niet", 404),
        new("contact", "/contact"),
        new("privacy", "/privacy"),
        new("toegankelijkheid", "/toegankelijkheid"),
        new("colofon", "/colofon"),
        new("wijk-overvecht-en", "/taal/en-GB?terug=%2Fwijken%2FWK034403"),
        new("agenda", "/agenda"),
        new("project", $"/agenda/{ExampleProject}"),
        new("project-nieuw", "/agenda/nieuw") { SignedInAs = TestAccounts.UtrechtEditor },
        new("project-nieuw-fouten", "/agenda/nieuw")
        {
            SignedInAs = TestAccounts.UtrechtEditor,
            // Nothing filled in: the title and the pillars are missing.
            Then = page => SubmitAndExpectErrorsAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Project opslaan" })),
        },
        new("project-bewerken", $"/agenda/{ExampleProject}/bewerken") { SignedInAs = TestAccounts.UtrechtEditor },
        new("project-bewerken-fouten", $"/agenda/{ExampleProject}/bewerken")
        {
            SignedInAs = TestAccounts.UtrechtEditor,
            // A funding line without year and budget, with an amount that is no number.
            Then = async page =>
            {
                var funding = page.GetByRole(AriaRole.Region, new() { Name = "Financiering", Exact = true });
                await funding.GetByLabel("Verplicht").FillAsync("veel");
                await SubmitAndExpectErrorsAsync(page, funding.GetByRole(AriaRole.Button, new() { Name = "Financiering toevoegen" }));
            },
        },
        new("project-verwijderen", $"/agenda/{ExampleProject}/verwijderen") { SignedInAs = TestAccounts.UtrechtEditor },
        new("verhalen", "/verhalen"),
        new("verhaal", $"/verhalen/{TestStory}"),
        new("verhaal-nieuw", "/verhalen/nieuw") { SignedInAs = TestAccounts.UtrechtEditor },
        new("verhaal-nieuw-fouten", "/verhalen/nieuw")
        {
            SignedInAs = TestAccounts.UtrechtEditor,
            // Nothing filled in: method, date, area, pillar and summary are missing.
            Then = page => SubmitAndExpectErrorsAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Verhaal opslaan" })),
        },
        new("verhaal-bewerken", $"/verhalen/{TestStory}/bewerken") { SignedInAs = TestAccounts.UtrechtEditor },
        new("verhaal-verwijderen", $"/verhalen/{TestStory}/verwijderen") { SignedInAs = TestAccounts.UtrechtEditor },
        new("imports", "/beheer/imports") { SignedInAs = TestAccounts.KnowledgePartner },
        new("import-batch", $"/beheer/imports/{PublishedImportBatch}") { SignedInAs = TestAccounts.KnowledgePartner },
        new("import-concept", $"/beheer/imports/{DraftImportBatch}") { SignedInAs = TestAccounts.KnowledgePartner },
        new("import-nieuw", "/beheer/imports/nieuw") { SignedInAs = TestAccounts.KnowledgePartner },
        new("audit", "/beheer/audit") { SignedInAs = TestAccounts.ProgrammeManager },
        new("programma-beheer", "/beheer/programmas") { SignedInAs = TestAccounts.ProgrammeManager },
        new("programma-nieuw", "/beheer/programmas/nieuw") { SignedInAs = TestAccounts.ProgrammeManager },
        new("programma-bewerken", "/beheer/programmas/vitale-wijken") { SignedInAs = TestAccounts.ProgrammeManager },
        new("indicatoren-beheer", "/beheer/indicatoren") { SignedInAs = TestAccounts.KnowledgePartner },
        new("indicator-nieuw", "/beheer/indicatoren/nieuw") { SignedInAs = TestAccounts.KnowledgePartner },
        new("indicator-bewerken", "/beheer/indicatoren/ErvarenGezondheidGoedZeerGoed") { SignedInAs = TestAccounts.ProgrammeManager },
        new("gebruikers", "/beheer/gebruikers") { SignedInAs = TestAccounts.ProgrammeManager },
        new("subsidieregeling-nieuw", "/beheer/subsidies/nieuw") { SignedInAs = TestAccounts.ProgrammeManager },
        new("gebruikers-fout", "/beheer/gebruikers")
        {
            SignedInAs = TestAccounts.ProgrammeManager,
            Then = async page =>
            {
                // An AreaEditor without gemeenten: the rules' message at the field, the summary above the forms.
                await page.GetByLabel("E-mailadres").First.FillAsync("nieuw@utrecht.example");
                await page.Locator("#uitnodigen-rol").SelectOptionAsync("AreaEditor");
                await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
                await Assertions.Expect(page.Locator("#uitnodigen-gemeenten-fout")).ToBeVisibleAsync();
            },
        },
        new("wachtwoord-instellen", $"/wachtwoord-instellen?token={InvitationToken}"),
        new("wachtwoord-vergeten", "/wachtwoord-vergeten"),
        new("wachtwoord-wijzigen", "/account/wachtwoord") { SignedInAs = TestAccounts.UtrechtEditor },
        new("subsidies", "/subsidies"),
        new("subsidieregeling", $"/subsidies/{TestSchemeSlug}"),
        new("subsidieregeling-elders", "/subsidies/subsidieregeling-soesterkwartier"),
        new("subsidie-aanvragen", $"/subsidies/{TestSchemeSlug}/aanvragen"),
        new("subsidie-aanvragen-fouten", $"/subsidies/{TestSchemeSlug}/aanvragen")
        {
            // Nothing filled in: who applies, the initiative, the amount and the budget file are missing.
            Then = page => SubmitAndExpectErrorsAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" })),
        },
        new("subsidies-beheer", "/beheer/subsidies") { SignedInAs = TestAccounts.UtrechtSubsidyOfficer },
        new("subsidie-werklijst", $"/beheer/subsidies/{TestSchemeId}/aanvragen") { SignedInAs = TestAccounts.UtrechtSubsidyOfficer },
        new("subsidie-rangschikking", $"/beheer/subsidies/{TestSchemeId}/rangschikking") { SignedInAs = TestAccounts.UtrechtSubsidyOfficer },
        new("beoordelen", "/beoordelen") { SignedInAs = TestAccounts.UtrechtAssessor },
    ];

    public static TheoryData<SitePage> Data => [.. All];

    private static async Task SubmitAndExpectErrorsAsync(IPage page, ILocator button)
    {
        await button.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Heading, new() { Name = "Controleer wat u hebt ingevuld" })).ToBeVisibleAsync();
    }
}
