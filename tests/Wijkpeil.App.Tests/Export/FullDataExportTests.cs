using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Measurements.Export;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Export;

/// <summary>
/// Issue 9, defect 5: the whole data set is a file per data version, written once and then served as a static
/// file with ETag, Last-Modified, 304 and ranges; a new publication makes a new file and removes the old one.
/// </summary>
public sealed class FullDataExportTests
{
    private const string Header = "area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_UnfilteredCsv_IsAFileWithETagLastModified304AndRanges(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        using var client = app.CreateClient();

        using var first = await client.GetAsync(new Uri("/api/v1/observations?format=csv", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await first.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag;
        using var again = await SendAsync(client, "/api/v1/observations?format=csv", r => r.Headers.IfNoneMatch.Add(etag!));
        using var part = await SendAsync(client, "/api/v1/observations?format=csv", r => r.Headers.Range = new RangeHeaderValue(0, 9));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal("text/csv", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("wijkpeil-observaties.csv", first.Content.Headers.ContentDisposition?.FileNameStar ?? first.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith(Header + "\r\n", System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        Assert.Equal(7, System.Text.Encoding.UTF8.GetString(body).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(body[..10], await part.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var file = Assert.Single(Directory.GetFiles(app.Database.ExportsFolder, "*.csv"));
        Assert.Equal(body, await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_UnfilteredAfterANewPublication_GetsANewETagTheNewFigureAndTheOldFileGoes(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        await using var host = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = host.CreateClient();
        using var before = await client.GetAsync(new Uri("/api/v1/observations?format=csv", UriKind.Relative), TestContext.Current.CancellationToken);
        var oldFile = Assert.Single(Directory.GetFiles(app.Database.ExportsFolder, "*.csv"));

        await ApiTestData.ImportAsync(app.Database, publish: true, "correctie.csv", "50090NED", ("GM0356", ApiTestData.Health, "2020", "18+", 70.4, 67.1, 73.7, 420));
        clock.Advance(TimeSpan.FromSeconds(3));
        using var after = await SendAsync(client, "/api/v1/observations?format=csv", r => r.Headers.IfNoneMatch.Add(before.Headers.ETag!));
        var text = await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains($"GM0356,{ApiTestData.Health},2020,18+,70.4,67.1,73.7,420,50090NED\r\n", text, StringComparison.Ordinal);
        var newFile = Assert.Single(Directory.GetFiles(app.Database.ExportsFolder, "*.csv"));
        Assert.NotEqual(oldFile, newFile);
        Assert.Empty(Directory.GetFiles(app.Database.ExportsFolder, "*.tmp"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_UnfilteredXlsxAndJson_AreFilesWithEveryPublishedFigure(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        using var client = app.CreateClient();

        using var xlsx = await client.GetAsync(new Uri("/api/v1/observations?format=xlsx", UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = await client.GetAsync(new Uri("/api/v1/observations", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.NotNull(xlsx.Headers.ETag);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)), isEditable: false);
        Assert.Equal(7, workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count());
        Assert.NotNull(json.Headers.ETag);
        Assert.NotEqual(xlsx.Headers.ETag, json.Headers.ETag);
        Assert.Null(json.Content.Headers.ContentDisposition);
        var figures = (await ApiAssert.OkJsonAsync(json)).EnumerateArray().ToList();
        Assert.Equal(6, figures.Count);
        Assert.All(figures, f => Assert.Equal(JsonValueKind.String, f.GetProperty("areaCode").ValueKind));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_UnfilteredWhileItsFileIsStillBeingWritten_ReadsTheDatabaseOrAnswers429NeverAnError(DatabaseProvider provider)
    {
        // Issue 9, point 13: on a busy server the file took longer than the wait, and the download got 503.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        await using var host = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = host.CreateClient();
        host.Services.GetRequiredService<FullDataExport>().Wait = TimeSpan.Zero;
        var gate = host.Services.GetRequiredService<ExportGate>();

        // Every shared place taken: the request cannot read the database either, and is told when to come back.
        var taken = Enumerable.Range(0, 4).Select(_ => gate.TryEnterDatabase()).ToList();
        using var refused = await client.GetAsync(new Uri("/api/v1/observations?format=csv", UriKind.Relative), TestContext.Current.CancellationToken);
        taken.ForEach(lease => lease?.Dispose());

        // A new publication: its file does not exist yet, so the next download reads the figures from the database.
        await ApiTestData.ImportAsync(app.Database, publish: true, "correctie.csv", "50090NED", ("GM0356", ApiTestData.Health, "2020", "18+", 70.4, 67.1, 73.7, 420));
        clock.Advance(TimeSpan.FromSeconds(3));
        using var live = await client.GetAsync(new Uri("/api/v1/observations?format=csv", UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await live.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.All(taken, Assert.NotNull);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("10", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.StartsWith(Header + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains($"GM0356,{ApiTestData.Health},2020,18+,70.4,67.1,73.7,420,50090NED\r\n", text, StringComparison.Ordinal);
        using var place = gate.TryEnterDatabase();
        Assert.NotNull(place); // the live download gave its shared place back
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GetAsync_SixAtOnce_WritesTheFileOnce(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, db => ExportTestData.SeedManyAsync(db, 100, 100));
        var exports = app.Services.GetRequiredService<FullDataExport>();
        exports.Wait = TimeSpan.FromMinutes(5); // about one writer, not the wait: on busy cores writing took over 0.3 s and a caller got null

        var files = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => exports.GetAsync(ExportFormat.Xlsx, TestContext.Current.CancellationToken)));

        Assert.Equal(1, exports.Builds);
        Assert.All(files, f => Assert.Equal(files[0]!.Path, f!.Path));
        Assert.Single(Directory.GetFiles(app.Database.ExportsFolder));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        configure(request);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
