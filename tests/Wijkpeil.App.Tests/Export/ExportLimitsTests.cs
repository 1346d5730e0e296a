using System.IO.Compression;
using System.Net;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Export;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExportMemoryGroup
{
    /// <summary>Alone: these tests measure the process's live memory, which other tests running beside them would disturb.</summary>
    public const string Name = "export memory";
}

/// <summary>
/// Issue 9, defect 5: heavy downloads are limited per client and in total (429 with Retry-After), the public pages
/// keep answering meanwhile, and no answer is held in memory whole.
/// </summary>
[Collection(ExportMemoryGroup.Name)]
public sealed class ExportLimitsTests
{
    // 200 areas × 250 indicators × 2 periods = 100,000 figures: one period is 50,000 rows, 17 MB of JSON.
    private const int Areas = 200;
    private const int Indicators = 250;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_EightUnfilteredXlsxAtOnce_TwoRunTheOthersGet429WithRetryAfterAndPagesStillAnswer(DatabaseProvider provider)
    {
        // 50,000 figures: an Excel file of about half a megabyte, far more than the test server buffers for a reader.
        await using var app = await WijkpeilAppFactory.StartAsync(provider, db => ExportTestData.SeedManyAsync(db, 100, 250));
        await using var host = app.WithExportSettings(("Exports:MaxConcurrentPerClient", "2"), ("Exports:MaxConcurrent", "4"));
        using var client = host.CreateClient();
        var memory = LiveMemoryPeak.Start();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ExportTestHosts.StartAsync(client, "/api/v1/observations?format=xlsx")));
        var page = await TimedAsync(() => client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken));
        var running = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        var workbooks = new List<byte[]>();
        foreach (var response in running)
        {
            workbooks.Add(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }

        await memory.DisposeAsync();
        var rows = workbooks.Select(CountRows).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"live memory grew by {memory.Growth / 1024 / 1024} MB; the overview answered in {page.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(2, running.Count);
        Assert.Equal(6, refused.Count);
        foreach (var response in refused)
        {
            Assert.InRange(response.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
            var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.TooManyRequests);
            Assert.Equal("exports.too-many", problem.GetProperty("code").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.True(page.Elapsed < TimeSpan.FromSeconds(10), $"the overview took {page.Elapsed} while two downloads were open");
        Assert.All(rows, r => Assert.Equal((100 * 250 * 2) + 1, r));
        Assert.True(memory.Growth < 32L * 1024 * 1024, $"live memory grew by {memory.Growth / 1024 / 1024} MB");
        DisposeAll(responses);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_HeavyExportsFromFiveClients_AtMostMaxConcurrentRunAndLightQueriesStillAnswer(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, db => ExportTestData.SeedManyAsync(db, Areas, Indicators));
        await using var host = app.WithExportSettings(("Exports:MaxConcurrentPerClient", "2"), ("Exports:MaxConcurrent", "3"));
        using var client = host.CreateClient();

        var held = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => ExportTestHosts.StartAsync(client, "/api/v1/observations?period=2022&format=csv", $"192.0.2.{i}")));
        using var light = await ExportTestHosts.StartAsync(client, $"/api/v1/observations?area={ExportTestData.FirstArea}", "192.0.2.6");
        using var page = await ExportTestHosts.StartAsync(client, "/data", "192.0.2.6");
        using var stillFull = await ExportTestHosts.StartAsync(client, "/api/v1/observations?period=2023&format=xlsx", "192.0.2.7");
        foreach (var response in held.Where(r => r.StatusCode == HttpStatusCode.OK))
        {
            response.Dispose(); // the reader goes away: the server stops writing and frees the place
        }

        var afterwards = await EventuallyAsync(() => ExportTestHosts.StartAsync(client, "/api/v1/observations?period=2023&format=csv", "192.0.2.8"));

        Assert.Equal(3, held.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(2, held.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, light.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillFull.StatusCode);
        Assert.NotNull(stillFull.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        afterwards.Dispose();
        DisposeAll(held);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_LargeFilteredExportsAtOnce_LiveMemoryStaysFarBelowTheirSize(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, db => ExportTestData.SeedManyAsync(db, Areas, Indicators));
        await using var host = app.WithExportSettings(("Exports:MaxConcurrentPerClient", "8"), ("Exports:MaxConcurrent", "8"));
        using var client = host.CreateClient();
        string[] paths =
        [
            "/api/v1/observations?period=2022&format=xlsx",
            "/api/v1/observations?period=2023&format=xlsx",
            "/api/v1/observations?period=2022",
            "/api/v1/observations?period=2023",
            "/api/v1/observations?period=2022&format=csv",
            "/api/v1/observations?period=2023&format=csv",
        ];
        var memory = LiveMemoryPeak.Start();

        var sizes = await Task.WhenAll(paths.Select(async path =>
        {
            using var response = await ExportTestHosts.StartAsync(client, path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await CountBytesAsync(response);
        }));

        await memory.DisposeAsync();
        var total = sizes.Sum();
        TestContext.Current.TestOutputHelper?.WriteLine($"live memory grew by {memory.Growth / 1024 / 1024} MB for {total / 1024 / 1024} MB of answers");
        Assert.True(memory.Growth < 16L * 1024 * 1024, $"live memory grew by {memory.Growth / 1024 / 1024} MB for {total / 1024 / 1024} MB of answers");
        Assert.True(total > 32L * 1024 * 1024, $"the answers should be large: {total / 1024 / 1024} MB");
    }

    [Fact]
    public async Task Get_BrowserDownloadOverTheLimit_Gets429PageInTheReadersLanguage()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, db => ExportTestData.SeedManyAsync(db, Areas, 50));
        await using var host = app.WithExportSettings(("Exports:MaxConcurrentPerClient", "1"));
        using var client = host.CreateClient();
        using var held = await ExportTestHosts.StartAsync(client, "/api/v1/observations?period=2022&format=csv");

        using var dutch = await ExportTestHosts.StartAsync(client, "/api/v1/observations?area=GM0344&format=xlsx", accept: "text/html,application/xhtml+xml,*/*;q=0.8");
        using var english = await ExportTestHosts.StartAsync(client, "/api/v1/observations?area=GM0344&format=csv", accept: "text/html", cookie: ".AspNetCore.Culture=c%3Den-GB%7Cuic%3Den-GB");

        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, dutch.StatusCode);
        Assert.Equal("text/html", dutch.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(dutch.Headers.RetryAfter);
        var dutchPage = await dutch.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"nl\">", dutchPage, StringComparison.Ordinal);
        Assert.Contains("Te veel downloads tegelijk", dutchPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, english.StatusCode);
        var englishPage = await english.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"en\">", englishPage, StringComparison.Ordinal);
        Assert.Contains("Too many downloads at once", englishPage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Exports:MaxConcurrent", "0")]
    [InlineData("Exports:MaxConcurrentPerClient", "0")]
    public async Task Start_ExportLimitBelowOne_RefusesToStart(string key, string value)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var host = app.WithWebHostBuilder(b => b.UseSetting(key, value));

        var error = Record.Exception(() => host.CreateClient());

        Assert.NotNull(error);
        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }

    // Rows counted in the sheet's XML: reading 50,000 rows through the Open XML SDK would take seconds.
    private static int CountRows(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = reader.ReadToEnd();
        var rows = 0;
        for (var at = xml.IndexOf("<row ", StringComparison.Ordinal); at >= 0; at = xml.IndexOf("<row ", at + 1, StringComparison.Ordinal))
        {
            rows++;
        }

        Assert.Null(zip.GetEntry("xl/worksheets/sheet2.xml"));
        return rows;
    }

    // Read and dropped as it arrives: a test holding the bodies would measure its own memory.
    private static async Task<long> CountBytesAsync(HttpResponseMessage response)
    {
        await using var body = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, TestContext.Current.CancellationToken)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static async Task<(HttpResponseMessage Response, TimeSpan Elapsed)> TimedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var response = await send();
        return (response, started.Elapsed);
    }

    // A freed place shows once the server has noticed the reader left: try for a few seconds.
    private static async Task<HttpResponseMessage> EventuallyAsync(Func<Task<HttpResponseMessage>> send)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await send();
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == 50)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static void DisposeAll(IEnumerable<HttpResponseMessage> responses)
    {
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
