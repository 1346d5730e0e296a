using System.Text;
using Wijkpeil.App.Modules.Events.Calendar;

namespace Wijkpeil.App.Tests.Modules.Events.Calendar;

public sealed class ContentLinesTests
{
    [Fact]
    public void Refold_ShortLines_StayAsTheyAre() =>
        Assert.Equal("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", ContentLines.Refold("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"));

    [Fact]
    public void Refold_A75OctetLine_StaysWhole_A76OctetLineFolds()
    {
        var exactly = "SUMMARY:" + new string('a', 67);
        var oneMore = exactly + "b";

        Assert.Equal(exactly + "\r\n", ContentLines.Refold(exactly + "\r\n"));
        Assert.Equal(exactly + "\r\n b\r\n", ContentLines.Refold(oneMore + "\r\n"));
    }

    [Fact]
    public void Refold_AnEmojiAtTheBoundary_MovesWholeToTheNextLine()
    {
        // 74 octets, then a 4-octet emoji that does not fit in the 75th.
        var line = "SUMMARY:" + new string('a', 66) + "😀";

        var folded = ContentLines.Refold(line + "\r\n");

        Assert.Equal("SUMMARY:" + new string('a', 66) + "\r\n 😀\r\n", folded);
    }

    [Fact]
    public void Refold_LinesFoldedMidSurrogateByIcalNet_AreMendedFirst()
    {
        var brokenFold = "SUMMARY:ab\uD83D\r\n \uDE00cd\r\n";

        Assert.Equal("SUMMARY:ab😀cd\r\n", ContentLines.Refold(brokenFold));
    }

    [Fact]
    public void Refold_ContinuationLines_HoldAtMost74OctetsAfterTheSpace()
    {
        var folded = ContentLines.Refold("DESCRIPTION:" + string.Concat(Enumerable.Repeat("é", 200)) + "\r\n");

        var lines = folded.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.All(lines.Skip(1), l => Assert.StartsWith(" ", l, StringComparison.Ordinal));
        Assert.Equal("DESCRIPTION:" + string.Concat(Enumerable.Repeat("é", 200)), string.Concat(lines.Select((l, i) => i == 0 ? l : l[1..])));
    }
}
