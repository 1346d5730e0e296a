using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.DefaultData;

/// <summary>
/// The execution agenda of Vitale Wijken as far as its progress letter (Voortgangsbericht Vitale Wijken 2024)
/// names it: the projects, meeting places and activities per focus area, in the letter's own words, published.
/// </summary>
/// <remarks>
/// <para>
/// What the letter says. Its one figure, "een kleine 40 woningen", is the realised value of the housing-allocation
/// pilot. It names no budgets, targets or amounts at all (money appears only as "cofinanciering" still to be
/// decided), so the letter cannot show what the agenda's outputs and funding look like. Three projects therefore
/// carry <see cref="ExampleFigures"/>: invented but plausible targets, realised values and funding lines, on a
/// project marked <see cref="SeedProject.IsExampleData"/>, which every page showing them labels "voorbeeldcijfers".
/// No project with a figure from the letter is marked, so the letter's 40 homes never read as an example.
/// </para>
/// <para>
/// Owner is the gemeente of the focus area, which the letter does not contradict; pillars follow what each line
/// is about. The letter gives no dates either, while a running or completed project needs a start (and end)
/// date: each status is dated <see cref="ReportedOn"/>, the first day of the year the letter reports in, and the
/// timeline entry says the date is the letter's, not the event's.
/// </para>
/// <para>
/// The example figures came with the same <see cref="DefaultSeeder.AgendaSettingKey"/>: the agenda seed has not
/// left issue 4's development, so only databases created during it lack them and are recreated rather than
/// patched by a second seed step.
/// </para>
/// </remarks>
internal static class VitaleWijkenAgenda
{
    /// <summary>Year precision only: the letter looks ahead to 2024 ("Vooruitblik 2024") and is not dated in its text.</summary>
    public static readonly DateOnly ReportedOn = new(2024, 1, 1);

    public const string Source = "Voortgangsbericht Vitale Wijken 2024";

    private const string Utrecht = "Gemeente Utrecht";
    private const string Nieuwegein = "Gemeente Nieuwegein";
    private const string Zeist = "Gemeente Zeist";
    private const string Amersfoort = "Gemeente Amersfoort";

    /// <summary>
    /// One agenda line; <paramref name="Output"/> is the letter's figure, when it gives one; <paramref name="Example"/>
    /// are figures the letter does not give, which make the project example data.
    /// </summary>
    public sealed record Entry(
        string FocusArea,
        string Title,
        int[] Pillars,
        string Owner,
        ProjectStatus Status,
        string Description,
        string? MeetingPlace = null,
        LetterOutput? Output = null,
        ExampleFigures? Example = null);

    /// <summary>A realised how-much figure the letter reports.</summary>
    public sealed record LetterOutput(string Name, string UnitLabel, string PeriodCode, double Realised);

    /// <summary>Invented outputs and funding that show what the agenda records; never from the letter.</summary>
    public sealed record ExampleFigures(ExampleOutput[] Outputs, ExampleFunding[] Funding);

    /// <summary>An invented output measure with its target and realised value in one year.</summary>
    public sealed record ExampleOutput(OutputKind Kind, string Name, OutputUnit Unit, string UnitLabel, string PeriodCode, double Target, double Realised);

    /// <summary>An invented funding line, in euros.</summary>
    public sealed record ExampleFunding(Funder Funder, string? FunderName, int Year, decimal Budget, decimal Committed, decimal Spent);

    public static IReadOnlyList<Entry> Entries { get; } =
    [
        // "In Overvecht worden extra investeringen gedaan in de openbare ruimte, bestaanszekerheid, onderwijs en veiligheid."
        new(
            "overvecht",
            "Extra investeringen in openbare ruimte, bestaanszekerheid, onderwijs en veiligheid",
            [Kernset.Safety, Kernset.Participation, Kernset.Education, Kernset.Living],
            Utrecht,
            ProjectStatus.Planned,
            "Voor 2024 zijn activiteiten en projecten toegevoegd: in Overvecht worden extra investeringen gedaan in de openbare ruimte, bestaanszekerheid, onderwijs en veiligheid."),

        // "Er wordt ingezet op het creëren van een meer gemengde wijk en het huisvesten van meer ‘dragende’ bewoners.
        // De mogelijkheden hiervoor in de huisvestingsverordening worden verruimd."
        new(
            "overvecht",
            "Meer gemengde wijk: ruimere mogelijkheden in de huisvestingsverordening",
            [Kernset.Living],
            Utrecht,
            ProjectStatus.Planned,
            "Er wordt ingezet op het creëren van een meer gemengde wijk en het huisvesten van meer ‘dragende’ bewoners. De mogelijkheden hiervoor in de huisvestingsverordening worden verruimd."),

        // "In Overvecht is er NOA Tamarinde met onder meer de Werkwinkel en de Voedselbank"
        new(
            "overvecht",
            "Ontmoetingsplek NOA Tamarinde met de Werkwinkel en de Voedselbank",
            [Kernset.Participation],
            Utrecht,
            ProjectStatus.Running,
            "In alle vier de wijken zijn fysieke ontmoetingsplekken gerealiseerd waar bewoners met elkaar en met de gemeente en wijkprofessionals in contact kunnen komen. In Overvecht is er NOA Tamarinde met onder meer de Werkwinkel en de Voedselbank.",
            MeetingPlace: "NOA Tamarinde",

            // Example figures: the letter gives none for NOA Tamarinde.
            Example: new(
                [
                    new(OutputKind.HowMuch, "Bewoners geholpen in de Werkwinkel", OutputUnit.Count, "bewoners", "2024", Target: 600, Realised: 540),
                    new(OutputKind.HowWell, "Bezoekers tevreden over de hulp", OutputUnit.Percentage, "%", "2024", Target: 80, Realised: 84),
                    new(OutputKind.BetterOff, "Geholpen bewoners met werk of opleiding binnen zes maanden", OutputUnit.Percentage, "%", "2024", Target: 25, Realised: 19),
                ],
                [
                    new(Funder.Gemeente, Utrecht, 2024, Budget: 240_000m, Committed: 240_000m, Spent: 185_000m),
                    new(Funder.Rijk, "Regio Deal Vitale Wijken", 2024, Budget: 120_000m, Committed: 120_000m, Spent: 90_000m),
                ])),

        // "In Batau is gestart met het vernieuwen van de openbare ruimte van de Muntenbuurt. De buurt wordt groener, er komt
        // meer plek voor ontmoeting en de straten worden anders ingericht om de verkeersveiligheid te vergroten."
        new(
            "batau",
            "Vernieuwing openbare ruimte Muntenbuurt",
            [Kernset.Living],
            Nieuwegein,
            ProjectStatus.Running,
            "In Batau is gestart met het vernieuwen van de openbare ruimte van de Muntenbuurt. De buurt wordt groener, er komt meer plek voor ontmoeting en de straten worden anders ingericht om de verkeersveiligheid te vergroten.",

            // Example figures: the letter says the renewal started, not how far it got or what it costs.
            Example: new(
                [
                    new(OutputKind.HowMuch, "Straten opnieuw ingericht", OutputUnit.Count, "straten", "2024", Target: 6, Realised: 2),
                    new(OutputKind.HowMuch, "Bomen geplant", OutputUnit.Count, "bomen", "2024", Target: 80, Realised: 35),
                ],
                [
                    new(Funder.Rijk, "Regio Deal Vitale Wijken", 2024, Budget: 500_000m, Committed: 400_000m, Spent: 120_000m),
                    new(Funder.Provincie, "Provincie Utrecht", 2024, Budget: 250_000m, Committed: 250_000m, Spent: 60_000m),
                    new(Funder.Gemeente, Nieuwegein, 2024, Budget: 750_000m, Committed: 600_000m, Spent: 210_000m),
                ])),

        // "In Batau wordt buurtkamer “Het Muntpunt” actief gebruikt"
        new(
            "batau",
            "Buurtkamer Het Muntpunt",
            [Kernset.Participation],
            Nieuwegein,
            ProjectStatus.Running,
            "In alle vier de wijken zijn fysieke ontmoetingsplekken gerealiseerd waar bewoners met elkaar en met de gemeente en wijkprofessionals in contact kunnen komen. In Batau wordt buurtkamer “Het Muntpunt” actief gebruikt.",
            MeetingPlace: "Buurtkamer Het Muntpunt"),

        // "In Vollenhove is met een groep bewoners (burgerberaad) een gebiedsvisie ontwikkeld."
        new(
            "vollenhove",
            "Burgerberaad gebiedsvisie Vollenhove",
            [Kernset.Participation, Kernset.Living],
            Zeist,
            ProjectStatus.Completed,
            "In Vollenhove is met een groep bewoners (burgerberaad) een gebiedsvisie ontwikkeld."),

        // "In de L-flat is de renovatie positief afgerond, mede door de extra sociale aanpak van het team Voor L-kaar."
        new(
            "vollenhove",
            "Renovatie L-flat met sociale aanpak van team Voor L-kaar",
            [Kernset.Participation, Kernset.Living],
            Zeist,
            ProjectStatus.Completed,
            "In de L-flat is de renovatie positief afgerond, mede door de extra sociale aanpak van het team Voor L-kaar."),

        // "De proef gerichte woningtoewijzing is succesvol, er zijn een kleine 40 woningen op deze manier verhuurd."
        new(
            "vollenhove",
            "Proef gerichte woningtoewijzing",
            [Kernset.Living],
            Zeist,
            ProjectStatus.Running,
            "De proef gerichte woningtoewijzing is succesvol, er zijn een kleine 40 woningen op deze manier verhuurd.",
            Output: new("Woningen verhuurd via gerichte woningtoewijzing (stand voortgangsbericht 2024: een kleine 40)", "woningen", "2024", 40)),

        // "in Vollenhove het ontmoetingscentrum ’t Volle Hof, ’t Laantje"
        new(
            "vollenhove",
            "Ontmoetingscentrum ’t Volle Hof, ’t Laantje",
            [Kernset.Participation],
            Zeist,
            ProjectStatus.Running,
            "In alle vier de wijken zijn fysieke ontmoetingsplekken gerealiseerd waar bewoners met elkaar en met de gemeente en wijkprofessionals in contact kunnen komen. In Vollenhove is dat het ontmoetingscentrum ’t Volle Hof, ’t Laantje.",
            MeetingPlace: "’t Volle Hof, ’t Laantje"),

        // "In het Soesterkwartier is de subsidieregeling opengesteld waarmee initiatiefnemers in de wijk aanvragen konden
        // doen voor de uitvoering van projecten uit de Uitvoeringsagenda."
        new(
            "soesterkwartier",
            "Subsidieregeling voor initiatiefnemers uit de wijk",
            [Kernset.Participation],
            Amersfoort,
            ProjectStatus.Running,
            "In het Soesterkwartier is de subsidieregeling opengesteld waarmee initiatiefnemers in de wijk aanvragen konden doen voor de uitvoering van projecten uit de Uitvoeringsagenda.",

            // Example figures: the letter says the scheme opened, not how many applied or for how much.
            Example: new(
                [
                    new(OutputKind.HowMuch, "Aanvragen toegekend", OutputUnit.Count, "aanvragen", "2024", Target: 20, Realised: 17),
                    new(OutputKind.HowWell, "Aanvragen binnen acht weken besloten", OutputUnit.Percentage, "%", "2024", Target: 90, Realised: 94),
                ],
                [
                    new(Funder.Gemeente, Amersfoort, 2024, Budget: 150_000m, Committed: 132_500m, Spent: 98_750m),
                    new(Funder.Provincie, "Provincie Utrecht", 2024, Budget: 100_000m, Committed: 100_000m, Spent: 64_000m),
                ])),

        // "Het Projectenhuis is geopend als plek van ontmoeting en uitwisseling en als locatie waar informatievoorziening
        // plaatsvindt aan bewoners over alle projecten in het Soesterkwartier en in het omliggende gebied Langs Eem en Spoor."
        new(
            "soesterkwartier",
            "Projectenhuis",
            [Kernset.Participation],
            Amersfoort,
            ProjectStatus.Running,
            "Het Projectenhuis is geopend als plek van ontmoeting en uitwisseling en als locatie waar informatievoorziening plaatsvindt aan bewoners over alle projecten in het Soesterkwartier en in het omliggende gebied Langs Eem en Spoor.",
            MeetingPlace: "Projectenhuis"),

        // "Er is een winkelstraatmanager aangesteld"
        new(
            "soesterkwartier",
            "Winkelstraatmanager",
            [Kernset.Living],
            Amersfoort,
            ProjectStatus.Running,
            "Er is een winkelstraatmanager aangesteld."),

        // "de voorbereiding voor de herinrichting van de Noordewierweg en Puntenburg en omgeving is gestart."
        new(
            "soesterkwartier",
            "Voorbereiding herinrichting Noordewierweg en Puntenburg en omgeving",
            [Kernset.Living],
            Amersfoort,
            ProjectStatus.Running,
            "De voorbereiding voor de herinrichting van de Noordewierweg en Puntenburg en omgeving is gestart."),

        // "In 2024 wordt verder gewerkt aan het schetsontwerp voor het de openbare ruimte in het Soesterkwartier
        // (Soesterpark) waarbij ook ruimte wordt gezocht voor extra voorzieningen voor kinderen en jongeren."
        new(
            "soesterkwartier",
            "Schetsontwerp openbare ruimte Soesterpark",
            [Kernset.Living],
            Amersfoort,
            ProjectStatus.Running,
            "In 2024 wordt verder gewerkt aan het schetsontwerp voor de openbare ruimte in het Soesterkwartier (Soesterpark), waarbij ook ruimte wordt gezocht voor extra voorzieningen voor kinderen en jongeren."),
    ];

    /// <summary>The agenda's projects as the Agenda module seeds them (<see cref="IAgendaSeeding"/>), published.</summary>
    public static IReadOnlyList<SeedProject> Projects() => [.. Entries.Select(ToSeed)];

    private static SeedProject ToSeed(Entry entry)
    {
        // A letter figure on an example project would be labelled an example too: the two never meet.
        if (entry.Output is not null && entry.Example is not null)
        {
            throw new InvalidOperationException($"'{entry.Title}' has a figure from the letter and example figures.");
        }

        // The seed's "today" is the letter's: the status is as the letter reports it.
        return new SeedProject(
            entry.FocusArea,
            entry.Title,
            entry.Pillars,
            entry.Owner,
            entry.Status,
            entry.Description,
            entry.MeetingPlace,
            ReportedOn,
            $"{entry.Description}\n\nBron: {Source}. De datum is die van het bericht (op het jaar nauwkeurig), niet van de gebeurtenis.")
        {
            Outputs = entry.Output is { } output
                ? [new SeedOutput(OutputKind.HowMuch, output.Name, OutputUnit.Count, output.UnitLabel, output.PeriodCode, Target: null, output.Realised)]
                : [.. (entry.Example?.Outputs ?? []).Select(o => new SeedOutput(o.Kind, o.Name, o.Unit, o.UnitLabel, o.PeriodCode, o.Target, o.Realised))],
            Funding = [.. (entry.Example?.Funding ?? []).Select(f => new SeedFunding(f.Funder, f.FunderName, f.Year, f.Budget, f.Committed, f.Spent))],
            IsExampleData = entry.Example is not null,
        };
    }
}
