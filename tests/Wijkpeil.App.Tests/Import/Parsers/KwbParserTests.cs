using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Import.Parsers;

public sealed class KwbParserTests
{
    private const string Kwb2023 = "cbs/kwb-2023-gemeente-utrecht.xlsx";
    private const string Kwb2023Name = "kwb-2023-gemeente-utrecht.xlsx";

    // Published: a draft's values wait apart from the stored figures (issue 9); these tests check what a file stores.
    private static readonly ImportOptions Options = new(Publish: true);

    private static readonly string[] SmallHeader = ["gwb_code_10", "gwb_code_8", "regio", "gm_naam", "recs", "gwb_code", "ind_wbi", "a_inw", "p_huurw", "g_hhgro", "pst_mvp"];

    private readonly KwbParser _parser = new();

    [Fact]
    public void Parse_RealKwb2023_UsesShortNamesAsKeysAndTheYearFromTheFileName()
    {
        var dataset = ParseShared();

        Assert.Equal("kwb", dataset.Format);
        Assert.Equal("kwb", dataset.SourceTable);
        Assert.Equal(2023, dataset.LayoutYear);
        Assert.True(dataset.MayCreateIndicators);
        Assert.Empty(dataset.Measures);
        Assert.Equal(8_206, dataset.Observations.Count);
        Assert.Equal(122, dataset.Areas.Count);
        Assert.All(dataset.Observations, o => Assert.Equal(("2023", Breakdown.TotalCode), (o.PeriodCode, o.BreakdownCode)));

        var overvecht = dataset.Observations.Where(o => o.AreaCode == "WK034403").ToDictionary(o => o.MeasureKey);
        Assert.Equal(new ParsedObservation("WK034403", "a_inw", "2023", Breakdown.TotalCode, 34_910, null, null, null, 29, "a_inw (H)"), overvecht["a_inw"]);
        Assert.Equal(80, overvecht["p_huurw"].Value);
        Assert.Equal(2, overvecht["g_hhgro"].Value);
        Assert.Equal(0.6, overvecht["g_pau_hh"].Value);
        Assert.Equal(367_947, Assert.Single(dataset.Observations, o => o.AreaCode == "GM0344" && o.MeasureKey == "a_inw").Value);

        // "." is unknown: income figures for 2023 were not yet published, and nothing became zero.
        Assert.False(overvecht.ContainsKey("g_ink_pi"));
        Assert.DoesNotContain(dataset.Observations, o => o.MeasureKey is "ind_wbi" or "pst_mvp" or "recs" or "gwb_code_8");

        Assert.Equal(new ParsedArea("WK034403", "Wijk 03 Overvecht", 2023), dataset.Areas["WK034403"]);
        Assert.Equal(new ParsedArea("GM0344", "Utrecht", 2023), dataset.Areas["GM0344"]);
    }

    [Fact]
    public void Parse_CsvCopyWithDecimalCommas_GivesTheSameObservations()
    {
        // The real file rewritten as the older CSV downloads are: ';' separated with decimal commas.
        var rows = TestWorkbook.ReadAll(TestData.SharedData(Kwb2023))
            .Select(row => row.Select(cell => cell is { Length: > 1 } && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? cell.Replace('.', ',') : cell).ToArray());
        var csv = TestWorkbook.Csv(';', rows);

        var fromCsv = Parse(csv, "kwb-2023-gemeente-utrecht.csv");

        Assert.Equal(ParseShared().Observations, fromCsv.Observations);
        Assert.Equal(0.6, Assert.Single(fromCsv.Observations, o => o.AreaCode == "WK034403" && o.MeasureKey == "g_pau_hh").Value);
    }

    [Theory]
    [InlineData("kwb-2023.xlsx", 2023)]
    [InlineData("KWB_2019_gemeente.csv", 2019)]
    [InlineData("/data/cbs/kwb-2023-gemeente-utrecht.xlsx", 2023)]
    [InlineData("kerncijfers.xlsx", null)]
    [InlineData("kwb-20231.xlsx", null)]
    public void YearFromFileName_ReadsCbsNames(string fileName, int? expected)
    {
        Assert.Equal(expected, KwbParser.YearFromFileName(fileName));
    }

    [Fact]
    public void Parse_YearOption_WinsOverTheFileName()
    {
        var file = TestWorkbook.Xlsx("kwb", SmallHeader, Row("WK034403", "Wijk 03 Overvecht", "34910", "80", "2.0"));

        var result = _parser.Parse(new MemoryStream(file), "kwb-2023.xlsx", new ImportOptions(Year: 2022, SourceTable: "kwb-2022"));

        var dataset = Assert.IsType<ParsedDataset>(result.Dataset);
        Assert.All(dataset.Observations, o => Assert.Equal("2022", o.PeriodCode));
        Assert.Equal((2022, "kwb-2022"), (dataset.LayoutYear, dataset.SourceTable));
    }

    [Fact]
    public void Parse_NoYearAnywhere_AsksForIt()
    {
        var file = TestWorkbook.Xlsx("kwb", SmallHeader, Row("WK034403", "Wijk 03 Overvecht", "34910", "80", "2.0"));

        var issue = Assert.Single(Failures(file, "kerncijfers.xlsx"));

        Assert.Contains("het jaar van de cijfers is onbekend: geef het op met --year", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CsvWithDecimalCommas_ReadsThemAsDecimals()
    {
        // Older kwb CSV files: ';' separated, decimal comma, padded.
        var file = TestWorkbook.Csv(
            ';',
            SmallHeader,
            Row("GM0344", "Utrecht", "367947", "56", "1,9"),
            Row("WK034403", "Wijk 03 Overvecht", "   34910", "   .", "   2,0"));

        var dataset = Parse(file, "kwb-2019.csv");

        Assert.Equal(
            [("GM0344", "a_inw", 367_947.0), ("GM0344", "p_huurw", 56.0), ("GM0344", "g_hhgro", 1.9), ("WK034403", "a_inw", 34_910.0), ("WK034403", "g_hhgro", 2.0)],
            dataset.Observations.Select(o => (o.AreaCode, o.MeasureKey, o.Value)));
    }

    [Fact]
    public void Parse_TextOrAmbiguousNumbers_ReportsEachCell()
    {
        var file = TestWorkbook.Xlsx(
            "kwb",
            SmallHeader,
            Row("WK034401", "Wijk 01 West", "29040", "48", "1.9"),
            Row("WK034403", "Wijk 03 Overvecht", "ca. 35000", "80", "2.0"),
            Row("WK034404", "Wijk 04 Oost", "1.234,5", "x", "1,9"));

        var issues = Failures(file, Kwb2023Name);

        Assert.Equal(3, issues.Count);
        Assert.Equal(new ImportIssue(Kwb2023Name, 3, "a_inw (H)", "ca. 35000", ValueParsing.ExpectedDecimalPointOrComma), issues[0]);
        Assert.Equal((4, "a_inw (H)", "1.234,5"), (issues[1].Row, issues[1].Column, issues[1].Value));
        Assert.Equal((4, "p_huurw (I)", "x"), (issues[2].Row, issues[2].Column, issues[2].Value));
        Assert.Contains("zonder scheiding van duizendtallen", issues[1].Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateRegion_NamesBothRows()
    {
        var file = TestWorkbook.Xlsx(
            "kwb",
            SmallHeader,
            Row("WK034403", "Wijk 03 Overvecht", "34910", "80", "2.0"),
            Row("WK034403", "Wijk 03 Overvecht", "34910", "80", "2.0"));

        var issue = Assert.Single(Failures(file, Kwb2023Name));

        Assert.Equal(new ImportIssue(Kwb2023Name, 3, "gwb_code_10 (A)", "WK034403", "dubbele rij: WK034403 staat ook in rij 2."), issue);
    }

    [Fact]
    public void Parse_SheetWithoutRegionCode_SaysItIsNoKwbFile()
    {
        var rivm = File.ReadAllBytes(TestData.SharedData("rivm/50090NED-gezondheid-2016-18plus.xlsx"));

        var issue = Assert.Single(Failures(rivm, "kwb-2016.xlsx"));

        Assert.Equal(1, issue.Row);
        Assert.Contains("kolom gwb_code_10 of gwb_code ontbreekt; dit lijkt geen CBS-bestand Kerncijfers wijken en buurten (kwb)", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OlderHeaderWithGwbCodeOnly_FindsRegions()
    {
        string[] header = ["gwb_code", "regio", "a_inw"];
        var file = TestWorkbook.Csv(',', header, ["WK034403", "Overvecht", "33000"]);

        var only = Assert.Single(Parse(file, "kwb-2018.csv").Observations);

        Assert.Equal(("WK034403", "a_inw", "2018", 33_000.0), (only.AreaCode, only.MeasureKey, only.PeriodCode, only.Value));
    }

    [Theory]
    [InlineData(new byte[0], "het bestand is leeg (0 bytes).")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x01 }, "geen geldig xlsx-bestand (beschadigd of afgekapt)")]
    public void Parse_UnreadableFile_SaysWhy(byte[] file, string expected)
    {
        var issue = Assert.Single(Failures(file, Kwb2023Name));

        Assert.StartsWith(expected, issue.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_RealKwb2023_StoresOvervechtInhabitantsAndAgainChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await ImportAsync(database, File.ReadAllBytes(TestData.SharedData(Kwb2023)), Kwb2023Name);

        Assert.True(first.Succeeded, first.Message);
        Assert.Equal((8_206, 122, 68), (first.Added, first.AreasAdded, first.IndicatorsAdded));
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var overvecht = AreaCode.From("WK034403");
            var inhabitants = await (
                from o in db.Observations
                join a in db.Areas on o.AreaId equals a.Id
                join i in db.Indicators on o.IndicatorId equals i.Id
                join p in db.Periods on o.PeriodId equals p.Id
                where a.Code == overvecht && i.Code == "a_inw"
                select new { p.Code, o.Value }).SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal(("2023", 34_910.0), (inhabitants.Code, inhabitants.Value));
            var area = await db.Areas.AsNoTracking().SingleAsync(a => a.Code == overvecht, TestContext.Current.CancellationToken);
            Assert.Equal(("Wijk 03 Overvecht", 2023), (area.Name, Assert.Single(area.LayoutYears)));
        }

        var before = await CountsAsync(database);
        var again = await ImportAsync(database, File.ReadAllBytes(TestData.SharedData(Kwb2023)), Kwb2023Name);

        Assert.True(again.Succeeded, again.Message);
        Assert.True(again.NothingChanged);
        Assert.Contains("Niets gewijzigd: alle 8.206 waarden", again.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_TextInNumericCell_FailsAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ImportAsync(database, TestWorkbook.Xlsx("kwb", SmallHeader, Row("WK034403", "Wijk 03 Overvecht", "34910", "80", "2.0")), Kwb2023Name);
        Assert.True(seed.Succeeded, seed.Message);
        var before = await CountsAsync(database);
        var file = TestWorkbook.Xlsx(
            "kwb",
            SmallHeader,
            Row("WK034403", "Wijk 03 Overvecht", "35000", "80", "2.0"),
            Row("WK034401", "Wijk 01 West", "29040", "veel", "1.9"));

        var outcome = await ImportAsync(database, file, Kwb2023Name);

        Assert.False(outcome.Succeeded);
        Assert.Equal(
            "Import afgebroken, er is niets opgeslagen. kwb-2023-gemeente-utrecht.xlsx, rij 3, kolom p_huurw (I): waarde 'veel': " + ValueParsing.ExpectedDecimalPointOrComma,
            outcome.Message);
        Assert.Equal(before, await CountsAsync(database));
    }

    private static string?[] Row(string code, string name, string? inhabitants, string? rented, string? householdSize) =>
        [code, code[2..], name, "Utrecht", code.StartsWith("GM", StringComparison.Ordinal) ? "Gemeente" : "Wijk", code, "1", inhabitants, rented, householdSize, "."];

    private static ParsedDataset ParseShared()
    {
        using var stream = File.OpenRead(TestData.SharedData(Kwb2023));
        var result = new KwbParser().Parse(stream, Kwb2023Name, Options);
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
        Assert.All(result.Issues, issue => Assert.Equal(fileName, issue.File));
        return [.. result.Issues];
    }

    private static async Task<ImportOutcome> ImportAsync(TestDatabase database, byte[] file, string fileName)
    {
        await using var scope = database.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
        var parser = scope.ServiceProvider.GetServices<IDatasetParser>().Single(p => p.Format == "kwb");
        return await importer.ImportAsync(parser, new MemoryStream(file), fileName, Options, TestContext.Current.CancellationToken);
    }

    private static async Task<(int Observations, int Areas, int Indicators, int Batches, int Periods)> CountsAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var ct = TestContext.Current.CancellationToken;
        return (
            await db.Observations.CountAsync(ct),
            await db.Areas.CountAsync(ct),
            await db.Indicators.CountAsync(ct),
            await db.ImportBatches.CountAsync(ct),
            await db.Periods.CountAsync(ct));
    }
}
