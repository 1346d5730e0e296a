using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Wijkpeil.App.Kernel.FileImport;

namespace Wijkpeil.App.Modules.Areas.ImportBoundaries;

/// <summary>
/// Checks a GeoJSON Polygon or MultiPolygon before it is stored and drawn on a map: rings closed and of at
/// least 4 positions, WGS84 coordinates (finite, longitude −180..180, latitude −90..90), no empty polygon,
/// and a size a map page can carry. A 1e308 coordinate, a two-point ring, an empty MultiPolygon and a 50 MB
/// polygon were once stored as they came.
/// </summary>
internal static class GeometryCheck
{
    /// <summary>
    /// The largest GeoJSON file read: 128 MiB. The file is parsed whole; the CBS/PDOK generalised layouts used
    /// by maps are far smaller (all 3,393 wijken of 2024: 1.4 MB); full-resolution national files belong cut.
    /// </summary>
    public const long MaxFileBytes = 128L << 20;

    /// <summary>
    /// The largest geometry of one feature: 8 MiB of JSON. The largest real one in the bundled layouts is 3 KB
    /// (a province); a map page draws every area of a layout, so one megabyte-sized polygon already hurts.
    /// </summary>
    public const int MaxFeatureBytes = 8 << 20;

    /// <summary>The most positions in one feature: 250,000 (the largest bundled feature has 180).</summary>
    public const int MaxPositions = 250_000;

    /// <summary>What is wrong with <paramref name="geometry"/> (a Polygon or MultiPolygon object), or null.</summary>
    public static string? Problem(JsonElement geometry, bool multi, JsonElement coordinates)
    {
        var bytes = JsonMarshal.GetRawUtf8Value(geometry).Length;
        if (bytes > MaxFeatureBytes)
        {
            return $"de geometrie is {InputText.Count(bytes)} bytes; verwacht hoogstens {InputText.Count(MaxFeatureBytes)} per gebied (gebruik de gegeneraliseerde gebiedsindeling van CBS/PDOK).";
        }

        var positions = 0;
        if (!multi)
        {
            return PolygonProblem(coordinates, null, ref positions);
        }

        if (coordinates.GetArrayLength() == 0)
        {
            return "de MultiPolygon is leeg: verwacht minstens één polygoon.";
        }

        var index = 0;
        foreach (var polygon in coordinates.EnumerateArray())
        {
            index++;
            if (PolygonProblem(polygon, index, ref positions) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? PolygonProblem(JsonElement polygon, int? index, ref int positions)
    {
        var which = index is { } i ? string.Create(CultureInfo.InvariantCulture, $"polygoon {i}") : "de polygoon";
        if (polygon.ValueKind != JsonValueKind.Array || polygon.GetArrayLength() == 0)
        {
            return $"{which} is leeg of geen lijst van ringen: verwacht minstens één ring met coördinaten.";
        }

        var ringNumber = 0;
        foreach (var ring in polygon.EnumerateArray())
        {
            ringNumber++;
            var where = string.Create(CultureInfo.InvariantCulture, $"{which}, ring {ringNumber}");
            if (ring.ValueKind != JsonValueKind.Array)
            {
                return $"{where} is geen lijst van posities.";
            }

            var count = ring.GetArrayLength();
            if (count < 4)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{where} heeft {count} posities; een ring heeft er minstens 4 (de eerste gelijk aan de laatste).");
            }

            positions += count;
            if (positions > MaxPositions)
            {
                return $"de geometrie heeft meer dan {InputText.Count(MaxPositions)} posities; gebruik de gegeneraliseerde gebiedsindeling van CBS/PDOK.";
            }

            (double Lon, double Lat) first = default, last = default;
            var number = 0;
            foreach (var position in ring.EnumerateArray())
            {
                number++;
                if (PositionProblem(position, out var lon, out var lat) is { } problem)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{where}, positie {number}: {problem}");
                }

                if (number == 1)
                {
                    first = (lon, lat);
                }

                last = (lon, lat);
            }

            if (first != last)
            {
                return $"{where} is niet gesloten: de laatste positie moet gelijk zijn aan de eerste.";
            }
        }

        return null;
    }

    private static string? PositionProblem(JsonElement position, out double lon, out double lat)
    {
        lon = lat = 0;
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2)
        {
            return "verwacht [lengtegraad, breedtegraad].";
        }

        var values = position.EnumerateArray();
        values.MoveNext();
        var x = values.Current;
        values.MoveNext();
        var y = values.Current;
        if (x.ValueKind != JsonValueKind.Number || y.ValueKind != JsonValueKind.Number
            || !x.TryGetDouble(out lon) || !y.TryGetDouble(out lat) || !double.IsFinite(lon) || !double.IsFinite(lat))
        {
            return "verwacht twee eindige getallen [lengtegraad, breedtegraad].";
        }

        if (lon is < -180 or > 180 || lat is < -90 or > 90)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"[{InputText.Clip(lon.ToString("R", CultureInfo.InvariantCulture))}, {InputText.Clip(lat.ToString("R", CultureInfo.InvariantCulture))}] ligt buiten WGS84: verwacht lengtegraad −180..180 en breedtegraad −90..90 (RD-coördinaten eerst omzetten naar WGS84).");
        }

        return null;
    }
}
