using Microsoft.Extensions.Configuration;

namespace Wijkpeil.App.Kernel.Scheduling;

/// <summary>
/// When the web host runs the <see cref="IDailyTask"/>s: <c>Scheduling:Enabled</c> (default true) and
/// <c>Scheduling:DailyHour</c>, the hour of the day in Europe/Amsterdam (0–23, default 3: a quiet hour in which no
/// clock change falls twice or never, except 2 and 3 on the change days, which <see cref="DailySchedule"/> handles).
/// </summary>
public sealed record SchedulingOptions(bool Enabled, int DailyHour)
{
    public const string Section = "Scheduling";
    public const string EnabledKey = Section + ":Enabled";
    public const string DailyHourKey = Section + ":DailyHour";
    public const int DefaultDailyHour = 3;

    /// <summary>The options <paramref name="configuration"/> sets; refused at start-up when the hour is not 0–23 or a value is not read.</summary>
    public static SchedulingOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var enabledText = configuration[EnabledKey];
        var hourText = configuration[DailyHourKey];
        var enabled = true;
        if (!string.IsNullOrWhiteSpace(enabledText) && !bool.TryParse(enabledText, out enabled))
        {
            throw new InvalidOperationException($"{EnabledKey} '{enabledText}' is not true or false.");
        }

        var hour = DefaultDailyHour;
        if (!string.IsNullOrWhiteSpace(hourText)
            && (!int.TryParse(hourText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out hour) || hour is < 0 or > 23))
        {
            throw new InvalidOperationException($"{DailyHourKey} '{hourText}' is not an hour from 0 to 23.");
        }

        return new SchedulingOptions(enabled, hour);
    }
}
