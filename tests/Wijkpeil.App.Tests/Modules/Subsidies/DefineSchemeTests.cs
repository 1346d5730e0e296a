using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Modules.Subsidies.DecideApplication;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>
/// Officers define schemes through pages (issue 13, point 1): a draft with field messages for bad input, only for their
/// own gemeente, published once and frozen then, a plafond changed with a reason that never touches filed applications,
/// and a description whose Markdown cannot smuggle a script onto the public page.
/// </summary>
public sealed class DefineSchemeTests
{
    private const string Manager = "programma@wijkpeil.example";
    private const string AmersfoortOfficer = "subsidie@amersfoort.nl";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_BadInput_MessagesAtTheFieldsAndTheRightRowAndNothingStored(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        using var manager = await SignedInAsync(host, Manager, WijkpeilRoles.ProgrammeManager);
        var fields = await FieldsAsync(host, "Buurtbudget Soesterkwartier");

        var unreadable = await StoryPagesTests.PostFormAsync(manager, "/beheer/subsidies/nieuw", "regeling", new(fields) { ["Input.Plafond"] = "heel veel", ["Input.ClosesOn"] = "31-13-2027" });
        var badRow = await StoryPagesTests.PostFormAsync(manager, "/beheer/subsidies/nieuw", "regeling", new(fields)
        {
            // Row 0 left empty is skipped; row 2 has a weight but no name: the message belongs at row 2.
            ["Input.Criteria[0].Name"] = "",
            ["Input.Criteria[0].Weight"] = "",
            ["Input.Criteria[1].Name"] = "Draagvlak",
            ["Input.Criteria[1].Weight"] = "2",
            ["Input.Criteria[2].Weight"] = "1",
        });
        var tooHigh = await StoryPagesTests.PostFormAsync(manager, "/beheer/subsidies/nieuw", "regeling", new(fields) { ["Input.MaximumAmount"] = "60000" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unreadable.StatusCode);
        var html = await SubsidyHost.ReadAsync(unreadable);
        Assert.Contains("id=\"regeling-plafond-fout\">'heel veel' is geen bedrag", html, StringComparison.Ordinal);
        Assert.Contains("id=\"regeling-closesOn-fout\">'31-13-2027' is geen datum", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Buurtbudget Soesterkwartier\"", html, StringComparison.Ordinal); // what was typed stays
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badRow.StatusCode);
        var rowHtml = await SubsidyHost.ReadAsync(badRow);
        Assert.Contains("id=\"regeling-criteria-2-name-fout\">Vul de naam van het criterium in.", rowHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"regeling-criteria-1-name-fout\"", rowHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooHigh.StatusCode);
        Assert.Contains("id=\"regeling-maximumAmount-fout\">", await SubsidyHost.ReadAsync(tooHigh), StringComparison.Ordinal);
        Assert.Equal((1, 0), await SchemesAndAuditAsync(host));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_Officer_OnlyForTheirOwnGemeente_SlugFromTheNameAndUnique(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        using var officer = await SignedInAsync(host, AmersfoortOfficer, WijkpeilRoles.SubsidyOfficer, Amersfoort);
        var fields = await FieldsAsync(host, "Wijkfonds Soesterkwartier 2027");

        var form = await SubsidyHost.ReadAsync(await officer.GetAsync(new Uri("/beheer/subsidies/nieuw", UriKind.Relative), Ct));
        var elsewhere = await StoryPagesTests.PostFormAsync(officer, "/beheer/subsidies/nieuw", "regeling", new(fields) { ["Input.Gemeente"] = "GM0344" });
        var (countAfterRefusal, _) = await SchemesAndAuditAsync(host);
        var created = await StoryPagesTests.PostFormAsync(officer, "/beheer/subsidies/nieuw", "regeling", fields);
        var again = await StoryPagesTests.PostFormAsync(officer, "/beheer/subsidies/nieuw", "regeling", fields);

        Assert.Contains("<option value=\"GM0307\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"GM0344\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Equal(1, countAfterRefusal);
        Assert.Equal(HttpStatusCode.Found, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("id=\"regeling-name-fout\">Er is al een regeling met het adres /subsidies/wijkfonds-soesterkwartier-2027.", await SubsidyHost.ReadAsync(again), StringComparison.Ordinal);
        await using var scope = host.Database.CreateScope();
        var scheme = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<SubsidyScheme>().AsNoTracking().Include(s => s.Criteria).SingleAsync(s => s.Slug == "wijkfonds-soesterkwartier-2027", Ct);
        Assert.False(scheme.IsPublished);
        Assert.Equal($"/beheer/subsidies/{scheme.Id}/regeling?klaar=aangemaakt", created.Headers.Location!.PathAndQuery);
        Assert.Equal(Money.FromEuros(20_000m).Value, scheme.Plafond);
        Assert.Equal(["Bijdrage aan de wijk"], scheme.Criteria.Select(c => c.Name));
        Assert.Equal((2, 1), await SchemesAndAuditAsync(host));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_FreezesTheTerms_AnEditAfterwardsIsRefusedAndChangesNothing(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        using var officer = await SignedInAsync(host, AmersfoortOfficer, WijkpeilRoles.SubsidyOfficer, Amersfoort);
        var fields = await FieldsAsync(host, "Wijkfonds Soesterkwartier 2027");
        var path = (await StoryPagesTests.PostFormAsync(officer, "/beheer/subsidies/nieuw", "regeling", fields)).Headers.Location!.PathAndQuery.Split('?')[0];
        var draft = await SubsidyHost.ReadAsync(await officer.GetAsync(new Uri(path, UriKind.Relative), Ct));
        var changed = await StoryPagesTests.PostFormAsync(officer, path, "regeling", new(fields) { ["Input.Plafond"] = "25000" });

        var published = await StoryPagesTests.PostFormAsync(officer, path, "regeling-publiceren", []);
        var page = await SubsidyHost.ReadAsync(await officer.GetAsync(new Uri(path, UriKind.Relative), Ct));
        var edit = await StoryPagesTests.PostFormAsync(officer, path, "regeling", new(fields) { ["Input.Plafond"] = "90000" }, tokenFrom: path);

        Assert.Contains("met publiceren wordt het plafond van €\u00a020.000 bekendgemaakt en ligt het vast", draft, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Found, published.StatusCode);
        Assert.Contains("Plafond, bedragen, data, verdeling, criteria, bijlagen en termijnen liggen sindsdien vast", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Name\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Plafond.Reason\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("Deze regeling is gepubliceerd: de voorwaarden liggen vast.", await SubsidyHost.ReadAsync(edit), StringComparison.Ordinal);
        await using var scope = host.Database.CreateScope();
        var scheme = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<SubsidyScheme>().AsNoTracking().SingleAsync(s => s.Slug == "wijkfonds-soesterkwartier-2027", Ct);
        Assert.Equal(Now, scheme.PublishedAt);
        Assert.Equal(Money.FromEuros(25_000m).Value, scheme.Plafond);
        Assert.Equal((2, 3), await SchemesAndAuditAsync(host)); // created, changed, published; the refused edit left no entry
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ChangePlafond_NeedsAReason_ALowerPlafondDoesNotTouchApplicationsFiledBefore(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        using var officer = await SignedInAsync(host, AmersfoortOfficer, WijkpeilRoles.SubsidyOfficer, Amersfoort);
        var schemeId = await OpenSchemeAsync(host.Database, slug: "buurtfonds"); // plafond 10.000, no attachments asked
        var (first, second) = (await FileAsync(host.Database, schemeId, 4_000m), await FileAsync(host.Database, schemeId, 4_000m));
        var path = $"/beheer/subsidies/{schemeId}/regeling";
        host.Time.Advance(TimeSpan.FromHours(1));

        var withoutReason = await StoryPagesTests.PostFormAsync(officer, path, "plafond-wijzigen", new() { ["Plafond.Amount"] = "5000", ["Plafond.Reason"] = " " });
        var lowered = await StoryPagesTests.PostFormAsync(officer, path, "plafond-wijzigen", new() { ["Plafond.Amount"] = "5000", ["Plafond.Reason"] = "Bezuiniging van de raad, besluit van 1 november." });
        host.Time.Advance(TimeSpan.FromHours(1));
        var late = await FileAtAsync(host, schemeId, 1_000m);

        // Both filed before the lowering: decided against the 10.000 in force then, together 8.000. The late one meets 5.000.
        var grants = new[] { await GrantAsync(host, first), await GrantAsync(host, second), await GrantAsync(host, late) };

        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutReason.StatusCode);
        Assert.Contains("id=\"plafond-reason-fout\">", await SubsidyHost.ReadAsync(withoutReason), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, lowered.StatusCode);
        Assert.True(grants[0].Succeeded, grants[0].ToString());
        Assert.True(grants[1].Succeeded, grants[1].ToString());
        Assert.Equal("amount: subsidy.decision.plafond_exceeded", grants[2].ToString());
        await using var scope = host.Database.CreateScope();
        var scheme = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<SubsidyScheme>().AsNoTracking().Include(s => s.PlafondChanges).SingleAsync(s => s.Id == schemeId, Ct);
        Assert.Equal(Money.FromEuros(5_000m).Value, scheme.Plafond);
        var change = Assert.Single(scheme.PlafondChanges);
        Assert.Equal((1_000_000, 500_000), (change.PreviousCents, change.AmountCents));
        var officerPage = await SubsidyHost.ReadAsync(await officer.GetAsync(new Uri(path, UriKind.Relative), Ct));
        var publicPage = await SubsidyHost.ReadAsync(await host.Browser().GetAsync(new Uri("/subsidies/buurtfonds", UriKind.Relative), Ct));
        foreach (var html in new[] { officerPage, publicPage })
        {
            Assert.Contains("Bezuiniging van de raad, besluit van 1 november.", html, StringComparison.Ordinal);
            Assert.Contains(">€\u00a010.000</td>", html, StringComparison.Ordinal); // the plafond before the change
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Description_WithScriptAndJavascriptLink_RendersInertOnThePublicPage(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        using var manager = await SignedInAsync(host, Manager, WijkpeilRoles.ProgrammeManager);
        var fields = await FieldsAsync(host, "Wijkfonds met opmaak");
        fields["Input.Description"] = "Voor **bewoners**.\n\n<script>alert('xss')</script>\n\n[klik](javascript:alert(1))";
        var path = (await StoryPagesTests.PostFormAsync(manager, "/beheer/subsidies/nieuw", "regeling", fields)).Headers.Location!.PathAndQuery.Split('?')[0];
        Assert.Equal(HttpStatusCode.Found, (await StoryPagesTests.PostFormAsync(manager, path, "regeling-publiceren", [])).StatusCode);

        var raw = await (await host.Browser().GetAsync(new Uri("/subsidies/wijkfonds-met-opmaak", UriKind.Relative), Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("<strong>bewoners</strong>", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert", raw, StringComparison.Ordinal);
        Assert.Contains("Het plafond is sinds de publicatie niet gewijzigd.", raw, StringComparison.Ordinal);
    }

    private static async Task<HttpClient> SignedInAsync(SubsidyHost host, string email, string role, params string[] gemeenten)
    {
        await StoryTestData.AddAccountAsync(host.Database, email, role, gemeenten);
        var client = host.Browser();
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(client, email, StoryTestData.Password)).StatusCode);
        return client;
    }

    /// <summary>A valid draft of Amersfoort for the Soesterkwartier: plafond 20.000, at most 5.000 per application.</summary>
    private static async Task<Dictionary<string, string>> FieldsAsync(SubsidyHost host, string name)
    {
        await using var scope = host.Database.CreateScope();
        var programme = (await scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().ListAsync(Ct)).Single();
        return new()
        {
            ["Input.Name"] = name,
            ["Input.Description"] = "Voor initiatieven van bewoners.",
            ["Input.ProgrammeId"] = programme.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Gemeente"] = Amersfoort,
            ["Input.FocusAreas[soesterkwartier]"] = "true",
            ["Input.Plafond"] = "20000",
            ["Input.Allocation"] = "FirstComeFirstServed",
            ["Input.OpensOn"] = "2027-01-01",
            ["Input.ClosesOn"] = "2027-12-31",
            ["Input.MinimumAmount"] = "100",
            ["Input.MaximumAmount"] = "5000",
            ["Input.Criteria[0].Name"] = "Bijdrage aan de wijk",
            ["Input.Criteria[0].Weight"] = "2",
            ["Input.Criteria[1].Name"] = "",
            ["Input.Criteria[1].Weight"] = "",
            ["Input.Attachments[0].Kind"] = "",
            ["Input.ScaleMin"] = "1",
            ["Input.ScaleMax"] = "5",
            ["Input.MinimumScore"] = "3",
            ["Input.DecisionTermWeeks"] = "8",
            ["Input.AdvancePercent"] = "80",
            ["Input.FinalReportTermWeeks"] = "13",
            ["Input.ObjectionClause"] = SubsidyScheme.DefaultObjectionClause,
        };
    }

    /// <summary>Files a complete application for <paramref name="amount"/> euros at the host's "now"; returns its id.</summary>
    private static async Task<int> FileAtAsync(SubsidyHost host, int schemeId, decimal amount)
    {
        await using var scope = host.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var scheme = await db.Set<SubsidyScheme>().Include(s => s.PlafondChanges).SingleAsync(s => s.Id == schemeId, Ct);
        var (now, money) = (host.Time.GetUtcNow(), Money.FromEuros(amount).Value);
        var form = new ApplicationForm(
            Applicant.Create(ApplicantKind.Person, "Jan Laat", "laat@example.nl", null, null, null, null, null, null).Value,
            "Later initiatief", "Ingediend na de verlaging van het plafond.", Domain.Areas.AreaCode.From(Soesterkwartier), money,
            [new BudgetLineInput("Materiaal", money)], new DateOnly(2027, 3, 1), new DateOnly(2027, 9, 30), null);
        var application = SubsidyApplication.Start(scheme, form, Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), now, App.Modules.Subsidies.SubsidyTime.DayOf(now)).Value;
        Assert.Empty(application.Submit(scheme, now, App.Modules.Subsidies.SubsidyTime.DayOf(now)));
        db.Add(application);
        await db.SaveChangesAsync(Ct);
        return application.Id;
    }

    private static async Task<(int Schemes, int AuditEntries)> SchemesAndAuditAsync(SubsidyHost host)
    {
        await using var scope = host.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        return (await db.Set<SubsidyScheme>().CountAsync(Ct), await db.AuditEntries.CountAsync(e => e.EntityType == AuditEntityTypes.SubsidyScheme, Ct));
    }

    private static async Task<Wijkpeil.App.Kernel.Outcomes.Outcome<DecisionRecorded>> GrantAsync(SubsidyHost host, int application)
    {
        await using var scope = host.Database.CreateScope();
        var handler = Handler<DecideApplicationHandler>(scope.ServiceProvider, Clock(host.Time.GetUtcNow()));
        return await handler.DecideAsync(application, Officer(), new DecisionRequest(DecisionKind.Grant, null, null, []), Ct);
    }
}
