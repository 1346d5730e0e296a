namespace Wijkpeil.Domain.Areas;

/// <summary>The polygon of an area in one layout year, as a GeoJSON geometry in WGS84.</summary>
public sealed class AreaBoundary
{
    public AreaBoundary(int areaId, int layoutYear, string geometryJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(geometryJson);
        AreaId = areaId;
        LayoutYear = layoutYear;
        GeometryJson = geometryJson;
    }

    public int Id { get; private set; }

    public int AreaId { get; private set; }

    public int LayoutYear { get; private set; }

    public string GeometryJson { get; private set; }

    public void Replace(string geometryJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(geometryJson);
        GeometryJson = geometryJson;
    }
}
