namespace Wijkpeil.App.Modules.Subsidies.SeedScheme;

/// <summary>
/// The scheme of the embedded default: only what the progress letter (Voortgangsbericht Vitale Wijken 2024) says — the
/// gemeente Amersfoort opened a subsidieregeling in the Soesterkwartier for initiative takers in the wijk. The letter
/// gives no plafond, dates, amounts or criteria, so the scheme is recorded as run outside Wijkpeil.
/// </summary>
internal static class SubsidyDefault
{
    public const string Slug = "subsidieregeling-soesterkwartier";
    public const string Name = "Subsidieregeling Soesterkwartier";

    public const string Description =
        "> In het Soesterkwartier is de subsidieregeling opengesteld waarmee initiatiefnemers in de wijk aanvragen konden " +
        "doen voor de uitvoering van projecten uit de Uitvoeringsagenda.\n\n" +
        "Deze regeling wordt door de gemeente Amersfoort uitgevoerd, niet in Wijkpeil: aanvragen gaan via de gemeente. " +
        "Plafond, data en voorwaarden staan niet in het voortgangsbericht en zijn daarom niet in Wijkpeil bekend.\n\n" +
        "Bron: Voortgangsbericht Vitale Wijken 2024.";
}
