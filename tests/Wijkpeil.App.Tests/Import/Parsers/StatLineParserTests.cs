using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Import.Parsers;

public sealed class StatLineParserTests
{
    private const string Rivm2016 = "rivm/50090NED-gezondheid-2016-18plus.xlsx";
    private const string Rivm2020 = "rivm/50090NED-gezondheid-2020-18plus.xlsx";
    private const string Rivm2020Elderly = "rivm/50090NED-gezondheid-2020-65plus.xlsx";
    private const string Health = "ErvarenGezondheidGoedZeerGoed";
    private const string HealthColumn = "ErvarenGezondheidGoedZeerGoed_4 (I)";
    private const string SmallFile = "50090NED-klein.xlsx";

    // Published: a draft's values wait apart from the stored figures (issue 9); these tests check what a file stores.
    private static readonly ImportOptions Options = new(Publish: true);

    // Several tests look at the same real file; parsing it once keeps the suite quick.
    private static readonly Lazy<ParsedDataset> Parsed2016 = new(() => ParseShared(Rivm2016));

    private readonly StatLineParser _parser = new();

    public static TheoryData<DatabaseProvider, string> MalformedOnBothProviders
    {
        get
        {
            var data = new TheoryData<DatabaseProvider, string>();
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
            {
                foreach (var variant in new[] { "leeg", "willekeurig", "afgekapt", "verkeerde-indeling", "tekst-in-getal", "dubbele-rij", "onbekende-gebiedscode", "percentage-140" })
                {
                    data.Add(provider, variant);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Parse_Rivm2016_ReadsEveryValueWithOvervechtAt63_5()
    {
        var dataset = Parsed2016.Value;

        Assert.Equal("statline", dataset.Format);
        Assert.Equal("50090NED", dataset.SourceTable);
        Assert.Equal(2020, dataset.LayoutYear);
        Assert.True(dataset.MayCreateIndicators);
        Assert.Equal(446_310, dataset.Observations.Count);
        Assert.Equal(17_341, dataset.Areas.Count);
        Assert.Equal(16_530, dataset.Observations.Select(o => o.AreaCode).Distinct().Count());
        Assert.Equal(27, dataset.Observations.Select(o => o.MeasureKey).Distinct().Count());

        var overvecht = dataset.Observations.Where(o => o.AreaCode == "WK034403").ToList();
        Assert.Equal(27, overvecht.Count);
        var health = Assert.Single(overvecht, o => o.MeasureKey == Health);
        Assert.Equal(new ParsedObservation("WK034403", Health, "2016", "18+", 63.5, null, null, null, 14_592, HealthColumn), health);
        Assert.Equal(47.8, Assert.Single(overvecht, o => o.MeasureKey == "Overgewicht").Value);
        Assert.Equal(36.0, Assert.Single(overvecht, o => o.MeasureKey == "MoeiteMetRondkomen").Value);

        // Columns StatLine left empty for 2016 are unknown, not zero.
        Assert.DoesNotContain(overvecht, o => o.MeasureKey == "BeperktVanwegeGezondheid");
        Assert.DoesNotContain(dataset.Observations, o => o.MeasureKey is "Gemeentenaam" or "SoortRegio" or "Codering" or "ID");
    }

    [Fact]
    public void Parse_Rivm2016_NamesRegionsFromTheFileInThe2020Layout()
    {
        var dataset = Parsed2016.Value;

        Assert.Equal(new ParsedArea("GM0344", "Utrecht", 2020), dataset.Areas["GM0344"]);
        Assert.Equal(new ParsedArea("WK034403", "Wijk WK034403 (Utrecht)", 2020), dataset.Areas["WK034403"]);
        Assert.Equal(new ParsedArea("BU03550205", "Buurt BU03550205 (Zeist)", 2020), dataset.Areas["BU03550205"]);

        // The file's NL01 is the register's NL00.
        Assert.Equal(new ParsedArea("NL00", "Nederland", 2020), dataset.Areas["NL00"]);
        Assert.False(dataset.Areas.ContainsKey("NL01"));
        Assert.Equal(75.2, Assert.Single(dataset.Observations, o => o.AreaCode == "NL00" && o.MeasureKey == Health).Value);

        Assert.All(dataset.Measures.Values, m => Assert.Equal("%", m.Unit));
        Assert.Contains(Health, dataset.Measures.Keys);
    }

    [Theory]
    [InlineData(Rivm2020, "18+", 530_304, 69.9, 32)]
    [InlineData(Rivm2020Elderly, "65+", 498_432, 53.0, 32)]
    public void Parse_Rivm2020_ReadsValuesPerAgeGroupWhateverTheSheetName(string file, string ageGroup, int values, double overvechtHealth, int overvechtValues)
    {
        var dataset = ParseShared(file);

        Assert.Equal("50090NED", dataset.SourceTable);
        Assert.Equal(values, dataset.Observations.Count);
        Assert.All(dataset.Observations, o => Assert.Equal(ageGroup, o.BreakdownCode));
        Assert.All(dataset.Observations, o => Assert.Equal("2020", o.PeriodCode));
        var overvecht = dataset.Observations.Where(o => o.AreaCode == "WK034403").ToList();
        Assert.Equal(overvechtValues, overvecht.Count);
        Assert.Equal(overvechtHealth, Assert.Single(overvecht, o => o.MeasureKey == Health).Value);
    }

    [Fact]
    public void Parse_Rivm2016_SharesOneStringPerRegionAndKey()
    {
        var dataset = Parsed2016.Value;

        var overvecht = dataset.Observations.Where(o => o.AreaCode == "WK034403").ToList();
        Assert.All(overvecht, o => Assert.Same(overvecht[0].AreaCode, o.AreaCode));
        Assert.All(overvecht, o => Assert.Same(overvecht[0].PeriodCode, o.PeriodCode));
        var health = dataset.Observations.Where(o => o.MeasureKey == Health).Take(100).ToList();
        Assert.All(health, o => Assert.Same(health[0].MeasureKey, o.MeasureKey));
        Assert.All(health, o => Assert.Same(health[0].Column, o.Column));
    }

    [Fact]
    public void Parse_CsvCopyOfRivm2016_GivesTheSameObservations()
    {
        var path = TestData.SharedData(Rivm2016);
        var csv = TestWorkbook.Csv(';', TestWorkbook.ReadAll(path));

        var fromCsv = Parse(csv, "50090NED-gezondheid-2016-18plus.csv");
        var fromXlsx = Parsed2016.Value;

        Assert.Equal(fromXlsx.Observations, fromCsv.Observations);
        Assert.Equal(fromXlsx.Areas, fromCsv.Areas);
        Assert.Equal("50090NED", fromCsv.SourceTable);
    }

    [Theory]
    [InlineData(null, "50090NED_UntypedDataSet_1305202", "rivm.xlsx", "50090NED")]
    [InlineData(null, "RIVM_gezondheid2020_18+", "50090NED-gezondheid-2020-18plus.xlsx", "50090NED")]
    [InlineData("85984ned ", "50090NED_UntypedDataSet", "50090NED.xlsx", "85984NED")]
    [InlineData(null, "Blad1", "gezondheid.xlsx", null)]
    [InlineData(null, null, "export-50090ned.csv", "50090NED")]
    public void FindSourceTable_PrefersOptionThenSheetThenFileName(string? given, string? sheet, string file, string? expected)
    {
        Assert.Equal(expected, StatLineParser.FindSourceTable(given, sheet, file));
    }

    [Fact]
    public void Parse_IntervalRows_BecomeOneObservationWithBounds()
    {
        // Bounds may come before the value: rows are combined per region, period and age group, not by order.
        var file = TestWorkbook.Csv(
            ',',
            TestWorkbook.StatLineHeader,
            TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "67.1", "48.0", margin: "MOG0095"),
            TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "69.9", "51.0"),
            TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "72.6", ".", margin: "MBG0095"));

        var dataset = Parse(file, "50090NED-interval.csv");

        Assert.Equal(2, dataset.Observations.Count);
        Assert.Equal(new ParsedObservation("WK034403", Health, "2020", "18+", 69.9, 67.1, 72.6, null, 3, HealthColumn), dataset.Observations[0]);

        // One bound unknown: the value stands alone rather than with half an interval.
        Assert.Equal(new ParsedObservation("WK034403", "Overgewicht", "2020", "18+", 51.0, null, null, null, 3, "Overgewicht_9 (J)"), dataset.Observations[1]);
    }

    [Fact]
    public void Parse_BoundsWithoutValue_AreNoFigure()
    {
        var file = TestWorkbook.Xlsx(
            "data",
            TestWorkbook.StatLineHeader,
            TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", ".", null),
            TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "60.0", null, margin: "MOG0095"),
            TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "70.0", null, margin: "MBG0095"));

        var result = _parser.Parse(new MemoryStream(file), SmallFile, Options);

        Assert.Empty(Assert.IsType<ParsedDataset>(result.Dataset).Observations);
    }

    [Fact]
    public void Parse_DotEmptyAndBlank_AreMissingNeverZero()
    {
        var file = TestWorkbook.Xlsx(
            "data",
            TestWorkbook.StatLineHeader,
            TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "       .", "        "),
            TestWorkbook.StatLineRow("WK034401", "Utrecht", "Wijk", "2020JJ00", string.Empty, "0.0"));

        var dataset = Parse(file, SmallFile);

        var only = Assert.Single(dataset.Observations);
        Assert.Equal(("WK034401", "Overgewicht", 0.0), (only.AreaCode, only.MeasureKey, only.Value));
    }

    [Fact]
    public void Parse_TextInNumericCells_ReportsFileRowColumnValueAndExpectation()
    {
        var file = TestWorkbook.Xlsx(
            "50090NED_UntypedDataSet",
            TestWorkbook.StatLineHeader,
            TestWorkbook.StatLineRow("WK034401", "Utrecht", "Wijk", "2020JJ00", "70.1", "45.0"),
            TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "veel", "45.0"),
            TestWorkbook.StatLineRow("WK034404", "Utrecht", "Wijk", "2020JJ00", "71.0", "12,5"));

        var result = _parser.Parse(new MemoryStream(file), SmallFile, Options);

        Assert.Null(result.Dataset);
        Assert.Equal(2, result.Issues.Count);
        Assert.Equal(new ImportIssue(SmallFile, 3, HealthColumn, "veel", "een getal met decimale punt, of '.' of leeg voor onbekend"), result.Issues[0]);
        Assert.Equal(new ImportIssue(SmallFile, 4, "Overgewicht_9 (J)", "12,5", ValueParsing.ExpectedDecimalPoint), result.Issues[1]);
        Assert.Equal(
            "50090NED-klein.xlsx, rij 3, kolom ErvarenGezondheidGoedZeerGoed_4 (I): waarde 'veel': een getal met decimale punt, of '.' of leeg voor onbekend",
            result.Issues[0].ToString());
    }

    [Fact]
    public void Parse_DuplicateRow_NamesBothRows()
    {
        var file = TestWorkbook.Xlsx(
            "data",
            TestWorkbook.StatLineHeader,
            TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "69.9", "51.0"),
            TestWorkbook.StatLineRow("WK034401", "Utrecht", "Wijk", "2020JJ00", "70.0", "45.0"),
            TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "69.9", "51.0"));

        var issue = Assert.Single(Failures(file, SmallFile));

        Assert.Equal(4, issue.Row);
        Assert.Equal("WijkenEnBuurten (D)", issue.Column);
        Assert.Equal("dubbele rij: WK034403 / 2020 / 18+ staat ook in rij 2.", issue.Expected);
    }

    [Fact]
    public void Parse_SheetWithoutRegionColumn_SaysItIsNoStatLineTable()
    {
        var file = TestWorkbook.Xlsx("Blad1", ["Naam", "Waarde_1"], ["Overvecht", "63.5"]);

        var issue = Assert.Single(Failures(file, "gezondheid.xlsx"));

        Assert.Equal(1, issue.Row);
        Assert.Contains("kolom WijkenEnBuurten of Codering ontbreekt; dit lijkt geen StatLine-tabel", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptySheet_SaysSo()
    {
        var issue = Assert.Single(Failures(TestWorkbook.Xlsx("Blad1"), "leeg.xlsx"));

        Assert.Contains("het werkblad is leeg", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ZeroBytes_SaysTheFileIsEmpty()
    {
        var issue = Assert.Single(Failures([], "50090NED.xlsx"));

        Assert.Equal(new ImportIssue("50090NED.xlsx", null, null, null, "het bestand is leeg (0 bytes)."), issue);
    }

    [Fact]
    public void Parse_RandomBytes_IsNoValidWorkbook()
    {
        var issue = Assert.Single(Failures(TempFolder.RandomBytes(4_096), "50090NED.xlsx"));

        Assert.Equal("50090NED.xlsx", issue.File);
        Assert.StartsWith("geen geldig xlsx-bestand (beschadigd of afgekapt)", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RealFileCutInHalf_IsNoValidWorkbook()
    {
        var bytes = File.ReadAllBytes(TestData.SharedData(Rivm2016));

        var issue = Assert.Single(Failures(bytes[..(bytes.Length / 2)], "50090NED-gezondheid-2016-18plus.xlsx"));

        Assert.StartsWith("geen geldig xlsx-bestand (beschadigd of afgekapt)", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CsvWithUnclosedQuote_IsNoReadableCsv()
    {
        var file = "WijkenEnBuurten,Perioden,Eenzaam_28\r\nWK034403,2020JJ00,\"58.5\r\n"u8.ToArray();

        var issue = Assert.Single(Failures(file, "50090NED.csv"));

        Assert.StartsWith("geen leesbaar CSV-bestand", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownMargesCode_IsRejected()
    {
        var file = TestWorkbook.Xlsx(
            "data",
            TestWorkbook.StatLineHeader,
            TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "69.9", "51.0", margin: "MOG0090"));

        var issue = Assert.Single(Failures(file, SmallFile));

        Assert.Equal(("Marges (C)", "MOG0090"), (issue.Column, issue.Value));
        Assert.Contains("MW00000 (waarde), MOG0095 (ondergrens 95%-interval) of MBG0095 (bovengrens 95%-interval)", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BreakdownDimensions_MapKnownCodesAndKeepOthers()
    {
        string[] header = ["ID", "Geslacht", "Leeftijd", "Marges", "WijkenEnBuurten", "Perioden", "Eenzaam_28"];
        var file = TestWorkbook.Csv(
            ';',
            header,
            ["1", "T001038", "53115", "MW00000", "WK034403", "2020JJ00", "50.0"],
            ["2", "4000", "80200", "MW00000", "WK034403", "2020JJ00", "60.0"],
            ["3", "T001038", "10000", "MW00000", "WK034403", "2020JJ00", "55.0"],
            ["4", "3000", "99999", "MW00000", "WK034403", "2020JJ00", "40.0"]);

        var dataset = Parse(file, "85000NED.csv");

        Assert.Equal(["18-64", "vrouw/65+", Breakdown.TotalCode, "man/99999"], dataset.Observations.Select(o => o.BreakdownCode));
        Assert.Equal("85000NED", dataset.SourceTable);
        Assert.Empty(dataset.Areas);
        Assert.Empty(dataset.Measures);
    }

    [Fact]
    public void Parse_CodingColumnWithoutDimension_StillFindsRegions()
    {
        string[] header = ["Codering_3", "Perioden", "Eenzaam_28"];
        var file = TestWorkbook.Csv(',', header, ["WK034403            ", "2016JJ00", "   53.9"]);

        var only = Assert.Single(Parse(file, "eenzaamheid.csv").Observations);

        Assert.Equal(("WK034403", "Eenzaam", "2016", Breakdown.TotalCode, 53.9), (only.AreaCode, only.MeasureKey, only.PeriodCode, only.BreakdownCode, only.Value));
    }

    [Fact]
    public void Parse_RegionNameColumnWithoutSuffix_IsNoBreakdown()
    {
        string[] header = ["WijkenEnBuurten", "Perioden", "Gemeentenaam", "Eenzaam_28"];
        var file = TestWorkbook.Csv(',', header, ["GM0344", "2020JJ00", "Utrecht", "45.3"]);

        var dataset = Parse(file, "eenzaamheid.csv");

        Assert.Equal(Breakdown.TotalCode, Assert.Single(dataset.Observations).BreakdownCode);
        Assert.Equal(new ParsedArea("GM0344", "Utrecht", 2020), Assert.Single(dataset.Areas.Values));
    }

    [Fact]
    public void Parse_NoPeriodColumn_UsesTheYearOptionOrAsksForIt()
    {
        string[] header = ["WijkenEnBuurten", "Eenzaam_28"];
        var file = TestWorkbook.Csv(',', header, ["WK034403", "53.9"]);

        var withYear = _parser.Parse(new MemoryStream(file), "eenzaamheid.csv", new ImportOptions(Year: 2022));
        var without = _parser.Parse(new MemoryStream(file), "eenzaamheid.csv", Options);

        Assert.Equal("2022", Assert.Single(Assert.IsType<ParsedDataset>(withYear.Dataset).Observations).PeriodCode);
        Assert.Equal(2022, withYear.Dataset.LayoutYear);
        Assert.Contains("kolom Perioden ontbreekt", Assert.Single(without.Issues).Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadRegionCodeAndPeriod_AreReportedPerCell()
    {
        var file = TestWorkbook.Xlsx(
            "data",
            TestWorkbook.StatLineHeader,
            TestWorkbook.StatLineRow("Overvecht", "Utrecht", "Wijk", "2020JJ00", "69.9", "51.0"),
            TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020KW01", "69.9", "51.0"));

        var issues = Failures(file, SmallFile);

        Assert.Equal(2, issues.Count);
        Assert.Equal((2, "WijkenEnBuurten (D)", "Overvecht"), (issues[0].Row, issues[0].Column, issues[0].Value));
        Assert.Contains("CBS-gebiedscode", issues[0].Expected, StringComparison.Ordinal);
        Assert.Equal((3, "Perioden (E)", "2020KW01"), (issues[1].Row, issues[1].Column, issues[1].Value));
    }

    [Fact]
    public void Parse_ManyBadCells_StopsAfterFiftyAndSaysSo()
    {
        var rows = new List<IReadOnlyList<string?>> { TestWorkbook.StatLineHeader };
        for (var i = 1; i <= 200; i++)
        {
            rows.Add(TestWorkbook.StatLineRow($"BU0344{i:0000}", "Utrecht", "Buurt", "2020JJ00", "x", "51.0"));
        }

        var issues = Failures(TestWorkbook.Xlsx("data", rows), SmallFile);

        Assert.Equal(IssueCollector.Limit + 1, issues.Count);
        Assert.Contains("na 50 fouten is het bestand niet verder gecontroleerd", issues[^1].Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_ResolvesStatLineAsDatasetParser()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWijkpeil(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Wijkpeil"] = "Data Source=:memory:",
        }).Build());
        using var provider = services.BuildServiceProvider();

        var formats = provider.GetServices<IDatasetParser>().Select(p => p.Format).ToList();

        Assert.Contains("statline", formats);
        Assert.Contains("kwb", formats);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_Rivm2016Then2020_StoresOvervechtValuesAndSameFileAgainChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedUtrechtAsync(database);

        var stopwatch = Stopwatch.StartNew();
        var first = await ImportSharedAsync(database, Rivm2016);
        var firstTime = stopwatch.Elapsed;
        var second = await ImportSharedAsync(database, Rivm2020);
        var secondTime = stopwatch.Elapsed - firstTime;

        // 811 regions have only unknown values in 2016, so only 16,530 of the file's 17,341 codes are stored.
        Assert.True(first.Succeeded, first.Message);
        Assert.Equal((446_310, 0, 16_528, 27), (first.Added, first.Changed, first.AreasAdded, first.IndicatorsAdded));
        Assert.True(second.Succeeded, second.Message);
        Assert.Equal((530_304, 0, 97, 5), (second.Added, second.Changed, second.AreasAdded, second.IndicatorsAdded));
        TestContext.Current.TestOutputHelper?.WriteLine($"{provider}: 50090NED 2016 import {firstTime.TotalMilliseconds:F0} ms, 2020 import {secondTime.TotalMilliseconds:F0} ms");

        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var overvecht = await OvervechtHealthAsync(db);
            Assert.Equal([("2016", 63.5, (double?)null, (double?)null), ("2020", 69.9, null, null)], overvecht);

            var areas = await db.Areas.AsNoTracking().Where(a => a.Level == AreaLevel.District && a.ParentCode == AreaCode.From("GM0344")).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(10, areas.Count);
            Assert.Equal("Wijk 03 Overvecht", areas.Single(a => a.Code.Value == "WK034403").Name);
            var west = areas.Single(a => a.Code.Value == "WK034401");
            Assert.Equal(("Wijk WK034401 (Utrecht)", 2020), (west.Name, Assert.Single(west.LayoutYears)));

            var health = await db.Indicators.AsNoTracking().Include(i => i.SourceMappings).SingleAsync(i => i.Code == Health, TestContext.Current.CancellationToken);
            Assert.Equal(IndicatorKind.Percentage, health.Kind);
            Assert.False(health.IsCurated);
            Assert.Equal(("50090NED", Health), (Assert.Single(health.SourceMappings).SourceTable, health.SourceMappings[0].MeasureKey));
            Assert.Equal(["50090NED", "50090NED"], await db.ImportBatches.OrderBy(b => b.Id).Select(b => b.SourceTable).ToListAsync(TestContext.Current.CancellationToken));
        }

        var before = await CountsAsync(database);
        stopwatch.Restart();
        var again = await ImportSharedAsync(database, Rivm2020);
        TestContext.Current.TestOutputHelper?.WriteLine($"{provider}: 50090NED 2020 again {stopwatch.Elapsed.TotalMilliseconds:F0} ms");

        Assert.True(again.Succeeded, again.Message);
        Assert.True(again.NothingChanged);
        Assert.Equal((0, 0, 530_304), (again.Added, again.Changed, again.Unchanged));
        Assert.Contains("Niets gewijzigd", again.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_IntervalRows_StoresValueWithBounds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = TestWorkbook.Xlsx(
            "RIVM",
            TestWorkbook.StatLineHeader,
            TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "69.9", "51.0"),
            TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "67.1", "48.2", margin: "MOG0095"),
            TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "72.6", "53.9", margin: "MBG0095"));

        var outcome = await ImportAsync(database, file, SmallFile);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(2, outcome.Added);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal([("2020", 69.9, (double?)67.1, (double?)72.6)], await OvervechtHealthAsync(db));
    }

    [Theory]
    [MemberData(nameof(MalformedOnBothProviders))]
    public async Task Import_MalformedFile_FailsWithMessageAndStoresNothing(DatabaseProvider provider, string variant)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ImportAsync(database, ValidSmallFile(), SmallFile);
        Assert.True(seed.Succeeded, seed.Message);
        var before = await CountsAsync(database);
        var (bytes, fileName, expected) = Malformed(variant);

        var outcome = await ImportAsync(database, bytes, fileName);

        Assert.False(outcome.Succeeded);
        Assert.False(outcome.NothingChanged);
        Assert.StartsWith("Import afgebroken, er is niets opgeslagen.", outcome.Message, StringComparison.Ordinal);
        foreach (var part in expected)
        {
            Assert.Contains(part, outcome.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await CountsAsync(database));
    }

    private static (byte[] Bytes, string FileName, string[] Expected) Malformed(string variant)
    {
        switch (variant)
        {
            case "leeg":
                return ([], SmallFile, ["50090NED-klein.xlsx: het bestand is leeg (0 bytes)."]);
            case "willekeurig":
                return (TempFolder.RandomBytes(10_000), SmallFile, ["50090NED-klein.xlsx: geen geldig xlsx-bestand (beschadigd of afgekapt)"]);
            case "afgekapt":
                var real = File.ReadAllBytes(TestData.SharedData(Rivm2016));
                return (real[..(real.Length / 2)], "50090NED-gezondheid-2016-18plus.xlsx", ["50090NED-gezondheid-2016-18plus.xlsx: geen geldig xlsx-bestand (beschadigd of afgekapt)"]);
            case "verkeerde-indeling":
                return (TestWorkbook.Xlsx("Blad1", ["Wijk", "Gezondheid"], ["Overvecht", "63.5"]), SmallFile, ["rij 1: kolom WijkenEnBuurten of Codering ontbreekt; dit lijkt geen StatLine-tabel"]);
            case "tekst-in-getal":
                return (
                    TestWorkbook.Xlsx("data", TestWorkbook.StatLineHeader, TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "70.0", "51.0"), TestWorkbook.StatLineRow("WK034401", "Utrecht", "Wijk", "2020JJ00", "n.v.t.", "45.0")),
                    SmallFile,
                    ["50090NED-klein.xlsx, rij 3, kolom ErvarenGezondheidGoedZeerGoed_4 (I): waarde 'n.v.t.': een getal met decimale punt, of '.' of leeg voor onbekend"]);
            case "dubbele-rij":
                return (
                    TestWorkbook.Xlsx("data", TestWorkbook.StatLineHeader, TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "70.0", "51.0"), TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "70.0", "51.0")),
                    SmallFile,
                    ["rij 3", "dubbele rij: WK034403 / 2020 / 18+ staat ook in rij 2."]);
            case "onbekende-gebiedscode":
                // Without Gemeentenaam the file names no regions, so a code the register lacks cannot be added.
                string[] codesOnly = ["WijkenEnBuurten", "Perioden", "Leeftijd", "ErvarenGezondheidGoedZeerGoed_4"];
                return (
                    TestWorkbook.Xlsx("data", codesOnly, ["WK034403", "2020JJ00", "20300", "70.0"], ["WK999999", "2020JJ00", "20300", "50.0"], ["BU99999901", "2020JJ00", "20300", "50.0"]),
                    SmallFile,
                    ["2 onbekende gebiedscode(s)", "BU99999901, WK999999"]);
            case "percentage-140":
                return (
                    TestWorkbook.Xlsx("data", TestWorkbook.StatLineHeader, TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2020JJ00", "140.0", "51.0")),
                    SmallFile,
                    ["rij 2, kolom ErvarenGezondheidGoedZeerGoed_4 (I)", "140 is geen geldig percentage"]);
            default:
                throw new ArgumentOutOfRangeException(nameof(variant), variant, "unknown variant");
        }
    }

    private static byte[] ValidSmallFile() => TestWorkbook.Xlsx(
        "data",
        TestWorkbook.StatLineHeader,
        TestWorkbook.StatLineRow("GM0344", "Utrecht", "Gemeente", "2016JJ00", "77.0", "38.5"),
        TestWorkbook.StatLineRow("WK034403", "Utrecht", "Wijk", "2016JJ00", "63.5", "47.8"));

    private static ParsedDataset ParseShared(string relative)
    {
        var path = TestData.SharedData(relative);
        using var stream = File.OpenRead(path);
        var result = new StatLineParser().Parse(stream, Path.GetFileName(path), Options);
        Assert.Empty(result.Issues);
        return Assert.IsType<ParsedDataset>(result.Dataset);
    }

    private ParsedDataset Parse(byte[] file, string fileName)
    {
        var result = _parser.Parse(new MemoryStream(file), fileName, Options);
        Assert.Empty(result.Issues);
        return Assert.IsType<ParsedDataset>(result.Dataset);
    }

    private List<ImportIssue> Failures(byte[] file, string fileName)
    {
        var result = _parser.Parse(new MemoryStream(file), fileName, Options);
        Assert.Null(result.Dataset);
        Assert.NotEmpty(result.Issues);
        Assert.All(result.Issues, issue => Assert.Equal(fileName, issue.File));
        return [.. result.Issues];
    }

    private static async Task SeedUtrechtAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Areas.Add(new Area(AreaCode.From("GM0344"), "Utrecht", null, [2024]));
        db.Areas.Add(new Area(AreaCode.From("WK034403"), "Wijk 03 Overvecht", AreaCode.From("GM0344"), [2024]));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<ImportOutcome> ImportSharedAsync(TestDatabase database, string relative)
    {
        await using var scope = database.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
        var parser = scope.ServiceProvider.GetServices<IDatasetParser>().Single(p => p.Format == "statline");
        return await importer.ImportFileAsync(parser, TestData.SharedData(relative), Options, TestContext.Current.CancellationToken);
    }

    private static async Task<ImportOutcome> ImportAsync(TestDatabase database, byte[] file, string fileName)
    {
        await using var scope = database.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
        var parser = scope.ServiceProvider.GetServices<IDatasetParser>().Single(p => p.Format == "statline");
        return await importer.ImportAsync(parser, new MemoryStream(file), fileName, Options, TestContext.Current.CancellationToken);
    }

    private static async Task<List<(string Period, double Value, double? Lower, double? Upper)>> OvervechtHealthAsync(WijkpeilDbContext db)
    {
        var overvecht = AreaCode.From("WK034403");
        var rows = await (
            from o in db.Observations
            join a in db.Areas on o.AreaId equals a.Id
            join i in db.Indicators on o.IndicatorId equals i.Id
            join p in db.Periods on o.PeriodId equals p.Id
            join b in db.Breakdowns on o.BreakdownId equals b.Id
            where a.Code == overvecht && i.Code == Health && b.Code == "18+"
            orderby p.Year
            select new { p.Code, o.Value, o.Lower, o.Upper }).ToListAsync(TestContext.Current.CancellationToken);
        return [.. rows.Select(r => (r.Code, r.Value, r.Lower, r.Upper))];
    }

    private static async Task<(int Observations, int Areas, int Indicators, int Batches, int Periods, int Breakdowns)> CountsAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var ct = TestContext.Current.CancellationToken;
        return (
            await db.Observations.CountAsync(ct),
            await db.Areas.CountAsync(ct),
            await db.Indicators.CountAsync(ct),
            await db.ImportBatches.CountAsync(ct),
            await db.Periods.CountAsync(ct),
            await db.Breakdowns.CountAsync(ct));
    }
}
