using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Areas.ImportRegions;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Tests.Import;

public sealed class RegionImporterTests
{
    private const string SmallList = """
        "Key","Title","Description","Municipality","DetailRegionCode"
        "NL00      ","Nederland",,"",""
        "GM0344    ","Utrecht","Gemeente 'Utrecht' (GM0344)","GM0344","GM0344"
        "WK034403  ","Wijk 03 Overvecht","","GM0344","WK034403"
        "BU03440311","Taag- en Rubicondreef en omgeving","","GM0344","BU03440311"
        """;

    private const string SmallProvinces = """
        municipality_id,province_lab
        0344,Utrecht
        """;

    private static readonly ImportOptions Options = new();

    private static string RegionList => TestData.SharedData("cbs/85984NED-WijkenEnBuurten-2024.csv");

    private static string ProvinceList => TestData.SharedData("cbs/gemeente-provincie.csv");

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_RealFiles_BuildsTheWholeHierarchy(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var outcome = await ImportAsync(database, RegionList, ProvinceList);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(18_322, outcome.Added);
        Assert.Contains("1 land, 12 provincies, 342 gemeenten, 3.393 wijken en 14.574 buurten", outcome.Message, StringComparison.Ordinal);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var perLevel = await db.Areas.GroupBy(a => a.Level).Select(g => new { Level = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Level, g => g.Count, TestContext.Current.CancellationToken);
        Assert.Equal(1, perLevel[AreaLevel.Country]);
        Assert.Equal(12, perLevel[AreaLevel.Province]);
        Assert.Equal(342, perLevel[AreaLevel.Municipality]);
        Assert.Equal(3_393, perLevel[AreaLevel.District]);
        Assert.Equal(14_574, perLevel[AreaLevel.Neighbourhood]);

        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Code.Value, TestContext.Current.CancellationToken);
        Assert.Equal("Wijk 03 Overvecht", areas["WK034403"].Name);
        Assert.Equal("GM0344", areas["WK034403"].ParentCode?.Value);
        Assert.Equal("PV26", areas["GM0344"].ParentCode?.Value);
        Assert.Equal("NL00", areas["PV26"].ParentCode?.Value);
        Assert.Null(areas["NL00"].ParentCode);
        Assert.Equal("WK035502", areas["BU03550205"].ParentCode?.Value);
        Assert.Equal("Utrecht", areas["PV26"].Name);
        Assert.Equal("Fryslân", areas["PV21"].Name);
        Assert.Equal([2024], areas["BU03550205"].LayoutYears);
        Assert.Equal([2024], areas["PV26"].LayoutYears);
        Assert.All(areas.Values.Where(a => a.Level == AreaLevel.Municipality), a => Assert.Equal(AreaLevel.Province, a.ParentCode?.Level));
        Assert.Equal(26, areas.Values.Count(a => a.ParentCode?.Value == "PV26"));
        Assert.All(areas.Values, a => Assert.Equal(a.Name.Trim(), a.Name));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_SameRealFilesAgain_ChangesNothingAndSaysSo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, RegionList, ProvinceList);

        var again = await ImportAsync(database, RegionList, ProvinceList);

        Assert.True(again.Succeeded, again.Message);
        Assert.True(again.NothingChanged);
        Assert.Equal(0, again.Added);
        Assert.Equal(0, again.Changed);
        Assert.Equal(18_322, again.Unchanged);
        Assert.StartsWith("Niets gewijzigd: alle 18.322 gebieden uit 85984NED-WijkenEnBuurten-2024.csv", again.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_ExistingAreaOfOlderLayout_GainsTheYearAndTheNewName(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            db.Areas.Add(new Area(AreaCode.From("WK034403"), "Overvecht (oud)", AreaCode.From("GM0344"), [2023]));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        using var files = new TempFolder();
        var outcome = await ImportAsync(database, files.Write("regio-2024.csv", SmallList), files.Write("gp.csv", SmallProvinces));

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(4, outcome.Added); // NL00, PV26, GM0344 and BU03440311; WK034403 existed
        Assert.Equal(1, outcome.Changed);
        var overvecht = await FindAsync(database, "WK034403");
        Assert.Equal("Wijk 03 Overvecht", overvecht.Name);
        Assert.Equal([2023, 2024], overvecht.LayoutYears);
        Assert.Equal("PV26", (await FindAsync(database, "GM0344")).ParentCode?.Value);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_WithoutProvinceList_KeepsTheStoredProvinceOfAGemeente(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new TempFolder();
        var list = files.Write("regio-2024.csv", SmallList);
        await ImportAsync(database, list, files.Write("gp.csv", SmallProvinces));

        var outcome = await ImportAsync(database, list, null);

        Assert.True(outcome.NothingChanged, outcome.Message);
        Assert.Equal("PV26", (await FindAsync(database, "GM0344")).ParentCode?.Value);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_NoYearInFileName_UsesTheGivenYearOrRefuses(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new TempFolder();
        var list = files.Write("regiolijst.csv", SmallList);

        var refused = await ImportAsync(database, list, null);
        var accepted = await ImportAsync(database, list, null, new ImportOptions(Year: 2022));

        Assert.False(refused.Succeeded);
        Assert.Contains("regiolijst.csv: het jaar van de gebiedsindeling staat niet in de bestandsnaam", refused.Message, StringComparison.Ordinal);
        Assert.True(accepted.Succeeded, accepted.Message);
        Assert.Equal([2022], (await FindAsync(database, "WK034403")).LayoutYears);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_EmptyFile_RefusesAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var files = new TempFolder();

        var outcome = await ImportAsync(database, files.Write("leeg-2024.csv", []), null);

        Assert.False(outcome.Succeeded);
        Assert.Equal("Import afgebroken, er is niets opgeslagen. leeg-2024.csv: het bestand is leeg (0 bytes).", outcome.Message);
        Assert.Equal(4, await CountAreasAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_RandomBytes_RefusesAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var files = new TempFolder();

        var outcome = await ImportAsync(database, files.Write("ruis-2024.csv", TempFolder.RandomBytes(4096)), null);

        Assert.False(outcome.Succeeded);
        Assert.StartsWith("Import afgebroken, er is niets opgeslagen. ruis-2024.csv", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("geen leesbaar CSV-bestand", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(4, await CountAreasAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_KeyColumnMissing_NamesTheColumnAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var files = new TempFolder();
        var path = files.Write("zonder-key-2024.csv", """
            "Code","Title"
            "GM0356","Nieuwegein"
            """);

        var outcome = await ImportAsync(database, path, null);

        Assert.False(outcome.Succeeded);
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal(new ImportIssue("zonder-key-2024.csv", 1, "Key", null, "de kolom Key ontbreekt in de kopregel (gevonden: Code, Title)."), issue);
        Assert.Equal(4, await CountAreasAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_BadCodeAndUnknownProvince_NameRowColumnAndValue(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var files = new TempFolder();
        var list = files.Write("regio-2024.csv", """
            "Key","Title"
            "GM0356    ","Nieuwegein"
            "WK03S603  ","Batau"
            """);
        var provinces = files.Write("gp.csv", """
            municipality_id,province_lab
            0356,Utrecht
            0355,Sticht
            """);

        var outcome = await ImportAsync(database, list, provinces);

        Assert.False(outcome.Succeeded);
        Assert.Equal(2, outcome.Issues.Count);
        Assert.Equal(
            "regio-2024.csv, rij 3, kolom Key: waarde 'WK03S603': verwacht een CBS-gebiedscode (NL00, PVnn, GMnnnn, WKnnnnnn of BUnnnnnnnn).",
            outcome.Issues[0].ToString());
        Assert.StartsWith("gp.csv, rij 3, kolom province_lab: waarde 'Sticht': onbekende provincie: verwacht een van Groningen, Fryslân,", outcome.Issues[1].ToString(), StringComparison.Ordinal);
        Assert.Equal(4, await CountAreasAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_BuurtWithoutItsWijk_RefusesAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var files = new TempFolder();
        var list = files.Write("regio-2024.csv", """
            "Key","Title"
            "BU03560301","Batau-Zuid"
            """);

        var outcome = await ImportAsync(database, list, null);

        Assert.False(outcome.Succeeded);
        Assert.Equal(
            "regio-2024.csv, rij 2, kolom Key: waarde 'BU03560301': het bovenliggende gebied WK035603 van BU03560301 staat niet in het bestand en niet in het gebiedenregister.",
            Assert.Single(outcome.Issues).ToString());
        Assert.Equal(4, await CountAreasAsync(database));
    }

    /// <summary>A database holding the four areas of <see cref="SmallList"/> (and no province: no province list).</summary>
    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        using var files = new TempFolder();
        var outcome = await ImportAsync(database, files.Write("regio-2024.csv", SmallList), null);
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(4, await CountAreasAsync(database));
        return database;
    }

    private static async Task<ImportOutcome> ImportAsync(TestDatabase database, string regions, string? provinces, ImportOptions? options = null)
    {
        await using var scope = database.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<RegionImporter>();
        return await importer.ImportAsync(regions, provinces, options ?? Options, TestContext.Current.CancellationToken);
    }

    private static async Task<int> CountAreasAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Areas.CountAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<Area> FindAsync(TestDatabase database, string code)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var areaCode = AreaCode.From(code);
        return await db.Areas.AsNoTracking().SingleAsync(a => a.Code == areaCode, TestContext.Current.CancellationToken);
    }
}
