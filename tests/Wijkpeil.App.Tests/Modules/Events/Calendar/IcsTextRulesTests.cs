using System.Text;
using Wijkpeil.App.Modules.Events.Calendar;
using IcalCalendar = Ical.Net.Calendar;

namespace Wijkpeil.App.Tests.Modules.Events.Calendar;

/// <summary>The RFC 5545 text rules a calendar client reads by, checked on the octets the endpoint would send.</summary>
public sealed class IcsTextRulesTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2027, 3, 10, 13, 0, 0, TimeSpan.Zero);

    // Long, Dutch, with characters of 1, 2, 3 and 4 octets, so folds land inside multi-octet characters.
    private const string Title = "Themabijeenkomst ’t Volle Hof; café, ideeën & één overleg over de Oekraïense gezinnen in Zeist 🏘️ en Nieuwegein";

    private const string Markdown = "Wij praten over **samenwerking**, zorg; veiligheid en een pad met een backslash \\\\ erin.\n\nTweede alinea met ë, ï, ü, é en 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 aan het eind.";

    private static byte[] Octets() =>
        Encoding.UTF8.GetBytes(EventCalendar.Feed(
            [new CalendarEntry(CalendarEvents.Published(11, Start, Title, Markdown, "Laan van Vollenhove 2, Zeist"), "bijeenkomsten/11")],
            "Bijeenkomsten, thema’s; werkbezoeken",
            CalendarEvents.Site,
            Now));

    private static IEnumerable<byte[]> Lines(byte[] octets)
    {
        var start = 0;
        for (var i = 0; i < octets.Length - 1; i++)
        {
            if (octets[i] == '\r' && octets[i + 1] == '\n')
            {
                yield return octets[start..i];
                start = i + 2;
            }
        }
    }

    [Fact]
    public void EveryLine_EndsWithCrLf_AndNoBareCrOrLfOccurs()
    {
        var text = Encoding.UTF8.GetString(Octets());

        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain('\r', text.Replace("\r\n", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryLine_IsAtMost75Octets_AndLongLinesAreFolded()
    {
        var lines = Lines(Octets()).ToList();

        Assert.All(lines, line => Assert.InRange(line.Length, 1, 75));
        Assert.Contains(lines, line => line[0] == ' ');
    }

    [Fact]
    public void NoFold_CutsACharacter_EachLineIsValidUtf8OnItsOwn()
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        Assert.All(Lines(Octets()), line => strict.GetString(line));
    }

    [Fact]
    public void Text_EscapesCommasSemicolonsBackslashesAndLineBreaks()
    {
        var unfolded = Encoding.UTF8.GetString(Octets()).Replace("\r\n ", string.Empty, StringComparison.Ordinal);

        Assert.Contains("\r\nSUMMARY:Themabijeenkomst ’t Volle Hof\\; café\\, ideeën & één overleg", unfolded, StringComparison.Ordinal);
        Assert.Contains("\r\nDESCRIPTION:Wij praten over samenwerking\\, zorg\\; veiligheid en een pad met een backslash \\\\ erin.\\n\\nTweede alinea", unfolded, StringComparison.Ordinal);
        Assert.Contains("\r\nLOCATION:Laan van Vollenhove 2\\, Zeist\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("\r\nX-WR-CALNAME:Bijeenkomsten\\, thema’s\\; werkbezoeken\r\n", unfolded, StringComparison.Ordinal);
    }

    [Fact]
    public void DutchCharactersAndEmoji_SurviveTheOctetsAndTheParser()
    {
        var octets = Octets();

        Assert.False(octets.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte-order mark");
        var e = Assert.Single(IcalCalendar.Load(Encoding.UTF8.GetString(octets))!.Events);
        Assert.Equal(Title, e.Summary);
        Assert.StartsWith("Wij praten over samenwerking, zorg; veiligheid en een pad met een backslash \\ erin.\n\nTweede alinea met ë, ï, ü, é en 😀", e.Description, StringComparison.Ordinal);
        Assert.Contains("😀 aan het eind.", e.Description, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', e.Description!);
    }
}
