using System.Globalization;
using System.Text.RegularExpressions;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Import.Parsers;

/// <summary>
/// What the statline-csv, odata and observations parsers read alike: the table id and year in a file
/// name and period codes.
/// </summary>
internal static partial class SourceFacts
{
    /// <summary>The longest source table id the database keeps (import batches, indicator source mappings).</summary>
    public const int MaxSourceTableLength = 40;

    /// <summary>A StatLine table id such as 85984NED or 50090ENG in a file name, upper-cased; null when there is none or more than one.</summary>
    public static string? TableIdFromFileName(string fileName)
    {
        var ids = TableIdPattern().Matches(Path.GetFileNameWithoutExtension(fileName))
            .Select(m => m.Value.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return ids.Count == 1 ? ids[0] : null;
    }

    /// <summary>
    /// The register's code for a (trimmed) region code: StatLine calls the Netherlands NL01 in its region
    /// tables, the CBS region list (and so the register) NL00. One country keeps comparisons with Nederland
    /// working whichever file the figures came from.
    /// </summary>
    public static string RegisterCode(string code) => code == "NL01" ? "NL00" : code;

    /// <summary>A single free-standing year (19xx/20xx) in a file name, or null.</summary>
    public static int? YearFromFileName(string fileName) => LayoutYear.FromFileName(fileName);

    /// <summary>
    /// A period as stored: "2020" and StatLine's "2020JJ00" become the year; anything else (a wave code such
    /// as "2023-meting") passes through trimmed for the importer to match against existing periods.
    /// </summary>
    public static string NormalisePeriod(string text)
    {
        var parsed = Period.ParseCode(text);
        return parsed.IsSuccess ? parsed.Value : text.Trim();
    }

    /// <summary>The period code for a year given with the import or found in the file name; an issue when there is none.</summary>
    /// <param name="missing">What to tell the user when there is no year at all.</param>
    public static string? YearPeriod(int? year, IssueCollector issues, string missing)
    {
        ArgumentNullException.ThrowIfNull(issues);
        if (year is not { } y)
        {
            issues.Add(null, null, null, missing);
            return null;
        }

        var code = y.ToString(CultureInfo.InvariantCulture);
        if (!Period.ParseCode(code).IsSuccess)
        {
            issues.Add(null, null, code, "verwacht een jaartal tussen 1900 en 2200.");
            return null;
        }

        return code;
    }

    /// <summary>A source table id as the database can keep it; an issue when it is too long.</summary>
    public static string SourceTable(string table, IssueCollector issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        if (table.Length > MaxSourceTableLength)
        {
            issues.Add(null, null, InputText.Shorten(table),
                string.Create(CultureInfo.InvariantCulture, $"een brontabel is hoogstens {MaxSourceTableLength} tekens (zoals 85984NED)."));
        }

        return table;
    }

    /// <summary>The year of a period code when it is a plain year, else null.</summary>
    public static int? YearOf(string periodCode) =>
        periodCode.Length == 4 && int.TryParse(periodCode, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    /// <summary>
    /// The unit a new indicator gets. CBS gives "aantal" also to averages of counts (household size, schools
    /// or supermarkets within 3 km); those are no counts, which must be whole numbers, so a measure whose
    /// source says it is fractional is called what it is: "gemiddeld aantal".
    /// </summary>
    public static string? UnitFor(string? unit, bool fractional) =>
        fractional && string.Equals(unit?.Trim(), "aantal", StringComparison.OrdinalIgnoreCase) ? "gemiddeld aantal" : unit;

    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9]{5}(NED|ENG)(?![0-9A-Za-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TableIdPattern();
}
