using System.Globalization;
using System.Text.RegularExpressions;

namespace Wijkpeil.App.Modules.Areas.Contracts;

/// <summary>Finds the CBS layout (indeling) year a region or boundary file belongs to.</summary>
public static partial class LayoutYear
{
    /// <summary>
    /// The year in a file name such as <c>85984NED-WijkenEnBuurten-2024.csv</c> or <c>gemeente_2025.geojson</c>.
    /// Only a free-standing 19xx/20xx counts, so the digits of a table id (85984NED) never do; with two
    /// candidate years the name is ambiguous and null is returned.
    /// </summary>
    public static int? FromFileName(string fileName)
    {
        var matches = YearPattern().Matches(Path.GetFileNameWithoutExtension(fileName));
        var years = matches.Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        return years.Count == 1 ? years[0] : null;
    }

    public static bool IsPlausible(int year) => year is >= 1900 and <= 2200;

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
