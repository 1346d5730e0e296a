using System.Text;

namespace Wijkpeil.App.Modules.Events.Calendar;

/// <summary>
/// Folds iCalendar content lines at 75 octets of UTF-8 (RFC 5545 §3.1) without cutting a character in two. Ical.Net
/// 5.2.4 folds on UTF-16 units and may put a line break between the two halves of a surrogate pair, which turns an
/// emoji into two replacement characters once the text is written as UTF-8; so its output is unfolded and folded again here.
/// </summary>
internal static class ContentLines
{
    public const int MaxOctets = 75;

    /// <summary>The same calendar with every line folded at code-point boundaries, CRLF after every line.</summary>
    public static string Refold(string calendar)
    {
        var unfolded = calendar.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\r\n\t", string.Empty, StringComparison.Ordinal);
        var folded = new StringBuilder(calendar.Length + 64);
        foreach (var line in unfolded.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            Fold(line, folded);
        }

        return folded.ToString();
    }

    private static void Fold(string line, StringBuilder folded)
    {
        // The first line may hold 75 octets; each continuation line starts with a space, leaving 74.
        var room = MaxOctets;
        var index = 0;
        while (index < line.Length)
        {
            var width = char.IsSurrogatePair(line, index) ? 2 : 1;
            var octets = Encoding.UTF8.GetByteCount(line.AsSpan(index, width));
            if (octets > room)
            {
                folded.Append("\r\n ");
                room = MaxOctets - 1;
            }

            folded.Append(line, index, width);
            room -= octets;
            index += width;
        }

        folded.Append("\r\n");
    }
}
