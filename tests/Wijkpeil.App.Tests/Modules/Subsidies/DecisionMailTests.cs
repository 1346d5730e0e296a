using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.App.Tests.Pdf;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>
/// The beschikking after an officer's decision on the dossier page: mailed to the applicant as PDF (real Chromium) and
/// DOCX, downloadable by the scheme's officers and behind the applicant's link, and the completion request's mail.
/// </summary>
public sealed partial class DecisionMailTests
{
    private const string Officer = "subsidie@amersfoort.nl";
    private const string UtrechtOfficer = "subsidie@utrecht.nl";

    private static readonly byte[] BudgetPdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Grant_ViaTheDossierForm_MailsTheLetterAsPdfAndDocx_OfficersAndTheLinkDownloadIt(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        await AddAmersfoortAsync(host);
        var (id, link) = await ApplyAsync(host);
        using var officer = await SignedInAsync(host, Officer, SubsidyTestData.Amersfoort);
        using var utrecht = await SignedInAsync(host, UtrechtOfficer, "GM0344");

        var decided = await StoryPagesTests.PostFormAsync(officer, Dossier(id), "besluit", new()
        {
            ["Decide.Kind"] = "Grant",
            ["Decide.Amount"] = "1000",
            ["Decide.Motivation"] = "Een sterk plan; de post zaden valt buiten de regeling.",
        });

        Assert.Equal(HttpStatusCode.Found, decided.StatusCode);
        Assert.Equal($"{Dossier(id)}?mail=besluit-Sent", decided.Headers.Location!.PathAndQuery);
        var mail = host.Smtp.Messages.Single(m => m.Subject!.StartsWith("Besluit op uw aanvraag SUB-", StringComparison.Ordinal));
        Assert.Equal("fatima@example.nl", mail.To.Mailboxes.Single().Address);
        Assert.DoesNotContain("wps_", mail.TextBody!, StringComparison.Ordinal);
        Assert.Contains("ontvangstbevestiging", mail.TextBody!, StringComparison.Ordinal);
        var files = mail.Attachments.OfType<MimePart>().ToDictionary(a => a.FileName ?? string.Empty, Decode);
        var reference = Regex.Match(mail.Subject!, "SUB-[0-9-]+").Value;
        Assert.Equal([$"beschikking-{reference}.docx", $"beschikking-{reference}.pdf"], files.Keys.Order());
        var text = Flat(await ChromiumRenderer.TextOfAsync(files[$"beschikking-{reference}.pdf"]));
        Assert.Contains("Wij verlenen u een subsidie van € 1.000,00", text, StringComparison.Ordinal);
        Assert.Contains("College van burgemeester en wethouders van Amersfoort", text, StringComparison.Ordinal);
        Assert.Contains("subsidieplafond van € 10.000,00. Vóór dit besluit was daarvan nog € 10.000,00 beschikbaar", text, StringComparison.Ordinal);
        Assert.Contains(Flat(SubsidyScheme.DefaultObjectionClause), text, StringComparison.Ordinal);
        Assert.Contains("voorschot van € 800,00", text, StringComparison.Ordinal);

        var page = await SubsidyHost.ReadAsync(await officer.GetAsync(decided.Headers.Location, Ct));
        Assert.Contains("de beschikking is per e-mail (PDF en Word) naar de aanvrager gestuurd", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/beheer/subsidies/aanvragen/{id}/beschikking.docx\"", page, StringComparison.Ordinal);

        var viewsBefore = await PersonalDataViewsAsync(host, id);
        var docx = await officer.GetAsync($"/beheer/subsidies/aanvragen/{id}/beschikking.docx", Ct);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(viewsBefore + 1, await PersonalDataViewsAsync(host, id));
        Assert.Equal("no-store", docx.Headers.CacheControl!.ToString());
        using (var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Ct)), false))
        {
            var headings = document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
            Assert.Contains("Ons besluit", headings);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await utrecht.GetAsync($"/beheer/subsidies/aanvragen/{id}/beschikking.pdf", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await utrecht.GetAsync($"/beheer/subsidies/aanvragen/{id}/beschikking.docx", Ct)).StatusCode);
        using var applicant = host.Browser();
        var own = await applicant.GetAsync($"{link}/beschikking.pdf", Ct);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("no-referrer", own.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("€ 1.000,00", await ChromiumRenderer.TextOfAsync(await own.Content.ReadAsByteArrayAsync(Ct)), StringComparison.Ordinal);
        var other = "/subsidies/aanvraag/wps_" + new string('A', 43);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync($"{other}/beschikking.pdf", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync($"{other}/beschikking.docx", Ct)).StatusCode);
        Assert.Contains($"{link}/beschikking.docx", await SubsidyHost.ReadAsync(await applicant.GetAsync(link, Ct)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refusal_ViaTheDossierForm_TheMailedLetterGivesEveryCriterionsReason(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        var (id, link) = await ApplyAsync(host);
        using var officer = await SignedInAsync(host, Officer, SubsidyTestData.Amersfoort);
        var criteria = await CriteriaAsync(host);
        var fields = new Dictionary<string, string> { ["Decide.Kind"] = "Refusal", ["Decide.Motivation"] = "Het plan voldoet niet aan de minimumscore." };
        foreach (var (criterion, i) in criteria.Select((c, i) => (c, i)))
        {
            fields[$"Decide.Reasons[{criterion}]"] = $"Reden nummer {i + 1} voor dit criterium.";
        }

        var decided = await StoryPagesTests.PostFormAsync(officer, Dossier(id), "besluit", fields);

        Assert.Equal(HttpStatusCode.Found, decided.StatusCode);
        var mail = host.Smtp.Messages.Single(m => m.Subject!.StartsWith("Besluit op uw aanvraag", StringComparison.Ordinal));
        var pdf = mail.Attachments.OfType<MimePart>().Single(a => a.FileName!.EndsWith(".pdf", StringComparison.Ordinal));
        var text = Flat(await ChromiumRenderer.TextOfAsync(Decode(pdf)));
        Assert.Contains("Wij weigeren de subsidie", text, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, criteria.Count), i => Assert.Contains($"Reden nummer {i} voor dit criterium.", text, StringComparison.Ordinal));
        Assert.Contains("Bijdrage aan de wijk", text, StringComparison.Ordinal);
        Assert.Contains("Haalbaarheid", text, StringComparison.Ordinal);
        Assert.DoesNotContain("voorschot", text, StringComparison.Ordinal);
        Assert.NotNull(link);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RequestCompletion_ViaTheDossierForm_MailsTheApplicantTheTextAndTheTerm(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        var (id, _) = await ApplyAsync(host);
        using var officer = await SignedInAsync(host, Officer, SubsidyTestData.Amersfoort);

        var asked = await StoryPagesTests.PostFormAsync(officer, Dossier(id), "aanvulling-vragen", new()
        {
            ["Completion.Message"] = "Stuur ons een offerte voor de plantenbakken.",
            ["Completion.TermEndsOn"] = "2026-11-24",
        });

        Assert.Equal(HttpStatusCode.Found, asked.StatusCode);
        Assert.Equal($"{Dossier(id)}?mail=aanvulling-Sent", asked.Headers.Location!.PathAndQuery);
        var mail = host.Smtp.Messages.Single(m => m.Subject!.StartsWith("Verzoek om aanvulling van uw aanvraag SUB-", StringComparison.Ordinal));
        Assert.Equal("fatima@example.nl", mail.To.Mailboxes.Single().Address);
        Assert.Contains("Stuur ons een offerte voor de plantenbakken.", mail.TextBody!, StringComparison.Ordinal);
        Assert.Contains("uiterlijk op 24 november 2026", mail.TextBody!, StringComparison.Ordinal);
        Assert.DoesNotContain("wps_", mail.TextBody!, StringComparison.Ordinal);
        Assert.Contains("per e-mail naar de aanvrager gestuurd", await SubsidyHost.ReadAsync(await officer.GetAsync(asked.Headers.Location, Ct)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Grant_WithoutChromium_DecisionStandsAndTheLetterGoesAsDocx_ThePageSaysSo(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        var (id, _) = await ApplyAsync(host);
        await StoryTestData.AddAccountAsync(host.Database, Officer, WijkpeilRoles.SubsidyOfficer, SubsidyTestData.Amersfoort);
        await using var noChromium = host.App.WithWebHostBuilder(builder => builder.UseSetting("Pdf:ChromiumPath", "/nonexistent/chromium"));
        using var officer = noChromium.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(officer, Officer, StoryTestData.Password)).StatusCode);

        var decided = await StoryPagesTests.PostFormAsync(officer, Dossier(id), "besluit", new() { ["Decide.Kind"] = "Grant", ["Decide.Amount"] = "1250" });

        Assert.Equal($"{Dossier(id)}?mail=besluit-SentWithoutPdf", decided.Headers.Location!.PathAndQuery);
        var mail = host.Smtp.Messages.Single(m => m.Subject!.StartsWith("Besluit op uw aanvraag", StringComparison.Ordinal));
        Assert.EndsWith(".docx", Assert.Single(mail.Attachments.OfType<MimePart>()).FileName, StringComparison.Ordinal);
        Assert.Contains("de PDF kon niet worden gemaakt", await SubsidyHost.ReadAsync(await officer.GetAsync(decided.Headers.Location, Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await officer.GetAsync($"{Dossier(id)}/beschikking.pdf", Ct)).StatusCode);
        await using var scope = host.Database.CreateScope();
        Assert.Equal(DecisionKind.Grant, (await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<SubsidyApplication>().SingleAsync(Ct)).Decision);
    }

    private static string Dossier(int id) => $"/beheer/subsidies/aanvragen/{id}";

    /// <summary>A resident applies through the public form; returns the application's id and the path of their link.</summary>
    private static async Task<(int Id, string Link)> ApplyAsync(SubsidyHost host)
    {
        using var browser = host.Browser();
        var posted = await SubsidyHost.PostMultipartAsync(browser, $"/subsidies/{SubsidyHost.Slug}/aanvragen", "aanvraag", SubsidyHost.ResidentFields(), ("bijlage-" + host.BudgetRequirementId, "begroting.pdf", BudgetPdf));
        Assert.Equal(HttpStatusCode.Found, posted.StatusCode);
        var link = SubsidyHost.LinkIn(Assert.Single(host.Smtp.Messages));
        await using var scope = host.Database.CreateScope();
        var id = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<SubsidyApplication>().Select(a => a.Id).SingleAsync(Ct);
        return (id, link);
    }

    /// <summary>The gemeente in the area register: the letter names the issuing body by it.</summary>
    private static async Task AddAmersfoortAsync(SubsidyHost host)
    {
        await using var scope = host.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Areas.Add(new Area(AreaCode.From(SubsidyTestData.Amersfoort), "Amersfoort", null, [2024]));
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<int> PersonalDataViewsAsync(SubsidyHost host, int id)
    {
        await using var scope = host.Database.CreateScope();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<AuditEntry>()
            .CountAsync(e => e.EntityType == AuditEntityTypes.SubsidyPersonalData && e.Action == AuditAction.Viewed && e.EntityId == key, Ct);
    }

    private static async Task<List<int>> CriteriaAsync(SubsidyHost host)
    {
        await using var scope = host.Database.CreateScope();
        var scheme = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<SubsidyScheme>().Include(s => s.Criteria).SingleAsync(Ct);
        return [.. scheme.Criteria.OrderBy(c => c.Position).Select(c => c.Id)];
    }

    private static async Task<HttpClient> SignedInAsync(SubsidyHost host, string email, string gemeente)
    {
        await StoryTestData.AddAccountAsync(host.Database, email, WijkpeilRoles.SubsidyOfficer, gemeente);
        var client = host.Browser();
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(client, email, StoryTestData.Password)).StatusCode);
        return client;
    }

    private static byte[] Decode(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }

    private static string Flat(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
