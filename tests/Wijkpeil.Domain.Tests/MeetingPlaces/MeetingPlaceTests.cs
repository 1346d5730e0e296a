using Wijkpeil.Domain.MeetingPlaces;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.Domain.Tests.MeetingPlaces;

public sealed class MeetingPlaceTests
{
    internal static readonly ProgrammeScope VitaleWijken = new(7, "Vitale Wijken", ["overvecht", "batau", "vollenhove", "soesterkwartier"], [1, 2, 3, 4, 5]);

    private static MeetingPlaceDetails Details() => new(
        " batau ",
        "  Het Muntpunt ",
        "Buurtkamer met **koffie**.\n\n- inloop",
        "Dinsdag 10–12 uur: spreekuur wijkteam",
        " Muntplein 1, Nieuwegein ",
        52.03,
        5.09,
        "Bezoek van de coördinator");

    [Fact]
    public void Create_ValidDetails_KeepsThemTrimmedExceptTheMarkdown()
    {
        var place = MeetingPlace.Create(VitaleWijken, Details()).Value;

        Assert.Equal(7, place.ProgrammeId);
        Assert.Equal("batau", place.FocusAreaCode);
        Assert.Equal("Het Muntpunt", place.Name);
        Assert.Equal("Buurtkamer met **koffie**.\n\n- inloop", place.Description);
        Assert.Equal("Muntplein 1, Nieuwegein", place.Address);
        Assert.Equal(52.03, place.Point?.Latitude);
        Assert.Equal(5.09, place.Point?.Longitude);
        Assert.Equal("Bezoek van de coördinator", place.Source);
    }

    [Fact]
    public void Create_OnlyFocusAreaAndName_LeavesTheRestUnknown()
    {
        var place = MeetingPlace.Create(VitaleWijken, new MeetingPlaceDetails("vollenhove", "’t Volle Hof", "   ", " ")).Value;

        Assert.Null(place.Description);
        Assert.Null(place.Activities);
        Assert.Null(place.Address);
        Assert.Null(place.Point);
        Assert.Null(place.Source);
    }

    [Theory]
    [InlineData("zuilen")]
    [InlineData("")]
    [InlineData(null)]
    public void Create_FocusAreaOutsideTheProgramme_RefusedAtTheFocusArea(string? code)
    {
        var error = MeetingPlace.Create(VitaleWijken, Details() with { FocusAreaCode = code }).Error;

        Assert.Equal("meeting_place.focus_area.unknown", error?.Code);
        Assert.Equal("focusArea", error?.Field);
    }

    [Fact]
    public void Create_BlankName_Refused()
    {
        var error = MeetingPlace.Create(VitaleWijken, Details() with { Name = "  " }).Error;

        Assert.Equal("meeting_place.name.required", error?.Code);
        Assert.Equal("name", error?.Field);
    }

    [Theory]
    [InlineData("name", MeetingPlace.NameMaxLength)]
    [InlineData("description", MeetingPlace.DescriptionMaxLength)]
    [InlineData("activities", MeetingPlace.ActivitiesMaxLength)]
    [InlineData("address", MeetingPlace.AddressMaxLength)]
    [InlineData("source", MeetingPlace.SourceMaxLength)]
    public void Create_TextOverItsLimit_RefusedAtThatField(string field, int limit)
    {
        var text = new string('x', limit + 1);
        var details = field switch
        {
            "name" => Details() with { Name = text },
            "description" => Details() with { Description = text },
            "activities" => Details() with { Activities = text },
            "address" => Details() with { Address = text },
            _ => Details() with { Source = text },
        };

        var error = MeetingPlace.Create(VitaleWijken, details).Error;

        Assert.EndsWith(".too_long", error?.Code, StringComparison.Ordinal);
        Assert.Equal(field, error?.Field);
    }

    [Fact]
    public void Create_HalfAPoint_RefusedAtTheMissingCoordinate()
    {
        var error = MeetingPlace.Create(VitaleWijken, Details() with { Longitude = null }).Error;

        Assert.Equal("meeting_place.point.incomplete", error?.Code);
        Assert.Equal("longitude", error?.Field);
    }

    [Fact]
    public void Change_RefusedDetails_ChangeNothing()
    {
        var place = MeetingPlace.Create(VitaleWijken, Details()).Value;

        var changed = place.Change(VitaleWijken, Details() with { Name = "Nieuwe naam", Latitude = 91 });

        Assert.Equal("meeting_place.point.latitude.out_of_range", changed.Error?.Code);
        Assert.Equal("Het Muntpunt", place.Name);
        Assert.Equal(52.03, place.Point?.Latitude);
    }

    [Fact]
    public void Change_ToAnotherFocusAreaWithoutPoint_Applies()
    {
        var place = MeetingPlace.Create(VitaleWijken, Details()).Value;

        place.Change(VitaleWijken, new MeetingPlaceDetails("overvecht", "NOA Tamarinde"));

        Assert.Equal("overvecht", place.FocusAreaCode);
        Assert.Null(place.Point);
    }

    [Fact]
    public void Change_WithAnotherProgramme_IsABug()
    {
        var place = MeetingPlace.Create(VitaleWijken, Details()).Value;

        Assert.Throws<ArgumentException>(() => place.Change(VitaleWijken with { Id = 8 }, Details()));
    }
}
