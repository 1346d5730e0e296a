namespace Wijkpeil.Domain.Lessons;

/// <summary>
/// The two sources of lessons the progress letter (Voortgangsbericht Vitale Wijken 2024) names, registered with their
/// titles and public addresses only: no lesson is drawn from them here, because writing their content down is for
/// the people who read them.
/// </summary>
/// <remarks>
/// The addresses were looked up: Platform31's article of 20 March 2024 and KWINK groep's page of 24 April 2024 that
/// announces its inspiration document for the provincie Utrecht and links to it.
/// </remarks>
public static class KnownLessonSources
{
    /// <summary>A registered source as the seed gives it, with the id it keeps in every database.</summary>
    public sealed record Seed(int Id, LessonSourceKind Kind, string Title, string Url);

    public static IReadOnlyList<Seed> All { get; } =
    [
        new(
            1,
            LessonSourceKind.ExternalReport,
            "Platform31: Provinciale samenwerking in de wijkaanpak: tips uit regio Utrecht",
            "https://www.platform31.nl/artikelen/provinciale-samenwerking-in-de-wijkaanpak-tips-uit-regio-utrecht/"),
        new(
            2,
            LessonSourceKind.ExternalReport,
            "KWINK groep: Inspiratiedocument over het monitoren van een integrale wijkaanpak",
            "https://www.kwinkgroep.nl/2024/04/inspiratiedocument-over-het-monitoren-van-een-integrale-wijkaanpak-openbaar/"),
    ];
}
