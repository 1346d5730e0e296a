using System.IO.Compression;
using System.Text;

using Wijkpeil.App.Modules.Measurements.Import.Formats;

namespace Wijkpeil.App.Tests.Import.Formats;

public sealed class XlsxSheetReaderTests
{
    private const string Rivm2016 = "rivm/50090NED-gezondheid-2016-18plus.xlsx";
    private const string Kwb2023 = "cbs/kwb-2023-gemeente-utrecht.xlsx";

    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string WorksheetType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

    [Fact]
    public void ReadRow_Rivm2016Header_Has43ColumnsInPublishedOrder()
    {
        using XlsxSheetReader reader = OpenShared(Rivm2016);

        Assert.True(reader.ReadRow());

        Assert.Equal(1, reader.RowNumber);
        Assert.Equal(43, reader.ColumnCount);
        string[] expectedStart =
        [
            "ID", "Leeftijd", "Marges", "WijkenEnBuurten", "Perioden", "Gemeentenaam_1", "SoortRegio_2", "Codering_3",
            "ErvarenGezondheidGoedZeerGoed_4",
        ];
        Assert.Equal(expectedStart, Enumerable.Range(0, expectedStart.Length).Select(reader.GetString));
        Assert.Equal("MoeiteMetRondkomen_38", reader.GetString(42));
    }

    [Fact]
    public void ReadRow_Rivm2016Overvecht_SelfRatedHealthIs63_5()
    {
        using XlsxSheetReader reader = OpenShared(Rivm2016);
        Assert.True(reader.ReadRow());
        Dictionary<string, int> columns = HeaderColumns(reader);
        int area = columns["WijkenEnBuurten"];
        int health = columns["ErvarenGezondheidGoedZeerGoed_4"];

        string? found = null;
        string? rawCode = null;
        while (reader.ReadRow())
        {
            if (reader.GetString(area)?.Trim() == "WK034403")
            {
                rawCode = reader.GetString(area);
                found = reader.GetString(health);
                break;
            }
        }

        Assert.Equal("63.5", found?.Trim());
        Assert.Equal("WK034403  ", rawCode);
    }

    [Fact]
    public void ReadRow_Rivm2016FullPass_Reads17342RowsOf43Columns()
    {
        using XlsxSheetReader reader = OpenShared(Rivm2016);

        int rows = 0;
        int widest = 0;
        while (reader.ReadRow())
        {
            rows++;
            widest = Math.Max(widest, reader.ColumnCount);
            for (int column = 0; column < reader.ColumnCount; column++)
            {
                _ = reader.GetString(column);
            }
        }

        Assert.Equal(17_342, rows);
        Assert.Equal(17_342, reader.RowNumber);
        Assert.Equal(43, widest);
        Assert.False(reader.ReadRow());
    }

    [Theory]
    [InlineData("rivm/50090NED-gezondheid-2016-18plus.xlsx", "50090NED_UntypedDataSet_1305202")]
    [InlineData("rivm/50090NED-gezondheid-2020-18plus.xlsx", "RIVM_gezondheid2020_18+")]
    [InlineData("cbs/kwb-2023-gemeente-utrecht.xlsx", "kwb-2023")]
    public void Open_RealWorkbook_ReportsSheetNameFromWorkbook(string file, string sheetName)
    {
        using XlsxSheetReader reader = OpenShared(file);

        Assert.Equal(sheetName, reader.SheetName);
    }

    [Fact]
    public void ReadRow_Kwb2023Overvecht_InhabitantsIs34910()
    {
        using XlsxSheetReader reader = OpenShared(Kwb2023);
        Assert.True(reader.ReadRow());
        Dictionary<string, int> columns = HeaderColumns(reader);
        Assert.Contains("regio", columns.Keys);

        string? inhabitants = null;
        string? name = null;
        while (reader.ReadRow())
        {
            if (reader.GetString(columns["gwb_code_10"])?.Trim() == "WK034403")
            {
                inhabitants = reader.GetString(columns["a_inw"]);
                name = reader.GetString(columns["regio"]);
                break;
            }
        }

        Assert.Equal("34910", inhabitants?.Trim());
        Assert.Equal("Wijk 03 Overvecht", name);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(42, "AQ")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    [InlineData(16_383, "XFD")]
    public void ColumnName_Index_ReturnsExcelLetters(int column0, string expected)
    {
        Assert.Equal(expected, XlsxSheetReader.ColumnName(column0));
    }

    [Fact]
    public void ReadRow_SparseCellsAndSkippedRows_PlacesValuesByReference()
    {
        string sheet = Sheet(
            """
            <row r="2"><c r="B2" t="s"><v>0</v></c><c r="AQ2"><v>12.5</v></c></row>
            <row r="5"/>
            <row r="7"><c r="C7"><v>-3E-2</v></c><c><v>1</v></c></row>
            """);
        using XlsxSheetReader reader = OpenWorkbook(sheet, SharedStrings("<si><t>code</t></si>"));

        Assert.True(reader.ReadRow());
        Assert.Equal(2, reader.RowNumber);
        Assert.Equal(43, reader.ColumnCount);
        Assert.Null(reader.GetString(0));
        Assert.Equal("code", reader.GetString(1));
        Assert.Null(reader.GetString(2));
        Assert.Equal("12.5", reader.GetString(42));
        Assert.Null(reader.GetString(100));

        Assert.True(reader.ReadRow());
        Assert.Equal(5, reader.RowNumber);
        Assert.Equal(0, reader.ColumnCount);
        Assert.Null(reader.GetString(1));

        Assert.True(reader.ReadRow());
        Assert.Equal(7, reader.RowNumber);
        Assert.Equal("-3E-2", reader.GetString(2));
        Assert.Equal("1", reader.GetString(3));

        Assert.False(reader.ReadRow());
    }

    [Fact]
    public void GetString_StringVariants_ReturnsTextAsStored()
    {
        string sharedStrings = SharedStrings(
            """
            <si><t xml:space="preserve">  padded  </t></si>
            <si><r><t>Over</t></r><r><rPr><b/></rPr><t xml:space="preserve">vecht </t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>
            <si><t>line_x000D_break</t></si>
            <si><t/></si>
            """);
        string sheet = Sheet(
            """
            <row r="1">
              <c r="A1" t="s"><v>0</v></c>
              <c r="B1" t="s"><v>1</v></c>
              <c r="C1" t="s"><v>2</v></c>
              <c r="D1" t="s"><v>3</v></c>
              <c r="E1" t="inlineStr"><is><t>inline</t></is></c>
              <c r="F1" t="inlineStr"><is><r><t>rich </t></r><r><t>inline</t></r></is></c>
              <c r="G1" t="b"><v>1</v></c>
              <c r="H1" t="b"><v>0</v></c>
              <c r="I1" t="str"><f>A1&amp;"!"</f><v>  padded  !</v></c>
              <c r="J1" t="e"><v>#N/A</v></c>
              <c r="K1" s="3"/>
              <c r="L1"><f>1+1</f></c>
              <c r="M1" t="s"><v> 2 </v></c>
            </row>
            """);
        using XlsxSheetReader reader = OpenWorkbook(sheet, sharedStrings);

        Assert.True(reader.ReadRow());

        Assert.Equal("  padded  ", reader.GetString(0));
        Assert.Equal("Overvecht ", reader.GetString(1));
        Assert.Equal("line\rbreak", reader.GetString(2));
        Assert.Equal(string.Empty, reader.GetString(3));
        Assert.Equal("inline", reader.GetString(4));
        Assert.Equal("rich inline", reader.GetString(5));
        Assert.Equal("TRUE", reader.GetString(6));
        Assert.Equal("FALSE", reader.GetString(7));
        Assert.Equal("  padded  !", reader.GetString(8));
        Assert.Equal("#N/A", reader.GetString(9));
        Assert.Null(reader.GetString(10));
        Assert.Null(reader.GetString(11));
        Assert.Equal("line\rbreak", reader.GetString(12));
    }

    [Fact]
    public void Open_SheetsInOtherParts_ReadsFirstVisibleWorksheetInTabOrder()
    {
        string workbook =
            $"""
            <workbook xmlns="{MainNamespace}" xmlns:r="{RelationshipNamespace}"><sheets>
              <sheet name="Chart" sheetId="1" r:id="rId9"/>
              <sheet name="Hidden" sheetId="2" state="hidden" r:id="rId3"/>
              <sheet name="Data 2024" sheetId="3" r:id="rId2"/>
              <sheet name="Other" sheetId="4" r:id="rId1"/>
            </sheets></workbook>
            """;
        string relationships =
            $"""
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" Type="{WorksheetType}" Target="worksheets/sheet1.xml"/>
              <Relationship Id="rId2" Type="{WorksheetType}" Target="/xl/worksheets/data%20sheet.xml"/>
              <Relationship Id="rId3" Type="{WorksheetType}" Target="worksheets/hidden.xml"/>
              <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>
            </Relationships>
            """;
        using MemoryStream file = Zip(
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", relationships),
            ("xl/worksheets/sheet1.xml", Sheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>wrong</t></is></c></row>""")),
            ("xl/worksheets/hidden.xml", Sheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>hidden</t></is></c></row>""")),
            ("xl/worksheets/data sheet.xml", Sheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>right</t></is></c></row>""")));
        using XlsxSheetReader reader = XlsxSheetReader.Open(file, "tabs.xlsx");

        Assert.Equal("Data 2024", reader.SheetName);
        Assert.True(reader.ReadRow());
        Assert.Equal("right", reader.GetString(0));
    }

    [Fact]
    public void ReadRow_WorksheetWithoutRows_ReturnsFalse()
    {
        using XlsxSheetReader reader = OpenWorkbook($"""<worksheet xmlns="{MainNamespace}"><sheetData/></worksheet>""", null);

        Assert.False(reader.ReadRow());
        Assert.Equal(0, reader.ColumnCount);
    }

    [Fact]
    public void Open_EmptyFile_ThrowsInvalidDataExceptionNamingFile()
    {
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => XlsxSheetReader.Open(new MemoryStream(), "leeg.xlsx"));

        Assert.Contains("'leeg.xlsx'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_RandomBytes_ThrowsInvalidDataExceptionNamingFile()
    {
        byte[] noise = new byte[10_000];
        new Random(20_240_601).NextBytes(noise);

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => XlsxSheetReader.Open(new MemoryStream(noise), "ruis.xlsx"));

        Assert.Contains("'ruis.xlsx'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NonSeekableRandomBytes_ThrowsInvalidDataException()
    {
        byte[] noise = new byte[10_000];
        new Random(7).NextBytes(noise);

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => XlsxSheetReader.Open(new ForwardOnlyStream(noise), "stroom.xlsx"));

        Assert.Contains("'stroom.xlsx'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CsvRenamedToXlsx_ThrowsInvalidDataException()
    {
        byte[] csv = Encoding.UTF8.GetBytes("Key,Title\nWK034403,Overvecht\n");

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => XlsxSheetReader.Open(new MemoryStream(csv), "export.xlsx"));

        Assert.Contains("'export.xlsx'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TruncatedWorkbook_ThrowsInvalidDataExceptionNamingFile()
    {
        byte[] whole = File.ReadAllBytes(TestData.SharedData(Kwb2023));

        InvalidDataException error = Assert.Throws<InvalidDataException>(
            () => XlsxSheetReader.Open(new MemoryStream(whole, 0, whole.Length / 2), "half.xlsx"));

        Assert.Contains("'half.xlsx'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRow_CorruptedSheetData_ThrowsInvalidDataExceptionNamingFile()
    {
        byte[] bytes = File.ReadAllBytes(TestData.SharedData(Rivm2016));
        bytes.AsSpan(bytes.Length / 2, 4096).Fill(0x5A);

        InvalidDataException error = Assert.Throws<InvalidDataException>(() =>
        {
            using XlsxSheetReader reader = XlsxSheetReader.Open(new MemoryStream(bytes), "kapot.xlsx");
            while (reader.ReadRow())
            {
            }
        });

        Assert.Contains("'kapot.xlsx'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ZipWithoutWorkbook_ThrowsInvalidDataException()
    {
        using MemoryStream file = Zip(("word/document.xml", "<document/>"));

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => XlsxSheetReader.Open(file, "brief.xlsx"));

        Assert.Contains("'brief.xlsx'", error.Message, StringComparison.Ordinal);
        Assert.Contains("workbook", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WorkbookWithoutWorksheet_ThrowsInvalidDataException()
    {
        using MemoryStream file = Zip(("xl/workbook.xml", $"""<workbook xmlns="{MainNamespace}"><sheets/></workbook>"""));

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => XlsxSheetReader.Open(file, "leeg.xlsx"));

        Assert.Contains("no worksheet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRow_MalformedSheetXml_ThrowsInvalidDataExceptionNamingFile()
    {
        string sheet = $"""<worksheet xmlns="{MainNamespace}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</c></row>""";
        using XlsxSheetReader reader = OpenWorkbook(sheet, null);

        Assert.True(reader.ReadRow());
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => reader.ReadRow());

        Assert.Contains("'test.xlsx'", error.Message, StringComparison.Ordinal);
        Assert.Contains("in row 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRow_SharedStringIndexOutOfRange_ThrowsInvalidDataException()
    {
        using XlsxSheetReader reader = OpenWorkbook(Sheet("""<row r="1"><c r="B1" t="s"><v>5</v></c></row>"""), SharedStrings("<si><t>a</t></si>"));

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => reader.ReadRow());

        Assert.Contains("B1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRow_DocumentTypeDeclaration_ThrowsInsteadOfExpandingEntities()
    {
        string sheet = $"""<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]><worksheet xmlns="{MainNamespace}"><sheetData/></worksheet>""";

        Assert.Throws<InvalidDataException>(() => OpenWorkbook(sheet, null));
    }

    private static XlsxSheetReader OpenShared(string relative)
    {
        string path = TestData.SharedData(relative);
        return XlsxSheetReader.Open(File.OpenRead(path), Path.GetFileName(path));
    }

    private static Dictionary<string, int> HeaderColumns(XlsxSheetReader reader)
    {
        Dictionary<string, int> columns = new(StringComparer.Ordinal);
        for (int column = 0; column < reader.ColumnCount; column++)
        {
            if (reader.GetString(column)?.Trim() is { Length: > 0 } name)
            {
                columns.TryAdd(name, column);
            }
        }

        return columns;
    }

    private static string Sheet(string rows)
    {
        return $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MainNamespace}"><dimension ref="A1"/><sheetData>{rows}</sheetData></worksheet>""";
    }

    private static string SharedStrings(string items)
    {
        return $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{MainNamespace}" uniqueCount="4">{items}</sst>""";
    }

    /// <summary>A minimal workbook whose one sheet lives at a non-default part name, to prove it is resolved through the relationships.</summary>
    private static XlsxSheetReader OpenWorkbook(string sheetXml, string? sharedStringsXml)
    {
        string sharedRelationship = sharedStringsXml is null
            ? string.Empty
            : """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""";
        List<(string, string)> parts =
        [
            ("[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"""),
            ("_rels/.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""),
            ("xl/workbook.xml", $"""<workbook xmlns="{MainNamespace}" xmlns:r="{RelationshipNamespace}"><sheets><sheet name="Gegevens" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
            ("xl/_rels/workbook.xml.rels", $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{WorksheetType}" Target="worksheets/gegevens.xml"/>{sharedRelationship}</Relationships>"""),
            ("xl/worksheets/gegevens.xml", sheetXml),
        ];
        if (sharedStringsXml is not null)
        {
            parts.Add(("xl/sharedStrings.xml", sharedStringsXml));
        }

        return XlsxSheetReader.Open(Zip([.. parts]), "test.xlsx");
    }

    private static MemoryStream Zip(params (string Path, string Content)[] parts)
    {
        MemoryStream stream = new();
        using (ZipArchive archive = new(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string path, string content) in parts)
            {
                using Stream entry = archive.CreateEntry(path).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>A stream that cannot seek, like an HTTP request body.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc)
        {
            throw new NotSupportedException();
        }

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override long Length => throw new NotSupportedException();
    }
}
