using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.Domain.Opportunities;

/// <summary>
/// The meekoppelkansen of the progress letter (Voortgangsbericht Vitale Wijken 2024, section Meekoppelkansen) and
/// the programmes they come from, as seed data. Only what the letter says: no amounts, dates, owners, contacts or
/// focus areas, because it names none. Each chance gets the status the letter's wording supports: taking part and
/// research under way ("wordt geparticipeerd", "wordt momenteel onderzoek uitgevoerd") are afgesproken, a
/// contribution in the past tense ("is bijgedragen") is gerealiseerd, and the support for Utrecht's application,
/// whose outcome the letter does not give, is afgesproken. Themes are words from the letter.
/// </summary>
public static class LetterOpportunities
{
    public const string Source = "Voortgangsbericht Vitale Wijken 2024";

    public const string ZonMwConsortium = "ZonMW-consortium gezondheid in kwetsbare wijken en gebieden";
    public const string BasicSkills = "Provinciale aanpak basisvaardigheden en laaggeletterdheid";
    public const string EnergyTransition = "Energietransitie";
    public const string FasterHousebuilding = "Versnelling Woningbouw";

    /// <summary>The related programmes the letter names. The Volkshuisvestingsfonds is the Rijk's fund applied to, not a programme, so it is named in the opportunity.</summary>
    public static IReadOnlyList<RelatedProgrammeDetails> Programmes { get; } =
    [
        new(
            ZonMwConsortium,
            "Het consortium van het ZonMW-onderzoekstraject over het ontwikkelen van kennis over gezondheid in kwetsbare wijken en gebieden.",
            ["gezondheid", "kwetsbare wijken", "ontmoetingsplek", "tienermeiden", "migratieachtergrond"],
            Contact: null),
        new(
            BasicSkills,
            "De provinciale aanpak voor het versterken van de basisvaardigheden en het tegengaan van laaggeletterdheid.",
            ["basisvaardigheden", "laaggeletterdheid", "outreachend"],
            Contact: null),
        new(
            EnergyTransition,
            "Provinciaal programma Energietransitie.",
            ["energietransitie", "verduurzaming", "VVE"],
            Contact: null),
        new(
            FasterHousebuilding,
            "Provinciaal programma Versnelling Woningbouw.",
            ["woningbouw", "nieuwbouw", "transformatie"],
            Contact: null),
    ];

    /// <summary>The letter's four examples, each with the names of the programmes in <see cref="Programmes"/> it comes from.</summary>
    public static IReadOnlyList<LetterOpportunity> Opportunities { get; } =
    [
        new(
            "Deelname aan het consortium van het ZonMW-onderzoekstraject over gezondheid in kwetsbare wijken",
            "Vanuit Vitale Wijken wordt geparticipeerd in het consortium van het ZonMW-onderzoekstraject over het ontwikkelen van kennis over gezondheid in kwetsbare wijken en gebieden.",
            OpportunityKind.ExtraResearch,
            [ZonMwConsortium],
            OpportunityStatus.Afgesproken),
        new(
            "Onderzoek naar de inrichting van ontmoetingsplekken voor tienermeiden en vrouwen met een migratieachtergrond",
            "Er wordt momenteel onderzoek uitgevoerd naar de inrichting van ontmoetingsplekken, specifiek voor de doelgroepen tienermeiden en vrouwen met een migratieachtergrond. Het voortgangsbericht noemt dit onderzoek direct na het ZonMW-consortium.",
            OpportunityKind.ExtraResearch,
            [ZonMwConsortium],
            OpportunityStatus.Afgesproken),
        new(
            "Bijdrage aan de provinciale aanpak basisvaardigheden en laaggeletterdheid",
            "Vanuit Vitale Wijken is bijgedragen aan het opzetten van de provinciale aanpak voor het versterken van de basisvaardigheden en het tegengaan van laaggeletterdheid. Leerervaringen uit de praktijk van projecten in de Vitale Wijken aanpak worden hierbij benut, bijvoorbeeld de ervaring met het bereiken van inwoners door middel van een \"outreachende aanpak\", laagdrempelig en nabij in de directe woonomgeving.",
            OpportunityKind.Expertise,
            [BasicSkills],
            OpportunityStatus.Gerealiseerd),
        new(
            "Ondersteuning van gemeente Utrecht bij de subsidieaanvraag voor het Volkshuisvestingsfonds",
            "Ondersteuning van gemeente Utrecht bij de subsidieaanvraag bij het Rijk vanuit het Volkshuisvestingsfonds, vanuit de programma's Energietransitie, Versnelling Woningbouw en Vitale Wijken, voor verduurzaming van VVE's en woonhuizen, transformatieprojecten gericht op nieuwbouw van woningen en investeringen in voorzieningen en openbare ruimte en veiligheid.",
            OpportunityKind.Connections,
            [EnergyTransition, FasterHousebuilding],
            OpportunityStatus.Afgesproken),
    ];

    /// <summary>
    /// The letter's opportunities for <paramref name="programme"/> (Vitale Wijken), with the ids the saved related
    /// programmes got, keyed by name; registered at <paramref name="now"/> by <paramref name="by"/>.
    /// </summary>
    public static IReadOnlyList<Opportunity> Build(ProgrammeScope programme, IReadOnlyDictionary<string, int> relatedProgrammeIds, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(relatedProgrammeIds);
        return
        [
            .. Opportunities.Select(o => Opportunity.Create(
                programme,
                new OpportunityDetails(o.Title, o.Description, o.Kind, [.. o.RelatedProgrammes.Select(name => relatedProgrammeIds[name])], FocusAreaCodes: [], ProjectIds: [], Source: Source),
                o.Status,
                now,
                by).Value),
        ];
    }
}

/// <summary>One meekoppelkans as the progress letter describes it.</summary>
/// <param name="Title">A one-line title.</param>
/// <param name="Description">The letter's words, lightly paraphrased.</param>
/// <param name="Kind">The kind the letter's wording points to.</param>
/// <param name="RelatedProgrammes">Names from <see cref="LetterOpportunities.Programmes"/>.</param>
/// <param name="Status">The status the letter's wording supports.</param>
public sealed record LetterOpportunity(string Title, string Description, OpportunityKind Kind, IReadOnlyList<string> RelatedProgrammes, OpportunityStatus Status);
