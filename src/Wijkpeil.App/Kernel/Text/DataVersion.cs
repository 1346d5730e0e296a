using System.Globalization;

namespace Wijkpeil.App.Kernel.Text;

/// <summary>
/// Which figures a page, factsheet or PDF shows, in words a council member understands: when they were last updated
/// (the newest import among them, as a date in Dutch time) and the sources with their periods ("RIVM 50090NED 2020"),
/// instead of an import batch number that means nothing outside the import log.
/// </summary>
/// <param name="Updated">When the newest of the figures shown was imported.</param>
/// <param name="Sources">The sources shown, short: publisher, table and period.</param>
public sealed record DataVersion(DateTimeOffset Updated, IReadOnlyList<string> Sources)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>A moment as the date it was in the Netherlands, whatever the server's own time zone.</summary>
    public static DateTimeOffset InAmsterdam(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Amsterdam);

    /// <summary>
    /// "cijfers bijgewerkt op 6 december 2026; bronnen RIVM 50090NED 2020, CBS 85984NED 2024" (Dutch), or "figures
    /// updated on 6 December 2026; sources ..." (any other culture).
    /// </summary>
    public string Words(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var dutch = culture.TwoLetterISOLanguageName == "nl";
        var date = InAmsterdam(Updated).ToString("d MMMM yyyy", dutch ? culture : CultureInfo.GetCultureInfo("en-GB"));
        var sources = string.Join(", ", Sources);
        return (dutch, Sources.Count) switch
        {
            (true, 0) => $"cijfers bijgewerkt op {date}",
            (true, 1) => $"cijfers bijgewerkt op {date}; bron {sources}",
            (true, _) => $"cijfers bijgewerkt op {date}; bronnen {sources}",
            (false, 0) => $"figures updated on {date}",
            (false, 1) => $"figures updated on {date}; source {sources}",
            (false, _) => $"figures updated on {date}; sources {sources}",
        };
    }
}
