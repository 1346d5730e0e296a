using System.Text;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Import.Parsers;

public sealed class StatLineCsvParserTests
{
    private const string RealFileName = "statline-export-nabijheid-voorzieningen-2023-gemeente-utrecht.csv";
    private const string SupermarketHeader = "Detailhandel/Winkels dagelijkse boodschappen/Afstand tot grote supermarkt (km)";
    private const string CafeHeader = "Horeca/Cafés en dergelijke/Afstand tot café e.d. (km)";

    private static readonly StatLineCsvParser Parser = new();

    private static string RealFile => TestData.SharedData("cbs/" + RealFileName);

    [Fact]
    public void Parse_NabijheidExport_ReadsEveryFigureWithExactValues()
    {
        var dataset = ParseFile(RealFile);

        // 36 of the 110 topic columns hold figures, each for 121 of the 123 regions (verified with python's csv module).
        Assert.Equal(4_356, dataset.Observations.Count);
        Assert.Equal(36, dataset.Observations.Select(o => o.MeasureKey).Distinct().Count());
        Assert.All(dataset.Observations, o => Assert.Equal("2023", o.PeriodCode));
        Assert.All(dataset.Observations, o => Assert.Equal(Breakdown.TotalCode, o.BreakdownCode));
        Assert.Equal("statline-csv", dataset.SourceTable);
        Assert.Equal(2023, dataset.LayoutYear);
        Assert.True(dataset.MayCreateIndicators);

        var supermarket = Single(dataset, "BU03440311", "AfstandTotGroteSupermarkt");
        Assert.Equal(0.7, supermarket.Value);
        Assert.Equal(31, supermarket.Row);
        Assert.Equal(SupermarketHeader, supermarket.Column);
        Assert.Equal(1.5, Single(dataset, "WK034403", "AfstandTotCafeED").Value);
        Assert.Equal(12.3, Single(dataset, "WK034403", "AantalBioscopenBinnen20Km").Value);
        Assert.Equal(1.0, Single(dataset, "NL00", "AfstandTotGroteSupermarkt").Value);

        // "." is unknown: no observation, never a zero.
        Assert.DoesNotContain(dataset.Observations, o => o.AreaCode == "BU03440911" && o.MeasureKey == "AfstandTotGroteSupermarkt");
        Assert.DoesNotContain(dataset.Observations, o => o.MeasureKey == "AfstandTotHuisartsenpraktijk");
    }

    [Fact]
    public void Parse_NabijheidExport_NamesRegionsAndDescribesMeasures()
    {
        var dataset = ParseFile(RealFile);

        Assert.Equal(123, dataset.Areas.Count);
        Assert.Equal("Wijk 03 Overvecht", dataset.Areas["WK034403"].Name);
        Assert.Equal("Taag- en Rubicondreef en omgeving", dataset.Areas["BU03440311"].Name);
        Assert.Equal("Nederland", dataset.Areas["NL00"].Name);

        var supermarket = dataset.Measures["AfstandTotGroteSupermarkt"];
        Assert.Equal(SupermarketHeader, supermarket.Title);
        Assert.Equal("km", supermarket.Unit);
        Assert.Equal(CafeHeader, dataset.Measures["AfstandTotCafeED"].Title);
        // "(aantal)" in the header, but an average per inhabitant (1.8): no count, which must be whole.
        Assert.Equal("gemiddeld aantal", dataset.Measures["AantalGroteSupermarktenBinnen1Km"].Unit);

        // All 110 topic columns are described, also those without figures; region attributes are not topics.
        Assert.Equal(110, dataset.Measures.Count);
        Assert.DoesNotContain(dataset.Measures.Values, m => m.Unit is "code" or "naam" or "omschrijving");
    }

    [Fact]
    public void Parse_NabijheidExport_MakesKeysUniqueWithParentSegments()
    {
        var dataset = ParseFile(RealFile);

        Assert.Equal(dataset.Measures.Count, dataset.Measures.Keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("AfstandTotHuisartsenpraktijk", dataset.Measures.Keys);
        Assert.Contains("AantalHuisartsenpraktijkenBinnen1Km", dataset.Measures.Keys);
        Assert.Contains("ZiekenhuisInclBuitenpolikliniekAfstandTotZiekenhuis", dataset.Measures.Keys);
        Assert.Contains("ZiekenhuisExclBuitenpolikliniekAfstandTotZiekenhuis", dataset.Measures.Keys);
        Assert.Contains("BasisonderwijsAfstandTotSchool", dataset.Measures.Keys);
        Assert.Contains("VmboAantalScholenBinnen3Km", dataset.Measures.Keys);
        Assert.Contains("AfstandTotBrandweerkazerne", dataset.Measures.Keys);
        Assert.All(dataset.Measures.Keys, k => Assert.DoesNotContain(' ', k));

        // Deterministic: a second read gives the same keys in the same order.
        Assert.Equal(dataset.Measures.Keys, ParseFile(RealFile).Measures.Keys);
    }

    [Fact]
    public void Parse_OptionsGiven_TakeYearAndSourceTableFromThem()
    {
        var dataset = ParseFile(RealFile, new ImportOptions(SourceTable: "85830NED", Year: 2022));

        Assert.Equal("85830NED", dataset.SourceTable);
        Assert.All(dataset.Observations, o => Assert.Equal("2022", o.PeriodCode));
    }

    [Fact]
    public void Parse_TableIdInFileName_BecomesTheSourceTable()
    {
        var dataset = ParseText(Small("0.7"), "85830ned-nabijheid-2023.csv");

        Assert.Equal("85830NED", dataset.SourceTable);
        Assert.Equal("2023", Assert.Single(dataset.Observations).PeriodCode);
    }

    [Fact]
    public void Parse_PeriodColumn_WinsAndNormalisesStatLineNotation()
    {
        var text = """
            "Wijken en buurten";"Perioden";"Regioaanduiding/Codering (code)";"Afstand tot huisarts (km)"
            "Wijk 03 Overvecht";"2021JJ00";"WK034403  ";"     0.9"
            "Wijk 03 Overvecht";"2022JJ00";"WK034403  ";"     1.0"
            """;

        var dataset = ParseText(text, "export.csv");

        Assert.Equal(["2021", "2022"], dataset.Observations.Select(o => o.PeriodCode));
        Assert.Null(dataset.LayoutYear);
    }

    [Fact]
    public void Parse_DecimalComma_ReadsValues()
    {
        var dataset = ParseText(Small("0,7", "12,25"), "export-2023.csv");

        Assert.Equal([0.7, 12.25], dataset.Observations.Select(o => o.Value));
    }

    [Fact]
    public void Parse_CommaAndPointMixed_RejectsNamingTheCell()
    {
        var issue = ParseFailure(Small("0,7", "1.5"), "export-2023.csv");

        Assert.Equal(3, issue.Row);
        Assert.Equal("Afstand tot huisarts (km)", issue.Column);
        Assert.Equal("1.5", issue.Value);
        Assert.Contains("mengt decimaalkomma en decimale punt (rij 2, kolom Afstand tot huisarts (km) heeft '0,7')", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OnlyThousandsLikePoints_RejectsAsAmbiguous()
    {
        var issue = ParseFailure(Small("1.234", "12.500"), "export-2023.csv");

        Assert.Equal(2, issue.Row);
        Assert.Equal("1.234", issue.Value);
        Assert.StartsWith("dubbelzinnig getal", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThousandsLikePointBesideOtherDecimals_IsADecimal()
    {
        var dataset = ParseText(Small("1.234", "0.5"), "export-2023.csv");

        Assert.Equal([1.234, 0.5], dataset.Observations.Select(o => o.Value));
    }

    [Fact]
    public void Parse_TextInNumericCell_NamesFileRowColumnValueAndExpectation()
    {
        var issue = ParseFailure(Small("0.7", "veel"), "export-2023.csv");

        Assert.Equal("export-2023.csv, rij 3, kolom Afstand tot huisarts (km): waarde 'veel': verwacht een getal met decimale punt, of '.' of leeg voor onbekend (zonder scheiding van duizendtallen).", issue.ToString());
    }

    [Fact]
    public void Parse_NoPeriodAnywhere_AsksForTheYear()
    {
        var issue = ParseFailure(Small("0.7"), "export.csv");

        Assert.Contains("noemt geen periode", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PeriodColumnDisagreesWithYearOption_Rejects()
    {
        var text = """
            "Perioden";"Regioaanduiding/Codering (code)";"Afstand tot huisarts (km)"
            "2021";"WK034403";"0.9"
            """;

        var issue = ParseFailure(text, "export.csv", new ImportOptions(Year: 2023));

        Assert.Equal("2021", issue.Value);
        Assert.Contains("wijkt af", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingCodeColumn_Rejects()
    {
        var text = """
            "Wijken en buurten";"Afstand tot huisarts (km)"
            "Wijk 03 Overvecht";"0.9"
            """;

        var issue = ParseFailure(text, "export-2023.csv");

        Assert.Equal(1, issue.Row);
        Assert.Contains("gebiedscodes ontbreekt", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownDimensionColumn_Rejects()
    {
        var text = """
            "Wijken en buurten";"Leeftijd";"Regioaanduiding/Codering (code)";"Afstand tot huisarts (km)"
            "Wijk 03 Overvecht";"18 jaar of ouder";"WK034403";"0.9"
            """;

        var issue = ParseFailure(text, "export-2023.csv");

        Assert.Equal("Leeftijd", issue.Column);
        Assert.StartsWith("onbekende kolom", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidRegionCode_NamesRowAndColumn()
    {
        var text = """
            "Wijken en buurten";"Regioaanduiding/Codering (code)";"Afstand tot huisarts (km)"
            "Overvecht";"Overvecht";"0.9"
            """;

        var issue = ParseFailure(text, "export-2023.csv");

        Assert.Equal(2, issue.Row);
        Assert.Equal("Regioaanduiding/Codering (code)", issue.Column);
        Assert.Equal("Overvecht", issue.Value);
    }

    [Fact]
    public void Parse_EmptyFile_SaysItIsEmpty()
    {
        var issue = ParseFailure([], "export-2023.csv");

        Assert.Equal("export-2023.csv: het bestand is leeg (0 bytes).", issue.ToString());
    }

    [Fact]
    public void Parse_RandomBytes_IsNoCsv()
    {
        var issue = ParseFailure(TempFolder.RandomBytes(4096), "export-2023.csv");

        Assert.StartsWith("geen leesbaar CSV-bestand", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenQuote_NamesTheLine()
    {
        var text = "\"Wijken en buurten\";\"Regioaanduiding/Codering (code)\";\"Afstand tot huisarts (km)\"\n\"Overvecht\";\"WK034403\";\"0.9\n";

        var issue = ParseFailure(text, "export-2023.csv");

        Assert.Equal(2, issue.Row);
        Assert.StartsWith("geen leesbaar CSV-bestand", issue.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_RealExport_StoresFiguresAndAddsRegionsAndIndicators(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var outcome = await ParserPipeline.ImportFileAsync(database, Parser, RealFile);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(4_356, outcome.Added);
        // Regions are added when they have a figure: two business parks have none at all.
        Assert.Equal(121, outcome.AreasAdded);
        Assert.Equal(36, outcome.IndicatorsAdded);
        var values = await ParserPipeline.ValuesAsync(database);
        Assert.Equal(0.7, values[("BU03440311", "AfstandTotGroteSupermarkt", "2023", Breakdown.TotalCode)].Value);
        Assert.Equal(1.5, values[("WK034403", "AfstandTotCafeED", "2023", Breakdown.TotalCode)].Value);
        Assert.False(values.ContainsKey(("BU03440911", "AfstandTotGroteSupermarkt", "2023", Breakdown.TotalCode)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_RealExportTwice_ChangesNothingTheSecondTimeAndSaysSo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ParserPipeline.ImportFileAsync(database, Parser, RealFile);
        var before = await ParserPipeline.CountAsync(database);

        var again = await ParserPipeline.ImportFileAsync(database, Parser, RealFile);

        Assert.True(again.Succeeded, again.Message);
        Assert.True(again.NothingChanged);
        Assert.Equal(4_356, again.Unchanged);
        Assert.StartsWith("Niets gewijzigd", again.Message, StringComparison.Ordinal);
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_TextInNumericCell_FailsAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await ParserPipeline.CountAsync(database);
        var broken = File.ReadAllText(RealFile).Replace("\"     0.7\";\"     2.6\"", "\"     0.7\";\"    twee\"", StringComparison.Ordinal);

        var outcome = await ParserPipeline.ImportTextAsync(database, Parser, RealFileName, broken);

        Assert.False(outcome.Succeeded);
        Assert.StartsWith($"Import afgebroken, er is niets opgeslagen. {RealFileName}, rij 31, kolom Detailhandel/Winkels dagelijkse boodschappen/Aantal grote supermarkten/Binnen 1 km (aantal): waarde 'twee'", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_DuplicateRegionRow_FailsNamingBothRows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await ParserPipeline.CountAsync(database);
        var text = Small("0.7") + "\"Wijk 03 Overvecht\";\"WK034403\";\"0.8\"\n";

        var outcome = await ParserPipeline.ImportTextAsync(database, Parser, "export-2023.csv", text);

        Assert.False(outcome.Succeeded);
        Assert.Contains("rij 3", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("dubbele rij: WK034403 / AfstandTotHuisarts / 2023 / totaal staat ook in rij 2.", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_MalformedVariants_FailAndStoreNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await ParserPipeline.CountAsync(database);
        const string percentage = "\"Wijken en buurten\";\"Regioaanduiding/Codering (code)\";\"Bevolking/Aandeel 65 jaar of ouder (%)\"\n\"Wijk 03 Overvecht\";\"WK034403  \";\"   140.0\"\n";

        var empty = await ParserPipeline.ImportBytesAsync(database, Parser, "export-2023.csv", []);
        var random = await ParserPipeline.ImportBytesAsync(database, Parser, "export-2023.csv", TempFolder.RandomBytes(4096));
        var ambiguous = await ParserPipeline.ImportTextAsync(database, Parser, "export-2023.csv", Small("0,7", "1.5"));
        var tooHigh = await ParserPipeline.ImportTextAsync(database, Parser, "export-2023.csv", percentage);

        Assert.Equal("Import afgebroken, er is niets opgeslagen. export-2023.csv: het bestand is leeg (0 bytes).", empty.Message);
        Assert.StartsWith("Import afgebroken, er is niets opgeslagen. export-2023.csv, rij 1: geen leesbaar CSV-bestand", random.Message, StringComparison.Ordinal);
        Assert.StartsWith("Import afgebroken, er is niets opgeslagen. export-2023.csv, rij 3, kolom Afstand tot huisarts (km): waarde '1.5': het bestand mengt decimaalkomma en decimale punt", ambiguous.Message, StringComparison.Ordinal);
        Assert.Equal("Import afgebroken, er is niets opgeslagen. export-2023.csv, rij 2, kolom Bevolking/Aandeel 65 jaar of ouder (%): waarde '140': 140 is geen geldig percentage (verwacht een waarde van 0 tot en met 100). (indicator Aandeel65JaarOfOuder, gebied WK034403)", tooHigh.Message);
        Assert.All(new[] { empty, random, ambiguous, tooHigh }, o => Assert.False(o.Succeeded));
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }

    /// <summary>A small export in the real layout: region title, code, one topic in km.</summary>
    private static string Small(params string[] values)
    {
        var text = new StringBuilder("\uFEFF\"Wijken en buurten\";\"Regioaanduiding/Codering (code)\";\"Afstand tot huisarts (km)\"\n");
        var codes = new[] { "WK034403  ", "BU03440311", "GM0344    ", "NL00      " };
        for (var i = 0; i < values.Length; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\"Gebied {i}\";\"{codes[i]}\";\"{values[i],8}\"\n");
        }

        return text.ToString();
    }

    private static ParsedObservation Single(ParsedDataset dataset, string area, string measure) =>
        Assert.Single(dataset.Observations, o => o.AreaCode == area && o.MeasureKey == measure);

    private static ParsedDataset ParseFile(string path, ImportOptions? options = null)
    {
        using var stream = File.OpenRead(path);
        var result = Parser.Parse(stream, Path.GetFileName(path), options ?? new ImportOptions());
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
        Assert.All(result.Issues, i => Assert.Equal(fileName, i.File));
        return result.Issues[0];
    }
}
