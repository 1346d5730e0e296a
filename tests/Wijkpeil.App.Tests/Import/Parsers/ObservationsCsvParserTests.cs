using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Import.Parsers;

public sealed class ObservationsCsvParserTests
{
    private const string FileName = "gezondheid-overvecht.csv";

    // Overvecht WK034403, % good or very good self-rated health (RIVM 50090NED): 63.5 in 2016, 69.9 in 2020.
    private const string RoundTrip = """
        area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source
        WK034403,ervaren_gezondheid,2016,18+,63.5,60.1,66.8,412,GGD-monitor
        WK034403,ervaren_gezondheid,2020JJ00,18+,69.9,66.7,73.0,389,GGD-monitor
        GM0344,ervaren_gezondheid,2020,,75.2,,,,GGD-monitor
        """;

    private static readonly ObservationsCsvParser Parser = new();

    [Fact]
    public void Parse_AllColumns_ReadsValuesIntervalsAndSampleSizes()
    {
        var dataset = Parse(RoundTrip);

        Assert.False(dataset.MayCreateIndicators);
        Assert.Equal("GGD-monitor", dataset.SourceTable);
        Assert.Empty(dataset.Areas);
        Assert.Equal(
            [
                new ParsedObservation("WK034403", "ervaren_gezondheid", "2016", "18+", 63.5, 60.1, 66.8, 412, 2, "value"),
                new ParsedObservation("WK034403", "ervaren_gezondheid", "2020", "18+", 69.9, 66.7, 73.0, 389, 3, "value"),
                new ParsedObservation("GM0344", "ervaren_gezondheid", "2020", Breakdown.TotalCode, 75.2, null, null, null, 4, "value"),
            ],
            dataset.Observations);
    }

    [Fact]
    public void Parse_OnlyRequiredColumnsInAnyOrderAndCase_Reads()
    {
        var dataset = Parse(" Value ;PERIOD; area_code ;Indicator_Code\n\"  12,5 \";2023-meting;BU03440311;eenzaamheid\n");

        var only = Assert.Single(dataset.Observations);
        Assert.Equal(("BU03440311", "eenzaamheid", "2023-meting", Breakdown.TotalCode, 12.5), (only.AreaCode, only.MeasureKey, only.PeriodCode, only.BreakdownCode, only.Value));
        Assert.Equal("observations", dataset.SourceTable);
    }

    [Fact]
    public void Parse_SemicolonWithDecimalComma_Reads()
    {
        var dataset = Parse("area_code;indicator_code;period;value;lower;upper\nWK034403;x;2020;69,9;66,7;73\nGM0344;x;2020;1,234;1;2\n");

        Assert.Equal([69.9, 1.234], dataset.Observations.Select(o => o.Value));
        Assert.Equal([66.7, 1.0], dataset.Observations.Select(o => o.Lower));
    }

    [Fact]
    public void Parse_SemicolonWithDecimalPoint_Reads()
    {
        var dataset = Parse("area_code;indicator_code;period;value\nWK034403;x;2020;69.9\nGM0344;x;2020;1.234\n");

        Assert.Equal([69.9, 1.234], dataset.Observations.Select(o => o.Value));
    }

    [Fact]
    public void Parse_MixedDecimalMarks_RejectsNamingRowAndColumn()
    {
        var issue = ParseFailure("area_code;indicator_code;period;value;lower;upper\nWK034403;x;2020;69,9;66,7;73,0\nGM0344;x;2020;75.2;;\n");

        Assert.Equal($"{FileName}, rij 3, kolom value: waarde '75.2': het bestand mengt decimaalkomma en decimale punt (rij 2, kolom value heeft '69,9'), dus een van beide zou een scheiding van duizendtallen kunnen zijn. Gebruik in het hele bestand één decimaalteken en geen scheiding van duizendtallen.", issue.ToString());
    }

    [Fact]
    public void Parse_OnlyThousandsLikePointsWithSemicolon_RejectsAsAmbiguous()
    {
        var issue = ParseFailure("area_code;indicator_code;period;value\nGM0344;inwoners;2020;361.924\n");

        Assert.Equal((2, "value", "361.924"), (issue.Row, issue.Column, issue.Value));
        Assert.StartsWith("dubbelzinnig getal: in een bestand met ';' als scheidingsteken", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThousandsLikePointWithComma_IsADecimal()
    {
        var dataset = Parse("area_code,indicator_code,period,value\nGM0344,inwoners,2020,361.924\n");

        Assert.Equal(361.924, Assert.Single(dataset.Observations).Value);
    }

    [Fact]
    public void Parse_DecimalCommaInCommaSeparatedFile_Rejects()
    {
        var issue = ParseFailure("area_code,indicator_code,period,value\nWK034403,x,2020,\"69,9\"\n");

        Assert.Equal((2, "value", "69,9"), (issue.Row, issue.Column, issue.Value));
        Assert.StartsWith("een komma kan geen decimaalteken zijn", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThousandsSeparatorWithDecimal_IsNoNumber()
    {
        var issue = ParseFailure("area_code;indicator_code;period;value\nGM0344;x;2020;361.924,5\n");

        Assert.Equal((2, "value", "361.924,5"), (issue.Row, issue.Column, issue.Value));
    }

    [Fact]
    public void Parse_TextInNumericCell_NamesFileRowColumnValueAndExpectation()
    {
        var issue = ParseFailure("area_code,indicator_code,period,value,lower,upper\nWK034403,x,2020,69.9,ongeveer 66,73\n");

        Assert.Equal($"{FileName}, rij 2, kolom lower: waarde 'ongeveer 66': verwacht een getal met decimale punt, of '.' of leeg voor onbekend (zonder scheiding van duizendtallen).", issue.ToString());
    }

    [Fact]
    public void Parse_MissingValues_AreSkippedNeverZero()
    {
        var dataset = Parse("area_code,indicator_code,period,value,lower,upper,sample_size\nWK034403,x,2020,.,,,\nGM0344,x,2020,  ,1,2,30\nNL00,x,2020,5,.,.,.\n");

        var only = Assert.Single(dataset.Observations);
        Assert.Equal(("NL00", 5.0, (double?)null, (double?)null, (int?)null), (only.AreaCode, only.Value, only.Lower, only.Upper, only.SampleSize));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-12")]
    [InlineData("12.5")]
    [InlineData("veel")]
    public void Parse_SampleSizeNotAPositiveInteger_Rejects(string sampleSize)
    {
        var issue = ParseFailure($"area_code,indicator_code,period,value,sample_size\nWK034403,x,2020,69.9,{sampleSize}\n");

        Assert.Equal($"{FileName}, rij 2, kolom sample_size: waarde '{sampleSize}': verwacht een positief geheel getal (het aantal respondenten), of leeg als het onbekend is.", issue.ToString());
    }

    [Fact]
    public void Parse_MissingRequiredColumn_NamesIt()
    {
        var issue = ParseFailure("area_code,indicator,period,value\nWK034403,x,2020,1\n");

        Assert.Equal((1, "indicator"), (issue.Row, issue.Column));
        Assert.StartsWith("onbekende kolom", issue.Expected, StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("area_code,period,value\nWK034403,2020,1\n"));
        var result = Parser.Parse(stream, FileName, new ImportOptions());
        var missing = Assert.Single(result.Issues);
        Assert.Equal((1, "indicator_code"), (missing.Row, missing.Column));
        Assert.StartsWith("de verplichte kolom indicator_code ontbreekt", missing.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidAreaCode_NamesRowAndColumn()
    {
        var issue = ParseFailure("area_code,indicator_code,period,value\nOvervecht,x,2020,1\n");

        Assert.Equal($"{FileName}, rij 2, kolom area_code: waarde 'Overvecht': verwacht een CBS-gebiedscode (NL00, PVnn, GMnnnn, WKnnnnnn of BUnnnnnnnn).", issue.ToString());
    }

    [Fact]
    public void Parse_RowWithTooFewFields_Rejects()
    {
        var issue = ParseFailure("area_code,indicator_code,period,value\nWK034403,x,2020\n");

        Assert.Equal(2, issue.Row);
        Assert.Contains("3 velden, verwacht 4", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DifferentSources_RecordsObservationsOrTheOption()
    {
        const string text = "area_code,indicator_code,period,value,source\nWK034403,x,2020,1,GGD\nGM0344,x,2020,2,CBS\n";

        Assert.Equal("observations", Parse(text).SourceTable);
        Assert.Equal("eigen-enquete", Parse(text, new ImportOptions(SourceTable: "eigen-enquete")).SourceTable);
    }

    [Fact]
    public void Parse_SourceLongerThanTheDatabaseKeeps_Rejects()
    {
        var issue = ParseFailure($"area_code,indicator_code,period,value,source\nWK034403,x,2020,1,{new string('b', 41)}\n");

        Assert.Equal((2, "source"), (issue.Row, issue.Column));
    }

    [Fact]
    public void Parse_EmptyFile_SaysItIsEmpty()
    {
        var issue = ParseFailure([]);

        Assert.Equal($"{FileName}: het bestand is leeg (0 bytes).", issue.ToString());
    }

    [Fact]
    public void Parse_RandomBytes_IsNoCsv()
    {
        var issue = ParseFailure(TempFolder.RandomBytes(4096));

        Assert.StartsWith("geen leesbaar CSV-bestand", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenQuote_NamesTheLine()
    {
        var issue = ParseFailure("area_code,indicator_code,period,value,source\nWK034403,x,2020,1,GGD\nGM0344,x,2020,2,\"GGD\n");

        Assert.Equal(3, issue.Row);
        Assert.StartsWith("geen leesbaar CSV-bestand", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_ParsersAreResolvableByFormat()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);

        var formats = database.Services.GetServices<IDatasetParser>().Select(p => p.Format).ToList();

        Assert.Contains("statline-csv", formats);
        Assert.Contains("odata", formats);
        Assert.Contains("observations", formats);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_RoundTrip_StoresIntervalsAndSampleSizes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);

        var outcome = await ParserPipeline.ImportTextAsync(database, Parser, FileName, RoundTrip);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(3, outcome.Added);
        Assert.Equal(0, outcome.IndicatorsAdded);
        var values = await ParserPipeline.ValuesAsync(database);
        Assert.Equal(3, values.Count);
        Assert.Equal((63.5, 60.1, 66.8, 412), Tuple(values[("WK034403", "ervaren_gezondheid", "2016", "18+")]));
        Assert.Equal((69.9, 66.7, 73.0, 389), Tuple(values[("WK034403", "ervaren_gezondheid", "2020", "18+")]));
        var total = values[("GM0344", "ervaren_gezondheid", "2020", Breakdown.TotalCode)];
        Assert.Equal((75.2, null, null, null), (total.Value, total.Lower, total.Upper, total.SampleSize));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_SameFileTwice_ChangesNothingTheSecondTimeAndSaysSo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        await ParserPipeline.ImportTextAsync(database, Parser, FileName, RoundTrip);
        var before = await ParserPipeline.CountAsync(database);

        var again = await ParserPipeline.ImportTextAsync(database, Parser, FileName, RoundTrip);

        Assert.True(again.Succeeded, again.Message);
        Assert.True(again.NothingChanged);
        Assert.Equal(3, again.Unchanged);
        Assert.Equal($"Niets gewijzigd: alle 3 waarden uit {FileName} stonden al zo in de database.", again.Message);
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_PercentageOf140_FailsAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        var before = await ParserPipeline.CountAsync(database);

        var outcome = await ParserPipeline.ImportTextAsync(database, Parser, FileName, "area_code,indicator_code,period,value\nWK034403,ervaren_gezondheid,2020,63.5\nGM0344,ervaren_gezondheid,2020,140\n");

        Assert.False(outcome.Succeeded);
        Assert.Equal($"Import afgebroken, er is niets opgeslagen. {FileName}, rij 3, kolom value: waarde '140': 140 is geen geldig percentage (verwacht een waarde van 0 tot en met 100). (indicator ervaren_gezondheid, gebied GM0344)", outcome.Message);
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_DuplicateRows_FailsNamingBothRowsAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        var before = await ParserPipeline.CountAsync(database);

        // "2020" and "2020JJ00" are the same period, an empty breakdown is the total.
        var outcome = await ParserPipeline.ImportTextAsync(database, Parser, FileName, "area_code,indicator_code,period,breakdown,value\nWK034403,ervaren_gezondheid,2020,,63.5\nWK034403,ervaren_gezondheid,2020JJ00,totaal,64\n");

        Assert.False(outcome.Succeeded);
        Assert.Equal($"Import afgebroken, er is niets opgeslagen. {FileName}, rij 3, kolom value: waarde 'WK034403': dubbele rij: WK034403 / ervaren_gezondheid / 2020 / totaal staat ook in rij 2.", outcome.Message);
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_UnknownAreaCodes_FailsListingThemAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        var before = await ParserPipeline.CountAsync(database);

        var outcome = await ParserPipeline.ImportTextAsync(database, Parser, FileName, "area_code,indicator_code,period,value\nWK034403,ervaren_gezondheid,2020,63.5\nWK035603,ervaren_gezondheid,2020,70\nBU03550205,ervaren_gezondheid,2020,71\n");

        Assert.False(outcome.Succeeded);
        Assert.Contains("2 onbekende gebiedscode(s) die niet in het gebiedenregister staan en waarvoor het bestand geen naam geeft: BU03550205, WK035603.", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_UnknownIndicatorCode_FailsAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        var before = await ParserPipeline.CountAsync(database);

        var outcome = await ParserPipeline.ImportTextAsync(database, Parser, FileName, "area_code,indicator_code,period,value\nWK034403,ervaren_gezondhied,2020,63.5\n");

        Assert.False(outcome.Succeeded);
        Assert.StartsWith($"Import afgebroken, er is niets opgeslagen. {FileName}, rij 2, kolom indicator_code: ", outcome.Message, StringComparison.Ordinal);
        Assert.EndsWith("waarde 'ervaren_gezondhied': onbekende indicatorcode: verwacht een code uit de indicatorcatalogus (wijkpeil indicators list).", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_MalformedFiles_FailAndStoreNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        var before = await ParserPipeline.CountAsync(database);

        var empty = await ParserPipeline.ImportBytesAsync(database, Parser, FileName, []);
        var random = await ParserPipeline.ImportBytesAsync(database, Parser, FileName, TempFolder.RandomBytes(4096));
        var text = await ParserPipeline.ImportTextAsync(database, Parser, FileName, "area_code,indicator_code,period,value\nWK034403,ervaren_gezondheid,2020,veel\n");
        var sample = await ParserPipeline.ImportTextAsync(database, Parser, FileName, "area_code,indicator_code,period,value,sample_size\nWK034403,ervaren_gezondheid,2020,63.5,0\n");

        Assert.Equal($"Import afgebroken, er is niets opgeslagen. {FileName}: het bestand is leeg (0 bytes).", empty.Message);
        Assert.StartsWith($"Import afgebroken, er is niets opgeslagen. {FileName}, rij 1: geen leesbaar CSV-bestand", random.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Import afgebroken, er is niets opgeslagen. {FileName}, rij 2, kolom value: waarde 'veel'", text.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Import afgebroken, er is niets opgeslagen. {FileName}, rij 2, kolom sample_size: waarde '0'", sample.Message, StringComparison.Ordinal);
        Assert.All(new[] { empty, random, text, sample }, o => Assert.False(o.Succeeded));
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }

    private static (double, double?, double?, int?) Tuple(StoredValue value) => (value.Value, value.Lower, value.Upper, value.SampleSize);

    private static async Task SeedAsync(TestDatabase database)
    {
        var indicator = Indicator.Create("ervaren_gezondheid", "Ervaren gezondheid goed of zeer goed", "Good or very good self-rated health", IndicatorKind.Percentage, Polarity.HigherIsBetter, "%").Value;
        await ParserPipeline.SeedAsync(
            database,
            new Area(AreaCode.From("GM0344"), "Utrecht", null, [2024]),
            new Area(AreaCode.From("WK034403"), "Wijk 03 Overvecht", AreaCode.From("GM0344"), [2024]),
            indicator);
    }

    private static ParsedDataset Parse(string text, ImportOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var result = Parser.Parse(stream, FileName, options ?? new ImportOptions());
        Assert.True(result.Dataset is not null, string.Join(Environment.NewLine, result.Issues));
        return result.Dataset;
    }

    private static ImportIssue ParseFailure(string text) => ParseFailure(Encoding.UTF8.GetBytes(text));

    private static ImportIssue ParseFailure(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var result = Parser.Parse(stream, FileName, new ImportOptions());
        Assert.Null(result.Dataset);
        Assert.NotEmpty(result.Issues);
        Assert.All(result.Issues, i => Assert.Equal(FileName, i.File));
        return result.Issues[0];
    }
}
