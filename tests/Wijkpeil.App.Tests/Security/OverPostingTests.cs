using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Modules.Stories;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Observations;
using static Wijkpeil.App.Tests.Security.AuthorisationMatrixTests;

namespace Wijkpeil.App.Tests.Security;

/// <summary>
/// No over-posting: each form model and API body, sent with fields the caller may not set (ids of other items, the
/// example-data flag, the programme, the publication, the reviewer), ignores them or refuses the request. The caller
/// is one the matrix allows to use the form, on a target of its own; the other items belong to Zeist (Vollenhove).
/// </summary>
/// <remarks>The project API refuses unknown properties; that is tested in ProjectApiTests.PostAndPut_ReadOnlyOrUnknownProperties_RefusedSoTheyCannotBeSet.</remarks>
[Collection(AuthorisationHostsDefinition.Name)]
public sealed class OverPostingTests(MatrixHosts hosts)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewProjectForm_IdProgrammeStatusAndExampleDataPosted_IgnoredAndANewPlannedProjectStored(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        var other = await host.CreateProjectAsync("vollenhove", "Zeister project");
        var otherBefore = await host.FingerprintAsync(other);
        var editor = host.SessionOf(WijkpeilRoles.AreaEditor);

        var response = await PostFormAsync(editor, "/agenda/nieuw?programma=vitale-wijken", "project", editor.Token, new()
        {
            ["Input.FocusArea"] = "overvecht",
            ["Input.Title"] = "Overgeschreven nieuw project",
            ["Input.Pillars[1]"] = "true",
            ["Input.Id"] = Text(other.Id),
            ["Input.ProgrammeId"] = "999",
            ["Input.Status"] = "Completed",
            ["Input.IsExampleData"] = "true",
            ["IsExampleData"] = "true",
        });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var created = await ProjectByTitleAsync(host, "Overgeschreven nieuw project");
        Assert.NotEqual(other.Id, created.Id);
        Assert.Equal((ProjectStatus.Planned, false, await ProgrammeIdAsync(host)), (created.Status, created.IsExampleData, created.ProgrammeId));
        Assert.Equal(otherBefore, await host.FingerprintAsync(other));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ProjectDetailsForm_OtherIdExampleDataOrAFocusAreaOfAnotherGemeente_IgnoredOrRefused(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        var own = await host.CreateProjectAsync("overvecht", "Eigen project");
        var other = await host.CreateProjectAsync("vollenhove", "Zeister project");
        var otherBefore = await host.FingerprintAsync(other);
        var editor = host.SessionOf(WijkpeilRoles.AreaEditor);
        var edit = $"/agenda/{own.Id}/bewerken";

        var overPosted = await PostFormAsync(editor, edit, "project", editor.Token, new()
        {
            ["Input.FocusArea"] = "overvecht",
            ["Input.Title"] = "Eigen project, gewijzigd",
            ["Input.Pillars[1]"] = "true",
            ["Input.Id"] = Text(other.Id),
            ["Input.IsExampleData"] = "true",
            ["Input.Status"] = "Stopped",
            ["Input.ProgrammeId"] = "999",
        });
        var afterOverPost = await host.FingerprintAsync(own);
        var moved = await PostFormAsync(editor, edit, "project", editor.Token, new()
        {
            ["Input.FocusArea"] = "vollenhove",
            ["Input.Title"] = "Naar Zeist verplaatst",
            ["Input.Pillars[1]"] = "true",
        });

        Assert.Equal(HttpStatusCode.Found, overPosted.StatusCode);
        var stored = await host.LoadProjectAsync(own.Id);
        Assert.Equal(("Eigen project, gewijzigd", ProjectStatus.Planned, false, "overvecht"), (stored!.Title, stored.Status, stored.IsExampleData, stored.FocusAreaCode));
        Assert.Equal(HttpStatusCode.Forbidden, moved.StatusCode);
        Assert.Equal(afterOverPost, await host.FingerprintAsync(own));
        Assert.Equal(otherBefore, await host.FingerprintAsync(other));
    }

    /// <summary>Each remove or change form of the edit page names its item by id: an id of another project's item is refused.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ProjectSubForms_ItemIdsOfAnotherProject_RefusedAndNeitherProjectChanged(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        var own = await host.CreateProjectAsync("overvecht", "Eigen project");
        var other = await host.CreateProjectAsync("vollenhove", "Zeister project");
        var ownBefore = await host.FingerprintAsync(own);
        var otherBefore = await host.FingerprintAsync(other);
        var auditBefore = await host.AuditCountAsync(AuditEntityTypes.Project);
        var editor = host.SessionOf(WijkpeilRoles.AreaEditor);
        var edit = $"/agenda/{own.Id}/bewerken";

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["voortgang-verwijderen"] = await PostFormAsync(editor, edit, "voortgang-verwijderen", editor.Token, new() { ["Remove.Item"] = Text(other.ProgressId) }),
            ["waarde"] = await PostFormAsync(editor, edit, "waarde", editor.Token, new() { ["Value.Measure"] = Text(other.MeasureId), ["Value.Period"] = "2024", ["Value.Target"] = "1", ["Value.Realised"] = "1" }),
            ["prestatie-verwijderen waarde"] = await PostFormAsync(editor, edit, "prestatie-verwijderen", editor.Token, new() { ["Remove.Item"] = Text(other.MeasureId) + "/2024" }),
            ["prestatie-verwijderen"] = await PostFormAsync(editor, edit, "prestatie-verwijderen", editor.Token, new() { ["Remove.Item"] = Text(other.MeasureId) }),
            ["financiering-verwijderen"] = await PostFormAsync(editor, edit, "financiering-verwijderen", editor.Token, new() { ["Remove.Item"] = Text(other.FundingId) }),
        };

        // The page comes back (200) with the refusal at the form, as for any refused value; nothing redirects to "saved".
        Assert.All(responses, r => Assert.True(r.Value.StatusCode == HttpStatusCode.OK && r.Value.Headers.Location is null, $"{r.Key}: {(int)r.Value.StatusCode}"));
        Assert.Equal(ownBefore, await host.FingerprintAsync(own));
        Assert.Equal(otherBefore, await host.FingerprintAsync(other));
        Assert.Equal(auditBefore, await host.AuditCountAsync(AuditEntityTypes.Project));
    }

    /// <summary>The sub-forms and the delete form take the project from the address, never from a posted field.</summary>
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ProjectSubFormsAndDelete_PostedProjectIdOfAnotherProject_ActOnTheAddressedProjectOnly(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        var own = await host.CreateProjectAsync("overvecht", "Eigen project");
        var other = await host.CreateProjectAsync("vollenhove", "Zeister project");
        var otherBefore = await host.FingerprintAsync(other);
        var editor = host.SessionOf(WijkpeilRoles.AreaEditor);
        var edit = $"/agenda/{own.Id}/bewerken";
        var otherId = Text(other.Id);

        var responses = new[]
        {
            await PostFormAsync(editor, edit, "status", editor.Token, new() { ["Input.Action"] = "Start", ["Input.Date"] = "2024-04-01", ["Input.ProjectId"] = otherId, ["Input.Id"] = otherId }),
            await PostFormAsync(editor, edit, "voortgang", editor.Token, new() { ["Input.Date"] = "2024-06-01", ["Input.Text"] = "Tweede avond", ["Input.ProjectId"] = otherId }),
            await PostFormAsync(editor, edit, "financiering", editor.Token, new() { ["Input.Funder"] = "Gemeente", ["Input.Year"] = "2025", ["Input.Budget"] = "100", ["Input.ProjectId"] = otherId, ["Input.Id"] = Text(other.FundingId) }),
            await PostFormAsync(editor, $"/agenda/{own.Id}/verwijderen", "verwijderen", editor.Token, new() { ["Input.Confirmed"] = "true", ["Input.Id"] = otherId }),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Found, r.StatusCode));
        Assert.Null(await host.LoadProjectAsync(own.Id));
        Assert.Equal(otherBefore, await host.FingerprintAsync(other));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoryForms_PublishedIdProgrammeOrAnotherStorysQuote_IgnoredOrRefused(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        var own = await host.CreateStoryAsync("WK034403");
        var other = await host.CreateStoryAsync("BU03550205");
        var otherBefore = await host.FingerprintAsync(other);
        var editor = host.SessionOf(WijkpeilRoles.AreaEditor);
        var page = $"/verhalen/{own.Id}/bewerken";
        var smuggled = new Dictionary<string, string>
        {
            ["Input.Id"] = Text(other.Id),
            ["Input.ProgrammeId"] = "999",
            ["Input.IsPublished"] = "true",
            ["Input.Published"] = "true",
            ["Input.IsAnonymised"] = "true",
        };

        var details = await PostFormAsync(editor, page, "verhaal", editor.Token, Story("Eigen verhaal, gewijzigd", "WK034403", smuggled));
        var created = await PostFormAsync(editor, "/verhalen/nieuw?programma=vitale-wijken", "verhaal", editor.Token, Story("Nieuw verhaal met extra velden", "WK034403", smuggled));
        var afterOverPost = await host.FingerprintAsync(own);
        var moved = await PostFormAsync(editor, page, "verhaal", editor.Token, Story("Naar Zeist verplaatst", "BU03550205", []));
        var quote = await PostFormAsync(editor, page, "citaat-verwijderen", editor.Token, new() { ["Removal.QuoteId"] = Text(other.QuoteId) });
        var newQuote = await PostFormAsync(editor, page, "citaat-toevoegen", editor.Token, new() { ["NewQuote.Text"] = "Mooi", ["NewQuote.Id"] = Text(other.QuoteId), ["NewQuote.StoryId"] = Text(other.Id) });

        Assert.Equal((HttpStatusCode.Found, HttpStatusCode.Found), (details.StatusCode, created.StatusCode));
        await using (var scope = host.Database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var stored = await db.Stories.AsNoTracking().SingleAsync(s => s.Id == own.Id, Ct);
            var fresh = await db.Stories.AsNoTracking().SingleAsync(s => s.Summary == "Nieuw verhaal met extra velden", Ct);
            var programme = await ProgrammeIdAsync(host);
            Assert.Equal(("Eigen verhaal, gewijzigd", false, false, programme), (stored.Summary, stored.IsPublished, stored.IsAnonymised, stored.ProgrammeId));
            Assert.Equal((false, false, programme), (fresh.IsPublished, fresh.IsAnonymised, fresh.ProgrammeId));
            Assert.NotEqual(other.Id, fresh.Id);
        }

        Assert.Equal(HttpStatusCode.Forbidden, moved.StatusCode);
        Assert.Null(quote.Headers.Location);
        Assert.Equal(HttpStatusCode.Found, newQuote.StatusCode);
        var ownAfter = await host.FingerprintAsync(own);
        Assert.Contains("Eigen verhaal, gewijzigd", afterOverPost, StringComparison.Ordinal);
        Assert.DoesNotContain("Naar Zeist", ownAfter, StringComparison.Ordinal);
        Assert.Contains("\"Mooi\"", ownAfter, StringComparison.Ordinal);
        Assert.Equal(otherBefore, await host.FingerprintAsync(other));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoriesApi_IdProgrammeAndExampleDataInBody_Ignored(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        var other = await host.CreateStoryAsync("BU03550205");
        using var editor = host.ProgramFor(WijkpeilRoles.AreaEditor);

        var response = await editor.PostAsync(
            new Uri("/api/v1/stories", UriKind.Relative),
            Json(new { id = other.Id, programmeId = 999, isExampleData = true, exampleData = true, programme = VitaleWijkenProgramme.Code, method = "interview", date = "2024-05-14", area = "WK034403", pillar = 3, summary = "Via de API met extra velden" }),
            Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var id = body.RootElement.GetProperty("id").GetInt32();
        Assert.NotEqual(other.Id, id);
        await using var scope = host.Database.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Stories.AsNoTracking().SingleAsync(s => s.Id == id, Ct);
        Assert.Equal(("Via de API met extra velden", await ProgrammeIdAsync(host)), (stored.Summary, stored.ProgrammeId));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UploadForm_PublishAndImportedByPosted_IgnoredSoTheEditorsImportIsADraftInTheirName(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        var editor = host.SessionOf(WijkpeilRoles.AreaEditor);

        var response = await UploadAsync(
            editor,
            editor.Token,
            host.NextFiguresCsv(),
            ("Input.Publish", "true"),
            ("Publish", "true"),
            ("Input.Status", "Published"),
            ("Input.ImportedBy", MatrixHost.EmailOf(WijkpeilRoles.KnowledgePartner)));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var batchId = int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        await using var scope = host.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var batch = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == batchId, Ct);
        Assert.Equal((ImportBatchStatus.Draft, MatrixHost.EmailOf(WijkpeilRoles.AreaEditor)), (batch.Status, batch.ImportedBy));
        Assert.All(await db.Observations.AsNoTracking().Where(o => o.ImportBatchId == batchId).ToListAsync(Ct), o => Assert.Equal(ObservationStatus.Draft, o.Status));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReviewForms_ReviewedByPosted_IgnoredSoTheReviewIsInTheKnowledgePartnersName(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        var partner = host.SessionOf(WijkpeilRoles.KnowledgePartner);
        var draft = await host.CreateTargetAsync(TargetKind.DraftBatch);
        var published = await host.CreateTargetAsync(TargetKind.PublishedBatch);
        var someoneElse = MatrixHost.EmailOf(WijkpeilRoles.ProgrammeManager);

        var publish = await PostFormAsync(partner, $"/beheer/imports/{draft.Id}", "publiceren", partner.Token, new() { ["ReviewedBy"] = someoneElse, ["Input.ReviewedBy"] = someoneElse, ["Status"] = "Withdrawn" });
        var withdraw = await PostFormAsync(partner, $"/beheer/imports/{published.Id}", "intrekken", partner.Token, new() { ["Reason"] = "Verkeerde jaargang.", ["ReviewedBy"] = someoneElse, ["Id"] = Text(draft.Id) });

        Assert.Equal((HttpStatusCode.Found, HttpStatusCode.Found), (publish.StatusCode, withdraw.StatusCode));
        await using var scope = host.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var reviewer = MatrixHost.EmailOf(WijkpeilRoles.KnowledgePartner);
        var publishedDraft = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == draft.Id, Ct);
        var withdrawn = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == published.Id, Ct);
        Assert.Equal((ImportBatchStatus.Published, reviewer), (publishedDraft.Status, publishedDraft.ReviewedBy));
        Assert.Equal((ImportBatchStatus.Withdrawn, reviewer, "Verkeerde jaargang."), (withdrawn.Status, withdrawn.ReviewedBy, withdrawn.WithdrawalReason));
    }

    private static Dictionary<string, string> Story(string summary, string area, Dictionary<string, string> extra)
    {
        var fields = new Dictionary<string, string>(extra)
        {
            ["Input.Method"] = "Interview",
            ["Input.Date"] = "2024-05-14",
            ["Input.Area"] = area,
            ["Input.Pillar"] = "3",
            ["Input.Summary"] = summary,
        };
        return fields;
    }

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<Project> ProjectByTitleAsync(MatrixHost host, string title)
    {
        await using var scope = host.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Projects.AsNoTracking().SingleAsync(p => p.Title == title, Ct);
    }

    private static async Task<int> ProgrammeIdAsync(MatrixHost host)
    {
        await using var scope = host.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Programmes.Where(p => p.Code == VitaleWijkenProgramme.Code).Select(p => p.Id).SingleAsync(Ct);
    }
}
