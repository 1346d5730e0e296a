using System.Globalization;

namespace Wijkpeil.App.Modules.Measurements.Approval;

/// <summary>How the import pages write moments and figures: Dutch clock time, the reader's number format.</summary>
internal static class ImportFormat
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>A moment as people in the programme read it: on Dutch clocks, whatever the server's time zone.</summary>
    public static string Moment(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Amsterdam).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);

    public static string Count(int count) => count.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A difference with its sign, so that a fall reads as one.</summary>
    public static string Signed(double value) =>
        (value > 0 ? "+" : string.Empty) + value.ToString("#,##0.###", CultureInfo.CurrentCulture);
}
