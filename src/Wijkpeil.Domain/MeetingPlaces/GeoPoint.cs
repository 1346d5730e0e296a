using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.MeetingPlaces;

/// <summary>
/// A point on the map in WGS84 degrees, as the area maps (GeoJSON) use it. It exists only whole and in range: a
/// place with half a coordinate or a latitude past the pole would land somewhere nobody meant, so a place without a
/// known point has none rather than a guessed one.
/// </summary>
public readonly record struct GeoPoint
{
    private GeoPoint(double latitude, double longitude)
    {
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Degrees north, −90 to 90.</summary>
    public double Latitude { get; }

    /// <summary>Degrees east, −180 to 180.</summary>
    public double Longitude { get; }

    /// <summary>
    /// The point of <paramref name="latitude"/> and <paramref name="longitude"/> as a form gives them: both empty is no
    /// point (null); one without the other, or either out of range, is refused at that field.
    /// </summary>
    public static Result<GeoPoint?> From(double? latitude, double? longitude)
    {
        if (latitude is null && longitude is null)
        {
            return Result<GeoPoint?>.Success(null);
        }

        if (latitude is null || longitude is null)
        {
            return Result<GeoPoint?>.Failure(
                "meeting_place.point.incomplete",
                "Vul zowel de breedtegraad als de lengtegraad in, of laat beide leeg.",
                latitude is null ? "latitude" : "longitude");
        }

        if (!double.IsFinite(latitude.Value) || Math.Abs(latitude.Value) > 90)
        {
            return OutOfRange("latitude", "breedtegraad", latitude.Value, 90);
        }

        if (!double.IsFinite(longitude.Value) || Math.Abs(longitude.Value) > 180)
        {
            return OutOfRange("longitude", "lengtegraad", longitude.Value, 180);
        }

        return new GeoPoint(latitude.Value, longitude.Value);
    }

    private static Result<GeoPoint?> OutOfRange(string field, string label, double value, int limit) =>
        Result<GeoPoint?>.Failure(
            $"meeting_place.point.{field}.out_of_range",
            string.Create(CultureInfo.InvariantCulture, $"De {label} {value} ligt buiten WGS84: verwacht −{limit} tot en met {limit} graden."),
            field,
            value,
            limit);
}
