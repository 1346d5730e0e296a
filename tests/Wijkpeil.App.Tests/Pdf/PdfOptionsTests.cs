using Microsoft.Extensions.Configuration;
using Wijkpeil.App.Kernel.Pdf;
using Wijkpeil.App.Kernel.Text;

namespace Wijkpeil.App.Tests.Pdf;

public sealed class PdfOptionsTests
{
    [Fact]
    public void FromConfiguration_NothingSet_AutoDetectsWithDefaultTimeout()
    {
        var options = PdfOptions.FromConfiguration(Configuration());

        Assert.Null(options.ChromiumPath);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(PdfOptions.AutoDetectPaths.FirstOrDefault(File.Exists), options.ResolveChromiumPath());
    }

    [Fact]
    public void FromConfiguration_PathAndTimeoutSet_UsesThem()
    {
        var options = PdfOptions.FromConfiguration(Configuration(("Pdf:ChromiumPath", " /opt/chromium/chrome "), ("Pdf:TimeoutSeconds", "12")));

        Assert.Equal("/opt/chromium/chrome", options.ChromiumPath);
        Assert.Equal(TimeSpan.FromSeconds(12), options.Timeout);

        // A configured path is used as given, even when missing: auto-detection would hide the typo.
        Assert.Equal("/opt/chromium/chrome", options.ResolveChromiumPath());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("dertig")]
    public void FromConfiguration_TimeoutNotPositive_Throws(string timeout)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => PdfOptions.FromConfiguration(Configuration(("Pdf:TimeoutSeconds", timeout))));

        Assert.Contains("Pdf:TimeoutSeconds", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForDataVersion_LateEveningUtc_PrintsTheDutchDate()
    {
        // 23:30 UTC on 26 November is 00:30 on 27 November in Amsterdam (winter time, UTC+1).
        var footer = PdfPageFooter.ForDataVersion(new DataVersion(new DateTimeOffset(2026, 11, 26, 23, 30, 0, TimeSpan.Zero), ["RIVM 50090NED 2020", "CBS 85984NED 2024"]));

        Assert.Equal("Cijfers bijgewerkt op 27 november 2026; bronnen RIVM 50090NED 2020, CBS 85984NED 2024 · Wijkpeil", footer.Text);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
}
