using System.Globalization;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Modules.Measurements.Import.Formats;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using static Wijkpeil.App.Tests.Import.Formats.XlsxBomb;

namespace Wijkpeil.App.Tests.Import.Formats;

/// <summary>
/// Zip bombs and oversized parts (issue 9, defect 2): each is refused with the part, row or cell, the
/// limit and what was found, and reading it allocates a bounded amount of memory (the reader's buffers and
/// what it keeps until the limit, not the inflated size).
/// </summary>
public sealed class XlsxBombTests
{
    private const long AllocationBound = 40L << 20;

    [Fact]
    public void Open_SharedStringOf64MiB_RefusedAtExcelCellLimitWithoutBuildingIt()
    {
        var file = Workbook(
            Sheet(s => Write(s, """<row r="1"><c r="A1" t="s"><v>0</v></c></row>""")),
            SharedStrings(s =>
            {
                Write(s, "<si><t>");
                Repeat(s, "a", 64L << 20);
                Write(s, "</t></si>");
            }));

        InvalidDataException? error = null;
        var allocated = Allocated(() => error = OpenAndReadAll(file));

        Assert.NotNull(error);
        Assert.Contains("sharedStrings.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("32.767", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Open_ThreeMillionTinySharedStrings_RefusedAtCountLimit()
    {
        var file = Workbook(
            Sheet(s => Write(s, """<row r="1"><c r="A1" t="s"><v>0</v></c></row>""")),
            SharedStrings(s => Repeat(s, "<si><t>a</t></si>", 3_000_000)));

        InvalidDataException? error = null;
        var allocated = Allocated(() => error = OpenAndReadAll(file));

        Assert.NotNull(error);
        Assert.Contains("sharedStrings.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("500.000 gedeelde teksten", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void ReadRow_MoreRowsThanExcel_RefusedAtRowLimit()
    {
        var file = Workbook(Sheet(s => Repeat(s, "<row/>", XlsxLimitsRows + 5)));

        InvalidDataException? error = null;
        var allocated = Allocated(() => error = OpenAndReadAll(file));

        Assert.NotNull(error);
        Assert.Contains("1.048.576 rijen", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void ReadRow_MoreThanFourMillionCells_RefusedAtCellLimit()
    {
        var file = Workbook(Sheet(s =>
        {
            for (var row = 1; row <= 402; row++)
            {
                Write(s, string.Create(CultureInfo.InvariantCulture, $"<row r=\"{row}\">"));
                Repeat(s, "<c><v>1</v></c>", 10_000);
                Write(s, "</row>");
            }
        }));

        var error = OpenAndReadAll(file);

        Assert.NotNull(error);
        Assert.Contains("4.000.000 cellen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRow_InlineCellOf50MB_RefusedNamingRowAndLimit()
    {
        var file = Workbook(Sheet(s =>
        {
            Write(s, """<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>""");
            Repeat(s, "x", 50_000_000);
            Write(s, "</t></is></c></row>");
        }));

        InvalidDataException? error = null;
        var allocated = Allocated(() => error = OpenAndReadAll(file));

        Assert.NotNull(error);
        Assert.Contains("rij 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("32.767", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void ReadRow_NumberCellOf40000Characters_Refused()
    {
        var file = Workbook(Sheet(s =>
        {
            Write(s, """<row r="1"><c r="C1"><v>""");
            Repeat(s, "9", 40_000);
            Write(s, "</v></c></row>");
        }));

        var error = OpenAndReadAll(file);

        Assert.NotNull(error);
        Assert.Contains("cel C1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRow_AttributeOf100MB_RefusedWithoutHoldingIt()
    {
        var file = Workbook(Sheet(s =>
        {
            Write(s, """<row r="1"><c r="A1" s=" """);
            Repeat(s, "1", 100_000_000);
            Write(s, "\"><v>1</v></c></row>");
        }));

        InvalidDataException? error = null;
        var allocated = Allocated(() => error = OpenAndReadAll(file));

        Assert.NotNull(error);
        Assert.Contains("sheet1.xml", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Open_PartWhoseHeaderUnderstatesItsSize_RefusedWithoutInflatingIt()
    {
        var file = Workbook(
            Sheet(s => Write(s, """<row r="1"><c r="A1" t="s"><v>0</v></c></row>""")),
            SharedStrings(s => Repeat(s, "<si><t>abcdefghij</t></si>", 4_000_000)));
        LieAboutSize(file, "xl/sharedStrings.xml", 200);

        InvalidDataException? error = null;
        var allocated = Allocated(() => error = OpenAndReadAll(file));

        Assert.NotNull(error);
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Theory]
    [InlineData("A")]
    [InlineData("1A")]
    [InlineData("ZZZZ1")]
    [InlineData("XFE1")]
    [InlineData("A0")]
    [InlineData("A01")]
    [InlineData("A2")]
    [InlineData("B1C")]
    [InlineData("")]
    public void ReadRow_MalformedCellReference_RefusedNamingRowAndReference(string reference)
    {
        var file = Workbook(Sheet(s => Write(s, $"""<row r="1"><c r="{reference}"><v>7</v></c></row>""")));

        var error = OpenAndReadAll(file);

        Assert.NotNull(error);
        Assert.Contains($"'{reference}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("rij 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRow_CellsOutOfOrder_Refused()
    {
        var file = Workbook(Sheet(s => Write(s, """<row r="1"><c r="C1"><v>7</v></c><c r="B1"><v>8</v></c></row>""")));

        var error = OpenAndReadAll(file);

        Assert.NotNull(error);
        Assert.Contains("B1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRow_RowNumberRepeated_Refused()
    {
        var file = Workbook(Sheet(s => Write(s, """<row r="2"><c r="A2"><v>7</v></c></row><row r="2"><c r="A2"><v>8</v></c></row>""")));

        var error = OpenAndReadAll(file);

        Assert.NotNull(error);
        Assert.Contains("rij 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StatLineWith50MBCell_OneShortIssueNamingRowAndLimit()
    {
        var header = string.Join(string.Empty, TestHeader.Select((name, i) => $"""<c r="{XlsxSheetReader.ColumnName(i)}1" t="inlineStr"><is><t>{name}</t></is></c>"""));
        var file = Workbook(Sheet(s =>
        {
            Write(s, $"""<row r="1">{header}</row><row r="2"><c r="A2" t="inlineStr"><is><t>GM0344</t></is></c><c r="B2" t="inlineStr"><is><t>2020JJ00</t></is></c><c r="C2" t="inlineStr"><is><t>""");
            Repeat(s, "7", 50_000_000);
            Write(s, "</t></is></c></row>");
        }));

        var result = new StatLineParser().Parse(new MemoryStream(file), "groot.xlsx", new ImportOptions());
        var outcome = ImportOutcome.Failed(result.Issues);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(2, issue.Row);
        Assert.Contains("rij 2", issue.Expected, StringComparison.Ordinal);
        Assert.Contains("32.767", issue.Expected, StringComparison.Ordinal);
        Assert.True(outcome.Message.Length < 1_000, outcome.Message);
    }

    private static readonly string[] TestHeader = ["WijkenEnBuurten", "Perioden", "ErvarenGezondheidGoedZeerGoed_4"];

    private const int XlsxLimitsRows = 1_048_576;

    private static InvalidDataException? OpenAndReadAll(byte[] file)
    {
        try
        {
            using var reader = XlsxSheetReader.Open(new MemoryStream(file), "bom.xlsx");
            while (reader.ReadRow())
            {
                for (var column = 0; column < reader.ColumnCount; column++)
                {
                    _ = reader.GetString(column);
                }
            }

            return null;
        }
        catch (InvalidDataException ex)
        {
            return ex;
        }
    }

    /// <summary>Writes a smaller uncompressed size into the local and central headers of a part, as a hostile archive would.</summary>
    private static void LieAboutSize(byte[] zip, string partName, int size)
    {
        var name = System.Text.Encoding.ASCII.GetBytes(partName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 3 && zip[i + 3] == 4 && zip.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BitConverter.GetBytes(size).CopyTo(zip, i + 22);
            }
            else if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 1 && zip[i + 3] == 2 && zip.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BitConverter.GetBytes(size).CopyTo(zip, i + 24);
            }
        }
    }
}
