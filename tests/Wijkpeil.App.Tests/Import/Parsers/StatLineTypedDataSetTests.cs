using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Tests.Import.Parsers;

/// <summary>
/// A StatLine "TypedDataSet" CSV (issue 11, point 4): the real Politie/CBS 47018NED download, whose extra dimension
/// SoortMisdrijf becomes the breakdown, and synthetic files with another dimension the parser has never heard of.
/// </summary>
public sealed class StatLineTypedDataSetTests
{
    private const string PoliceFile = "politie/47018NED-misdrijven-2023-buurten-utrecht-zeist-nieuwegein-amersfoort.csv";
    private const string Crimes = "GeregistreerdeMisdrijven";
    private const string AllCrimes = "0.0.0";

    private static readonly ImportOptions Published = new(Publish: true);

    private static readonly string[] PoliceHeader = ["ID", "SoortMisdrijf", "WijkenEnBuurten", "Perioden", "GeregistreerdeMisdrijven_1", "Gemeentenaam_2", "SoortRegio_3"];

    private static readonly string[] LivingHeader = ["ID", "Woonsituatie", "WijkenEnBuurten", "Perioden", "Personen_1"];

    [Fact]
    public void Parse_Police47018_EveryBuurtOnceWithTheCrimeTypeAsBreakdown()
    {
        var dataset = ParsePoliceFile();

        // 330 buurten: 327 with crimes and 3 with none, whose name and type fields are blank.
        Assert.Equal(330, dataset.Observations.Count);
        Assert.Equal(330, dataset.Observations.Select(o => o.AreaCode).Distinct().Count());
        Assert.Equal(3, dataset.Observations.Count(o => o.Value == 0));
        Assert.All(dataset.Observations, o => Assert.Equal((Crimes, "2023", AllCrimes), (o.MeasureKey, o.PeriodCode, o.BreakdownCode)));
        Assert.Equal(("47018NED", 2024), (dataset.SourceTable, dataset.LayoutYear));
        Assert.Equal(435, Value(dataset, "BU03440321"));
        Assert.Equal(187, Value(dataset, "BU03550205"));
        Assert.Equal(0, Value(dataset, "BU03072006"));

        // The ten Overvecht buurten (wijk WK034403) sum to 2,112 (shared/data/README.md).
        Assert.Equal(2_112, dataset.Observations.Where(o => o.AreaCode.StartsWith("BU034403", StringComparison.Ordinal)).Sum(o => o.Value));
        Assert.Equal(new BreakdownInfo(AllCrimes, "Totaal misdrijven", "All crimes"), Assert.Single(dataset.Breakdowns.Values));
        Assert.Equal(("aantal", "Buurt BU03440321 (Utrecht)"), (dataset.Measures[Crimes].Unit, dataset.Areas["BU03440321"].Name));
        Assert.Equal("Buurt BU03072006", dataset.Areas["BU03072006"].Name);
    }

    [Fact]
    public void Parse_UnknownDimension_BecomesTheBreakdownNamedByDimensionAndCode()
    {
        var file = TestWorkbook.Csv(
            ',',
            LivingHeader,
            ["1", "WS01  ", "WK034403  ", "2022JJ00", "1200"],
            ["2", "WS02  ", "WK034403  ", "2022JJ00", "800"]);

        var result = new StatLineParser().Parse(new MemoryStream(file), "woonsituatie.csv", Published);

        var dataset = Assert.IsType<ParsedDataset>(result.Dataset);
        Assert.Equal([("WS01", 1200.0), ("WS02", 800.0)], dataset.Observations.Select(o => (o.BreakdownCode, o.Value)));
        Assert.Equal("Woonsituatie WS01", dataset.Breakdowns["WS01"].NameNl);
        Assert.Equal("Woonsituatie WS02", dataset.Breakdowns["WS02"].NameEn);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_Police47018_Stores330PublishedBuurtFiguresUnderTheCrimeBreakdown(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportRegionsAsync(database, ct);

        var outcome = await ParserPipeline.ImportFileAsync(database, new StatLineParser(), TestData.SharedData(PoliceFile));

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal((330, 0, 0), (outcome.Added, outcome.Changed, outcome.AreasAdded));
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var rows = await (
            from o in db.Observations
            join a in db.Areas on o.AreaId equals a.Id
            join i in db.Indicators on o.IndicatorId equals i.Id
            join p in db.Periods on o.PeriodId equals p.Id
            join b in db.Breakdowns on o.BreakdownId equals b.Id
            where i.Code == Crimes
            select new { Area = a.Code, p.Year, Breakdown = b.Code, BreakdownName = b.NameNl, o.Value })
            .ToListAsync(ct);
        Assert.Equal(330, rows.Count);
        Assert.All(rows, r => Assert.Equal((2023, AllCrimes, "Totaal misdrijven"), (r.Year, r.Breakdown, r.BreakdownName)));
        Assert.Equal(435, rows.Single(r => r.Area.Value == "BU03440321").Value);
        Assert.Equal(187, rows.Single(r => r.Area.Value == "BU03550205").Value);
        var mapping = await db.Indicators.Include(i => i.SourceMappings).SingleAsync(i => i.Code == Crimes, ct);
        Assert.Equal(("47018NED", Crimes), (Assert.Single(mapping.SourceMappings).SourceTable, mapping.SourceMappings[0].MeasureKey));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_UnknownDimension_StoresItsCodesAsNamedBreakdowns(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await ParserPipeline.SeedAsync(database, new Area(AreaCode.From("GM0344"), "Utrecht", null, [2024]), new Area(AreaCode.From("WK034403"), "Wijk 03 Overvecht", AreaCode.From("GM0344"), [2024]));
        var file = TestWorkbook.Csv(',', LivingHeader, ["1", "WS01", "WK034403", "2022JJ00", "1200"], ["2", "WS02", "WK034403", "2022JJ00", "800"]);

        var outcome = await ParserPipeline.ImportBytesAsync(database, new StatLineParser(), "woonsituatie.csv", file);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(2, outcome.Added);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var breakdowns = await (
            from o in db.Observations
            join b in db.Breakdowns on o.BreakdownId equals b.Id
            orderby b.Code
            select new { b.Code, b.NameNl, o.Value }).ToListAsync(ct);
        Assert.Equal([("WS01", "Woonsituatie WS01", 1200.0), ("WS02", "Woonsituatie WS02", 800.0)], breakdowns.Select(b => (b.Code, b.NameNl, b.Value)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_PoliceFileWithTextInACount_NamesRowColumnAndValueAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ParserPipeline.SeedAsync(database, new Area(AreaCode.From("GM0344"), "Utrecht", null, [2024]));
        var before = await ParserPipeline.CountAsync(database);
        var file = TestWorkbook.Csv(
            ',',
            PoliceHeader,
            ["182951", "0.0.0 ", "BU03440321", "2023JJ00", "435", "Utrecht   ", "Buurt   "],
            ["211439", "0.0.0 ", "BU03550205", "2023JJ00", "veel", "Zeist     ", "Buurt   "]);

        var outcome = await ParserPipeline.ImportBytesAsync(database, new StatLineParser(), "47018NED-misdrijven.csv", file);

        Assert.False(outcome.Succeeded);
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal(("47018NED-misdrijven.csv", 3, "GeregistreerdeMisdrijven_1 (E)", "veel"), (issue.File, issue.Row, issue.Column, issue.Value));
        Assert.Contains("getal", issue.Expected, StringComparison.Ordinal);
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }

    private static ParsedDataset ParsePoliceFile()
    {
        var path = TestData.SharedData(PoliceFile);
        using var stream = File.OpenRead(path);
        var result = new StatLineParser().Parse(stream, Path.GetFileName(path), Published);
        Assert.Empty(result.Issues);
        return Assert.IsType<ParsedDataset>(result.Dataset);
    }

    private static double Value(ParsedDataset dataset, string area) => dataset.Observations.Single(o => o.AreaCode == area).Value;

    private static async Task ImportRegionsAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<IAreaFileImport>().ImportRegionsAsync(
            TestData.SharedData("cbs/85984NED-WijkenEnBuurten-2024.csv"), TestData.SharedData("cbs/gemeente-provincie.csv"), new ImportOptions(), ct);
        Assert.True(outcome.Succeeded, outcome.Message);
    }
}
