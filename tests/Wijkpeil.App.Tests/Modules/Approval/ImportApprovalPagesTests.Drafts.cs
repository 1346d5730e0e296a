using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Modules.Approval;

/// <summary>
/// Issue 9, defect 1: a draft's values wait beside the published figures and never hide them; an AreaEditor's file
/// stays within the account's gemeenten; a draft adds no public area or indicator; a knowledge partner can reject a
/// draft; withdrawing brings back the values the batch had replaced.
/// </summary>
public sealed partial class ImportApprovalPagesTests
{
    private const string UtrechtEditor = "redacteur@utrecht.nl";
    private const string Manager = "pm@provincie-utrecht.nl";
    private const double AmsterdamPopulation = 931_298;
    private const string AmsterdamInhabitants = $"/api/v1/observations?area=GM0363&indicator={ApiTestData.Inhabitants}&period=2024";

    /// <summary>931,298 → 1 is a large change: the review flags it, and publishing asks for it to be confirmed.</summary>
    private const string AmsterdamFigure = $"GM0363/{ApiTestData.Inhabitants}/2024/totaal";

    /// <summary>The issue's reproduction: one row for Amsterdam's population, uploaded by an AreaEditor of Utrecht.</summary>
    private static readonly string AmsterdamCsv =
        "area_code,indicator_code,period,breakdown,value\n" +
        $"GM0363,{ApiTestData.Inhabitants},2024,,1\n";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_AreaEditorFigureOutsideTheirGemeenten_IsRefusedNamingTheCellAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await StartWithAmsterdamAsync(provider);
        using var editor = await SignedInAsync(app, UtrechtEditor);
        using var anonymous = app.CreateClient();

        var response = await UploadAsync(editor, "observations", "amsterdam.csv", AmsterdamCsv);
        var html = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("amsterdam.csv", html, StringComparison.Ordinal);
        Assert.Matches(@"<td class=""utrecht-table__cell wp-num"">2</td>\s*<td class=""utrecht-table__cell"">area_code</td>\s*<td class=""utrecht-table__cell"">GM0363</td>", html);
        Assert.Contains("buiten uw gemeente(n) GM0344", html, StringComparison.Ordinal);
        Assert.Equal([AmsterdamPopulation], await PublicValuesAsync(anonymous, AmsterdamInhabitants));
        Assert.Equal((1, 0), await BatchAndPendingCountsAsync(app));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_ProgrammeManagerDraft_LeavesThePublishedValuePublicUntilAKnowledgePartnerPublishes(DatabaseProvider provider)
    {
        await using var app = await StartWithAmsterdamAsync(provider);
        using var manager = await SignedInAsync(app, Manager);
        using var partner = await SignedInAsync(app, KnowledgePartner);
        using var anonymous = app.CreateClient();

        var batchId = BatchIdFrom(await UploadAsync(manager, "observations", "amsterdam.csv", AmsterdamCsv));
        var publicDuringDraft = await PublicValuesAsync(anonymous, AmsterdamInhabitants);
        var signedInDuringDraft = await PublicValuesAsync(manager, AmsterdamInhabitants);
        var review = await ReadAsync(await partner.GetAsync(Review(batchId), Ct));
        var unconfirmed = await PostReviewFormAsync(partner, batchId, "publiceren");
        var unconfirmedHtml = await ReadAsync(unconfirmed);
        var publicAfterRefusal = await PublicValuesAsync(anonymous, AmsterdamInhabitants);
        var publish = await PostReviewFormAsync(partner, batchId, "publiceren", ("Confirmed", AmsterdamFigure));
        var publicAfterPublish = await PublicValuesAsync(anonymous, AmsterdamInhabitants);

        Assert.Equal([AmsterdamPopulation], publicDuringDraft);
        Assert.Equal([AmsterdamPopulation], signedInDuringDraft);
        Assert.Matches(@"931[.,]298", review); // the change against the value public now
        Assert.Contains($"name=\"Confirmed\" id=\"bevestig-GM0363-{ApiTestData.Inhabitants}-2024-totaal\" value=\"{AmsterdamFigure}\"", review, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("<p class=\"utrecht-form-field-error-message\" id=\"bevestigd-fout\">1 opvallende cijfers zijn niet bevestigd.", unconfirmedHtml, StringComparison.Ordinal);
        Assert.Contains($"Niet bevestigd: {AmsterdamFigure}", unconfirmedHtml, StringComparison.Ordinal);
        Assert.Equal([AmsterdamPopulation], publicAfterRefusal);
        Assert.Equal(HttpStatusCode.Found, publish.StatusCode);
        Assert.Equal([1.0], publicAfterPublish);
        await using var scope = app.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var revision = await db.ObservationRevisions.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((AmsterdamPopulation, batchId), (revision.Value, revision.ReplacedByImportBatchId));
        Assert.Equal(0, await db.PendingObservations.CountAsync(Ct));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Draft_MadeUpWijkWithAMarkupName_AddsNoPublicAreaUntilPublished(DatabaseProvider provider)
    {
        await using var app = await StartWithAmsterdamAsync(provider);
        using var partner = await SignedInAsync(app, KnowledgePartner);
        using var anonymous = app.CreateClient();
        const string markup = "<script>alert('wijk')</script>Nepwijk";
        var dataset = new ParsedDataset("statline", "nepwijk.xlsx") { SourceTable = "50090NED", LayoutYear = 2024 };
        dataset.Areas["WK036399"] = new ParsedArea("WK036399", markup, 2024);
        dataset.Observations.Add(new ParsedObservation("WK036399", "ErvarenGezondheidGoedZeerGoed", "2022", "18+", 50.5, null, null, null, 2, "E"));

        var batchId = await StoreDraftAsync(app, dataset);
        var areaDuringDraft = await anonymous.GetAsync(new Uri("/api/v1/areas/WK036399", UriKind.Relative), Ct);
        var pageDuringDraft = await anonymous.GetAsync(new Uri("/wijken/WK036399", UriKind.Relative), Ct);
        var review = await partner.GetStringAsync(Review(batchId), Ct);
        Assert.Equal(HttpStatusCode.Found, (await PostReviewFormAsync(partner, batchId, "publiceren")).StatusCode);
        var areaAfterPublish = await anonymous.GetAsync(new Uri("/api/v1/areas/WK036399", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, areaDuringDraft.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pageDuringDraft.StatusCode);
        Assert.Contains("&lt;script&gt;alert(&#x27;wijk&#x27;)&lt;/script&gt;Nepwijk", review, StringComparison.Ordinal); // shown, encoded, for the reviewer
        Assert.DoesNotContain("<script>alert('wijk')", review, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, areaAfterPublish.StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Draft_FiveThousandNewMeasures_AddsNoIndicatorUntilPublished(DatabaseProvider provider)
    {
        await using var app = await StartWithAmsterdamAsync(provider);
        using var partner = await SignedInAsync(app, KnowledgePartner);
        using var anonymous = app.CreateClient();
        var dataset = new ParsedDataset("statline", "breed.xlsx") { SourceTable = "99999NED" };
        for (var i = 1; i <= 5_000; i++)
        {
            dataset.Observations.Add(new ParsedObservation("GM0356", string.Create(CultureInfo.InvariantCulture, $"Maat_{i}"), "2022", Breakdown.TotalCode, i, null, null, null, 2, "K"));
        }

        var batchId = await StoreDraftAsync(app, dataset);
        var duringDraft = await CatalogueCountAsync(app);
        Assert.Equal(HttpStatusCode.Found, (await PostReviewFormAsync(partner, batchId, "publiceren")).StatusCode);
        var afterPublish = await CatalogueCountAsync(app);

        Assert.Equal(2, duringDraft);
        Assert.Equal(5_002, afterPublish);

        // The 5,000 are undescribed: in the catalogue, but not in the public one until someone describes them.
        Assert.Equal(2, await IndicatorCountAsync(anonymous));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reject_DraftBatch_DiscardsItsPendingValuesWithTheReasonAndKeepsThePublishedOnes(DatabaseProvider provider)
    {
        await using var app = await StartWithAmsterdamAsync(provider);
        using var manager = await SignedInAsync(app, Manager);
        using var partner = await SignedInAsync(app, KnowledgePartner);
        using var anonymous = app.CreateClient();
        var batchId = BatchIdFrom(await UploadAsync(manager, "observations", "amsterdam.csv", AmsterdamCsv));
        const string reason = "Cijfers van de verkeerde gemeente.";

        var withoutReason = await PostReviewFormAsync(partner, batchId, "verwerpen", ("Reason", " "));
        var withoutReasonHtml = await ReadAsync(withoutReason);
        var tooLong = await PostReviewFormAsync(partner, batchId, "verwerpen", ("Reason", new string('x', ImportBatch.RejectionReasonMaxLength + 1)));
        var reject = await PostReviewFormAsync(partner, batchId, "verwerpen", ("Reason", reason));
        var publishRejected = await PostReviewFormAsync(partner, batchId, "publiceren");

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("<p class=\"utrecht-form-field-error-message\" id=\"verwerp-reden-fout\">Vul de reden van verwerpen in.</p>", withoutReasonHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.Found, reject.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, publishRejected.StatusCode);
        var batch = await BatchAsync(app, batchId);
        Assert.Equal((ImportBatchStatus.Rejected, reason, KnowledgePartner), (batch.Status, batch.RejectionReason, batch.ReviewedBy));
        Assert.Equal((2, 0), await BatchAndPendingCountsAsync(app));
        Assert.Equal([AmsterdamPopulation], await PublicValuesAsync(anonymous, AmsterdamInhabitants));
        var audit = await AllAuditAsync(app, batchId);
        Assert.Equal(
            [(AuditEntityTypes.ImportBatch, AuditAction.Created), (AuditEntityTypes.ImportBatch, AuditAction.Updated), (AuditEntityTypes.ObservationStatus, AuditAction.Deleted)],
            audit.Select(a => (a.EntityType, a.Action)));
        Assert.Contains(reason, audit[1].After, StringComparison.Ordinal);
        Assert.Contains("\"Figures\":1", audit[2].Before, StringComparison.Ordinal);
        Assert.Contains(reason, await ReadAsync(await partner.GetAsync(new Uri("/beheer/imports", UriKind.Relative), Ct)), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Withdraw_BatchThatReplacedAPublishedValue_RestoresItAndPublishingAgainBringsTheBatchBack(DatabaseProvider provider)
    {
        await using var app = await StartWithAmsterdamAsync(provider);
        using var partner = await SignedInAsync(app, KnowledgePartner);
        using var anonymous = app.CreateClient();
        var batchId = await UploadAndPublishAsync(partner, "amsterdam.csv", AmsterdamCsv, ("Confirmed", AmsterdamFigure));
        var published = await PublicValuesAsync(anonymous, AmsterdamInhabitants);

        var withdraw = await PostReviewFormAsync(partner, batchId, "intrekken", ("Reason", "Verkeerd bestand."));
        var afterWithdraw = await PublicValuesAsync(anonymous, AmsterdamInhabitants);
        var (revisionsAfterWithdraw, pendingAfterWithdraw) = await RevisionAndPendingCountsAsync(app);
        var republish = await PostReviewFormAsync(partner, batchId, "publiceren", ("Note", "Nagevraagd: het bestand is goed."));
        var afterRepublish = await PublicValuesAsync(anonymous, AmsterdamInhabitants);

        Assert.Equal([1.0], published);
        Assert.Equal(HttpStatusCode.Found, withdraw.StatusCode);
        Assert.Equal([AmsterdamPopulation], afterWithdraw);
        Assert.Equal((0, 1), (revisionsAfterWithdraw, pendingAfterWithdraw));
        Assert.Equal(HttpStatusCode.Found, republish.StatusCode);
        Assert.Equal([1.0], afterRepublish);
        Assert.Equal((1, 0), await RevisionAndPendingCountsAsync(app));
        Assert.Equal(ImportBatchStatus.Published, (await BatchAsync(app, batchId)).Status);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Withdraw_StatlineBatch_PutsItsFiguresBackUnderTheTablesMeasureKeysAndPublishingAgainRestoresThem(DatabaseProvider provider)
    {
        await using var app = await StartWithAmsterdamAsync(provider);
        using var partner = await SignedInAsync(app, KnowledgePartner);
        using var anonymous = app.CreateClient();
        var dataset = new ParsedDataset("statline", "gezondheid.xlsx") { SourceTable = "50090NED", LayoutYear = 2024 };
        dataset.Observations.Add(new ParsedObservation("GM0363", "ErvarenGezondheidGoedZeerGoed", "2022", "18+", 50.5, null, null, null, 2, "E"));
        dataset.Observations.Add(new ParsedObservation("GM0363", "NieuweMaat", "2022", "18+", 7, null, null, null, 3, "F"));
        var batchId = await StoreDraftAsync(app, dataset);
        Assert.Equal(HttpStatusCode.Found, (await PostReviewFormAsync(partner, batchId, "publiceren")).StatusCode);
        var health = $"/api/v1/observations?area=GM0363&indicator={ApiTestData.Health}&period=2022";

        var published = await PublicValuesAsync(anonymous, health);
        var withdraw = await PostReviewFormAsync(partner, batchId, "intrekken", ("Reason", "Verkeerd bestand."));
        var afterWithdraw = await PublicValuesAsync(anonymous, health);
        List<(string Area, string Measure, string Period, string Breakdown, double Value)> pending;
        await using (var scope = app.Database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            pending = [.. (await db.PendingObservations.AsNoTracking().Where(p => p.ImportBatchId == batchId).OrderBy(p => p.Sequence).ToListAsync(Ct))
                .Select(p => (p.AreaCode, p.MeasureKey, p.PeriodCode, p.BreakdownCode, p.Value))];
        }

        var republish = await PostReviewFormAsync(partner, batchId, "publiceren");

        Assert.Equal([50.5], published);
        Assert.Equal(HttpStatusCode.Found, withdraw.StatusCode);
        Assert.Empty(afterWithdraw);
        // The mapped measure under the table's key, not the indicator's code; the created one under its own key.
        Assert.Equal([("GM0363", "ErvarenGezondheidGoedZeerGoed", "2022", "18+", 50.5), ("GM0363", "NieuweMaat", "2022", "18+", 7.0)], pending);
        Assert.Equal(HttpStatusCode.Found, republish.StatusCode);
        Assert.Equal([50.5], await PublicValuesAsync(anonymous, health));
        // The measure the file created is not yet described: its figure reaches signed-in users only.
        Assert.Equal([7.0], await PublicValuesAsync(partner, "/api/v1/observations?area=GM0363&indicator=NieuweMaat&period=2022"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_WhileAnotherWriterHoldsTheLock_Answers503WithTheBusyPageAndRetryAfter(DatabaseProvider provider)
    {
        await using var app = await StartWithAmsterdamAsync(provider);
        using var manager = await SignedInAsync(app, Manager);
        using var partner = await SignedInAsync(app, KnowledgePartner);
        using var anonymous = app.CreateClient();
        var batchId = BatchIdFrom(await UploadAsync(manager, "observations", "amsterdam.csv", AmsterdamCsv));

        HttpResponseMessage response;
        await using (await HeldWriteLock.HoldAsync(app.Database, "SELECT pg_advisory_xact_lock(2003856236);"))
        {
            response = await PostReviewFormAsync(partner, batchId, "publiceren", ("Confirmed", AmsterdamFigure));
        }

        var html = await ReadAsync(response);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", Assert.Single(response.Headers.GetValues("Retry-After")));
        Assert.Contains("Even bezet", html, StringComparison.Ordinal);
        Assert.Contains("Probeer het over een paar seconden opnieuw.", html, StringComparison.Ordinal);
        Assert.Equal(ImportBatchStatus.Draft, (await BatchAsync(app, batchId)).Status);
        Assert.Equal([AmsterdamPopulation], await PublicValuesAsync(anonymous, AmsterdamInhabitants));
        Assert.Equal(HttpStatusCode.Found, (await PostReviewFormAsync(partner, batchId, "publiceren", ("Confirmed", AmsterdamFigure))).StatusCode);
    }

    /// <summary>The host of <see cref="StartAsync"/> plus Amsterdam with its published population, an AreaEditor of Utrecht and a ProgrammeManager.</summary>
    private static async Task<WijkpeilAppFactory> StartWithAmsterdamAsync(DatabaseProvider provider)
    {
        var app = await StartAsync(provider);
        await using (var scope = app.Database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            db.Areas.AddRange(
                new Area(AreaCode.From("PV27"), "Noord-Holland", AreaCode.From("NL00"), [2024]),
                new Area(AreaCode.From("GM0363"), "Amsterdam", AreaCode.From("PV27"), [2024]));
            await db.SaveChangesAsync(Ct);
        }

        await ApiTestData.ImportAsync(app.Database, publish: true, "kwb-2024.csv", null, ("GM0363", ApiTestData.Inhabitants, "2024", Breakdown.TotalCode, AmsterdamPopulation, null, null, null));
        await AddAccountAsync(app, UtrechtEditor, WijkpeilRoles.AreaEditor, ["GM0344"]);
        await AddAccountAsync(app, Manager, WijkpeilRoles.ProgrammeManager, []);
        return app;
    }

    /// <summary>Stores a dataset as a draft through the importer, as an upload of a ProgrammeManager would.</summary>
    private static async Task<int> StoreDraftAsync(WijkpeilAppFactory app, ParsedDataset dataset)
    {
        await using var scope = app.Database.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ObservationImporter>()
            .StoreAsync(dataset, new string('0', 64), new ImportOptions(Publish: false, ImportedBy: Manager), Ct);
        Assert.True(outcome.Succeeded && outcome.BatchId is not null, outcome.Message);
        return outcome.BatchId!.Value;
    }

    private static async Task<List<double>> PublicValuesAsync(HttpClient client, string address)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(address, UriKind.Relative), Ct));
        return [.. json.RootElement.EnumerateArray().Select(o => o.GetProperty("value").GetDouble())];
    }

    private static async Task<int> CatalogueCountAsync(WijkpeilAppFactory app)
    {
        await using var scope = app.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<App.Modules.Indicators.Contracts.IIndicatorCatalogue>().Indicators.CountAsync(Ct);
    }

    private static async Task<int> IndicatorCountAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/indicators", UriKind.Relative), Ct));
        return json.RootElement.GetArrayLength();
    }

    private static async Task<(int Batches, int Pending)> BatchAndPendingCountsAsync(WijkpeilAppFactory app)
    {
        await using var scope = app.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        return (await db.ImportBatches.CountAsync(Ct), await db.PendingObservations.CountAsync(Ct));
    }

    private static async Task<(int Revisions, int Pending)> RevisionAndPendingCountsAsync(WijkpeilAppFactory app)
    {
        await using var scope = app.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        return (await db.ObservationRevisions.CountAsync(Ct), await db.PendingObservations.CountAsync(Ct));
    }
}
