using System.Text;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Modules.Areas.ImportRegions;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;

namespace Wijkpeil.App.Tests.Import.Formats;

/// <summary>
/// Text files beyond the readers' limits or not UTF-8 (issue 9, defect 7 and point 9): the message names
/// the real cause and the place, and repeats at most a few dozen characters of the input.
/// </summary>
public sealed class TextInputLimitsTests
{
    private const string Header = "area_code,indicator_code,period,value\n";

    [Fact]
    public void Parse_CsvLineWithOneFieldOf50MB_RefusedAsLongFieldNotAsEncoding()
    {
        var file = Encoding.UTF8.GetBytes(Header + "GM0344,AantalInwoners,2024," + new string('7', 50_000_000) + "\n");

        var issues = new ObservationsCsvParser().Parse(new MemoryStream(file), "lang.csv", new ImportOptions()).Issues;
        var message = ImportOutcome.Failed(issues).Message;

        var issue = Assert.Single(issues);
        Assert.Equal(2, issue.Row);
        Assert.Contains("32.767 tekens", issue.Expected, StringComparison.Ordinal);
        Assert.DoesNotContain("UTF-8", message, StringComparison.Ordinal);
        Assert.True(message.Length < 1_000, message);
    }

    [Fact]
    public void Parse_CsvLineOf50MBInShortFields_RefusedAsLongLine()
    {
        var file = Encoding.UTF8.GetBytes(Header + "GM0344,AantalInwoners,2024,1" + string.Concat(Enumerable.Repeat(",1", 25_000_000)) + "\n");

        var issues = new ObservationsCsvParser().Parse(new MemoryStream(file), "breed.csv", new ImportOptions()).Issues;
        var message = ImportOutcome.Failed(issues).Message;

        var issue = Assert.Single(issues);
        Assert.Equal(2, issue.Row);
        Assert.Contains("regel 2", issue.Expected, StringComparison.Ordinal);
        Assert.DoesNotContain("UTF-8", message, StringComparison.Ordinal);
        Assert.True(message.Length < 1_000, message);
    }

    [Fact]
    public void Parse_CsvQuoteNeverClosed_SaysSoWithTheLineItOpened()
    {
        var file = Encoding.UTF8.GetBytes(Header + "GM0344,\"AantalInwoners,2024,1\n" + string.Concat(Enumerable.Repeat("GM0344,x,2024,1\n", 10_000)));

        var issues = new ObservationsCsvParser().Parse(new MemoryStream(file), "quote.csv", new ImportOptions()).Issues;

        var issue = Assert.Single(issues);
        Assert.Equal(2, issue.Row);
        Assert.Contains("aanhalingsteken", issue.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parse_CsvWithInvalidUtf8_RefusedNamingByteOffsetAndLine(bool byteOrderMark)
    {
        var bytes = new List<byte>();
        if (byteOrderMark)
        {
            bytes.AddRange(Encoding.UTF8.Preamble.ToArray());
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(Header));
        var line = 2;
        while (bytes.Count < 100_000)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes("GM0344,AantalInwoners,2024,12345\n"));
            line++;
        }

        var offset = bytes.Count + 7;
        bytes.AddRange(Encoding.UTF8.GetBytes("GM0344,"));
        bytes.Add(0xFF);
        bytes.AddRange(Encoding.UTF8.GetBytes("AantalInwoners,2024,1\n"));

        var issues = new ObservationsCsvParser().Parse(new MemoryStream(bytes.ToArray()), "ansi.csv", new ImportOptions()).Issues;

        var issue = Assert.Single(issues);
        Assert.Equal(line, issue.Row);
        Assert.Contains("UTF-8", issue.Expected, StringComparison.Ordinal);
        Assert.Contains($"byte {InputText.Count(offset)}", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StatLineCsvWithInvalidUtf8_RefusedNamingByteOffset()
    {
        var text = "WijkenEnBuurten;Perioden;Gemeentenaam_1;Overgewicht_9\nGM0344;2020JJ00;Utrecht;45\n";
        var bytes = Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(";2020JJ00;x;1\n")).ToArray();

        var issues = new StatLineCsvParser().Parse(new MemoryStream(bytes), "statline.csv", new ImportOptions()).Issues;

        var issue = Assert.Single(issues);
        Assert.Contains($"byte {InputText.Count(Encoding.UTF8.GetByteCount(text))}", issue.Expected, StringComparison.Ordinal);
        Assert.Equal(3, issue.Row);
    }

    [Fact]
    public void Parse_ODataWithInvalidUtf8_RefusedAsInputNamingByteOffsetAndLine()
    {
        var text = "{\"value\":[\n{\"WijkenEnBuurten\":\"GM0344\",\"Perioden\":\"2024JJ00\",\"AantalInwoners_5\":374238},\n{\"WijkenEnBuurten\":\"GM";
        var bytes = Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("0345\",\"Perioden\":\"2024JJ00\",\"AantalInwoners_5\":1}\n]}")).ToArray();

        var result = new ODataParser().Parse(new MemoryStream(bytes), "odata.json", new ImportOptions());

        var issue = Assert.Single(result.Issues);
        Assert.Equal(3, issue.Row);
        Assert.Contains("UTF-8", issue.Expected, StringComparison.Ordinal);
        Assert.Contains($"byte {InputText.Count(Encoding.UTF8.GetByteCount(text))}", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RegionListWithInvalidUtf8_RefusedNamingByteOffset()
    {
        using var folder = new TempFolder();
        var text = "Key;Title;DetailRegionCode\nGM0344;Utrecht;\n";
        var path = folder.Write("regio.csv", Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0x80 }).Concat(Encoding.UTF8.GetBytes("GM0345;x;\n")).ToArray());

        var issues = new List<ImportIssue>();
        RegionFileReader.ReadRegions(path, issues);

        Assert.Contains(issues, i => i.Expected.Contains($"byte {InputText.Count(Encoding.UTF8.GetByteCount(text))}", StringComparison.Ordinal));
    }
}
