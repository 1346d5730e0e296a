using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Areas.ImportBoundaries;
using Wijkpeil.App.Modules.Areas.ImportRegions;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Tests.Import;

public sealed class BoundaryImporterTests
{
    private const string SmallList = """
        "Key","Title"
        "NL00      ","Nederland"
        "GM0344    ","Utrecht"
        "WK034403  ","Wijk 03 Overvecht"
        """;

    private const string OvervechtSquare = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"statcode": "WK034403  ", "jrstatcode": "2024WK034403"},
           "geometry": {"type": "Polygon", "coordinates": [[[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.1, 52.1]]]}},
          {"type": "Feature", "properties": {"statcode": "WK999901", "jrstatcode": "2024WK999901"},
           "geometry": {"type": "Polygon", "coordinates": [[[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.1, 52.1]]]}}
        ]}
        """;

    private static readonly ImportOptions Options = new();

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_RealFilesAfterRegions_AttachesEveryPolygonWithItsLayoutYear(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var scope = database.CreateScope())
        {
            var regions = await scope.ServiceProvider.GetRequiredService<RegionImporter>().ImportAsync(
                TestData.SharedData("cbs/85984NED-WijkenEnBuurten-2024.csv"), TestData.SharedData("cbs/gemeente-provincie.csv"), Options, TestContext.Current.CancellationToken);
            Assert.True(regions.Succeeded, regions.Message);
        }

        var provinces = await ImportAsync(database, TestData.SharedData("geo/provincie_2020.geojson"));
        var municipalities = await ImportAsync(database, TestData.SharedData("geo/gemeente_2025.geojson"));
        var districts = await ImportAsync(database, TestData.SharedData("geo/wijk_2024.geojson"));

        Assert.Equal("provincie_2020.geojson ingelezen (indeling 2020): 12 gebiedsgrenzen toegevoegd, 0 vervangen, 0 ongewijzigd.", provinces.Message);
        Assert.Equal(342, municipalities.Added);
        Assert.Equal(3_393, districts.Added);
        Assert.Equal("wijk_2024.geojson ingelezen (indeling 2024): 3.393 gebiedsgrenzen toegevoegd, 0 vervangen, 0 ongewijzigd.", districts.Message);

        await using var check = database.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var perYear = await db.AreaBoundaries.GroupBy(b => b.LayoutYear).Select(g => new { Year = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Year, g => g.Count, TestContext.Current.CancellationToken);
        Assert.Equal(new Dictionary<int, int> { [2020] = 12, [2024] = 3_393, [2025] = 342 }, perYear);
        var overvecht = AreaCode.From("WK034403");
        var geometry = await db.AreaBoundaries
            .Where(b => db.Set<Area>().Any(a => a.Id == b.AreaId && a.Code == overvecht))
            .Select(b => b.GeometryJson)
            .SingleAsync(TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(geometry);
        Assert.Equal("Polygon", json.RootElement.GetProperty("type").GetString());
        Assert.DoesNotContain(" ", geometry, StringComparison.Ordinal);

        // The Amsterdam wijken (WK0363AA...) are attached too: letters in a code are CBS's, not an error.
        var amsterdamCentrumAa = AreaCode.From("WK0363AA");
        Assert.True(await db.AreaBoundaries.AnyAsync(b => db.Set<Area>().Any(a => a.Id == b.AreaId && a.Code == amsterdamCentrumAa), TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_SameFileAgain_ChangesNothingAndSaysSo(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var files = new TempFolder();
        var path = files.Write("overvecht.geojson", OvervechtSquare);
        var first = await ImportAsync(database, path);

        var again = await ImportAsync(database, path);

        Assert.Equal(1, first.Added);
        Assert.True(again.Succeeded);
        Assert.True(again.NothingChanged);
        Assert.Equal(
            "Niets gewijzigd: de gebiedsgrens uit overvecht.geojson (indeling 2024) stond al zo in de database. Overgeslagen: 1 gebied(en) die niet in het gebiedenregister staan (WK999901).",
            again.Message);
        Assert.Equal(1, await CountBoundariesAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_ChangedPolygon_ReplacesTheStoredOne(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var files = new TempFolder();
        await ImportAsync(database, files.Write("overvecht.geojson", OvervechtSquare));

        var outcome = await ImportAsync(database, files.Write("overvecht-nieuw.geojson", OvervechtSquare.Replace("5.2, 52.2", "5.3, 52.3", StringComparison.Ordinal)));

        Assert.Equal(1, outcome.Changed);
        await using var scope = database.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AreaBoundaries.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Contains("[5.3,52.3]", stored.GeometryJson, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_NoJrstatcode_TakesTheYearFromTheFileNameOrTheOptions(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var files = new TempFolder();
        var withoutJr = OvervechtSquare
            .Replace(", \"jrstatcode\": \"2024WK034403\"", string.Empty, StringComparison.Ordinal)
            .Replace(", \"jrstatcode\": \"2024WK999901\"", string.Empty, StringComparison.Ordinal);

        var fromName = await ImportAsync(database, files.Write("wijk_2023.geojson", withoutJr));
        var fromOptions = await ImportAsync(database, files.Write("wijken.geojson", withoutJr), new ImportOptions(Year: 2022));
        var unknown = await ImportAsync(database, files.Write("grenzen.geojson", withoutJr));

        Assert.Contains("(indeling 2023)", fromName.Message, StringComparison.Ordinal);
        Assert.Contains("(indeling 2022)", fromOptions.Message, StringComparison.Ordinal);
        Assert.False(unknown.Succeeded);
        Assert.Equal("grenzen.geojson", unknown.Issues[0].File);
        Assert.Equal(1, unknown.Issues[0].Row);
        Assert.StartsWith("het jaar van de gebiedsindeling is onbekend", unknown.Issues[0].Expected, StringComparison.Ordinal);
        Assert.Equal(2, await CountBoundariesAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_BeforeTheRegions_RefusesAndSaysWhatToDo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var outcome = await ImportAsync(database, TestData.SharedData("geo/provincie_2020.geojson"));

        Assert.False(outcome.Succeeded);
        Assert.Equal(
            "Import afgebroken, er is niets opgeslagen. provincie_2020.geojson, kolom properties.statcode: geen van de 12 gebiedscodes (PV20, PV21, PV22, PV23, PV24, PV25, PV26, PV27, PV28, PV29, ...) staat in het gebiedenregister. Lees eerst de CBS-gebiedenlijst in (wijkpeil import regions).",
            outcome.Message);
        Assert.Equal(0, await CountBoundariesAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_EmptyFile_RefusesAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var files = new TempFolder();

        var outcome = await ImportAsync(database, files.Write("wijk_2024.geojson", []));

        Assert.False(outcome.Succeeded);
        Assert.Equal("Import afgebroken, er is niets opgeslagen. wijk_2024.geojson: het bestand is leeg (0 bytes).", outcome.Message);
        Assert.Equal(0, await CountBoundariesAsync(database));
        Assert.Equal(3, await CountAreasAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_RandomBytes_RefusesAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var files = new TempFolder();

        var outcome = await ImportAsync(database, files.Write("wijk_2024.geojson", TempFolder.RandomBytes(4096)));

        Assert.False(outcome.Succeeded);
        Assert.StartsWith("Import afgebroken, er is niets opgeslagen. wijk_2024.geojson, rij 1: geen geldige JSON", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountBoundariesAsync(database));
        Assert.Equal(3, await CountAreasAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_NotJson_NamesTheLineAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var files = new TempFolder();
        var path = files.Write("wijk_2024.geojson", "{\"type\": \"FeatureCollection\",\n\"features\": [\n{\"type\": \"Feature\", properties: {}}\n]}");

        var outcome = await ImportAsync(database, path);

        Assert.False(outcome.Succeeded);
        Assert.Equal(
            new ImportIssue("wijk_2024.geojson", 3, null, null, "geen geldige JSON: verwacht een GeoJSON-bestand (FeatureCollection), zoals de gebiedsindelingen van CBS/PDOK."),
            Assert.Single(outcome.Issues));
        Assert.Equal(0, await CountBoundariesAsync(database));
        Assert.Equal(3, await CountAreasAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_OneFeatureWithoutGeometry_StoresNoneOfTheOthers(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var files = new TempFolder();
        var path = files.Write("gemeente_2024.geojson", """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"statcode": "WK034403"}, "geometry": {"type": "Polygon", "coordinates": [[[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.1, 52.1]]]}},
              {"type": "Feature", "properties": {"statcode": "GM0344"}, "geometry": null}
            ]}
            """);

        var outcome = await ImportAsync(database, path);

        Assert.False(outcome.Succeeded);
        Assert.Equal(
            "gemeente_2024.geojson, rij 2, kolom geometry: waarde 'GM0344': verwacht een geometrie van het type Polygon of MultiPolygon met coördinaten.",
            Assert.Single(outcome.Issues).ToString());
        Assert.Equal(0, await CountBoundariesAsync(database));
    }

    /// <summary>A database holding NL00, GM0344 and WK034403 (layout 2024).</summary>
    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        using var files = new TempFolder();
        await using var scope = database.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RegionImporter>().ImportAsync(
            files.Write("regio-2024.csv", SmallList), null, Options, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, outcome.Message);
        return database;
    }

    private static async Task<ImportOutcome> ImportAsync(TestDatabase database, string path, ImportOptions? options = null)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BoundaryImporter>().ImportAsync(path, options ?? Options, TestContext.Current.CancellationToken);
    }

    private static async Task<int> CountBoundariesAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AreaBoundaries.CountAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<int> CountAreasAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Areas.CountAsync(TestContext.Current.CancellationToken);
    }
}
