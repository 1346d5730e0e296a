using System.Globalization;

namespace Wijkpeil.App.Kernel.Ui;

/// <summary>
/// How figures read on the pages, in the reader's culture (nl-NL: 34.910 and 69,9%). Values are shown as
/// published, without rounding them further: the sources publish with the precision they stand behind.
/// </summary>
public static class FigureFormat
{
    private const string ThousandEuro = "x 1.000 euro";
    private const char NoBreakSpace = '\u00A0';

    public static string Number(double value) => value.ToString("#,##0.###", CultureInfo.CurrentCulture);

    /// <summary>A value with its unit: "69,9%", "0,8 km", "€ 317.000", "34.910".</summary>
    public static string Value(double value, string unit) => unit.Trim() switch
    {
        "%" => Number(value) + "%",
        "" or "aantal" => Number(value),
        ThousandEuro => Euro(WholeEuros(value * 1000)),
        "inwoners per km²" => Number(value) + (UiCulture.IsEnglish ? " inhabitants/km²" : " inw./km²"),
        var other => Number(value) + " " + other,
    };

    /// <summary>
    /// An amount in euros as budgets are written, whole euros unless it has cents: "€ 317.000", "€ 50.000,50" (English:
    /// "€317,000"). The euro sign is set explicitly: the culture's own currency would make it pounds in en-GB. The
    /// space after the sign is a no-break space (U+00A0), so a narrow table cell never puts "€" and the number on
    /// two lines.
    /// </summary>
    public static string Euro(decimal amount)
    {
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = "€";
        return amount.ToString(decimal.Truncate(amount) == amount ? "C0" : "C2", format).Replace(' ', NoBreakSpace);
    }

    /// <summary>The unit as an axis or column title: "%", "km", "euro", or nothing.</summary>
    public static string UnitLabel(string unit) => unit.Trim() switch
    {
        "aantal" => UiCulture.IsEnglish ? "number" : "aantal",
        ThousandEuro => "euro",
        "inwoners per km²" => UiCulture.IsEnglish ? "inhabitants per km²" : "inwoners per km²",
        var other => other,
    };

    /// <summary>A signed difference in the indicator's unit: "+6,4" or "−2".</summary>
    public static string Difference(double difference, string unit)
    {
        var sign = difference > 0 ? "+" : difference < 0 ? "−" : string.Empty;
        var magnitude = Math.Abs(difference);
        return unit.Trim() switch
        {
            "%" => sign + Number(magnitude) + (UiCulture.IsEnglish ? " pts" : " %-punt"),
            ThousandEuro => sign + Euro(WholeEuros(magnitude * 1000)),
            _ => sign + Number(magnitude),
        };
    }

    /// <summary>The p-value as a reader can quote it: "p = 0,008" or "p &lt; 0,001".</summary>
    public static string PValue(double p) =>
        p < 0.001 ? "p < " + 0.001.ToString("0.###", CultureInfo.CurrentCulture) : "p = " + p.ToString("0.###", CultureInfo.CurrentCulture);

    // Thousands of euros times 1000 carry binary noise (0.3 * 1000 = 300.00000000000006): whole euros, as before.
    private static decimal WholeEuros(double euros) => Math.Round((decimal)euros, MidpointRounding.AwayFromZero);

    /// <summary>A day as people write it in a letter: "2 maart 2026", "2 March 2026".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A moment in Dutch wall-clock time: "3 november 2026, 10:00".</summary>
    public static string Moment(DateTime local) => local.ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);
}
