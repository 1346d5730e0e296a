namespace Wijkpeil.Domain.MeetingPlaces;

/// <summary>
/// The five meeting places the progress letter (Voortgangsbericht Vitale Wijken 2024) names, one register entry each,
/// spelt as the letter spells them and described only with its sentences. The letter gives no addresses and no
/// locations, so none are filled in; it says wethouders hold spreekuren "in de wijk" without naming a place, so no
/// place gets a spreekuur either.
/// </summary>
/// <remarks>
/// The letter's sentence "in Vollenhove het ontmoetingscentrum ’t Volle Hof, ’t Laantje" is read as two places, as
/// issue 14 lists them; both entries quote the sentence whole, so a reader sees what the letter says.
/// </remarks>
public static class VitaleWijkenMeetingPlaces
{
    /// <summary>The letter, as the agenda's seed names it too.</summary>
    public const string Source = "Voortgangsbericht Vitale Wijken 2024";

    private const string AllFour = "In alle vier de wijken zijn fysieke ontmoetingsplekken gerealiseerd waar bewoners met elkaar en met de gemeente en wijkprofessionals in contact kunnen komen.";

    private const string Vollenhove = AllFour + " In Vollenhove noemt het voortgangsbericht “het ontmoetingscentrum ’t Volle Hof, ’t Laantje”.";

    /// <summary>The places as a coordinator would type them, for <see cref="MeetingPlace.Create"/>.</summary>
    public static IReadOnlyList<MeetingPlaceDetails> Places { get; } =
    [
        new("batau", "Het Muntpunt", AllFour + " In Batau wordt buurtkamer “Het Muntpunt” actief gebruikt.", Source: Source),
        new("vollenhove", "’t Volle Hof", Vollenhove, Source: Source),
        new("vollenhove", "’t Laantje", Vollenhove, Source: Source),
        new(
            "overvecht",
            "NOA Tamarinde",
            AllFour + " In Overvecht is er NOA Tamarinde met onder meer de Werkwinkel en de Voedselbank.",
            Activities: "Onder meer de Werkwinkel en de Voedselbank.",
            Source: Source),
        new(
            "soesterkwartier",
            "Projectenhuis",
            AllFour + " In het Soesterkwartier is het Projectenhuis het centrale punt. Het Projectenhuis is geopend als plek van ontmoeting en uitwisseling en als locatie waar informatievoorziening plaatsvindt aan bewoners over alle projecten in het Soesterkwartier en in het omliggende gebied Langs Eem en Spoor.",
            Activities: "Ontmoeting en uitwisseling; informatievoorziening aan bewoners over alle projecten in het Soesterkwartier en in het omliggende gebied Langs Eem en Spoor.",
            Source: Source),
    ];
}
