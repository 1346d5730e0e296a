using System.Globalization;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.ShowRegister;

/// <summary>
/// Marker for the words of the public register and a scheme's public page (<c>RegisterText.resx</c>, Dutch;
/// <c>RegisterText.en.resx</c>, English).
/// </summary>
public sealed class RegisterText
{
    /// <summary>The resource key of a scheme's status in words: aangekondigd, opengesteld, gesloten.</summary>
    public static string Key(SchemeStatus status) => "Status." + status;

    /// <summary>The resource key of an allocation method explained.</summary>
    public static string Key(AllocationMethod allocation) => "Allocation." + allocation;

    /// <summary>The resource key of a tie-break rule explained.</summary>
    public static string Key(TieBreakRule rule) => "TieBreak." + rule;

    /// <summary>A day as people read it: "7 december 2026".</summary>
    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
