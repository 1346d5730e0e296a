using System.Globalization;
using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.App.Modules.Subsidies.AssessApplication;

/// <summary>Numbers, money and moments as the assessment pages show them, in the reader's culture and Amsterdam time.</summary>
public static class AssessFormat
{
    /// <summary>In euros in every culture (the culture's own currency would make it pounds in en-GB), as elsewhere.</summary>
    public static string Euros(Money amount) => FigureFormat.Euro(amount.Euros);

    public static string Score(decimal? score) => score is { } value ? value.ToString("0.00", CultureInfo.CurrentCulture) : "–";

    public static string Moment(DateTimeOffset instant) => SubsidyTime.LocalOf(instant).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture);

    public static string Day(DateOnly? day) => day is { } value ? FigureFormat.Day(value) : "–";
}
