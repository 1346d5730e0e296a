using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.DefaultData;

/// <summary>
/// The execution agenda of Vitale Wijken as far as its progress letter (Voortgangsbericht Vitale Wijken 2024)
/// names it: the projects, meeting places and activities per focus area, in the letter's own words, published.
/// </summary>
/// <remarks>
/// <para>
/// Only what the letter says. Its one figure, "een kleine 40 woningen", is the realised value of the housing-allocation
/// pilot. It names no budgets, targets or amounts (money appears only as "cofinanciering" still to be decided) and
/// dates no project: the statuses are the letter's words ("is gestart", "positief afgerond"), their dates stay unknown
/// and pages say "datum onbekend". Each description ends with the letter as its source.
/// </para>
/// <para>
/// Example outputs, funding and dates that show what the agenda can record are not here: they are an optional set,
/// <see cref="VitaleWijkenExamples"/>, loaded only with <c>wijkpeil demo load</c> and marked as example data.
/// </para>
/// <para>
/// The letter does not say who carries each project, so no owner is filled in (pages say it is not known); pillars
/// follow what each line is about.
/// </para>
/// </remarks>
internal static class VitaleWijkenAgenda
{
    public const string Source = "Voortgangsbericht Vitale Wijken 2024";

    /// <summary>One agenda line; <paramref name="Output"/> is the letter's figure, when it gives one.</summary>
    public sealed record Entry(
        string FocusArea,
        string Title,
        int[] Pillars,
        ProjectStatus Status,
        string Description,
        string? MeetingPlace = null,
        LetterOutput? Output = null);

    /// <summary>A realised how-much figure the letter reports.</summary>
    public sealed record LetterOutput(string Name, string UnitLabel, string PeriodCode, double Realised);

    public static IReadOnlyList<Entry> Entries { get; } =
    [
        // "In Overvecht worden extra investeringen gedaan in de openbare ruimte, bestaanszekerheid, onderwijs en veiligheid."
        new(
            "overvecht",
            "Extra investeringen in openbare ruimte, bestaanszekerheid, onderwijs en veiligheid",
            [Kernset.Safety, Kernset.Participation, Kernset.Education, Kernset.Living],
            ProjectStatus.Planned,
            "Voor 2024 zijn activiteiten en projecten toegevoegd: in Overvecht worden extra investeringen gedaan in de openbare ruimte, bestaanszekerheid, onderwijs en veiligheid."),

        // "Er wordt ingezet op het creëren van een meer gemengde wijk en het huisvesten van meer ‘dragende’ bewoners.
        // De mogelijkheden hiervoor in de huisvestingsverordening worden verruimd."
        new(
            "overvecht",
            "Meer gemengde wijk: ruimere mogelijkheden in de huisvestingsverordening",
            [Kernset.Living],
            ProjectStatus.Planned,
            "Er wordt ingezet op het creëren van een meer gemengde wijk en het huisvesten van meer ‘dragende’ bewoners. De mogelijkheden hiervoor in de huisvestingsverordening worden verruimd."),

        // "In Overvecht is er NOA Tamarinde met onder meer de Werkwinkel en de Voedselbank"
        new(
            "overvecht",
            "Ontmoetingsplek NOA Tamarinde met de Werkwinkel en de Voedselbank",
            [Kernset.Participation],
            ProjectStatus.Running,
            "In alle vier de wijken zijn fysieke ontmoetingsplekken gerealiseerd waar bewoners met elkaar en met de gemeente en wijkprofessionals in contact kunnen komen. In Overvecht is er NOA Tamarinde met onder meer de Werkwinkel en de Voedselbank.",
            MeetingPlace: "NOA Tamarinde"),

        // "In Batau is gestart met het vernieuwen van de openbare ruimte van de Muntenbuurt. De buurt wordt groener, er komt
        // meer plek voor ontmoeting en de straten worden anders ingericht om de verkeersveiligheid te vergroten."
        new(
            "batau",
            "Vernieuwing openbare ruimte Muntenbuurt",
            [Kernset.Living],
            ProjectStatus.Running,
            "In Batau is gestart met het vernieuwen van de openbare ruimte van de Muntenbuurt. De buurt wordt groener, er komt meer plek voor ontmoeting en de straten worden anders ingericht om de verkeersveiligheid te vergroten."),

        // "In Batau wordt buurtkamer “Het Muntpunt” actief gebruikt"
        new(
            "batau",
            "Buurtkamer Het Muntpunt",
            [Kernset.Participation],
            ProjectStatus.Running,
            "In alle vier de wijken zijn fysieke ontmoetingsplekken gerealiseerd waar bewoners met elkaar en met de gemeente en wijkprofessionals in contact kunnen komen. In Batau wordt buurtkamer “Het Muntpunt” actief gebruikt.",
            MeetingPlace: "Buurtkamer Het Muntpunt"),

        // "In Vollenhove is met een groep bewoners (burgerberaad) een gebiedsvisie ontwikkeld."
        new(
            "vollenhove",
            "Burgerberaad gebiedsvisie Vollenhove",
            [Kernset.Participation, Kernset.Living],
            ProjectStatus.Completed,
            "In Vollenhove is met een groep bewoners (burgerberaad) een gebiedsvisie ontwikkeld."),

        // "In de L-flat is de renovatie positief afgerond, mede door de extra sociale aanpak van het team Voor L-kaar."
        new(
            "vollenhove",
            "Renovatie L-flat met sociale aanpak van team Voor L-kaar",
            [Kernset.Participation, Kernset.Living],
            ProjectStatus.Completed,
            "In de L-flat is de renovatie positief afgerond, mede door de extra sociale aanpak van het team Voor L-kaar."),

        // "De proef gerichte woningtoewijzing is succesvol, er zijn een kleine 40 woningen op deze manier verhuurd."
        new(
            "vollenhove",
            "Proef gerichte woningtoewijzing",
            [Kernset.Living],
            ProjectStatus.Running,
            "De proef gerichte woningtoewijzing is succesvol, er zijn een kleine 40 woningen op deze manier verhuurd.",
            Output: new("Woningen verhuurd via gerichte woningtoewijzing (stand voortgangsbericht 2024: een kleine 40)", "woningen", "2024", 40)),

        // "in Vollenhove het ontmoetingscentrum ’t Volle Hof, ’t Laantje"
        new(
            "vollenhove",
            "Ontmoetingscentrum ’t Volle Hof, ’t Laantje",
            [Kernset.Participation],
            ProjectStatus.Running,
            "In alle vier de wijken zijn fysieke ontmoetingsplekken gerealiseerd waar bewoners met elkaar en met de gemeente en wijkprofessionals in contact kunnen komen. In Vollenhove is dat het ontmoetingscentrum ’t Volle Hof, ’t Laantje.",
            MeetingPlace: "’t Volle Hof, ’t Laantje"),

        // "In het Soesterkwartier is de subsidieregeling opengesteld waarmee initiatiefnemers in de wijk aanvragen konden
        // doen voor de uitvoering van projecten uit de Uitvoeringsagenda."
        new(
            "soesterkwartier",
            "Subsidieregeling voor initiatiefnemers uit de wijk",
            [Kernset.Participation],
            ProjectStatus.Running,
            "In het Soesterkwartier is de subsidieregeling opengesteld waarmee initiatiefnemers in de wijk aanvragen konden doen voor de uitvoering van projecten uit de Uitvoeringsagenda."),

        // "Het Projectenhuis is geopend als plek van ontmoeting en uitwisseling en als locatie waar informatievoorziening
        // plaatsvindt aan bewoners over alle projecten in het Soesterkwartier en in het omliggende gebied Langs Eem en Spoor."
        new(
            "soesterkwartier",
            "Projectenhuis",
            [Kernset.Participation],
            ProjectStatus.Running,
            "Het Projectenhuis is geopend als plek van ontmoeting en uitwisseling en als locatie waar informatievoorziening plaatsvindt aan bewoners over alle projecten in het Soesterkwartier en in het omliggende gebied Langs Eem en Spoor.",
            MeetingPlace: "Projectenhuis"),

        // "Er is een winkelstraatmanager aangesteld"
        new(
            "soesterkwartier",
            "Winkelstraatmanager",
            [Kernset.Living],
            ProjectStatus.Running,
            "Er is een winkelstraatmanager aangesteld."),

        // "de voorbereiding voor de herinrichting van de Noordewierweg en Puntenburg en omgeving is gestart."
        new(
            "soesterkwartier",
            "Voorbereiding herinrichting Noordewierweg en Puntenburg en omgeving",
            [Kernset.Living],
            ProjectStatus.Running,
            "De voorbereiding voor de herinrichting van de Noordewierweg en Puntenburg en omgeving is gestart."),

        // "In 2024 wordt verder gewerkt aan het schetsontwerp voor het de openbare ruimte in het Soesterkwartier
        // (Soesterpark) waarbij ook ruimte wordt gezocht voor extra voorzieningen voor kinderen en jongeren."
        new(
            "soesterkwartier",
            "Schetsontwerp openbare ruimte Soesterpark",
            [Kernset.Living],
            ProjectStatus.Running,
            "In 2024 wordt verder gewerkt aan het schetsontwerp voor de openbare ruimte in het Soesterkwartier (Soesterpark), waarbij ook ruimte wordt gezocht voor extra voorzieningen voor kinderen en jongeren."),
    ];

    /// <summary>The agenda's projects as the Agenda module seeds them (<see cref="IAgendaSeeding"/>), published.</summary>
    public static IReadOnlyList<SeedProject> Projects() => [.. Entries.Select(ToSeed)];

    private static SeedProject ToSeed(Entry entry) =>
        new(entry.FocusArea, entry.Title, entry.Pillars, Owner: null, entry.Status, $"{entry.Description}\n\nBron: {Source}.", entry.MeetingPlace)
        {
            Outputs = entry.Output is { } output
                ? [new SeedOutput(OutputKind.HowMuch, output.Name, OutputUnit.Count, output.UnitLabel, output.PeriodCode, Target: null, output.Realised)]
                : [],
        };
}
