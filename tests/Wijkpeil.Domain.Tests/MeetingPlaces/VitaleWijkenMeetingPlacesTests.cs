using Wijkpeil.Domain.MeetingPlaces;

namespace Wijkpeil.Domain.Tests.MeetingPlaces;

public sealed class VitaleWijkenMeetingPlacesTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, VitaleWijkenMeetingPlaces.Places.Count)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EachSeed_PassesTheRegistersRules_WithTheLetterAsSourceAndNothingInvented(int index)
    {
        var place = MeetingPlace.Create(MeetingPlaceTests.VitaleWijken, VitaleWijkenMeetingPlaces.Places[index]).Value;

        Assert.Equal("Voortgangsbericht Vitale Wijken 2024", place.Source);
        Assert.Null(place.Address);
        Assert.Null(place.Point);
        Assert.Contains(place.Name, place.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Seeds_AreTheFivePlacesOfTheLetter_SpeltAsItSpellsThem()
    {
        var places = VitaleWijkenMeetingPlaces.Places.Select(p => (p.FocusAreaCode, p.Name)).ToList();

        Assert.Equal(
            [
                ("batau", "Het Muntpunt"),
                ("vollenhove", "’t Volle Hof"),
                ("vollenhove", "’t Laantje"),
                ("overvecht", "NOA Tamarinde"),
                ("soesterkwartier", "Projectenhuis"),
            ],
            places);
    }

    [Fact]
    public void Seeds_NameNoSpreekuurTheLetterDoesNotPlace() =>
        Assert.All(VitaleWijkenMeetingPlaces.Places, p => Assert.DoesNotContain("spreekuur", p.Activities ?? string.Empty, StringComparison.OrdinalIgnoreCase));
}
