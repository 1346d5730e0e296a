using Wijkpeil.App.Modules.Subsidies.Letters;
using Wijkpeil.Domain.Common;

using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Tests.Modules.Subsidies.Letters;

/// <summary>Decision letters as the Soesterkwartier scheme would send them: a grant in full, and its variants.</summary>
internal static class SampleLetters
{
    public const string ObjectionFirstParagraph =
        "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending bezwaar maken bij het college van burgemeester en wethouders van Amersfoort, Postbus 4000, 3800 EA Amersfoort.";

    public const string ObjectionSecondParagraph =
        "Uw bezwaarschrift bevat ten minste uw naam en adres, de datum, een omschrijving van het besluit en de redenen van uw bezwaar, en u ondertekent het (artikel 6:5 Awb).";

    /// <summary>€ 12.500,00 granted in full on 7 December 2026, with an 80% advance and three criteria (one not applicable).</summary>
    public static DecisionLetter Grant() => new()
    {
        Language = LetterLanguage.Dutch,
        IssuingBody = "College van burgemeester en wethouders van Amersfoort",
        SenderAddress = ["Postbus 4000", "3800 EA Amersfoort"],
        Date = new DateOnly(2026, 12, 7),
        Reference = "SK-2026-0001",
        SchemeName = "Subsidieregeling Soesterkwartier 2026",
        Regulation = "Algemene Subsidieverordening Amersfoort 2024",
        Recipient = new LetterRecipient("A. Jansen", "Stichting Buurtkracht Soesterkwartier", ["Soesterweg 12", "3812 AB Amersfoort"]),
        ProjectTitle = "Buurtmoestuin aan de Soesterweg",
        ReceivedOn = new DateOnly(2026, 10, 12),
        AmountApplied = Euros(12_500m),
        Kind = DecisionKind.Grant,
        AmountGranted = Euros(12_500m),
        Advance = new LetterAdvance(Euros(10_000m), 80),
        FinalReportDue = new DateOnly(2027, 12, 31),
        Criteria =
        [
            new LetterCriterion("Bijdrage aan de Uitvoeringsagenda", "4 van 5", "Het project voert actie 3.2 van de agenda uit: groen in de openbare ruimte."),
            new LetterCriterion("Betrokkenheid van bewoners", "5 van 5", "Veertig buurtbewoners hebben zich al als vrijwilliger gemeld."),
            new LetterCriterion("Samenwerking met scholen", null, "Het project richt zich niet op scholen; dit criterium telt niet mee."),
        ],
        Motivation = "Uw aanvraag voldoet aan de voorwaarden van de regeling en scoort boven de minimumscore.",
        Plafond = new PlafondReference(Euros(150_000m), Euros(40_000m)),
        Obligations =
        [
            "U voert het project uit zoals beschreven in uw aanvraag.",
            "U meldt het ons direct als het project niet of niet volledig kan worden uitgevoerd.",
        ],
        ObjectionClause = ObjectionFirstParagraph + "\n\n" + ObjectionSecondParagraph,
        ObjectionDeadline = new DateOnly(2027, 1, 18),
        Signatory = new LetterSignatory("J. de Vries", "teamleider Subsidies"),
    };

    /// <summary>The same application refused, each criterion with its own reason.</summary>
    public static DecisionLetter Refusal() => Grant() with
    {
        Kind = DecisionKind.Refusal,
        AmountGranted = null,
        Advance = null,
        FinalReportDue = null,
        Obligations = [],
        Criteria =
        [
            new LetterCriterion("Bijdrage aan de Uitvoeringsagenda", "1 van 5", "Het project hoort bij geen enkele actie uit de Uitvoeringsagenda."),
            new LetterCriterion("Betrokkenheid van bewoners", "2 van 5", "Er is geen bewoner buiten het bestuur van de stichting betrokken."),
            new LetterCriterion("Samenwerking met scholen", null, "Het project richt zich niet op scholen."),
        ],
        Motivation = "De gewogen score van uw aanvraag (1,4) ligt onder de minimumscore van 3 die de regeling stelt.",
    };

    public static DecisionLetter English() => Grant() with
    {
        Language = LetterLanguage.English,
        Criteria =
        [
            new LetterCriterion("Contribution to the implementation agenda", "4 of 5", "The project carries out action 3.2 of the agenda."),
            new LetterCriterion("Schools", null, "The project does not involve schools."),
        ],
        Motivation = "Your application meets the conditions of the scheme.",
        ObjectionClause = "If you disagree with this decision, you may lodge an objection with the Municipal Executive of Amersfoort within six weeks.",
        Obligations = ["You carry out the project as described in your application."],
        Signatory = new LetterSignatory("J. de Vries", "Head of Grants"),
    };

    public static Money Euros(decimal euros) => Money.FromEuros(euros).Value;
}
