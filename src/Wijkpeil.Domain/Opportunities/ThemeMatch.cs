using System.Text;

namespace Wijkpeil.Domain.Opportunities;

/// <summary>
/// Picks the agenda items that touch a related programme's themes, for the yearly round's export. A theme matches
/// when it occurs anywhere in an item's title or description, ignoring case, accents, spaces and hyphens, so Dutch
/// compounds are found whether written together, apart or hyphenated ("laaggeletterdheid" in "Aanpak
/// laaggeletterdheid", "buurt huis" in "buurthuis", "migratie achtergrond" in "migratieachtergrond").
/// </summary>
/// <remarks>
/// Matching inside words favours finding too much over missing an item: the coordinator reviews the list before it
/// is sent, and a missed item is a missed chance. Themes shorter than <see cref="MinThemeLength"/> would match
/// almost anything and are refused when the programme is saved.
/// </remarks>
public static class ThemeMatch
{
    public const int MinThemeLength = 3;

    /// <summary>The items whose title or description contains one or more of <paramref name="themes"/>, each with the themes it touches, in the items' order.</summary>
    public static IReadOnlyList<AgendaItemMatch> ItemsTouching(IReadOnlyCollection<string> themes, IEnumerable<AgendaItemText> items)
    {
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(items);
        var keys = themes.Select(t => (Theme: t, Key: Normalise(t))).Where(t => t.Key.Length >= MinThemeLength).ToList();
        var matches = new List<AgendaItemMatch>();
        foreach (var item in items)
        {
            var text = Normalise(item.Title) + "\n" + Normalise(item.Description);
            var touched = keys.Where(k => text.Contains(k.Key, StringComparison.Ordinal)).Select(k => k.Theme).ToList();
            if (touched.Count > 0)
            {
                matches.Add(new AgendaItemMatch(item.ProjectId, touched));
            }
        }

        return matches;
    }

    /// <summary>Lower case, accents removed, only letters and digits kept.</summary>
    internal static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}

/// <summary>The text of an agenda item that themes are matched against.</summary>
/// <param name="ProjectId">The agenda project.</param>
/// <param name="Title">Its title.</param>
/// <param name="Description">Its description (Markdown; markup characters are ignored by the match).</param>
public sealed record AgendaItemText(int ProjectId, string Title, string? Description);

/// <summary>An agenda item that touches a related programme's themes, and which themes.</summary>
/// <param name="ProjectId">The agenda project.</param>
/// <param name="Themes">The themes it touches, as the programme spells them.</param>
public sealed record AgendaItemMatch(int ProjectId, IReadOnlyList<string> Themes);
