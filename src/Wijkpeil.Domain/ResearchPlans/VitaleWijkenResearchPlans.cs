namespace Wijkpeil.Domain.ResearchPlans;

/// <summary>
/// The four gemeente-specific research plans as the progress letter (Voortgangsbericht Vitale Wijken 2024) describes
/// them: the focus is the letter's own sentences, the questions, methods, target groups and partners only what those
/// sentences name. The letter dates none of them, so no planning is filled in, and names a method only for Vollenhove
/// (an evaluation) and the Soesterkwartier (key figures, focus groups).
/// </summary>
/// <remarks>
/// Status: the letter says a proposal "is ontwikkeld" per gemeente and describes the work in the present tense ("wordt
/// een tweede evaluatie uitgevoerd", "worden gesprekken gevoerd"), so the plans are running.
/// </remarks>
public static class VitaleWijkenResearchPlans
{
    /// <summary>The letter, as the agenda's seed names it too.</summary>
    public const string Source = "Voortgangsbericht Vitale Wijken 2024";

    /// <summary>The plans as a coordinator would type them, for <see cref="ResearchPlan.Create"/>.</summary>
    public static IReadOnlyList<ResearchPlanDetails> Plans { get; } =
    [
        new(
            "overvecht",
            "In Overvecht ligt de focus op de doelgroepen jongeren en jongvolwassenen en het thema openbare ruimte.",
            ["Jongeren en jongvolwassenen", "Openbare ruimte"],
            [],
            ["Jongeren en jongvolwassenen"],
            [],
            Planning: null,
            ResearchPlanStatus.Running,
            Source),
        new(
            "batau",
            "In Batau ligt de focus op het meten van de beleving en gebruik van het Muntplein, woonbeleving, betrokkenheid bij elkaar en bij activiteiten, veiligheid en overlast.",
            ["Beleving en gebruik van het Muntplein", "Woonbeleving", "Betrokkenheid bij elkaar en bij activiteiten", "Veiligheid en overlast"],
            [],
            [],
            [],
            Planning: null,
            ResearchPlanStatus.Running,
            Source),
        new(
            "vollenhove",
            "In Vollenhove wordt een tweede evaluatie uitgevoerd van de inzet van het team Voor L-kaar in de L-flat. Daarnaast wordt onderzoek gedaan naar het functioneren van de netwerksamenwerking, naar het imago van de wijk en samen met Hogeschool Utrecht naar ervaringen van kinderen in de leeftijd van 3 tot 12 jaar met de buurtaanpak Vollenhove Vooruit.",
            [
                "Tweede evaluatie van de inzet van het team Voor L-kaar in de L-flat",
                "Het functioneren van de netwerksamenwerking",
                "Het imago van de wijk",
                "Ervaringen van kinderen in de leeftijd van 3 tot 12 jaar met de buurtaanpak Vollenhove Vooruit",
            ],
            [ResearchMethod.Evaluation],
            ["Kinderen in de leeftijd van 3 tot 12 jaar"],
            ["Hogeschool Utrecht"],
            Planning: null,
            ResearchPlanStatus.Running,
            Source),
        new(
            "soesterkwartier",
            "In het Soesterkwartier worden gesprekken gevoerd met sleutelfiguren en focusgroepen met actieve bewoners en professionals. Hierin wordt gevraagd hoe zij de wijk ervaren, wat zij merken van de extra inzet en activiteiten in de wijk, en welke ontwikkeling zij nog verwachten de komende tijd.",
            [
                "Hoe ervaren zij de wijk?",
                "Wat merken zij van de extra inzet en activiteiten in de wijk?",
                "Welke ontwikkeling verwachten zij nog de komende tijd?",
            ],
            [ResearchMethod.KeyFigureConversations, ResearchMethod.FocusGroups],
            ["Sleutelfiguren", "Actieve bewoners", "Professionals"],
            [],
            Planning: null,
            ResearchPlanStatus.Running,
            Source),
    ];
}
