using System.Globalization;
using System.Text;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Areas.ImportRegions;

/// <summary>
/// The twelve provinces with their CBS codes. CBS region lists give a gemeente's province by name only,
/// and sources spell names differently ("Fryslân", "Friesland", "Fryslan"), so names are matched
/// without accents, case, spaces or hyphens.
/// </summary>
internal static class Provinces
{
    /// <summary>The official names, as CBS publishes them for the PV codes.</summary>
    public static readonly IReadOnlyList<(AreaCode Code, string Name)> All =
    [
        (AreaCode.From("PV20"), "Groningen"),
        (AreaCode.From("PV21"), "Fryslân"),
        (AreaCode.From("PV22"), "Drenthe"),
        (AreaCode.From("PV23"), "Overijssel"),
        (AreaCode.From("PV24"), "Flevoland"),
        (AreaCode.From("PV25"), "Gelderland"),
        (AreaCode.From("PV26"), "Utrecht"),
        (AreaCode.From("PV27"), "Noord-Holland"),
        (AreaCode.From("PV28"), "Zuid-Holland"),
        (AreaCode.From("PV29"), "Zeeland"),
        (AreaCode.From("PV30"), "Noord-Brabant"),
        (AreaCode.From("PV31"), "Limburg"),
    ];

    private static readonly Dictionary<string, AreaCode> ByNormalisedName = BuildLookup();

    public static string ExpectedNames => string.Join(", ", All.Select(p => p.Name));

    /// <summary>Finds a province by name (any common spelling) or by its PV code.</summary>
    public static bool TryFind(string text, out AreaCode code, out string officialName)
    {
        code = default;
        officialName = string.Empty;
        if (AreaCode.TryParse(text, out var parsed) && parsed.Level == AreaLevel.Province)
        {
            var match = All.FirstOrDefault(p => p.Code == parsed);
            if (match.Name is null)
            {
                return false;
            }

            (code, officialName) = match;
            return true;
        }

        if (!ByNormalisedName.TryGetValue(Normalise(text), out code))
        {
            return false;
        }

        var found = code;
        officialName = All.First(p => p.Code == found).Name;
        return true;
    }

    private static Dictionary<string, AreaCode> BuildLookup()
    {
        var lookup = All.ToDictionary(p => Normalise(p.Name), p => p.Code, StringComparer.Ordinal);

        // The Dutch name of Fryslân, used by many files (including CBS's own gemeente-provincie list).
        lookup[Normalise("Friesland")] = AreaCode.From("PV21");
        return lookup;
    }

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is ' ' or '-' or '_' or '.')
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
