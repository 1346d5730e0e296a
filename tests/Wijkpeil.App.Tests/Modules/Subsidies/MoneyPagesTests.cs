using System.Net;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.MoneyTestData;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>
/// The money forms as people use them: the officer's advance, settlement (mailed to the recipient with the balance and
/// the objection clause) and reclaim on the dossier page, refusals at the field or as a conflict, another gemeente's
/// officer refused; the applicant's final report through the link, with its receipt, read-only once sent.
/// </summary>
public sealed class MoneyPagesTests
{
    private const string Officer = "subsidie@amersfoort.nl";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Dossier_AdvanceThenLowerSettlementThenReclaim_MailsTheSettlement_RefusalsChangeNothing(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        var scheme = await OpenSchemeAsync(host.Database, slug: "zonder-bijlagen");
        var (id, _) = await FileWithLinkAsync(host.Database, scheme, 1_000m, "fatima@example.nl");
        Assert.True((await GrantAsync(host.Database, host.Time, id)).Succeeded);
        using var officer = await SignedInAsync(host, Officer, Amersfoort);
        using var zeist = await SignedInAsync(host, "subsidie@zeist.nl", "GM0355");
        var dossier = $"/beheer/subsidies/aanvragen/{id}";

        var page = await SubsidyHost.ReadAsync(await officer.GetAsync(dossier, Ct));
        Assert.Contains("Geld na de verlening", page, StringComparison.Ordinal);
        Assert.Contains("80% = € 800, nog niet betaald", page.Replace('\u00A0', ' '), StringComparison.Ordinal);

        var advance = await StoryPagesTests.PostFormAsync(officer, dossier, "voorschot", new() { ["Advance.PaidOn"] = "2026-11-03" });
        Assert.Equal(HttpStatusCode.Found, advance.StatusCode);
        Assert.Equal($"{dossier}?geld=voorschot", advance.Headers.Location!.PathAndQuery);
        var twice = await StoryPagesTests.PostFormAsync(officer, dossier, "voorschot", new() { ["Advance.PaidOn"] = "2026-11-03" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("Het voorschot is al betaald.", await SubsidyHost.ReadAsync(twice), StringComparison.Ordinal);

        var silent = await StoryPagesTests.PostFormAsync(officer, dossier, "vaststelling", new() { ["Settle.Amount"] = "500", ["Settle.Reason"] = "ActivitiesNotCarriedOut" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, silent.StatusCode);
        Assert.Contains("id=\"vaststelling-explanation-fout\"", await SubsidyHost.ReadAsync(silent), StringComparison.Ordinal);
        var refused = await StoryPagesTests.PostFormAsync(zeist, dossier, "vaststelling", new() { ["Settle.Amount"] = "1000", ["Settle.Reason"] = "AsGranted" }, tokenFrom: "/uitloggen");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(ApplicationStatus.Granted, (await LoadAsync(host.Database, id)).Status);

        var settled = await StoryPagesTests.PostFormAsync(officer, dossier, "vaststelling", new()
        {
            ["Settle.Amount"] = "500",
            ["Settle.Reason"] = "ActivitiesNotCarriedOut",
            ["Settle.Explanation"] = "Alleen de helft van de plantenbakken is geplaatst.",
        });
        Assert.Equal(HttpStatusCode.Found, settled.StatusCode);
        Assert.Equal($"{dossier}?geld=vaststelling-verstuurd", settled.Headers.Location!.PathAndQuery);
        var mail = host.Smtp.Messages.Single(m => m.Subject!.StartsWith("Vaststelling van uw subsidie SUB-", StringComparison.Ordinal));
        Assert.Equal("fatima@example.nl", mail.To.Mailboxes.Single().Address);
        var text = mail.TextBody!;
        Assert.Contains("vastgesteld op € 500,00 (artikel 4:46 Awb). Verleend was € 1.000,00.", text, StringComparison.Ordinal);
        Assert.Contains("Alleen de helft van de plantenbakken is geplaatst.", text, StringComparison.Ordinal);
        Assert.Contains("U heeft tot nu toe € 800,00 ontvangen. Dat is € 300,00 meer dan het vastgestelde bedrag.", text, StringComparison.Ordinal);
        Assert.Contains("tot en met 15 december 2026 bezwaar maken", text, StringComparison.Ordinal);
        Assert.Contains(SubsidyScheme.DefaultObjectionClause, text, StringComparison.Ordinal);
        Assert.DoesNotContain("wps_", text, StringComparison.Ordinal);

        var reclaimed = await StoryPagesTests.PostFormAsync(officer, dossier, "saldo", new() { ["Balance.PaidOn"] = "2026-11-03" });
        Assert.Equal(HttpStatusCode.Found, reclaimed.StatusCode);
        var after = (await SubsidyHost.ReadAsync(await officer.GetAsync(reclaimed.Headers.Location, Ct))).Replace('\u00A0', ' ');
        Assert.Contains("niets meer open", after, StringComparison.Ordinal);
        Assert.Contains("terugbetaling ontvangen € -300", after, StringComparison.Ordinal);
        var square = await StoryPagesTests.PostFormAsync(officer, dossier, "saldo", new() { ["Balance.PaidOn"] = "2026-11-03" });
        Assert.Equal(HttpStatusCode.Conflict, square.StatusCode);
        Assert.Equal(Euros(500m), (await TotalsAsync(host.Database, scheme)).Paid);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Link_FinalReportAfterTheGrant_ReceiptMailed_ThenReadOnly_ASecondOneRefused(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        var scheme = await OpenSchemeAsync(host.Database, slug: "zonder-bijlagen");
        var (id, token) = await FileWithLinkAsync(host.Database, scheme, 1_000m, "fatima@example.nl");
        var link = "/subsidies/aanvraag/" + token;
        using var applicant = host.Browser();

        var early = await StoryPagesTests.PostFormAsync(applicant, link, "verantwoording", new() { ["Report.Text"] = "Gedaan.", ["Report.ActualCosts"] = "900" }, tokenFrom: "/subsidies/zonder-bijlagen/aanvragen");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.DoesNotContain("name=\"Report.Text\"", await SubsidyHost.ReadAsync(await applicant.GetAsync(link, Ct)), StringComparison.Ordinal);
        Assert.True((await GrantAsync(host.Database, host.Time, id)).Succeeded);

        var page = await SubsidyHost.ReadAsync(await applicant.GetAsync(link, Ct));
        Assert.Contains("Uiterlijk indienen op", page, StringComparison.Ordinal);
        Assert.Contains("30 december 2027", page, StringComparison.Ordinal);
        var noCosts = await StoryPagesTests.PostFormAsync(applicant, link, "verantwoording", new() { ["Report.Text"] = "Gedaan.", ["Report.ActualCosts"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noCosts.StatusCode);
        Assert.Contains("id=\"verantwoording-costs-fout\"", await SubsidyHost.ReadAsync(noCosts), StringComparison.Ordinal);
        Assert.Null((await LoadAsync(host.Database, id)).ReportSubmittedAt);

        var sent = await StoryPagesTests.PostFormAsync(applicant, link, "verantwoording", new()
        {
            ["Report.Text"] = "Twaalf plantenbakken geplaatst; dertig kinderen deden mee.",
            ["Report.ActualCosts"] = "950,50",
        });
        Assert.Equal(HttpStatusCode.Found, sent.StatusCode);
        Assert.Equal($"{link}?verantwoording=ontvangen", sent.Headers.Location!.PathAndQuery);
        var receipt = host.Smtp.Messages.Single(m => m.Subject!.StartsWith("Ontvangstbevestiging verantwoording SUB-", StringComparison.Ordinal));
        Assert.Contains("ontvangen op 3 november 2026 om 10:00", receipt.TextBody!, StringComparison.Ordinal);
        Assert.Contains("€ 950,50", receipt.TextBody!, StringComparison.Ordinal);
        var readOnly = await SubsidyHost.ReadAsync(await applicant.GetAsync(sent.Headers.Location, Ct));
        Assert.Contains("Uw verantwoording is ontvangen.", readOnly, StringComparison.Ordinal);
        Assert.Contains("Twaalf plantenbakken geplaatst; dertig kinderen deden mee.", readOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Report.Text\"", readOnly, StringComparison.Ordinal);

        var again = await StoryPagesTests.PostFormAsync(applicant, link, "verantwoording", new() { ["Report.Text"] = "Anders.", ["Report.ActualCosts"] = "10" }, tokenFrom: "/subsidies/zonder-bijlagen/aanvragen");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Twaalf plantenbakken geplaatst; dertig kinderen deden mee.", (await LoadAsync(host.Database, id)).ReportText);
        var unknown = await StoryPagesTests.PostFormAsync(applicant, "/subsidies/aanvraag/wps_" + new string('A', 43), "verantwoording", new() { ["Report.Text"] = "x", ["Report.ActualCosts"] = "1" }, tokenFrom: "/subsidies/zonder-bijlagen/aanvragen");
        // An unknown secret is no application: its page renders no form at all, so the framework refuses the post (as
        // for the draft and completion forms) and nothing is stored anywhere.
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    private static async Task<HttpClient> SignedInAsync(SubsidyHost host, string email, string gemeente)
    {
        await StoryTestData.AddAccountAsync(host.Database, email, WijkpeilRoles.SubsidyOfficer, gemeente);
        var client = host.Browser();
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(client, email, StoryTestData.Password)).StatusCode);
        return client;
    }
}
