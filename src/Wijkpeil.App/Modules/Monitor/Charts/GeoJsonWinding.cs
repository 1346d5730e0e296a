using System.Globalization;
using System.Text.Json.Nodes;

namespace Wijkpeil.App.Modules.Monitor.Charts;

/// <summary>
/// Puts polygon rings in the order Vega's map projections (d3-geo) need: exterior rings clockwise, holes
/// counter-clockwise. GeoJSON (RFC 7946) prescribes the opposite and the CBS/PDOK files mix both; d3 reads
/// a counter-clockwise exterior ring as "the whole globe except this area", which fits the map to the world
/// and covers it in one colour. Serve map data through <see cref="RewindForD3"/>.
/// </summary>
public static class GeoJsonWinding
{
    /// <summary>
    /// Rewinds, in place, every polygon in a FeatureCollection, Feature, GeometryCollection, Polygon or
    /// MultiPolygon (other geometries are left as they are) and returns the same node.
    /// </summary>
    public static JsonNode RewindForD3(JsonNode geoJson)
    {
        ArgumentNullException.ThrowIfNull(geoJson);
        Visit(geoJson);
        return geoJson;
    }

    private static void Visit(JsonNode? node)
    {
        if (node is not JsonObject obj)
        {
            return;
        }

        switch ((string?)obj["type"])
        {
            case "FeatureCollection":
                foreach (var feature in obj["features"]?.AsArray() ?? [])
                {
                    Visit(feature);
                }

                break;
            case "Feature":
                Visit(obj["geometry"]);
                break;
            case "GeometryCollection":
                foreach (var geometry in obj["geometries"]?.AsArray() ?? [])
                {
                    Visit(geometry);
                }

                break;
            case "Polygon":
                RewindPolygon(obj["coordinates"]?.AsArray());
                break;
            case "MultiPolygon":
                foreach (var polygon in obj["coordinates"]?.AsArray() ?? [])
                {
                    RewindPolygon(polygon?.AsArray());
                }

                break;
            default:
                break;
        }
    }

    private static void RewindPolygon(JsonArray? rings)
    {
        if (rings is null)
        {
            return;
        }

        for (int i = 0; i < rings.Count; i++)
        {
            if (rings[i] is JsonArray ring)
            {
                // Longitude right, latitude up: a positive area is counter-clockwise.
                double area = SignedArea(ring);
                bool exterior = i == 0;
                if ((exterior && area > 0) || (!exterior && area < 0))
                {
                    Reverse(ring);
                }
            }
        }
    }

    private static double SignedArea(JsonArray ring)
    {
        double sum = 0;
        for (int i = 0; i + 1 < ring.Count; i++)
        {
            var (x1, y1) = Position(ring[i]);
            var (x2, y2) = Position(ring[i + 1]);
            sum += (x1 * y2) - (x2 * y1);
        }

        return sum / 2;
    }

    private static (double X, double Y) Position(JsonNode? position)
    {
        var coordinates = position?.AsArray() ?? throw new FormatException("A GeoJSON position must be an array of numbers.");
        return (Number(coordinates[0]), Number(coordinates[1]));
    }

    private static double Number(JsonNode? node)
    {
        // Parsed JSON converts to double directly; a value built in code as an int does not, so read its text.
        return node is JsonValue value && value.TryGetValue(out double number)
            ? number
            : double.Parse(node?.ToJsonString() ?? throw new FormatException("A GeoJSON position has no coordinate."), CultureInfo.InvariantCulture);
    }

    private static void Reverse(JsonArray ring)
    {
        var positions = ring.ToList();
        ring.Clear();
        for (int i = positions.Count - 1; i >= 0; i--)
        {
            ring.Add(positions[i]);
        }
    }
}
