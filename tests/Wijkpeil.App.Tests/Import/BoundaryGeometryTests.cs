using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Areas.ImportBoundaries;
using Wijkpeil.App.Modules.Areas.ImportRegions;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Import;

/// <summary>
/// GeoJSON geometry that no map can draw (issue 9, point 9) is refused per feature, naming the statcode and
/// what is wrong, and the file stores nothing.
/// </summary>
public sealed class BoundaryGeometryTests
{
    private const string SmallList = """
        "Key","Title"
        "NL00      ","Nederland"
        "GM0344    ","Utrecht"
        "WK034403  ","Wijk 03 Overvecht"
        """;

    private const string Square = "[[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.1, 52.1]]";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_InvalidGeometries_RefusesEachNamingStatcodeAndProblem(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var files = new TempFolder();
        var path = files.Write("wijk_2024.geojson", Collection(
            Feature("GM0344", $$"""{"type": "Polygon", "coordinates": [{{Square}}]}"""),
            Feature("WK034403", """{"type": "Polygon", "coordinates": [[[1e308, 52.1], [5.2, 52.1], [5.2, 52.2], [1e308, 52.1]]]}"""),
            Feature("WK034403", """{"type": "Polygon", "coordinates": [[[5.1, 52.1], [5.2, 52.1]]]}"""),
            Feature("WK034403", """{"type": "MultiPolygon", "coordinates": []}"""),
            Feature("WK034403", """{"type": "Polygon", "coordinates": [[[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.3, 52.3]]]}"""),
            Feature("WK034403", """{"type": "Polygon", "coordinates": [[[136000, 455000], [137000, 455000], [137000, 456000], [136000, 455000]]]}"""),
            Feature("WK034403", """{"type": "Polygon", "coordinates": []}"""),
            Feature("WK034403", """{"type": "Polygon", "coordinates": [[[5.1, "52.1"], [5.2, 52.1], [5.2, 52.2], [5.1, "52.1"]]]}"""),
            Feature("WK034403", """{"type": 7, "coordinates": []}""")));

        var outcome = await ImportAsync(database, path);

        Assert.False(outcome.Succeeded);
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9], outcome.Issues.Select(i => i.Row));
        Assert.All(outcome.Issues, i => Assert.Equal("WK034403", i.Value));
        Assert.All(outcome.Issues, i => Assert.Equal("geometry", i.Column));
        Assert.Contains("buiten WGS84", outcome.Issues[0].Expected, StringComparison.Ordinal);
        Assert.Contains("2 posities", outcome.Issues[1].Expected, StringComparison.Ordinal);
        Assert.Contains("MultiPolygon is leeg", outcome.Issues[2].Expected, StringComparison.Ordinal);
        Assert.Contains("niet gesloten", outcome.Issues[3].Expected, StringComparison.Ordinal);
        Assert.Contains("RD-coördinaten", outcome.Issues[4].Expected, StringComparison.Ordinal);
        Assert.Contains("leeg", outcome.Issues[5].Expected, StringComparison.Ordinal);
        Assert.Contains("eindige getallen", outcome.Issues[6].Expected, StringComparison.Ordinal);
        Assert.All(outcome.Issues.Take(7), i => Assert.Contains("van WK034403", i.Expected, StringComparison.Ordinal));
        Assert.Equal(0, await CountBoundariesAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_PolygonOf50MB_RefusedNamingStatcodeAndLimit(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var files = new TempFolder();
        var ring = new StringBuilder("[[5.1, 52.1]");
        while (ring.Length < 50_000_000)
        {
            ring.Append(", [5.123456789, 52.123456789]");
        }

        ring.Append(", [5.1, 52.1]]");
        var path = files.Write("wijk_2024.geojson", Collection(Feature("WK034403", $$"""{"type": "Polygon", "coordinates": [{{ring}}]}""")));

        var outcome = await ImportAsync(database, path);

        Assert.False(outcome.Succeeded);
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal("WK034403", issue.Value);
        Assert.Contains("8.388.608", issue.Expected, StringComparison.Ordinal);
        Assert.True(outcome.Message.Length < 1_000, outcome.Message);
        Assert.Equal(0, await CountBoundariesAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_ValidMultiPolygonWithHole_IsStored(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var files = new TempFolder();
        var hole = "[[5.12, 52.12], [5.15, 52.12], [5.15, 52.15], [5.12, 52.12]]";
        var path = files.Write("wijk_2024.geojson", Collection(Feature("WK034403", $$"""{"type": "MultiPolygon", "coordinates": [[{{Square}}, {{hole}}], [{{Square}}]]}""")));

        var outcome = await ImportAsync(database, path);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(1, await CountBoundariesAsync(database));
    }

    private static string Collection(params string[] features) =>
        $$"""{"type": "FeatureCollection", "features": [{{string.Join(",\n", features)}}]}""";

    private static string Feature(string code, string geometry) =>
        $$"""{"type": "Feature", "properties": {"statcode": "{{code}}", "jrstatcode": "2024{{code}}"}, "geometry": {{geometry}}}""";

    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        using var files = new TempFolder();
        await using var scope = database.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RegionImporter>().ImportAsync(
            files.Write("regio-2024.csv", SmallList), null, new ImportOptions(), TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, outcome.Message);
        return database;
    }

    private static async Task<ImportOutcome> ImportAsync(TestDatabase database, string path)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BoundaryImporter>().ImportAsync(path, new ImportOptions(), TestContext.Current.CancellationToken);
    }

    private static async Task<int> CountBoundariesAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AreaBoundaries.CountAsync(TestContext.Current.CancellationToken);
    }
}
