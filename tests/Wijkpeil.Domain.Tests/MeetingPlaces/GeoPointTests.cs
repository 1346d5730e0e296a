using Wijkpeil.Domain.MeetingPlaces;

namespace Wijkpeil.Domain.Tests.MeetingPlaces;

public sealed class GeoPointTests
{
    [Fact]
    public void From_NeitherCoordinate_IsNoPoint()
    {
        var point = GeoPoint.From(null, null);

        Assert.True(point.IsSuccess);
        Assert.Null(point.Value);
    }

    [Theory]
    [InlineData(-90.0, -180.0)]
    [InlineData(90.0, 180.0)]
    [InlineData(52.0907, 5.1214)]
    public void From_BothInRange_KeepsThem(double latitude, double longitude)
    {
        var point = GeoPoint.From(latitude, longitude).Value;

        Assert.Equal(latitude, point?.Latitude);
        Assert.Equal(longitude, point?.Longitude);
    }

    [Fact]
    public void From_LatitudeWithoutLongitude_RefusedAtTheLongitude()
    {
        var error = GeoPoint.From(52.09, null).Error;

        Assert.Equal("meeting_place.point.incomplete", error?.Code);
        Assert.Equal("longitude", error?.Field);
    }

    [Fact]
    public void From_LongitudeWithoutLatitude_RefusedAtTheLatitude() =>
        Assert.Equal("latitude", GeoPoint.From(null, 5.12).Error?.Field);

    [Theory]
    [InlineData(90.0001)]
    [InlineData(-90.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void From_LatitudeOutOfRange_Refused(double latitude)
    {
        var error = GeoPoint.From(latitude, 5.12).Error;

        Assert.Equal("meeting_place.point.latitude.out_of_range", error?.Code);
        Assert.Equal("latitude", error?.Field);
    }

    [Theory]
    [InlineData(180.01)]
    [InlineData(-181.0)]
    [InlineData(double.NaN)]
    public void From_LongitudeOutOfRange_Refused(double longitude)
    {
        var error = GeoPoint.From(52.09, longitude).Error;

        Assert.Equal("meeting_place.point.longitude.out_of_range", error?.Code);
        Assert.Equal("longitude", error?.Field);
    }

    [Fact]
    public void From_RdCoordinatesInsteadOfDegrees_RefusedAsOutOfRange() =>
        Assert.Equal("meeting_place.point.latitude.out_of_range", GeoPoint.From(155_000, 463_000).Error?.Code);
}
