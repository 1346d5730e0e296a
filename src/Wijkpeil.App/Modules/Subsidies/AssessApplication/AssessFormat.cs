using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.App.Modules.Subsidies.AssessApplication;

/// <summary>Numbers, money and moments as the assessment pages show them, in the reader's culture and Amsterdam time.</summary>
public static class AssessFormat
{
    public static string Euros(Money amount) => amount.Euros.ToString("C", CultureInfo.CurrentCulture);

    public static string Score(decimal? score) => score is { } value ? value.ToString("0.00", CultureInfo.CurrentCulture) : "–";

    public static string Moment(DateTimeOffset instant) => SubsidyTime.LocalOf(instant).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture);

    public static string Day(DateOnly? day) => day is { } value ? value.ToString("d MMMM yyyy", CultureInfo.CurrentCulture) : "–";
}
