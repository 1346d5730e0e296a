using System.Text;
using Wijkpeil.App.Kernel.Text;

namespace Wijkpeil.App.Tests.Kernel;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+31 30 123", "'+31 30 123")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tstart", "'\tstart")]
    [InlineData("\rstart", "\"'\rstart\"")]
    [InlineData("'=x", "''=x")]
    [InlineData("'tekst", "'tekst")]
    [InlineData("a=b", "a=b")]
    [InlineData("18-64", "18-64")]
    [InlineData("Muntenbuurt, fase 2", "\"Muntenbuurt, fase 2\"")]
    [InlineData("=a,b", "\"'=a,b\"")]
    [InlineData("zei \"ja\"", "\"zei \"\"ja\"\"\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Text_AnyText_GuardsFormulasThenQuotesAsRfc4180(string? text, string expected)
    {
        Assert.Equal(expected, CsvCell.Text(text));
        Assert.Equal(expected, CsvCell.Append(new StringBuilder(), text).ToString());
    }

    [Theory]
    [InlineData("'=x", "=x")]
    [InlineData("''=x", "'=x")]
    [InlineData("'-3", "-3")]
    [InlineData("'\tx", "\tx")]
    [InlineData("'tekst", "'tekst")]
    [InlineData("'", "'")]
    [InlineData("=x", "=x")]
    [InlineData("", "")]
    public void Restore_Cell_RemovesOnlyTheApostropheTheWriterAdded(string cell, string expected) =>
        Assert.Equal(expected, CsvCell.Restore(cell));

    [Fact]
    public void Restore_EveryNeutralisedText_GivesBackTheText()
    {
        string[] pieces = ["", "'", "''", "=", "+", "-", "@", "\t", "\r", "a", "1", " ", "\"", ","];
        foreach (var a in pieces)
        {
            foreach (var b in pieces)
            {
                foreach (var c in pieces)
                {
                    var text = a + b + c;
                    var written = CsvCell.NeedsApostrophe(text) ? "'" + text : text;
                    Assert.Equal(text, CsvCell.Restore(written));
                }
            }
        }
    }
}
