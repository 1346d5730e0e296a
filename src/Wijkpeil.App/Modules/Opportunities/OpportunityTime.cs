using System.Globalization;

namespace Wijkpeil.App.Modules.Opportunities;

/// <summary>Instants of the history as people read them: the day and clock time in Europe/Amsterdam, in the page's culture.</summary>
internal static class OpportunityTime
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>"3-11-2026 10:00" (nl) for an instant.</summary>
    public static string Text(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Amsterdam).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>Today in Amsterdam, the day a coordinator means by "today".</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Amsterdam).DateTime);
}
