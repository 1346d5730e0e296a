using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Ui;

/// <summary>
/// The pages a Dutch government site must have (issue 12, point 9): accessibility statement, privacy statement, contact
/// and colofon, linked from every page's footer, with the publisher's details as configured and never invented.
/// </summary>
public sealed class SitePagesTests
{
    private static readonly string[] Pages = ["/contact", "/privacy", "/toegankelijkheid", "/colofon"];

    private static readonly string[] OtherPages = ["/", "/vergelijk", "/data", "/inloggen", "/niet-gevonden"];

    [Fact]
    public async Task EveryPage_Footer_LinksTheFourPagesAndTheFavicon()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        foreach (var path in OtherPages.Concat(Pages))
        {
            var html = await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            var footer = html[html.IndexOf("<footer", StringComparison.Ordinal)..];
            Assert.All(Pages, page => Assert.Contains($"href=\"{page}\"", footer, StringComparison.Ordinal));
            Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
            Assert.Contains("rel=\"icon\" href=\"/favicon.ico\"", html, StringComparison.Ordinal);
        }

        using var icon = await client.GetAsync(new Uri("/favicon.ico", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal([0, 0, 1, 0], (await icon.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken))[..4]);
    }

    [Fact]
    public async Task Pages_InEnglish_TitledInEnglishWithLangEn()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var titles = new List<string>();
        foreach (var path in Pages)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add(HeaderNames.Cookie, ".AspNetCore.Culture=c%3Den-GB%7Cuic%3Den-GB");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
            titles.Add(html[(html.IndexOf("<h1", StringComparison.Ordinal) + 1)..html.IndexOf("</h1>", StringComparison.Ordinal)].Split('>')[1]);
        }

        Assert.Equal(["Contact", "Privacy statement", "Accessibility statement", "Colophon"], titles);
    }

    [Fact]
    public async Task Pages_NoPublisherConfigured_SayNoneIsSetInsteadOfInventingOne()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var contact = await client.GetStringAsync(new Uri("/contact", UriKind.Relative), TestContext.Current.CancellationToken);
        var accessibility = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/toegankelijkheid", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Contains("data-publisher=\"unset\"", contact, StringComparison.Ordinal);
        Assert.DoesNotContain("mailto:", contact, StringComparison.Ordinal);

        // Without an audit the statement claims no more than status C, and says it is not dated yet.
        Assert.Contains("<strong>C: eerste maatregelen genomen</strong>", accessibility, StringComparison.Ordinal);
        Assert.Contains("Een volledig onderzoek door een onafhankelijke deskundige is nog niet gedaan.", accessibility, StringComparison.Ordinal);
        Assert.Contains("nog niet gedateerd en ondertekend", accessibility, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_PublisherConfigured_ShowItsDetailsStatusAuditAndDate()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var host = app.WithWebHostBuilder(b => b
            .UseSetting("Publisher:Name", "Provincie Utrecht")
            .UseSetting("Publisher:Email", "vitalewijken@provincie.example")
            .UseSetting("Publisher:Phone", "030 000 00 00")
            .UseSetting("Publisher:AccessibilityStatus", "B")
            .UseSetting("Publisher:AuditUrl", "https://provincie.example/onderzoek.pdf")
            .UseSetting("Publisher:StatementDate", "2026-11-30")
            .UseSetting("Security:Contact", "mailto:security@provincie.example"));
        using var client = host.CreateClient();

        var contact = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/contact", UriKind.Relative), TestContext.Current.CancellationToken));
        var privacy = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/privacy", UriKind.Relative), TestContext.Current.CancellationToken));
        var accessibility = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/toegankelijkheid", UriKind.Relative), TestContext.Current.CancellationToken));
        var colophon = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/colofon", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Contains("href=\"mailto:vitalewijken@provincie.example\"", contact, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:0300000000\"", contact, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:security@provincie.example\"", contact, StringComparison.Ordinal);
        Assert.Contains("Provincie Utrecht is verantwoordelijk voor de persoonsgegevens", privacy, StringComparison.Ordinal);
        Assert.Contains("<strong>B: voldoet gedeeltelijk aan de eisen</strong>", accessibility, StringComparison.Ordinal);
        Assert.Contains("href=\"https://provincie.example/onderzoek.pdf\"", accessibility, StringComparison.Ordinal);
        Assert.Contains("voor het laatst herzien op 30 november 2026", accessibility, StringComparison.Ordinal);
        Assert.Contains("<dd>Provincie Utrecht</dd>", colophon, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A", null)]
    [InlineData("F", "https://provincie.example/onderzoek.pdf")]
    public async Task Start_StatusWithoutAuditOrUnknown_StopsWithTheSetting(string status, string? audit)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var host = app.WithWebHostBuilder(b => b
            .UseSetting("Publisher:AccessibilityStatus", status)
            .UseSetting("Publisher:AuditUrl", audit));

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(error is AggregateException aggregate ? aggregate.InnerException : error);
        Assert.Contains("Publisher:AccessibilityStatus", validation.Message, StringComparison.Ordinal);
    }
}
