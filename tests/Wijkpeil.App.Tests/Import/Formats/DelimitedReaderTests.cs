using System.Text;
using Wijkpeil.App.Kernel.FileImport;

namespace Wijkpeil.App.Tests.Import.Formats;

public sealed class DelimitedReaderTests
{
    [Fact]
    public void ReadRow_WijkenEnBuurten2024_ReadsAllRegionsWithPaddedKeys()
    {
        using DelimitedReader reader = OpenShared("cbs/85984NED-WijkenEnBuurten-2024.csv");

        Assert.Equal(',', reader.Delimiter);
        Assert.Equal(["Key", "Title", "Description", "Municipality", "DetailRegionCode"], reader.Header);
        int records = 0;
        string? overvecht = null;
        int overvechtLine = 0;
        while (reader.ReadRow())
        {
            records++;
            Assert.Equal(5, reader.FieldCount);
            if (reader[0] == "WK034403  ")
            {
                overvecht = reader[1];
                overvechtLine = reader.LineNumber;
            }
        }

        Assert.Equal(18_310, records);
        Assert.Equal(18_311, reader.LineNumber);
        Assert.Equal("Wijk 03 Overvecht", overvecht);
        Assert.Equal(15_409, overvechtLine);
    }

    [Fact]
    public void Open_StatlineExportWithBomAndSemicolons_DetectsSemicolonAndDropsBom()
    {
        using DelimitedReader reader = OpenShared("cbs/statline-export-nabijheid-voorzieningen-2023-gemeente-utrecht.csv");

        Assert.Equal(';', reader.Delimiter);
        Assert.Equal("Wijken en buurten", reader.Header[0]);
        Assert.Equal(115, reader.Header.Count);
        Assert.StartsWith("Gezondheid en welzijn/Huisartsenpraktijk/", reader.Header[5], StringComparison.Ordinal);

        string[]? overvecht = null;
        int records = 0;
        while (reader.ReadRow())
        {
            records++;
            Assert.Equal(115, reader.FieldCount);
            if (reader[0] == "Wijk 03 Overvecht")
            {
                overvecht = [reader[1], reader[3], reader[5]];
                Assert.Equal(30, reader.LineNumber);
            }
        }

        Assert.Equal(123, records);
        Assert.NotNull(overvecht);
        Assert.Equal("Utrecht", overvecht[0].Trim());
        Assert.Equal("WK034403  ", overvecht[1]);
        Assert.Equal(".", overvecht[2].Trim());
    }

    [Fact]
    public void ReadRow_DataPropertiesWithMultilineQuotedFields_ReportsRecordStartLines()
    {
        using DelimitedReader reader = OpenShared("cbs/85984NED-DataProperties.csv");
        Assert.Equal(14, reader.Header.Count);

        List<int> starts = [];
        while (reader.ReadRow())
        {
            Assert.Equal(14, reader.FieldCount);
            starts.Add(reader.LineNumber);
        }

        Assert.Equal(161, starts.Count);
        Assert.Equal([2, 3, 20, 21], starts.Take(4));
        Assert.Equal(1_090, starts[^1]);
    }

    [Fact]
    public void ReadRow_Rfc4180Quoting_UnquotesFields()
    {
        const string text = "a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\"\",,\"\"\"\"\r\nplain \"quote\",end,\r\n";

        List<string[]> rows = ReadAll(text, out DelimitedReader reader);

        Assert.Equal(["a", "b", "c"], reader.Header);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["x,1", "say \"hi\"", "two\r\nlines"], rows[0]);
        Assert.Equal(["", "", "\""], rows[1]);
        Assert.Equal(["plain \"quote\"", "end", ""], rows[2]);
    }

    [Fact]
    public void ReadRow_LineEndings_CountLinesAndGiveSameFields()
    {
        List<int> lineNumbers = [];
        foreach (string newline in new[] { "\n", "\r\n", "\r" })
        {
            string text = string.Join(newline, "k;v", "a;\"1" + newline + "2\"", "b;3", "c;4") + newline;
            List<string[]> rows = ReadAll(text, out DelimitedReader reader, lines: lineNumbers);

            Assert.Equal(';', reader.Delimiter);
            Assert.Equal(["a", "1" + newline + "2"], rows[0]);
            Assert.Equal(["b", "3"], rows[1]);
            Assert.Equal(["c", "4"], rows[2]);
        }

        Assert.Equal([2, 4, 5, 2, 4, 5, 2, 4, 5], lineNumbers);
    }

    [Fact]
    public void ReadRow_BlankLines_SkippedWithLineNumbersKept()
    {
        List<int> lines = [];

        List<string[]> rows = ReadAll("\r\nk,v\n\na,1\r\n\r\nb,2", out DelimitedReader reader, lines: lines);

        Assert.Equal(["k", "v"], reader.Header);
        Assert.Equal(2, rows.Count);
        Assert.Equal([4, 6], lines);
        Assert.Equal(["b", "2"], rows[1]);
    }

    [Fact]
    public void Open_ExplicitDelimiter_OverridesDetection()
    {
        List<string[]> rows = ReadAll("naam;code,extra\nOvervecht;WK034403,x\n", out DelimitedReader reader, delimiter: ',');

        Assert.Equal(',', reader.Delimiter);
        Assert.Equal(["naam;code", "extra"], reader.Header);
        Assert.Equal(["Overvecht;WK034403", "x"], rows[0]);
    }

    [Fact]
    public void Open_DelimiterOnlyInsideQuotes_DetectsTheOneOutside()
    {
        ReadAll("\"a,b\";\"c,d\"\n1;2\n", out DelimitedReader reader);

        Assert.Equal(';', reader.Delimiter);
        Assert.Equal(["a,b", "c,d"], reader.Header);
    }

    [Fact]
    public void Open_HeaderWithoutDelimiter_ReadsSingleColumn()
    {
        List<string[]> rows = ReadAll("code\nWK034403\n", out DelimitedReader reader);

        Assert.Equal(["code"], reader.Header);
        Assert.Equal(["WK034403"], rows[0]);
    }

    [Fact]
    public void Open_HeaderWithAsManyCommasAsSemicolons_ThrowsInvalidDataException()
    {
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => Open("a,b;c\n1,2;3\n", "dubbel.csv"));

        Assert.Contains("'dubbel.csv'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRow_UnterminatedQuote_ThrowsInvalidDataExceptionNamingFileAndLine()
    {
        using DelimitedReader reader = Open("k,v\na,1\nb,\"open\nc,3\n", "open.csv");
        Assert.True(reader.ReadRow());

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => reader.ReadRow());

        Assert.Contains("'open.csv'", error.Message, StringComparison.Ordinal);
        Assert.Contains("regel 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EmptyFile_ThrowsInvalidDataExceptionNamingFile()
    {
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => DelimitedReader.Open(new MemoryStream(), "leeg.csv"));

        Assert.Contains("'leeg.csv'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_RandomBytes_ThrowsInvalidDataExceptionNamingFile()
    {
        byte[] noise = new byte[10_000];
        new Random(20_240_601).NextBytes(noise);

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => DelimitedReader.Open(new MemoryStream(noise), "ruis.csv"));

        Assert.Contains("'ruis.csv'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Windows1252Text_ThrowsInvalidDataExceptionAskingForUtf8()
    {
        byte[] latin = Encoding.Latin1.GetBytes("gemeente;naam\n1900;Súdwest-Fryslân\n");

        InvalidDataException error = Assert.Throws<InvalidDataException>(() =>
        {
            using DelimitedReader reader = DelimitedReader.Open(new MemoryStream(latin), "ansi.csv");
            while (reader.ReadRow())
            {
            }
        });

        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_XlsxWorkbook_ThrowsInvalidDataException()
    {
        string path = TestData.SharedData("cbs/kwb-2023-gemeente-utrecht.xlsx");

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => DelimitedReader.Open(File.OpenRead(path), "kwb.csv"));

        Assert.Contains("'kwb.csv'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRow_GeneratedFileAcrossBufferBoundaries_RoundTrips()
    {
        Random random = new(4180);
        const string alphabet = "abcWK0123 é,;\"\r\n";
        List<string[]> expected = [];
        List<int> expectedLines = [];
        StringBuilder text = new("h1,h2,h3\r\n");
        int line = 2;
        for (int record = 0; record < 3_000; record++)
        {
            string[] fields = new string[3];
            for (int i = 0; i < fields.Length; i++)
            {
                StringBuilder field = new();
                int length = random.Next(0, record % 100 == 0 ? 5_000 : 40);
                for (int c = 0; c < length; c++)
                {
                    field.Append(alphabet[random.Next(alphabet.Length)]);
                }

                fields[i] = field.ToString();
            }

            expected.Add(fields);
            expectedLines.Add(line);
            string encoded = string.Join(',', fields.Select(Encode));
            string newline = record % 2 == 0 ? "\r\n" : "\n";
            text.Append(encoded).Append(newline);
            line += CountLineBreaks(encoded) + 1;
        }

        List<int> lines = [];
        List<string[]> rows = ReadAll(text.ToString(), out _, lines: lines);

        Assert.Equal(expected.Count, rows.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], rows[i]);
        }

        Assert.Equal(expectedLines, lines);
    }

    private static string Encode(string field)
    {
        // Quoting every field that is empty or special also keeps a record of empty fields from reading as a blank line.
        return field.Length == 0 || field.AsSpan().IndexOfAny(",;\"\r\n") >= 0
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
    }

    private static int CountLineBreaks(string text)
    {
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Count(static c => c is '\r' or '\n');
    }

    private static DelimitedReader OpenShared(string relative)
    {
        string path = TestData.SharedData(relative);
        return DelimitedReader.Open(File.OpenRead(path), Path.GetFileName(path));
    }

    private static DelimitedReader Open(string text, string fileName, char? delimiter = null)
    {
        return DelimitedReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), fileName, delimiter);
    }

    private static List<string[]> ReadAll(string text, out DelimitedReader reader, char? delimiter = null, List<int>? lines = null)
    {
        reader = Open(text, "test.csv", delimiter);
        using (reader)
        {
            List<string[]> rows = [];
            while (reader.ReadRow())
            {
                lines?.Add(reader.LineNumber);
                string[] fields = new string[reader.FieldCount];
                for (int i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader[i];
                }

                rows.Add(fields);
            }

            return rows;
        }
    }
}
