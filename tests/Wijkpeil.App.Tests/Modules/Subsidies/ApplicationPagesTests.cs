using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>
/// A resident applies without an account (issue 13, point 2): the form, the secret link, the receipt by mail with date
/// and time (Awb 4:3a), the status page, and the refusals that store nothing.
/// </summary>
public sealed class ApplicationPagesTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    // The first bytes of a Windows program, sent under a PDF's name.
    private static readonly byte[] Exe = [.. "MZ"u8.ToArray(), 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. new byte[64]];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Submit_ResidentWithBudgetPdf_ReceiptMailWithDateAndTimeAndAStatusPageBehindTheLink(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        using var browser = host.Browser();

        var posted = await SubsidyHost.PostMultipartAsync(browser, $"/subsidies/{SubsidyHost.Slug}/aanvragen", "aanvraag", SubsidyHost.ResidentFields(), (Budget(host), "begroting.pdf", Pdf));

        Assert.True(posted.StatusCode == HttpStatusCode.Found, await Excerpt(posted));
        var location = posted.Headers.Location!.PathAndQuery;
        Assert.Matches("^/subsidies/aanvraag/wps_[A-Za-z0-9_-]{43}\\?nieuw=1$", location);
        var receipt = Assert.Single(host.Smtp.Messages);
        Assert.Equal("fatima@example.nl", receipt.To.Mailboxes.Single().Address);
        Assert.StartsWith("Ontvangstbevestiging van uw aanvraag SUB-2026-", receipt.Subject, StringComparison.Ordinal);
        Assert.Contains("ontvangen op 3 november 2026 om 10:00", receipt.TextBody, StringComparison.Ordinal);
        Assert.Contains("uiterlijk op 29 december 2026 (beslistermijn van 8 weken)", receipt.TextBody, StringComparison.Ordinal);
        Assert.Contains("artikel 4:3a", receipt.TextBody, StringComparison.Ordinal);
        Assert.Equal(location.Split('?')[0], SubsidyHost.LinkIn(receipt));

        var page = await SubsidyHost.ReadAsync(await browser.GetAsync(new Uri(SubsidyHost.LinkIn(receipt), UriKind.Relative), Ct));
        Assert.Contains("Ingediend, in behandeling", page, StringComparison.Ordinal);
        Assert.Contains("3 november 2026, 10:00", page, StringComparison.Ordinal);
        Assert.Contains("29 december 2026", page, StringComparison.Ordinal);
        Assert.Contains("Buurtmoestuin Soesterkwartier", page, StringComparison.Ordinal);
        Assert.Contains("begroting.pdf", page, StringComparison.Ordinal);

        await using var scope = host.Database.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<SubsidyApplication>().Include(a => a.Attachments).AsNoTracking().SingleAsync(Ct);
        Assert.Equal(ApplicationStatus.Received, stored.Status);
        Assert.Equal(125_000, stored.AmountRequestedCents);
        Assert.Equal(64, stored.AccessHash.Length);
        Assert.DoesNotContain(stored.AccessHash, location, StringComparison.Ordinal);
        var file = Assert.Single(stored.Attachments);
        Assert.Equal("pdf", file.FileType);
        Assert.True(File.Exists(Path.Combine(host.AttachmentFolder, file.StoredName)));
        Assert.DoesNotContain("begroting", file.StoredName, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Submit_AboveTheMaximumAndWithoutTheRequiredFile_FieldMessagesAndNothingStored(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        using var browser = host.Browser();

        var posted = await SubsidyHost.PostMultipartAsync(browser, $"/subsidies/{SubsidyHost.Slug}/aanvragen", "aanvraag", SubsidyHost.ResidentFields(amount: "6000"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        var page = await SubsidyHost.ReadAsync(posted);
        Assert.Contains("id=\"aanvraag-amountRequested-fout\"", page, StringComparison.Ordinal);
        Assert.Contains("deze regeling geeft ten hoogste € 5.000,00 per aanvraag", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"aanvraag-bijlage-{host.BudgetRequirementId}-fout\"", page, StringComparison.Ordinal);
        Assert.Contains("Voeg de verplichte bijlage 'Begroting' toe.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Buurtmoestuin Soesterkwartier\"", page, StringComparison.Ordinal); // what was typed stays
        await AssertNothingStoredAsync(host);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Submit_AProgramRenamedPdf_RefusedByContentAtTheFieldAndNothingStored(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        using var browser = host.Browser();

        var posted = await SubsidyHost.PostMultipartAsync(browser, $"/subsidies/{SubsidyHost.Slug}/aanvragen", "aanvraag", SubsidyHost.ResidentFields(), (Budget(host), "begroting.pdf", Exe));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        var page = await SubsidyHost.ReadAsync(posted);
        Assert.Contains($"id=\"aanvraag-bijlage-{host.BudgetRequirementId}-fout\"", page, StringComparison.Ordinal);
        Assert.Contains("Dit soort bestand wordt niet aangenomen. Toegestaan: PDF, Excel (.xlsx)", page, StringComparison.Ordinal);
        await AssertNothingStoredAsync(host);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Submit_AfterTheCloseDate_TheFormSaysClosedAndAPostStoresNothing(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        using var browser = host.Browser();
        var form = await browser.GetStringAsync(new Uri($"/subsidies/{SubsidyHost.Slug}/aanvragen", UriKind.Relative), Ct);

        // The scheme closes on 31 December 2026; 1 January 2027 in Amsterdam is 23:30 UTC on the 31st.
        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero));
        var closed = await SubsidyHost.ReadAsync(await browser.GetAsync(new Uri($"/subsidies/{SubsidyHost.Slug}/aanvragen", UriKind.Relative), Ct));
        using var late = new MultipartFormDataContent();
        late.Add(new StringContent("aanvraag"), "_handler");
        late.Add(new StringContent(WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value)), "__RequestVerificationToken");
        foreach (var (name, value) in SubsidyHost.ResidentFields())
        {
            late.Add(new StringContent(value), name);
        }

        var posted = await browser.PostAsync(new Uri($"/subsidies/{SubsidyHost.Slug}/aanvragen", UriKind.Relative), late, Ct);

        Assert.Contains("Deze regeling is nu niet open voor aanvragen (open van 2 maart 2026 tot en met 31 december 2026).", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("Aanvraag indienen", closed, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Found, posted.StatusCode);
        await AssertNothingStoredAsync(host);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveDraft_ThenContinueThroughTheMailedLink_AndSubmit(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        using var browser = host.Browser();

        var saved = await SubsidyHost.PostMultipartAsync(browser, $"/subsidies/{SubsidyHost.Slug}/aanvragen", "aanvraag", SubsidyHost.ResidentFields(action: "opslaan"));

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        var draftMail = Assert.Single(host.Smtp.Messages);
        Assert.StartsWith("Uw concept-aanvraag SUB-2026-", draftMail.Subject, StringComparison.Ordinal);
        var link = SubsidyHost.LinkIn(draftMail);
        using var later = host.Browser(); // another browser: only the link leads there
        var draft = await SubsidyHost.ReadAsync(await later.GetAsync(new Uri(link, UriKind.Relative), Ct));
        Assert.Contains("Concept: nog niet ingediend", draft, StringComparison.Ordinal);
        Assert.Contains("value=\"Fatima de Vries\"", draft, StringComparison.Ordinal);

        var submitted = await SubsidyHost.PostMultipartAsync(later, link, "concept", SubsidyHost.ResidentFields(), (Budget(host), "begroting.pdf", Pdf));

        Assert.Equal(HttpStatusCode.Found, submitted.StatusCode);
        Assert.Equal(2, host.Smtp.Messages.Count);
        Assert.StartsWith("Ontvangstbevestiging", host.Smtp.Messages[1].Subject, StringComparison.Ordinal);
        var status = await SubsidyHost.ReadAsync(await later.GetAsync(new Uri(link, UriKind.Relative), Ct));
        Assert.Contains("Ingediend, in behandeling", status, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.ContactName\"", status, StringComparison.Ordinal); // filed: no longer editable
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Link_UnknownOrMalformedSecret_NotFound(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        using var browser = host.Browser();

        var unknown = await browser.GetAsync(new Uri("/subsidies/aanvraag/wps_" + new string('A', 43), UriKind.Relative), Ct);
        var malformed = await browser.GetAsync(new Uri("/subsidies/aanvraag/iets", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
    }

    private static async Task<string> Excerpt(HttpResponseMessage response)
    {
        var page = await SubsidyHost.ReadAsync(response);
        var errors = System.Text.RegularExpressions.Regex.Matches(page, "<div class=\"wp-error-summary\".*?</div>", System.Text.RegularExpressions.RegexOptions.Singleline);
        return $"{(int)response.StatusCode}: " + (errors.Count > 0 ? errors[0].Value : page[..Math.Min(page.Length, 3000)]);
    }

    private static string Budget(SubsidyHost host) => "bijlage-" + host.BudgetRequirementId;

    private static async Task AssertNothingStoredAsync(SubsidyHost host)
    {
        await using var scope = host.Database.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<SubsidyApplication>().CountAsync(Ct));
        Assert.Empty(host.Smtp.Messages);
        Assert.Empty(Directory.Exists(host.AttachmentFolder) ? Directory.GetFiles(host.AttachmentFolder) : []);
    }
}
