using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.SeedScheme;

/// <summary>
/// The made-up example scheme and applications of <c>wijkpeil demo load</c>: names, amounts and dates are invented to
/// show what the register and the agenda show, and every row is marked as example data. No real person: the
/// "applicants" are placeholders at example.org.
/// </summary>
internal static class SubsidyExamples
{
    public const string Slug = "voorbeeld-bewonersinitiatieven";
    public const string Name = "Voorbeeldregeling bewonersinitiatieven Soesterkwartier";
    public const string FocusArea = "soesterkwartier";
    public const string Gemeente = "GM0307";

    /// <summary>The agenda project of the progress letter the scheme funds.</summary>
    public const string Project = "Subsidieregeling voor initiatiefnemers uit de wijk";

    public const string Description =
        "**Voorbeeldgegevens.** Deze regeling is bedacht om te laten zien hoe Wijkpeil een subsidieregeling, de verleende " +
        "initiatieven en het budget toont. Naam, plafond, data en aanvragen zijn niet echt.";

    public const decimal Plafond = 25_000m;

    /// <summary>The applications: kind, organisation (for an organisation), title, summary, amount, whether the advance is paid.</summary>
    public static readonly IReadOnlyList<(ApplicantKind Kind, string? Organisation, string Title, string Summary, decimal Amount, bool AdvancePaid)> Applications =
    [
        (ApplicantKind.Person, null, "Geveltuinen in de straat (voorbeeld)", "Bewoners leggen samen geveltuinen aan en onderhouden ze.", 1_200m, true),
        (ApplicantKind.Organisation, "Voorbeeldstichting Buurtmoestuin", "Buurtmoestuin bij het Projectenhuis (voorbeeld)", "Een moestuin voor en door bewoners, met wekelijkse tuinochtenden.", 4_500m, true),
        (ApplicantKind.Person, null, "Zomerfeest op het plein (voorbeeld)", "Een buurtfeest waarop nieuwe en oude bewoners elkaar ontmoeten.", 800m, false),
    ];
}
