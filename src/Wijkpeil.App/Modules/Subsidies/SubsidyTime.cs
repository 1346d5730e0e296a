namespace Wijkpeil.App.Modules.Subsidies;

/// <summary>
/// The moment and the day for the Awb: terms are counted in days in Europe/Amsterdam, whatever the server's zone.
/// </summary>
public sealed class SubsidyTime(TimeProvider clock)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => DayOf(clock.GetUtcNow());

    /// <summary>The day in Europe/Amsterdam of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Amsterdam).DateTime);

    /// <summary>The instant as people in the Netherlands read it (for receipts: "7 december 2026 om 14:03").</summary>
    public static DateTime LocalOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Amsterdam).DateTime;
}
