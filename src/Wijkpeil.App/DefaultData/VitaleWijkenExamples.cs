using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.DefaultData;

/// <summary>
/// Example projects for the Vitale Wijken agenda: invented but plausible dates, progress, outputs and funding that show
/// what the agenda records, which the progress letter (<see cref="VitaleWijkenAgenda"/>) does not give. Loaded only by
/// <c>wijkpeil demo load</c> (<see cref="DemoData"/>), never by default, and marked as example data on every page and
/// in the API.
/// </summary>
/// <remarks>
/// Each is a project of its own beside the letter's, titled "(voorbeeld)", so no record mixes the letter's facts
/// with invented figures and <c>wijkpeil demo remove</c> can take them away whole.
/// </remarks>
internal static class VitaleWijkenExamples
{
    private const string RegioDeal = "Regio Deal Vitale Wijken";
    private const string Provincie = "Provincie Utrecht";

    public static IReadOnlyList<SeedProject> Projects { get; } =
    [
        new(
            "overvecht",
            "Werkwinkel NOA Tamarinde: bereik en resultaat (voorbeeld)",
            [Kernset.Participation],
            "Gemeente Utrecht",
            ProjectStatus.Running,
            "Een voorbeeld van hoe de agenda bereik, kwaliteit en resultaat van een voorziening laat zien. De cijfers zijn bedacht.",
            "NOA Tamarinde")
        {
            StartDate = new DateOnly(2023, 9, 1),
            EndDate = new DateOnly(2025, 12, 31),
            Progress =
            [
                new(new DateOnly(2024, 3, 15), "Voorbeeld: spreekuren uitgebreid naar vier dagen per week.", 40),
                new(new DateOnly(2024, 10, 1), "Voorbeeld: samenwerking met de Voedselbank voor doorverwijzing.", 65),
            ],
            Outputs =
            [
                new(OutputKind.HowMuch, "Bewoners geholpen in de Werkwinkel", OutputUnit.Count, "bewoners", "2024", Target: 600, Realised: 540),
                new(OutputKind.HowWell, "Bezoekers tevreden over de hulp", OutputUnit.Percentage, "%", "2024", Target: 80, Realised: 84),
                new(OutputKind.BetterOff, "Geholpen bewoners met werk of opleiding binnen zes maanden", OutputUnit.Percentage, "%", "2024", Target: 25, Realised: 19),
            ],
            Funding =
            [
                new(Funder.Gemeente, "Gemeente Utrecht", 2024, Budget: 240_000m, Committed: 240_000m, Spent: 185_000m),
                new(Funder.Rijk, RegioDeal, 2024, Budget: 120_000m, Committed: 120_000m, Spent: 90_000m),
            ],
        },
        new(
            "batau",
            "Muntenbuurt: straten en groen (voorbeeld)",
            [Kernset.Living],
            "Gemeente Nieuwegein",
            ProjectStatus.Running,
            "Een voorbeeld van hoe de agenda de uitvoering en financiering van een project in de openbare ruimte laat zien. De cijfers zijn bedacht.")
        {
            StartDate = new DateOnly(2024, 2, 1),
            EndDate = new DateOnly(2026, 6, 30),
            Progress = [new(new DateOnly(2024, 9, 30), "Voorbeeld: de eerste twee straten zijn opnieuw ingericht.", 30)],
            Outputs =
            [
                new(OutputKind.HowMuch, "Straten opnieuw ingericht", OutputUnit.Count, "straten", "2024", Target: 6, Realised: 2),
                new(OutputKind.HowMuch, "Bomen geplant", OutputUnit.Count, "bomen", "2024", Target: 80, Realised: 35),
            ],
            Funding =
            [
                new(Funder.Rijk, RegioDeal, 2024, Budget: 500_000m, Committed: 400_000m, Spent: 120_000m),
                new(Funder.Provincie, Provincie, 2024, Budget: 250_000m, Committed: 250_000m, Spent: 60_000m),
                new(Funder.Gemeente, "Gemeente Nieuwegein", 2024, Budget: 750_000m, Committed: 600_000m, Spent: 210_000m),
            ],
        },
        new(
            "soesterkwartier",
            "Subsidieregeling: aanvragen en besteding (voorbeeld)",
            [Kernset.Participation],
            "Gemeente Amersfoort",
            ProjectStatus.Completed,
            "Een voorbeeld van hoe de agenda een afgeronde regeling met haar aanvragen en uitgaven laat zien. De cijfers zijn bedacht.")
        {
            StartDate = new DateOnly(2023, 4, 1),
            EndDate = new DateOnly(2024, 12, 31),
            Progress = [new(new DateOnly(2024, 12, 31), "Voorbeeld: de regeling is gesloten; zeventien aanvragen zijn toegekend.", 100)],
            Outputs =
            [
                new(OutputKind.HowMuch, "Aanvragen toegekend", OutputUnit.Count, "aanvragen", "2024", Target: 20, Realised: 17),
                new(OutputKind.HowWell, "Aanvragen binnen acht weken besloten", OutputUnit.Percentage, "%", "2024", Target: 90, Realised: 94),
            ],
            Funding =
            [
                new(Funder.Gemeente, "Gemeente Amersfoort", 2024, Budget: 150_000m, Committed: 132_500m, Spent: 98_750m),
                new(Funder.Provincie, Provincie, 2024, Budget: 100_000m, Committed: 100_000m, Spent: 64_000m),
            ],
        },
    ];
}
