using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Import.Parsers;

public sealed class ODataParserTests
{
    private const string DataFileName = "stripped_filtered_data_2024.json";

    private const string ValueResponse = """
        {
          "odata.metadata": "https://opendata.cbs.nl/ODataApi/OData/85984NED/$metadata#Cbs.OData.WebAPI.TypedDataSet",
          "value": [
            {
              "ID": 1,
              "WijkenEnBuurten": "GM1680    ",
              "Perioden": "2024JJ00",
              "Gemeentenaam_1": "Aa en Hunze                             ",
              "AantalInwoners_5": 25845,
              "Bevolkingsdichtheid_34": null
            },
            {
              "ID": 2,
              "WijkenEnBuurten": "WK034403  ",
              "Perioden": "2024JJ00",
              "Gemeentenaam_1": "Utrecht                                 ",
              "AantalInwoners_5": 35255,
              "Bevolkingsdichtheid_34": 4310
            }
          ]
        }
        """;

    private static readonly ODataParser Parser = new();

    private static string RealFolder => TestData.SharedData("cbs/kwb-2024-odata");

    private static string RealFile => Path.Combine(RealFolder, DataFileName);

    [Fact]
    public void Parse_RealExtractWithMetadata_ReadsEveryValueExactly()
    {
        var dataset = ParseFile(RealFile, new ImportOptions(SourceDirectory: RealFolder));

        // 3,735 regions x 8 measures = 29,880 cells, of which 40 are null (Bevolkingsdichtheid of wijken
        // with fewer than 10 inhabitants): verified with python's json module.
        Assert.Equal(29_840, dataset.Observations.Count);
        Assert.Equal(3_735, dataset.Observations.Select(o => o.AreaCode).Distinct().Count());
        Assert.Equal("85984NED", dataset.SourceTable);
        Assert.Equal(2024, dataset.LayoutYear);
        Assert.All(dataset.Observations, o => Assert.Equal("2024", o.PeriodCode));
        Assert.Empty(dataset.Areas);

        var overvecht = Single(dataset, "WK034403", "AantalInwoners");
        Assert.Equal(35_255, overvecht.Value);
        Assert.Equal(31_418, overvecht.Row);
        Assert.Equal("AantalInwoners_5", overvecht.Column);
        Assert.Equal(374_238, Single(dataset, "GM0344", "AantalInwoners").Value);
        Assert.Equal(4_310, Single(dataset, "WK034403", "Bevolkingsdichtheid").Value);
        Assert.Equal(848, Single(dataset, "WK034403", "OppervlakteTotaal").Value);
        Assert.Equal(25_845, Single(dataset, "GM1680", "AantalInwoners").Value);

        // null is unknown: no observation, never a zero; a real zero stays a zero.
        Assert.DoesNotContain(dataset.Observations, o => o.AreaCode == "WK061307" && o.MeasureKey == "Bevolkingsdichtheid");
        Assert.Equal(0, Single(dataset, "WK061307", "AantalInwoners").Value);
    }

    [Fact]
    public void Parse_RealExtractWithMetadata_DescribesMeasuresFromDataProperties()
    {
        var dataset = ParseFile(RealFile, new ImportOptions(SourceDirectory: RealFolder));

        Assert.Equal(
            ["AantalInwoners", "Bevolkingsdichtheid", "Mannen", "OppervlakteLand", "OppervlakteTotaal", "OppervlakteWater", "Vrouwen", "Woningvoorraad"],
            dataset.Measures.Keys.Order(StringComparer.Ordinal));
        var inhabitants = dataset.Measures["AantalInwoners"];
        Assert.Equal("Aantal inwoners", inhabitants.Title);
        Assert.Equal("aantal", inhabitants.Unit);
        Assert.Null(inhabitants.Description);
        var area = dataset.Measures["OppervlakteTotaal"];
        Assert.Equal("Oppervlakte totaal", area.Title);
        Assert.Equal("ha", area.Unit);
        Assert.Equal("De totale oppervlakte is de som van de oppervlakten water en land in hele hectaren (ha.).", area.Description);
    }

    [Fact]
    public void Parse_FullPathAsFileName_FindsMetadataBesideIt()
    {
        var dataset = ParseFile(RealFile, new ImportOptions(), fileName: RealFile);

        Assert.Equal("85984NED", dataset.SourceTable);
        Assert.Equal("Aantal inwoners", dataset.Measures["AantalInwoners"].Title);
    }

    [Fact]
    public void Parse_WithoutMetadata_TakesYearFromFileNameAndKeepsKeys()
    {
        var dataset = ParseFile(RealFile, new ImportOptions());

        Assert.Equal(29_840, dataset.Observations.Count);
        Assert.Equal("odata", dataset.SourceTable);
        Assert.All(dataset.Observations, o => Assert.Equal("2024", o.PeriodCode));
        Assert.Empty(dataset.Measures);
        Assert.Equal(35_255, Single(dataset, "WK034403", "AantalInwoners").Value);
    }

    [Fact]
    public void Parse_ODataResponse_TrimsRegionKeysAndReadsPeriodsFromRecords()
    {
        var dataset = ParseText(ValueResponse, "85984NED-selectie.json");

        Assert.Equal("85984NED", dataset.SourceTable);
        Assert.Equal(
            [("GM1680", "AantalInwoners", 25_845.0), ("WK034403", "AantalInwoners", 35_255.0), ("WK034403", "Bevolkingsdichtheid", 4_310.0)],
            dataset.Observations.Select(o => (o.AreaCode, o.MeasureKey, o.Value)));
        Assert.All(dataset.Observations, o => Assert.Equal("2024", o.PeriodCode));
        Assert.Equal(2024, dataset.LayoutYear);

        // Lines of the values in the JSON text, for messages.
        Assert.Equal([9, 17, 18], dataset.Observations.Select(o => o.Row));
    }

    [Fact]
    public void Parse_StatLineCountryCode_BecomesTheRegisterCode()
    {
        var dataset = ParseText("""{"value":[{"WijkenEnBuurten":"NL01      ","Perioden":"2020JJ00","Overgewicht_9":50.1}]}""", "50090NED.json");

        var only = Assert.Single(dataset.Observations);
        Assert.Equal(("NL00", "Overgewicht", "2020", 50.1), (only.AreaCode, only.MeasureKey, only.PeriodCode, only.Value));
        Assert.Equal("50090NED", dataset.SourceTable);
    }

    [Fact]
    public void Parse_ODataResponseWithDataProperties_SkipsTextTopics()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(RealFolder, ODataParser.DataPropertiesFile), Path.Combine(folder.Path, ODataParser.DataPropertiesFile));

        var dataset = ParseText(ValueResponse, "selectie.json", new ImportOptions(SourceDirectory: folder.Path));

        Assert.Equal(["AantalInwoners", "Bevolkingsdichtheid"], dataset.Measures.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("odata", dataset.SourceTable);
        Assert.Equal(2024, dataset.LayoutYear);
    }

    [Fact]
    public void Parse_TextInNumericValue_NamesLineKeyAndValue()
    {
        var text = ValueResponse.Replace("\"AantalInwoners_5\": 35255", "\"AantalInwoners_5\": \"veel\"", StringComparison.Ordinal);

        var issue = ParseFailure(text, "selectie-2024.json");

        Assert.Equal("selectie-2024.json, rij 17, kolom AantalInwoners_5: waarde 'veel': verwacht een getal, of null (of \".\") voor onbekend.", issue.ToString());
    }

    [Fact]
    public void Parse_NumbersAsTextAndDotAsUnknown_AreRead()
    {
        var text = """{ "GM0344": { "AantalInwoners_5": " 374238 ", "Bevolkingsdichtheid_34": "." } }""";

        var dataset = ParseText(text, "extract-2024.json");

        var only = Assert.Single(dataset.Observations);
        Assert.Equal(374_238, only.Value);
    }

    [Fact]
    public void Parse_InvalidRegionCode_NamesLine()
    {
        var text = "{\n  \"GM0344\": { \"AantalInwoners_5\": 1 },\n  \"Utrecht\": { \"AantalInwoners_5\": 2 }\n}";

        var issue = ParseFailure(text, "extract-2024.json");

        Assert.Equal(3, issue.Row);
        Assert.Equal("Utrecht", issue.Value);
    }

    [Fact]
    public void Parse_YearOptionDisagreesWithTableInfos_Rejects()
    {
        using var stream = File.OpenRead(RealFile);

        var result = Parser.Parse(stream, DataFileName, new ImportOptions(Year: 2023, SourceDirectory: RealFolder));

        Assert.Null(result.Dataset);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("2024", issue.Value);
        Assert.Contains("de opgegeven periode 2023 wijkt af", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoPeriodAnywhere_AsksForTheYear()
    {
        var issue = ParseFailure("""{ "GM0344": { "AantalInwoners_5": 374238 } }""", "extract.json");

        Assert.Contains("noemt geen periode", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralValuesOfAnotherDimension_Rejects()
    {
        using var folder = new TempFolder();
        folder.Write(ODataParser.DataPropertiesFile, """[{"Key":"Marges","Type":"Dimension"},{"Key":"WijkenEnBuurten","Type":"GeoDimension"},{"Key":"Overgewicht_9","Type":"Topic","Datatype":"Double","Unit":"%","Title":"Overgewicht"}]""");
        var text = """{"value":[{"Marges":"MW00000","WijkenEnBuurten":"WK034403","Overgewicht_9":50.1},{"Marges":"MOG0095","WijkenEnBuurten":"WK034403","Overgewicht_9":47.0}]}""";

        var issue = ParseFailure(text, "50090NED-2020.json", new ImportOptions(SourceDirectory: folder.Path));

        Assert.Equal("Marges", issue.Column);
        Assert.Equal("MW00000, MOG0095", issue.Value);
    }

    [Fact]
    public void Parse_HalfASurrogatePairInAnEscape_IsTreatedAsMissingText()
    {
        // Found by ImporterFuzzTests (seed 2qyI83z9wlR2): JSON accepts "\uDDDD", but it is no text; reading it threw.
        using var folder = new TempFolder();
        folder.Write(ODataParser.DataPropertiesFile, """[{"Key":"\uDDDD","Type":"Topic"},{"Key":"WijkenEnBuurten","Type":"GeoDimension"},{"Key":"Overgewicht_9","Type":"Topic","Datatype":"Double","Unit":"%","Title":"Overgewicht \uDDDD"}]""");
        var text = """{"value":[{"WijkenEnBuurten":"WK034403","Overgewicht_9":50.1,"Perioden":"2020JJ00"},{"WijkenEnBuurten":"\uDDDD","Overgewicht_9":47.0,"Perioden":"2020JJ00"}]}""";

        var issue = ParseFailure(text, "50090NED-2020.json", new ImportOptions(SourceDirectory: folder.Path));

        Assert.NotNull(issue.Row);
    }

    [Fact]
    public void Parse_EmptyFile_SaysItIsEmpty()
    {
        var issue = ParseFailure([], "extract-2024.json");

        Assert.Equal("extract-2024.json: het bestand is leeg (0 bytes).", issue.ToString());
    }

    [Fact]
    public void Parse_RandomBytes_IsNoJson()
    {
        var issue = ParseFailure(TempFolder.RandomBytes(4096), "extract-2024.json");

        Assert.StartsWith("geen geldig JSON-bestand", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedJson_NamesTheLine()
    {
        var text = ValueResponse[..ValueResponse.IndexOf("\"Perioden\": \"2024JJ00\",\n      \"Gemeentenaam_1\": \"Utrecht", StringComparison.Ordinal)];

        var issue = ParseFailure(text, "selectie-2024.json");

        Assert.StartsWith("geen geldig JSON-bestand", issue.Expected, StringComparison.Ordinal);
        Assert.Equal(15, issue.Row);
    }

    [Fact]
    public void Parse_ArrayAtTheRoot_ExplainsTheExpectedShapes()
    {
        var issue = ParseFailure("""[{"AantalInwoners_5": 1}]""", "extract-2024.json");

        Assert.StartsWith("onbekende JSON-vorm", issue.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AantalInwoners_5", "AantalInwoners")]
    [InlineData("Overgewicht_9", "Overgewicht")]
    [InlineData("Gemiddeld_inkomen_12", "Gemiddeld_inkomen")]
    [InlineData("Perioden", "Perioden")]
    [InlineData("_5", "_5")]
    public void StripSuffix_DropsOnlyThePositionNumber(string key, string expected)
    {
        Assert.Equal(expected, ODataParser.StripSuffix(key));
    }

    [Fact]
    public void Parse_KeysThatWouldClash_KeepTheirSuffix()
    {
        var dataset = ParseText("""{ "GM0344": { "Inwoners_5": 1, "Inwoners_77": 2, "Mannen_6": 3 } }""", "extract-2024.json");

        Assert.Equal(["Inwoners_5", "Inwoners_77", "Mannen"], dataset.Observations.Select(o => o.MeasureKey));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_RealExtract_StoresValuesAndCreatesDescribedIndicators(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedRegionsOfRealFileAsync(database);

        var outcome = await ParserPipeline.ImportFileAsync(database, Parser, RealFile);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(29_840, outcome.Added);
        Assert.Equal(8, outcome.IndicatorsAdded);
        Assert.Equal(0, outcome.AreasAdded);
        var values = await ParserPipeline.ValuesAsync(database);
        Assert.Equal(35_255, values[("WK034403", "AantalInwoners", "2024", Breakdown.TotalCode)].Value);
        Assert.Equal(374_238, values[("GM0344", "AantalInwoners", "2024", Breakdown.TotalCode)].Value);
        Assert.False(values.ContainsKey(("WK061307", "Bevolkingsdichtheid", "2024", Breakdown.TotalCode)));

        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var indicator = await db.Indicators.Include(i => i.SourceMappings).SingleAsync(i => i.Code == "AantalInwoners", TestContext.Current.CancellationToken);
        Assert.Equal("Aantal inwoners", indicator.NameNl);
        Assert.Equal("aantal", indicator.Unit);
        Assert.Equal(IndicatorKind.Count, indicator.Kind);
        Assert.Contains(indicator.SourceMappings, m => m.SourceTable == "85984NED" && m.MeasureKey == "AantalInwoners");
        var batch = await db.ImportBatches.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("odata", batch.Format);
        Assert.Equal(DataFileName, batch.FileName);
        Assert.Equal("85984NED", batch.SourceTable);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_RealExtractTwice_ChangesNothingTheSecondTimeAndSaysSo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedRegionsOfRealFileAsync(database);
        await ParserPipeline.ImportFileAsync(database, Parser, RealFile);
        var before = await ParserPipeline.CountAsync(database);

        var again = await ParserPipeline.ImportFileAsync(database, Parser, RealFile);

        Assert.True(again.Succeeded, again.Message);
        Assert.True(again.NothingChanged);
        Assert.Equal(29_840, again.Unchanged);
        Assert.StartsWith("Niets gewijzigd: alle 29.840 waarden", again.Message, StringComparison.Ordinal);
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_RegionsNotInRegister_FailsListingCodesAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await ParserPipeline.CountAsync(database);

        var outcome = await ParserPipeline.ImportFileAsync(database, Parser, RealFile);

        Assert.False(outcome.Succeeded);
        Assert.Contains("3735 onbekende gebiedscode(s)", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("GM0014, GM0034, GM0037", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_TextInNumericValue_FailsAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedRegionsOfRealFileAsync(database);
        var before = await ParserPipeline.CountAsync(database);
        var broken = File.ReadAllText(RealFile).Replace("\"AantalInwoners_5\": 35255,", "\"AantalInwoners_5\": \"35.255 inwoners\",", StringComparison.Ordinal);

        var outcome = await ParserPipeline.ImportTextAsync(database, Parser, DataFileName, broken);

        Assert.False(outcome.Succeeded);
        Assert.StartsWith($"Import afgebroken, er is niets opgeslagen. {DataFileName}, rij 31418, kolom AantalInwoners_5: waarde '35.255 inwoners'", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_MalformedVariants_FailAndStoreNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await ParserPipeline.CountAsync(database);

        var empty = await ParserPipeline.ImportBytesAsync(database, Parser, DataFileName, []);
        var random = await ParserPipeline.ImportBytesAsync(database, Parser, DataFileName, TempFolder.RandomBytes(4096));
        var truncated = await ParserPipeline.ImportTextAsync(database, Parser, DataFileName, (await File.ReadAllTextAsync(RealFile, TestContext.Current.CancellationToken))[..5000]);

        Assert.Equal($"Import afgebroken, er is niets opgeslagen. {DataFileName}: het bestand is leeg (0 bytes).", empty.Message);
        Assert.StartsWith($"Import afgebroken, er is niets opgeslagen. {DataFileName}, rij 1: geen geldig JSON-bestand", random.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Import afgebroken, er is niets opgeslagen. {DataFileName}, rij ", truncated.Message, StringComparison.Ordinal);
        Assert.Contains("geen geldig JSON-bestand", truncated.Message, StringComparison.Ordinal);
        Assert.All(new[] { empty, random, truncated }, o => Assert.False(o.Succeeded));
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }

    private static async Task SeedRegionsOfRealFileAsync(TestDatabase database)
    {
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(RealFile, TestContext.Current.CancellationToken));
        var areas = document.RootElement.EnumerateObject()
            .Select(p => AreaCode.From(p.Name))
            .Select(code => new Area(code, code.Value, code.DerivedParent, [2024]))
            .ToArray<object>();
        await ParserPipeline.SeedAsync(database, areas);
    }

    private static ParsedObservation Single(ParsedDataset dataset, string area, string measure) =>
        Assert.Single(dataset.Observations, o => o.AreaCode == area && o.MeasureKey == measure);

    private static ParsedDataset ParseFile(string path, ImportOptions options, string? fileName = null)
    {
        using var stream = File.OpenRead(path);
        var result = Parser.Parse(stream, fileName ?? Path.GetFileName(path), options);
        Assert.True(result.Dataset is not null, string.Join(Environment.NewLine, result.Issues));
        return result.Dataset;
    }

    private static ParsedDataset ParseText(string text, string fileName, ImportOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var result = Parser.Parse(stream, fileName, options ?? new ImportOptions());
        Assert.True(result.Dataset is not null, string.Join(Environment.NewLine, result.Issues));
        return result.Dataset;
    }

    private static ImportIssue ParseFailure(string text, string fileName, ImportOptions? options = null) =>
        ParseFailure(Encoding.UTF8.GetBytes(text), fileName, options);

    private static ImportIssue ParseFailure(byte[] bytes, string fileName, ImportOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        var result = Parser.Parse(stream, fileName, options ?? new ImportOptions());
        Assert.Null(result.Dataset);
        Assert.NotEmpty(result.Issues);
        return result.Issues[0];
    }
}
