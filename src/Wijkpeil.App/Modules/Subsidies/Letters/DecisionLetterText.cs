using System.Globalization;
using System.Resources;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.App.Modules.Subsidies.Letters;

/// <summary>
/// The fixed wording of a decision letter (<c>DecisionLetterText.resx</c>, Dutch; <c>DecisionLetterText.en.resx</c>,
/// English) and how it writes amounts and dates, in the letter's own language: a letter is written in the applicant's
/// language, not in the language of the officer's page that sends it, so the culture is explicit, never the current one.
/// </summary>
public sealed class DecisionLetterText
{
    private const char NoBreakSpace = '\u00A0';
    private static readonly ResourceManager Texts = new(typeof(DecisionLetterText));

    private DecisionLetterText(LetterLanguage language)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language == LetterLanguage.English ? "en-GB" : "nl-NL");
    }

    public static DecisionLetterText Dutch { get; } = new(LetterLanguage.Dutch);

    public static DecisionLetterText English { get; } = new(LetterLanguage.English);

    public LetterLanguage Language { get; }

    /// <summary>nl-NL or en-GB: the letter's language tag and number and date formats.</summary>
    public CultureInfo Culture { get; }

    public static DecisionLetterText For(LetterLanguage language) => language == LetterLanguage.English ? English : Dutch;

    /// <summary>The text under <paramref name="key"/> with <paramref name="arguments"/> filled in; a missing key throws (a bug).</summary>
    public string Get(string key, params object?[] arguments)
    {
        var text = Texts.GetString(key, Culture) ?? throw new InvalidOperationException($"Decision letter text '{key}' is missing.");
        return arguments.Length == 0 ? text : string.Format(Culture, text, arguments);
    }

    /// <summary>
    /// "€ 12.500,00" (Dutch) or "€12,500.00" (English): always with cents, as amounts in a decision are. The euro sign
    /// is set explicitly (en-GB's own currency is the pound); the Dutch space after it is a no-break space, so a line
    /// never ends in "€".
    /// </summary>
    public string Amount(Money amount)
    {
        var format = (NumberFormatInfo)Culture.NumberFormat.Clone();
        format.CurrencySymbol = "€";
        return amount.Euros.ToString("C2", format).Replace(' ', NoBreakSpace);
    }

    /// <summary>"6 december 2026" or "6 December 2026".</summary>
    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);
}
