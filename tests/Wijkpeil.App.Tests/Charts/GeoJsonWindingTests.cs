using System.IO.Compression;
using System.Text.Json.Nodes;
using Wijkpeil.App.Modules.Monitor.Charts;

namespace Wijkpeil.App.Tests.Charts;

public sealed class GeoJsonWindingTests
{
    // Counter-clockwise (RFC 7946) exterior with a clockwise hole: the opposite of what d3 needs.
    private const string Rfc7946Square = """
        {"type": "Feature", "properties": {"code": "WK034403"}, "geometry": {"type": "Polygon", "coordinates": [
          [[5.0, 52.0], [5.2, 52.0], [5.2, 52.2], [5.0, 52.2], [5.0, 52.0]],
          [[5.05, 52.05], [5.05, 52.1], [5.1, 52.1], [5.1, 52.05], [5.05, 52.05]]
        ]}}
        """;

    [Fact]
    public void RewindForD3_Rfc7946Polygon_MakesExteriorClockwiseAndHoleCounterClockwise()
    {
        var feature = JsonNode.Parse(Rfc7946Square)!;

        GeoJsonWinding.RewindForD3(feature);

        var rings = feature["geometry"]!["coordinates"]!.AsArray();
        Assert.True(SignedArea(rings[0]!.AsArray()) < 0);
        Assert.True(SignedArea(rings[1]!.AsArray()) > 0);
        Assert.Equal("[5,52]", rings[0]![0]!.ToJsonString().Replace(".0", string.Empty, StringComparison.Ordinal));
        Assert.Equal(5, rings[0]!.AsArray().Count);
    }

    [Fact]
    public void RewindForD3_AlreadyRewound_ChangesNothing()
    {
        var once = GeoJsonWinding.RewindForD3(JsonNode.Parse(Rfc7946Square)!);
        var expected = once.ToJsonString();

        var twice = GeoJsonWinding.RewindForD3(once);

        Assert.Equal(expected, twice.ToJsonString());
    }

    [Fact]
    public void RewindForD3_BundledWijkBoundaries_LeavesEveryExteriorRingClockwise()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "DefaultData", "files", "geo", "wijk_2024.geojson.gz");
        JsonNode collection;
        using (var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
        {
            collection = JsonNode.Parse(stream)!;
        }

        var polygons = Polygons(collection).ToList();
        Assert.Contains(polygons, static polygon => SignedArea(polygon[0]!.AsArray()) > 0);

        GeoJsonWinding.RewindForD3(collection);

        Assert.All(Polygons(collection), static polygon => Assert.True(SignedArea(polygon[0]!.AsArray()) <= 0));
    }

    private static IEnumerable<JsonArray> Polygons(JsonNode collection)
    {
        foreach (var feature in collection["features"]!.AsArray())
        {
            var geometry = feature!["geometry"]!;
            var coordinates = geometry["coordinates"]!.AsArray();
            if ((string?)geometry["type"] == "Polygon")
            {
                yield return coordinates;
            }
            else
            {
                foreach (var polygon in coordinates)
                {
                    yield return polygon!.AsArray();
                }
            }
        }
    }

    private static double SignedArea(JsonArray ring)
    {
        double sum = 0;
        for (int i = 0; i + 1 < ring.Count; i++)
        {
            sum += ((double)ring[i]![0]! * (double)ring[i + 1]![1]!) - ((double)ring[i + 1]![0]! * (double)ring[i]![1]!);
        }

        return sum / 2;
    }
}
