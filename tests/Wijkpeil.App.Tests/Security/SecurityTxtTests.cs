using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Web;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Security;

/// <summary>/.well-known/security.txt (RFC 9116) from the operator's Security:Contact setting.</summary>
public sealed class SecurityTxtTests
{
    [Fact]
    public async Task SecurityTxt_ContactConfigured_NamesItWithAnExpiryWithinAYear()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var host = app.WithWebHostBuilder(b => b.UseSetting("Security:Contact", "mailto:security@gemeente.example"));
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri(SecurityTxt.Path, UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var fields = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(": ", 2)).ToDictionary(f => f[0], f => f[1]);
        Assert.Equal("mailto:security@gemeente.example", fields["Contact"]);
        var expires = DateTimeOffset.Parse(fields["Expires"], CultureInfo.InvariantCulture);
        Assert.InRange(expires, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddYears(1));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task SecurityTxt_NoContactConfigured_Is404()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(SecurityTxt.Path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("security@gemeente.example")]
    [InlineData("http://gemeente.example/melden")]
    [InlineData("mailto:a@b.example\nContact: mailto:evil@example.org")]
    public async Task SecurityTxt_ContactThatIsNoUri_StopsTheStartWithTheSetting(string contact)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var host = app.WithWebHostBuilder(b => b.UseSetting("Security:Contact", contact));

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(error is AggregateException aggregate ? aggregate.InnerException : error);
        Assert.Contains("Security:Contact", validation.Message, StringComparison.Ordinal);
    }
}
