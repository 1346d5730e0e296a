using System.Globalization;
using System.Text;

namespace Wijkpeil.App.Kernel.Text;

/// <summary>
/// Text as a search compares it: accents dropped (Bétau is betau, Fryslân fryslan), lower case, every run of
/// punctuation or white space one space ('s-Hertogenbosch is "s hertogenbosch"). Search and its index fold alike.
/// </summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && folded.Length > 0)
                {
                    folded.Append(' ');
                }

                folded.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return folded.ToString();
    }
}
