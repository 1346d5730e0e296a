using System.Net;
using System.Text.Json;
using Wijkpeil.App.Kernel.Pdf;

namespace Wijkpeil.App.Tests.Pdf;

public sealed class PdfResponsesTests(PdfTestSite site) : IClassFixture<PdfTestSite>
{
    [Fact]
    public async Task RenderAsync_PageExists_ReturnsPdfAttachment()
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };

        using var response = await client.GetAsync(PdfTestSite.ThreePagePdfPath, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("overvecht-2022.pdf", response.Content.Headers.ContentDisposition?.FileName);
        var pdf = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var pages = PdfTestSite.PageTexts(pdf);
        Assert.Equal(3, pages.Count);
        Assert.Contains("Eerste pagina Gezondheid", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_ForgedHostHeader_PrintsTheServersOwnPage()
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, PdfTestSite.ThreePagePdfPath);
        request.Headers.Host = "intern.example:8080";

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pages = PdfTestSite.PageTexts(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Eerste pagina Gezondheid", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_PageMissing_Returns404Problem()
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };

        using var response = await client.GetAsync(PdfTestSite.MissingPagePdfPath, TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("/bestaat-niet", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_ChromiumMissing_Returns503ProblemNamingTheSetting()
    {
        await using var app = await PdfTestSite.StartAsync(new PdfOptions("/nonexistent/chromium"));
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using var response = await client.GetAsync(PdfTestSite.ThreePagePdfPath, TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Dienst niet beschikbaar", problem.GetProperty("title").GetString());
        Assert.Equal(
            "PDF's worden gemaakt met Chromium, maar dat is niet gevonden. Installeer het pakket chromium of stel "
            + "Pdf:ChromiumPath (omgevingsvariabele Pdf__ChromiumPath) in op het pad van Chromium.",
            problem.GetProperty("detail").GetString());
        Assert.Equal("pdf.chromium_not_found", problem.GetProperty("code").GetString());
        Assert.Equal(PdfTestSite.ThreePagePdfPath, problem.GetProperty("instance").GetString());
    }

    [Theory]
    [InlineData(new[] { "https://127.0.0.1:5001", "http://10.0.0.5:5000", "http://127.0.0.1:5080" }, "http://127.0.0.1:5080/")]
    [InlineData(new[] { "http://localhost:5000" }, "http://localhost:5000/")]
    [InlineData(new[] { "http://[::]:5000" }, "http://[::1]:5000/")]
    [InlineData(new[] { "http://+:8080" }, "http://127.0.0.1:8080/")]
    [InlineData(new[] { "http://*:8080", "http://10.0.0.5:80" }, "http://127.0.0.1:8080/")]
    [InlineData(new[] { "http://0.0.0.0:80", "https://127.0.0.1:443" }, "http://127.0.0.1/")]
    [InlineData(new[] { "https://[::1]:5001", "http://10.0.0.5:5000" }, "http://10.0.0.5:5000/")]
    [InlineData(new[] { "https://0.0.0.0:5001" }, "https://127.0.0.1:5001/")]
    public void OwnAddress_ListeningAddresses_PrefersHttpLoopback(string[] addresses, string expected)
    {
        Assert.Equal(new Uri(expected), PdfResponses.OwnAddress(addresses));
    }

    [Fact]
    public void OwnAddress_NoTcpAddress_ReturnsNull()
    {
        Assert.Null(PdfResponses.OwnAddress([]));
        Assert.Null(PdfResponses.OwnAddress(["http://unix:/run/wijkpeil.sock"]));
    }

    [Theory]
    [InlineData("//intern.example/geheim")]
    [InlineData("/\\intern.example/geheim")]
    [InlineData("http://intern.example/geheim")]
    [InlineData("factsheets/WK034403/2022")]
    public void PageUrl_PathLeavingTheServer_Throws(string htmlPath)
    {
        Assert.Throws<ArgumentException>(() => PdfResponses.PageUrl(new Uri("http://127.0.0.1:5080/"), htmlPath));
    }

    [Fact]
    public void PageUrl_PathWithQuery_StaysOnTheServer()
    {
        Assert.Equal(
            new Uri("http://127.0.0.1:5080/factsheets/WK034403/2022?druk=1"),
            PdfResponses.PageUrl(new Uri("http://127.0.0.1:5080/"), "/factsheets/WK034403/2022?druk=1"));
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
