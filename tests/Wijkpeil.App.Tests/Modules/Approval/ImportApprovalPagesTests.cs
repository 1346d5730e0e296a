using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Modules.Approval;

/// <summary>
/// Data approval in the real web host: the upload form, the review page's publish and withdraw forms, and what
/// the public API shows before and after. Every POST goes through the page's own antiforgery token.
/// </summary>
public sealed partial class ImportApprovalPagesTests
{
    private const string Password = "lange zin als wachtwoord";
    private const string KnowledgePartner = "kennis@rivm.nl";
    private const string AreaEditor = "redacteur@nieuwegein.nl";
    private const string NieuwegeinHealth = $"/api/v1/observations?area=GM0356&indicator={ApiTestData.Health}";

    private static readonly string GoodCsv =
        "area_code,indicator_code,period,breakdown,value\n" +
        $"GM0356,{ApiTestData.Health},2022,18+,77.7\n";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_ByAreaEditor_LandsAsDraftOffThePublicApiUntilAKnowledgePartnerPublishes(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var editor = await SignedInAsync(app, AreaEditor);
        using var partner = await SignedInAsync(app, KnowledgePartner);
        using var anonymous = app.CreateClient();

        var upload = await UploadAsync(editor, "observations", "gezondheid-nieuwegein.csv", GoodCsv);
        var batchId = BatchIdFrom(upload);
        var beforePublish = await PublicFiguresAsync(anonymous);
        var editorView = await ReadAsync(await editor.GetAsync(Review(batchId), Ct));
        var publish = await PostReviewFormAsync(partner, batchId, "publiceren");
        var afterPublish = await PublicFiguresAsync(anonymous);

        Assert.Equal(HttpStatusCode.Found, upload.StatusCode);
        Assert.Equal(0, beforePublish);
        Assert.Contains("Alleen een kennispartner kan een import goedkeuren", editorView, StringComparison.Ordinal);
        Assert.DoesNotContain("Goedkeuren en publiceren", editorView, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, publish.StatusCode);
        Assert.Equal(1, afterPublish);
        var batch = await BatchAsync(app, batchId);
        Assert.Equal((ImportBatchStatus.Published, AreaEditor, KnowledgePartner), (batch.Status, batch.ImportedBy, batch.ReviewedBy));
        var uploaded = await UploadAuditAsync(app, batchId);
        Assert.Equal(AreaEditor, uploaded.ActorName);
        Assert.Contains("\"Status\":\"Draft\"", uploaded.After, StringComparison.Ordinal);
        var audit = await AuditAsync(app, batchId);
        Assert.Equal([AuditEntityTypes.ImportBatch, AuditEntityTypes.ObservationStatus], audit.Select(a => a.EntityType));
        Assert.All(audit, a => Assert.Equal(KnowledgePartner, a.ActorName));
        Assert.Contains("\"Status\":\"Draft\"", audit[1].Before, StringComparison.Ordinal);
        Assert.Contains("\"Figures\":1", audit[1].After, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_ByKnowledgePartner_LandsAsDraftWithItsReviewAndIsPublishedInOneStep(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var partner = await SignedInAsync(app, KnowledgePartner);
        using var anonymous = app.CreateClient();

        var upload = await UploadAsync(partner, "observations", "gezondheid-nieuwegein.csv", GoodCsv);
        var batchId = BatchIdFrom(upload);
        var beforePublish = await PublicFiguresAsync(anonymous);
        var review = await ReadAsync(await partner.GetAsync(Review(batchId), Ct));
        var publish = await PostReviewFormAsync(partner, batchId, "publiceren");

        Assert.Equal(HttpStatusCode.Found, upload.StatusCode);
        Assert.EndsWith(Review(batchId).OriginalString, upload.Headers.Location?.OriginalString, StringComparison.Ordinal); // straight to its review
        Assert.Equal(0, beforePublish);
        Assert.Contains("name=\"_handler\" value=\"publiceren\"", review, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, publish.StatusCode);
        Assert.Equal(1, await PublicFiguresAsync(anonymous));
        Assert.Equal((ImportBatchStatus.Published, KnowledgePartner), ((await BatchAsync(app, batchId)).Status, (await BatchAsync(app, batchId)).ReviewedBy));
        var uploaded = await UploadAuditAsync(app, batchId);
        Assert.Equal((AuditEntityTypes.ImportBatch, KnowledgePartner, "gezondheid-nieuwegein.csv"), (uploaded.EntityType, uploaded.ActorName, uploaded.Summary));
        Assert.Contains("\"Status\":\"Draft\"", uploaded.After, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Withdraw_PublishedBatch_HidesItsFiguresAndRecordsTheReason(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var partner = await SignedInAsync(app, KnowledgePartner);
        using var anonymous = app.CreateClient();
        var batchId = await UploadAndPublishAsync(partner, "gezondheid-nieuwegein.csv", GoodCsv);
        const string reason = "Verkeerde jaargang ingelezen; gecorrigeerd bestand volgt.";

        var withdraw = await PostReviewFormAsync(partner, batchId, "intrekken", ("Reason", reason));
        var history = await ReadAsync(await partner.GetAsync(new Uri("/beheer/imports", UriKind.Relative), Ct));

        Assert.Equal(HttpStatusCode.Found, withdraw.StatusCode);
        Assert.Equal(0, await PublicFiguresAsync(anonymous));
        var batch = await BatchAsync(app, batchId);
        Assert.Equal((ImportBatchStatus.Withdrawn, reason, KnowledgePartner), (batch.Status, batch.WithdrawalReason, batch.ReviewedBy));
        Assert.Contains(reason, history, StringComparison.Ordinal);
        Assert.Contains("ingetrokken", history, StringComparison.Ordinal);
        var audit = (await AuditAsync(app, batchId))[^2..]; // after the two of publishing
        Assert.Equal([AuditEntityTypes.ImportBatch, AuditEntityTypes.ObservationStatus], audit.Select(a => a.EntityType));
        Assert.Contains(reason, audit[0].After, StringComparison.Ordinal);
        Assert.Contains("\"Status\":\"Published\"", audit[1].Before, StringComparison.Ordinal);
        Assert.Contains("\"Status\":\"Draft\"", audit[1].After, StringComparison.Ordinal);
        Assert.Contains("\"Restored\":0,\"Removed\":1", audit[1].After, StringComparison.Ordinal); // it had published the figure first
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Withdraw_WithoutReason_ShowsTheMessageAtTheFieldAndChangesNothing(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var partner = await SignedInAsync(app, KnowledgePartner);
        var batchId = await UploadAndPublishAsync(partner, "gezondheid-nieuwegein.csv", GoodCsv);

        var response = await PostReviewFormAsync(partner, batchId, "intrekken", ("Reason", "   "));
        var html = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"utrecht-form-field-error-message\" id=\"reden-fout\">Vul de reden van intrekken in.</p>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#reden\"", html, StringComparison.Ordinal);
        Assert.Equal(ImportBatchStatus.Published, (await BatchAsync(app, batchId)).Status);
        Assert.Equal(2, (await AuditAsync(app, batchId)).Count); // publishing's two, no withdrawal
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_BrokenFile_ShowsTheRowMessageAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var editor = await SignedInAsync(app, AreaEditor);
        var broken = GoodCsv + $"GM0356,{ApiTestData.Health},2020,18+,veel\n";

        var response = await UploadAsync(editor, "observations", "kapot.csv", broken);
        var html = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Import afgebroken, er is niets opgeslagen.", html, StringComparison.Ordinal);
        Assert.Matches(@"<td class=""utrecht-table__cell wp-num"">3</td>\s*<td class=""utrecht-table__cell"">value</td>\s*<td class=""utrecht-table__cell"">veel</td>", html);
        await using var scope = app.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(0, await db.ImportBatches.CountAsync(Ct));
        Assert.Equal(0, await db.Observations.CountAsync(Ct));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_MissingFormatAndBadYear_ShowsAMessageAtEachFieldAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var editor = await SignedInAsync(app, AreaEditor);

        var response = await UploadAsync(editor, format: null, "x.csv", GoodCsv, year: "twintig");
        var html = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"formaat-fout\">Kies het formaat van het bestand.</p>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"jaar-fout\">Vul bij jaar een jaartal in van vier cijfers, zoals 2024.</p>", html, StringComparison.Ordinal);
        await using var scope = app.Database.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().ImportBatches.CountAsync(Ct));
    }

    [Theory]
    [InlineData("/beheer/imports")]
    [InlineData("/beheer/imports/nieuw")]
    [InlineData("/beheer/imports/1")]
    public async Task Pages_Anonymous_RedirectToTheLoginPage(string path)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewPage_UnknownBatch_Returns404()
    {
        await using var app = await StartAsync(DatabaseProvider.Sqlite);
        using var partner = await SignedInAsync(app, KnowledgePartner);

        var response = await partner.GetAsync(Review(999), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Uri Review(int id) => new($"/beheer/imports/{id}", UriKind.Relative);

    private static async Task<WijkpeilAppFactory> StartAsync(DatabaseProvider provider)
    {
        var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedRegisterAsync);
        await AddAccountAsync(app, KnowledgePartner, WijkpeilRoles.KnowledgePartner, []);
        await AddAccountAsync(app, AreaEditor, WijkpeilRoles.AreaEditor, ["GM0356"]);
        return app;
    }

    private static async Task AddAccountAsync(WijkpeilAppFactory app, string email, string role, string[] gemeenten)
    {
        await using var scope = app.Database.CreateScope();
        var added = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(new NewAccount(email, role, gemeenten, Password), Ct);
        Assert.True(added.Succeeded, added.ToString());
    }

    private static async Task<HttpClient> SignedInAsync(WijkpeilAppFactory app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(client, email, Password)).StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string? format, string fileName, string content, string? year = null)
    {
        var address = new Uri("/beheer/imports/nieuw", UriKind.Relative);
        var page = await client.GetStringAsync(address, Ct);
        if (!TokenPattern().IsMatch(page))
        {
            page = await client.GetStringAsync(new Uri("/uitloggen", UriKind.Relative), Ct);
        }
        using var form = new MultipartFormDataContent
        {
            { new StringContent("importeren"), "_handler" },
            { new StringContent(AntiforgeryToken(page)), "__RequestVerificationToken" },
        };
        if (format is not null)
        {
            form.Add(new StringContent(format), "Input.Format");
        }

        if (year is not null)
        {
            form.Add(new StringContent(year), "Input.Year");
        }

        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "bestand", fileName);
        return await client.PostAsync(address, form, Ct);
    }

    private static async Task<HttpResponseMessage> PostReviewFormAsync(HttpClient client, int batchId, string formName, params (string Name, string Value)[] fields)
    {
        // Accounts that may not review get no form on the review page; a forger takes the (per-account, not
        // per-form) antiforgery token from another page, here the logout form.
        var page = await client.GetStringAsync(Review(batchId), Ct);
        if (!TokenPattern().IsMatch(page))
        {
            page = await client.GetStringAsync(new Uri("/uitloggen", UriKind.Relative), Ct);
        }

        List<KeyValuePair<string, string>> values = [new("_handler", formName), new("__RequestVerificationToken", AntiforgeryToken(page))];
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var form = new FormUrlEncodedContent(values);
        return await client.PostAsync(Review(batchId), form, Ct);
    }

    /// <summary>A knowledge partner's upload (a draft, like everyone's) published from its review page.</summary>
    private static async Task<int> UploadAndPublishAsync(HttpClient partner, string fileName, string csv, params (string Name, string Value)[] fields)
    {
        var batchId = BatchIdFrom(await UploadAsync(partner, "observations", fileName, csv));
        Assert.Equal(HttpStatusCode.Found, (await PostReviewFormAsync(partner, batchId, "publiceren", fields)).StatusCode);
        return batchId;
    }

    private static int BatchIdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var match = BatchAddress().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, response.Headers.Location.OriginalString);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<int> PublicFiguresAsync(HttpClient anonymous)
    {
        using var json = JsonDocument.Parse(await anonymous.GetStringAsync(new Uri(NieuwegeinHealth, UriKind.Relative), Ct));
        return json.RootElement.GetArrayLength();
    }

    private static async Task<ImportBatch> BatchAsync(WijkpeilAppFactory app, int id)
    {
        await using var scope = app.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id, Ct);
    }

    /// <summary>The review entries of a batch (publish, withdraw), oldest first; the upload's own entry is <see cref="UploadAuditAsync"/>.</summary>
    private static async Task<List<AuditEntry>> AuditAsync(WijkpeilAppFactory app, int batchId) =>
        [.. (await AllAuditAsync(app, batchId)).Where(a => a.Action == AuditAction.Updated)];

    private static async Task<AuditEntry> UploadAuditAsync(WijkpeilAppFactory app, int batchId) =>
        Assert.Single(await AllAuditAsync(app, batchId), a => a.Action == AuditAction.Created);

    private static async Task<List<AuditEntry>> AllAuditAsync(WijkpeilAppFactory app, int batchId)
    {
        await using var scope = app.Database.CreateScope();
        var key = batchId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == AuditEntityTypes.ImportBatch || a.EntityType == AuditEntityTypes.ObservationStatus) && a.EntityId == key)
            .OrderBy(a => a.Id)
            .ToListAsync(Ct);
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    private static string AntiforgeryToken(string html) =>
        WebUtility.HtmlDecode(TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("Geen antiforgery-token in de pagina."));

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"/beheer/imports/(\d+)$")]
    private static partial Regex BatchAddress();
}
