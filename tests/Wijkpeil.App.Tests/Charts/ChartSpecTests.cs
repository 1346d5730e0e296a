using System.Text.RegularExpressions;
using Wijkpeil.App.Modules.Monitor.Charts;

namespace Wijkpeil.App.Tests.Charts;

public sealed partial class ChartSpecTests
{
    public static TheoryData<string> ChartNames => [.. ChartSamples.All().Select(static chart => chart.Name)];

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Build_EveryChart_CarriesSchemaDescriptionContainerWidthAndTheme(string name)
    {
        var spec = ChartSamples.All().Single(chart => chart.Name == name).Spec;

        Assert.Equal(ChartTheme.SchemaUrl, (string?)spec["$schema"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)spec["description"]));
        Assert.Equal("container", (string?)spec["width"]);
        Assert.NotNull(spec["height"]);
        Assert.Equal(ChartTheme.FontFamily, (string?)spec["config"]!["font"]);
        // Vega cannot resolve CSS custom properties, so a var(...) colour would silently render black.
        Assert.DoesNotContain("var(--", spec.ToJsonString(), StringComparison.Ordinal);
        Assert.False(spec.ContainsKey("actions"));
    }

    [Fact]
    public void SchemaUrl_VendoredVegaLite_HasTheSameMajorVersion()
    {
        var vendored = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Wijkpeil.Web", "wwwroot", "vendor", "README.md"));

        var match = VendoredVegaLite().Match(vendored);

        Assert.True(match.Success, "The vendor README lists no vega-lite version; run build/vendor-assets.sh.");
        Assert.Equal(ChartTheme.VegaLiteMajorVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), match.Groups["major"].Value);
        Assert.EndsWith($"/v{ChartTheme.VegaLiteMajorVersion}.json", ChartTheme.SchemaUrl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, ",.0f", ",.0~f")]
    [InlineData(1, ",.1f", ",.1~f")]
    public void NumberFormat_Decimals_GroupsThousandsWithFixedDecimals(int decimals, string expected, string expectedAxis)
    {
        Assert.Equal(expected, ChartTheme.NumberFormat(decimals));
        Assert.Equal(expectedAxis, ChartTheme.AxisFormat(decimals));
    }

    [Fact]
    public void Build_BlankDescription_Throws()
    {
        Assert.Throws<ArgumentException>(() => RankingChart.Build(ChartSamples.Ranking() with { Description = " " }));
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Wijkpeil.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Wijkpeil.slnx above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"\|\s*`vega-lite`\s*\|\s*(?<major>\d+)\.\d+\.\d+\s*\|")]
    private static partial Regex VendoredVegaLite();
}
