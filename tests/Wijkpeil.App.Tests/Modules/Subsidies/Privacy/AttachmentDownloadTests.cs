using System.Net;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using static Wijkpeil.App.Tests.Modules.Subsidies.AssessmentTestData;
using static Wijkpeil.App.Tests.Modules.Subsidies.Privacy.PrivacyPages;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies.Privacy;

/// <summary>
/// Applicants' files (issue 13, point 2): only to the scheme's officers, the assessors who declared no conflict and the
/// applicant's own link; served as a download of the type found at upload, under nosniff; another application's file is 404.
/// </summary>
public sealed class AttachmentDownloadTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Officer_LinkOnTheDossier_DownloadsTheFileAsPdfAttachmentUnderNosniff_AndTheViewIsAudited(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        var (id, attachment, _) = await ApplyAsync(host);
        var (otherId, otherAttachment, _) = await ApplyAsync(host, "ander@example.nl");
        using var officer = await OfficerAsync(host);
        var path = $"/beheer/subsidies/aanvragen/{id}/bijlagen/{attachment}";

        var dossier = await SubsidyHost.ReadAsync(await officer.GetAsync($"/beheer/subsidies/aanvragen/{id}", Ct));
        var viewsBefore = (await ViewsAsync(host, id)).Count;
        var response = await officer.GetAsync(path, Ct);

        Assert.Contains($"href=\"{path}\"", dossier, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PrivacyTestData.Pdf, await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("begroting.pdf", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl!.NoStore);
        var views = await ViewsAsync(host, id);
        Assert.Equal(viewsBefore + 1, views.Count);
        Assert.Contains("begroting.pdf", views[^1].Summary, StringComparison.Ordinal);
        Assert.Equal(AmersfoortOfficer, views[^1].ActorName);

        // Another application's file under this application's address is not found, and nothing is audited for it.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/beheer/subsidies/aanvragen/{id}/bijlagen/{otherAttachment}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/beheer/subsidies/aanvragen/{otherId}/bijlagen/{otherAttachment}", Ct)).StatusCode);
        Assert.Equal(viewsBefore + 1, (await ViewsAsync(host, id)).Count);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OtherGemeentesOfficer_AndRolesWithoutSubsidies_Get403(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        var (id, attachment, _) = await ApplyAsync(host);
        using var utrecht = await OfficerAsync(host, UtrechtOfficer, "GM0344");
        using var editor = await SignedInAsync(host, "redacteur@amersfoort.nl", WijkpeilRoles.AreaEditor, Amersfoort);

        foreach (var client in new[] { utrecht, editor })
        {
            var response = await client.GetAsync($"/beheer/subsidies/aanvragen/{id}/bijlagen/{attachment}", Ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.NotEqual(PrivacyTestData.Pdf, await response.Content.ReadAsByteArrayAsync(Ct));
        }

        Assert.Empty(await ViewsAsync(host, id));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Assessor_OnlyAfterDeclaringNoConflict_AndOnlyForTheirOwnAssignment(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        var (id, attachment, _) = await ApplyAsync(host);
        using var assigned = await SignedInAsync(host, AssessorA, WijkpeilRoles.Assessor, Amersfoort);
        using var unassigned = await SignedInAsync(host, AssessorB, WijkpeilRoles.Assessor, Amersfoort);
        var assessment = await AssignAsync(host.Database, id, AssessorA);
        var path = $"/beheer/subsidies/aanvragen/{id}/bijlagen/{attachment}";

        var beforeDeclaring = await assigned.GetAsync(path, Ct);
        await DeclareNoConflictAsync(host.Database, assessment, await PrincipalAsync(host.Database, AssessorA));
        var assessPage = await SubsidyHost.ReadAsync(await assigned.GetAsync($"/beoordelen/{assessment}", Ct));
        var afterDeclaring = await assigned.GetAsync(path, Ct);
        var other = await unassigned.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, beforeDeclaring.StatusCode);
        Assert.Contains($"href=\"{path}\"", assessPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, afterDeclaring.StatusCode);
        Assert.Equal(PrivacyTestData.Pdf, await afterDeclaring.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(AssessorA, Assert.Single(await ViewsAsync(host, id)).ActorName);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Applicant_ThroughTheirOwnLinkOnly(DatabaseProvider provider)
    {
        await using var host = await SubsidyHost.StartAsync(provider);
        var (_, attachment, link) = await ApplyAsync(host);
        var (_, otherAttachment, otherLink) = await ApplyAsync(host, "ander@example.nl");
        using var browser = host.Browser();
        var path = $"{link}/bijlagen/{attachment}";

        var page = await SubsidyHost.ReadAsync(await browser.GetAsync(link, Ct));
        var own = await browser.GetAsync(path, Ct);
        var viaOtherLink = await browser.GetAsync($"{otherLink}/bijlagen/{attachment}", Ct);
        var wrongToken = await browser.GetAsync($"/subsidies/aanvraag/wps_{new string('A', 43)}/bijlagen/{attachment}", Ct);

        Assert.Contains($"href=\"{path}\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(PrivacyTestData.Pdf, await own.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("application/pdf", own.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(own.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(HttpStatusCode.NotFound, viaOtherLink.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"{otherLink}/bijlagen/{otherAttachment}", Ct)).StatusCode);
    }
}
