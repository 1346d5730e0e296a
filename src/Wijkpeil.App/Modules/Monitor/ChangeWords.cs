using System.Globalization;
using Microsoft.Extensions.Localization;
using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.App.Modules.Monitor;

/// <summary>
/// The words and style of a change's claim (<see cref="Change.Claim"/>), in the current culture: the marker on the
/// pages and factsheets and the words in the downloads come from here, so they cannot drift apart.
/// </summary>
public static class ChangeWords
{
    /// <summary>What the change claims: "beter", "hoger, niet significant", "lager, niet te toetsen", "gelijk".</summary>
    public static string Label(ChangeClaim claim, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[claim switch
        {
            ChangeClaim.Stable => "Change.Stable",
            ChangeClaim.SignificantlyBetter or ChangeClaim.RegisterBetter => "Change.Improved",
            ChangeClaim.SignificantlyWorse or ChangeClaim.RegisterWorse => "Change.Worsened",
            ChangeClaim.SignificantlyHigher or ChangeClaim.RegisterHigher => "Change.Increased",
            ChangeClaim.SignificantlyLower or ChangeClaim.RegisterLower => "Change.Decreased",
            ChangeClaim.HigherNotSignificant => "Change.HigherNotSignificant",
            ChangeClaim.LowerNotSignificant => "Change.LowerNotSignificant",
            ChangeClaim.HigherNotTestable => "Change.HigherNotTestable",
            _ => "Change.LowerNotTestable",
        }];
    }

    /// <summary>
    /// The size of the change: a survey's difference in its unit ("+6,4 %-punt"); a register count's exact difference
    /// with its relative size ("+12 (+4,3 %)"), or, from 0, the words that no relative size exists. Empty when stable.
    /// </summary>
    public static string Size(Change change, string unit, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(text);
        if (change.Claim == ChangeClaim.Stable)
        {
            return string.Empty;
        }

        var difference = FigureFormat.Difference(change.Difference, unit);
        if (!change.Claim.IsRegister())
        {
            return difference;
        }

        return change.RelativePercent is { } relative
            ? $"{difference} ({Relative(relative)})"
            : $"{difference} ({text["Change.RelativeUndefined"]})";
    }

    /// <summary>A relative size as the pages show it: "+4,3 %" (English "+4.3%").</summary>
    public static string Relative(double percent)
    {
        var rounded = Math.Round(percent, 1, MidpointRounding.AwayFromZero);
        var sign = rounded > 0 ? "+" : rounded < 0 ? "−" : string.Empty;
        var number = FigureFormat.Number(Math.Abs(rounded));
        return sign + number + (UiCulture.IsEnglish ? "%" : " %");
    }

    /// <summary>
    /// The line under the marker: "significant (p = 0,008)" for a significant survey change, "exact verschil
    /// (registertelling)" for a register change; null otherwise (the label already says "niet significant" or "niet te
    /// toetsen", and a stable figure needs nothing).
    /// </summary>
    public static string? Evidence(Change change, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(text);
        if (change.Claim.IsSignificant())
        {
            return change.PValue is { } p ? $"{text["Change.Significant"]} ({FigureFormat.PValue(p)})" : text["Change.Significant"];
        }

        return change.Claim.IsRegister() ? text["Change.Exact"].Value : null;
    }

    /// <summary>The CSS modifier: green or red only for a claim of better or worse, neutral for everything else.</summary>
    public static string MarkerClass(ChangeClaim claim) =>
        claim.IsBetter() ? "wp-marker--better"
        : claim.IsWorse() ? "wp-marker--worse"
        : claim == ChangeClaim.Stable ? "wp-marker--stable"
        : "wp-marker--changed";

    /// <summary>
    /// The marker's symbol shows which way the number moved (▲ up, ▼ down, = the same), the text and colour what that
    /// claims: never colour alone.
    /// </summary>
    public static string Symbol(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Claim == ChangeClaim.Stable ? "=" : change.Difference > 0 ? "▲" : "▼";
    }

    /// <summary>Runs <paramref name="read"/> in <paramref name="language"/> (texts and numbers), for downloads that carry both languages.</summary>
    public static T In<T>(UiLanguage language, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(read);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = language.Culture;
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
