using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.AssessmentTestData;
using static Wijkpeil.App.Tests.Modules.Subsidies.Privacy.PrivacyPages;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies.Privacy;

/// <summary>
/// The inzageverzoek (AVG art. 15, issue 13 point 7) from the dossier: everything about the applicant in the schemes
/// the officer runs, with the files, audited; nothing of another gemeente's scheme; only for officers.
/// </summary>
public sealed class InzageTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Officer_GetsAZipWithEveryApplicationOfTheAddressInTheirSchemes_AndTheFiles_EachAudited(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        var (id, attachment, _) = await ApplyAsync(host);
        var secondScheme = await OpenSchemeAsync(host.Database, slug: "tweede-fonds");
        var sameApplicant = await FileAsync(host.Database, secondScheme, 500m, email: "Fatima@Example.NL");
        var elsewhere = await FileAsync(host.Database, await UtrechtSchemeAsync(host), 700m, email: "fatima@example.nl");
        var someoneElse = await FileAsync(host.Database, secondScheme, 900m, email: "iemand@example.nl");
        using var officer = await OfficerAsync(host);

        var dossier = await SubsidyHost.ReadAsync(await officer.GetAsync($"/beheer/subsidies/aanvragen/{id}", Ct));
        var response = await officer.GetAsync($"/beheer/subsidies/aanvragen/{id}/inzage", Ct);

        Assert.Contains($"href=\"/beheer/subsidies/aanvragen/{id}/inzage\"", dossier, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.True(response.Headers.CacheControl!.NoStore);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        using var json = await JsonDocument.ParseAsync(await zip.GetEntry("inzage.json")!.OpenAsync(Ct), cancellationToken: Ct);
        var applications = json.RootElement.GetProperty("applications").EnumerateArray().ToList();

        Assert.Equal("fatima@example.nl", json.RootElement.GetProperty("applicantEmail").GetString());
        Assert.Equal(AmersfoortOfficer, json.RootElement.GetProperty("exportedBy").GetString());
        Assert.Equal([Reference(id), Reference(sameApplicant)], applications.Select(a => a.GetProperty("reference").GetString()));
        var first = applications[0];
        Assert.Equal("Fatima de Vries", first.GetProperty("applicant").GetProperty("contactName").GetString());
        Assert.Equal("06-12345678", first.GetProperty("applicant").GetProperty("phone").GetString());
        Assert.Equal("Soesterweg 1", first.GetProperty("applicant").GetProperty("address").GetString());
        Assert.Equal(1250m, first.GetProperty("amountRequestedEuros").GetDecimal());
        Assert.Equal("Received", first.GetProperty("status").GetString());
        Assert.Equal(2, first.GetProperty("budgetLines").GetArrayLength());
        var file = first.GetProperty("attachments").EnumerateArray().Single();
        Assert.Equal("begroting.pdf", file.GetProperty("originalName").GetString());
        var entry = zip.GetEntry(file.GetProperty("file").GetString()!);
        Assert.NotNull(entry);
        using (var content = new MemoryStream())
        {
            await (await entry.OpenAsync(Ct)).CopyToAsync(content, Ct);
            Assert.Equal(PrivacyTestData.Pdf, content.ToArray());
        }

        Assert.Equal($"bijlagen/{Reference(id)}/{attachment}-begroting.pdf", entry.FullName);
        Assert.Equal(2, zip.Entries.Count);

        // Each application in the export is a view of its personal data; the others are untouched.
        Assert.Contains(await ViewsAsync(host, id), v => v.Summary!.EndsWith("inzageverzoek", StringComparison.Ordinal));
        Assert.Single(await ViewsAsync(host, sameApplicant));
        Assert.Empty(await ViewsAsync(host, elsewhere));
        Assert.Empty(await ViewsAsync(host, someoneElse));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NotAnOfficerOfTheScheme_Gets403_EvenAnAssessorWhoDeclared(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        var (id, _, _) = await ApplyAsync(host);
        using var utrecht = await OfficerAsync(host, UtrechtOfficer, "GM0344");
        using var assessor = await SignedInAsync(host, AssessorA, WijkpeilRoles.Assessor, Amersfoort);
        await DeclareNoConflictAsync(host.Database, await AssignAsync(host.Database, id, AssessorA), await PrincipalAsync(host.Database, AssessorA));

        foreach (var client in new[] { utrecht, assessor })
        {
            var response = await client.GetAsync($"/beheer/subsidies/aanvragen/{id}/inzage", Ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("Soesterweg", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        Assert.Empty(await ViewsAsync(host, id));
    }

    private static string Reference(int id) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SUB-2026-{id:D5}");

    private static async Task<int> UtrechtSchemeAsync(SubsidyHost host)
    {
        await using var scope = host.Database.CreateScope();
        var programme = (await scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().ListAsync(Ct)).Single();
        var scheme = SubsidyScheme.Create("utrechts-fonds", Terms(programme.Id) with { Gemeente = AreaCode.From("GM0344") }).Value;
        Assert.True(scheme.Publish(Now.AddMonths(-9), "seed").IsSuccess);
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(scheme);
        await db.SaveChangesAsync(Ct);
        return scheme.Id;
    }
}
