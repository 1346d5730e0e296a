using Wijkpeil.Domain.Areas;

namespace Wijkpeil.Domain.Tests.Areas;

public sealed class AreaTests
{
    private static readonly AreaCode Batau = AreaCode.From("WK035603");
    private static readonly AreaCode Nieuwegein = AreaCode.From("GM0356");

    [Fact]
    public void Constructor_ValidArguments_TakesLevelFromCodeAndTrimsName()
    {
        var area = new Area(Batau, "  Batau-Noord ", Nieuwegein, []);

        Assert.Equal(Batau, area.Code);
        Assert.Equal(AreaLevel.District, area.Level);
        Assert.Equal("Batau-Noord", area.Name);
        Assert.Equal(Nieuwegein, area.ParentCode);
        Assert.Empty(area.LayoutYears);
    }

    [Fact]
    public void Constructor_LayoutYears_SortsAndDeduplicates()
    {
        var area = new Area(Batau, "Batau-Noord", Nieuwegein, [2023, 2021, 2022, 2021]);

        Assert.Equal([2021, 2022, 2023], area.LayoutYears);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankName_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => new Area(Batau, name, null, []));
    }

    [Fact]
    public void AddLayoutYear_NewYear_ReturnsTrue()
    {
        var area = new Area(Batau, "Batau-Noord", Nieuwegein, [2022]);

        Assert.True(area.AddLayoutYear(2020));
        Assert.Equal([2020, 2022], area.LayoutYears);
    }

    [Fact]
    public void AddLayoutYear_KnownYear_ReturnsFalse()
    {
        var area = new Area(Batau, "Batau-Noord", Nieuwegein, [2022]);

        Assert.False(area.AddLayoutYear(2022));
        Assert.Single(area.LayoutYears);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2200)]
    public void AddLayoutYear_YearAtBoundary_IsAccepted(int year)
    {
        var area = new Area(Batau, "Batau-Noord", Nieuwegein, []);

        Assert.True(area.AddLayoutYear(year));
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    [InlineData(0)]
    public void AddLayoutYear_YearOutOfRange_Throws(int year)
    {
        var area = new Area(Batau, "Batau-Noord", Nieuwegein, []);

        Assert.Throws<ArgumentOutOfRangeException>(() => area.AddLayoutYear(year));
    }

    [Fact]
    public void Rename_NewName_TrimsName()
    {
        var area = new Area(Batau, "Batau-Noord", Nieuwegein, []);

        area.Rename(" Batau Noord ");

        Assert.Equal("Batau Noord", area.Name);
    }

    [Fact]
    public void Rename_BlankName_ThrowsAndKeepsName()
    {
        var area = new Area(Batau, "Batau-Noord", Nieuwegein, []);

        Assert.Throws<ArgumentException>(() => area.Rename(" "));
        Assert.Equal("Batau-Noord", area.Name);
    }

    [Fact]
    public void SetParent_NewParent_ReplacesParent()
    {
        var area = new Area(Nieuwegein, "Nieuwegein", null, []);

        area.SetParent(AreaCode.From("PV26"));

        Assert.Equal(AreaCode.From("PV26"), area.ParentCode);
    }

    [Fact]
    public void Replace_Boundary_ReplacesGeometry()
    {
        var boundary = new AreaBoundary(1, 2024, """{"type":"Point","coordinates":[5.1,52.0]}""");

        boundary.Replace("""{"type":"Point","coordinates":[5.2,52.1]}""");

        Assert.Equal("""{"type":"Point","coordinates":[5.2,52.1]}""", boundary.GeometryJson);
        Assert.Throws<ArgumentException>(() => boundary.Replace(""));
    }
}
