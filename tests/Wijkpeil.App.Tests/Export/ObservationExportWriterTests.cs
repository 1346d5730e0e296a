using System.Globalization;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Wijkpeil.App.Modules.Measurements.Export;
using Wijkpeil.App.Modules.Measurements.Observations;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Export;

public sealed class ObservationExportWriterTests
{
    private static readonly DateTimeOffset ImportedAt = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private static readonly ObservationRecord WithInterval = new(
        "WK034403", "Overvecht", "ervaren_gezondheid_goed", "2022", "18+", 55.5, 51.2, 59.8, 412, ObservationStatus.Published, "50090NED", "50090NED-gezondheid-2022.xlsx", ImportedAt);

    private static readonly ObservationRecord WithoutInterval = new(
        "GM0344", "Utrecht", "inwoners", "2022", "totaal", 367984, null, null, null, ObservationStatus.Published, "kwb \"2022\", wijken", "kwb-2022.xlsx", ImportedAt);

    private static readonly ObservationRecord SmallFraction = new(
        "BU03440301", "Taag- en Rubicondreef", "aandeel", "2023-meting", "65+", 0.1 + 0.2, 0.25, 1e-7, null, ObservationStatus.Draft, "line\nbreak", "aandeel.csv", ImportedAt);

    [Fact]
    public async Task WriteAsync_Csv_WritesGenericLongFormatWithRfc4180Quoting()
    {
        var bytes = await WriteAsync(ExportFormat.Csv, WithInterval, WithoutInterval, SmallFraction);

        Assert.Equal(
            "area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source\r\n" +
            "WK034403,ervaren_gezondheid_goed,2022,18+,55.5,51.2,59.8,412,50090NED\r\n" +
            "GM0344,inwoners,2022,totaal,367984,,,,\"kwb \"\"2022\"\", wijken\"\r\n" +
            "BU03440301,aandeel,2023-meting,65+,0.30000000000000004,0.25,1E-07,,\"line\nbreak\"\r\n",
            Encoding.UTF8.GetString(bytes));
    }

    public static TheoryData<string> FormulaStarts => ["=", "+", "-", "@", "\t", "\r"];

    [Theory, MemberData(nameof(FormulaStarts))]
    public async Task WriteAsync_CsvTextStartingWithAFormulaCharacter_GetsOneApostropheInFront(string start)
    {
        var record = WithoutInterval with { Breakdown = start + "cmd|' /C calc'!A0", Source = start + "HYPERLINK(\"http://x\")" };

        var rows = CsvText.Parse(Encoding.UTF8.GetString(await WriteAsync(ExportFormat.Csv, record)));

        Assert.Equal("'" + start + "cmd|' /C calc'!A0", rows[1][3]);
        Assert.Equal("'" + start + "HYPERLINK(\"http://x\")", rows[1][8]);
    }

    [Fact]
    public async Task WriteAsync_CsvNegativeNumbers_StayNumbers()
    {
        var record = WithInterval with { Value = -3.5, Lower = -7.25, Upper = -0.5 };

        var text = Encoding.UTF8.GetString(await WriteAsync(ExportFormat.Csv, record));

        Assert.EndsWith("\r\nWK034403,ervaren_gezondheid_goed,2022,18+,-3.5,-7.25,-0.5,412,50090NED\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_CsvTextAlreadyStartingWithApostrophes_GetsOneMoreOnlyBeforeAFormulaCharacter()
    {
        var guarded = WithoutInterval with { Breakdown = "''=x", Source = "'bron" };

        var text = Encoding.UTF8.GetString(await WriteAsync(ExportFormat.Csv, guarded));

        Assert.EndsWith(",'''=x,367984,,,,'bron\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_XlsxTextStartingWithEquals_IsAnInlineStringNeverAFormula()
    {
        var record = WithoutInterval with { Breakdown = "=cmd|' /C calc'!A0" };

        var bytes = await WriteAsync(ExportFormat.Xlsx, record);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var cell = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ElementAt(4);
        Assert.Equal(CellValues.InlineString, cell.DataType?.Value);
        Assert.Equal("=cmd|' /C calc'!A0", cell.InnerText);
        Assert.Null(cell.CellFormula);
    }

    [Fact]
    public async Task WriteAsync_Csv_IsUtf8WithoutByteOrderMark()
    {
        var record = WithInterval with { AreaCode = "GM0344", Source = "Ermelo–Zeewolde é" };

        var bytes = await WriteAsync(ExportFormat.Csv, record);

        Assert.Equal((byte)'a', bytes[0]);
        Assert.EndsWith("Ermelo–Zeewolde é\r\n", new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Csv_Empty_WritesHeaderOnly()
    {
        var bytes = await WriteAsync(ExportFormat.Csv);

        Assert.Equal("area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source\r\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task WriteAsync_Json_WritesArrayOfCamelCaseObjects()
    {
        var bytes = await WriteAsync(ExportFormat.Json, WithInterval, WithoutInterval);

        using var document = JsonDocument.Parse(bytes);
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(
            ["areaCode", "areaName", "indicatorCode", "period", "breakdown", "value", "lower", "upper", "sampleSize", "status", "source", "sourceFile", "importedAt", "suppressed"],
            items[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("WK034403", items[0].GetProperty("areaCode").GetString());
        Assert.Equal(55.5, items[0].GetProperty("value").GetDouble());
        Assert.Equal(412, items[0].GetProperty("sampleSize").GetInt32());
        Assert.Equal("published", items[0].GetProperty("status").GetString());
        Assert.Equal(ImportedAt, items[0].GetProperty("importedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("lower").ValueKind);
        Assert.Equal("totaal", items[1].GetProperty("breakdown").GetString());
    }

    [Fact]
    public async Task WriteAsync_Json_WritesTextAsTheApiAlwaysDid_PlusAndAccentsUnescaped()
    {
        // Every JSON answer of /api/v1/observations is written by this writer; the framework's serializer, which wrote
        // the filtered ones before, escapes only what JSON requires.
        var record = WithInterval with { AreaName = "Élysée \"oost\"", Breakdown = "18+" };

        var text = Encoding.UTF8.GetString(await WriteAsync(ExportFormat.Json, record));

        Assert.Contains("\"areaName\":\"Élysée \\\"oost\\\"\"", text, StringComparison.Ordinal);
        Assert.Contains("\"breakdown\":\"18+\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Json_Empty_WritesEmptyArray()
    {
        var bytes = await WriteAsync(ExportFormat.Json);

        Assert.Equal("[]", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task WriteAsync_Xlsx_WritesObservatiesSheetWithHeaderAndNumericCells()
    {
        var bytes = await WriteAsync(ExportFormat.Xlsx, WithInterval, WithoutInterval);

        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Descendants<Sheet>());
        Assert.Equal("Observaties", sheet.Name?.Value);
        var worksheet = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var rows = worksheet.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(
            ["area_code", "area_name", "indicator_code", "period", "breakdown", "value", "lower", "upper", "sample_size", "source", "source_file", "note"],
            rows[0].Select(c => c.InnerText));

        var first = rows[1];
        Assert.Equal(["WK034403", "Overvecht", "ervaren_gezondheid_goed", "2022", "18+"], first.Take(5).Select(c => c.InnerText));
        Assert.All(first.Take(5), c => Assert.Equal(CellValues.InlineString, c.DataType?.Value));
        Assert.Equal([55.5, 51.2, 59.8, 412], first.Skip(5).Take(4).Select(Number));
        Assert.All(first.Skip(5).Take(4), c => Assert.Null(c.DataType));
        Assert.Equal("50090NED", first[9].InnerText);
        Assert.Equal("50090NED-gezondheid-2022.xlsx", first[10].InnerText);

        var second = rows[2];
        Assert.Equal(367984, Number(second[5]));
        Assert.All(second.Skip(6).Take(3), c => Assert.Null(c.CellValue));
        Assert.Equal("kwb \"2022\", wijken", second[9].InnerText);
    }

    [Fact]
    public async Task WriteAsync_XlsxMoreRowsThanASheetHolds_ContinuesOnNumberedSheetsEachWithHeader()
    {
        using var output = new MemoryStream();

        await ObservationXlsx.WriteAsync(Records(WithInterval, WithoutInterval, SmallFraction), output, rowsPerSheet: 2, TestContext.Current.CancellationToken);

        using var document = SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Descendants<Sheet>().ToList();
        Assert.Equal(["Observaties", "Observaties 2"], sheets.Select(s => s.Name?.Value));
        var areaCodes = sheets
            .Select(s => ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().First().InnerText).ToList())
            .ToList();
        Assert.Equal(["area_code", "WK034403", "GM0344"], areaCodes[0]);
        Assert.Equal(["area_code", "BU03440301"], areaCodes[1]);
    }

    [Fact]
    public async Task WriteAsync_XlsxNothing_IsOneSheetWithTheHeader()
    {
        var bytes = await WriteAsync(ExportFormat.Xlsx);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var sheet = Assert.Single(document.WorkbookPart!.Workbook.Descendants<Sheet>());
        var rows = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<Row>().ToList();
        Assert.Single(rows);
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Xlsx)]
    public async Task WriteAsync_ManyRecords_HandsBytesToTheOutputWhileStillReading(ExportFormat format)
    {
        const int count = 100_000;
        using var output = new ForwardOnlyStream();
        long writtenAtHalf = -1;
        int largestWrite = 0;
        output.Wrote += size => largestWrite = Math.Max(largestWrite, size);

        async IAsyncEnumerable<ObservationRecord> Many()
        {
            for (var i = 0; i < count; i++)
            {
                if (i == count / 2)
                {
                    writtenAtHalf = output.Written;
                }

                if (i % 1000 == 0)
                {
                    await Task.Yield();
                }

                yield return WithInterval with { AreaCode = string.Create(CultureInfo.InvariantCulture, $"BU{i:D8}"), Value = i * 0.37 };
            }
        }

        await new ObservationExportWriter().WriteAsync(Many(), format, output, TestContext.Current.CancellationToken);

        // Half the records read, about half the file out: nothing waits for the end, and no write is a whole file.
        Assert.True(writtenAtHalf > output.Written / 4, $"{writtenAtHalf} of {output.Written} bytes written when half the records were read");
        Assert.InRange(largestWrite, 1, 1024 * 1024);
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Xlsx)]
    public async Task WriteAsync_BeforeAskingForTheFirstRecord_HasFlushedTheFormatsOpening(ExportFormat format)
    {
        // The database sorts every figure before it returns the first (seconds for the whole data set): by the time
        // the writer asks for a record, the answer must have started, or the reader sees nothing for that long.
        using var output = new ForwardOnlyStream();
        byte[]? sentBeforeFirstRecord = null;

        async IAsyncEnumerable<ObservationRecord> SlowToStart()
        {
            await Task.Yield();
            sentBeforeFirstRecord = output.FlushedBytes();
            yield return WithInterval;
        }

        await new ObservationExportWriter().WriteAsync(SlowToStart(), format, output, TestContext.Current.CancellationToken);

        Assert.NotNull(sentBeforeFirstRecord);
        switch (format)
        {
            case ExportFormat.Csv:
                Assert.Equal(ObservationCsv.Header + "\r\n", Encoding.UTF8.GetString(sentBeforeFirstRecord));
                break;
            case ExportFormat.Json:
                Assert.Equal("[", Encoding.UTF8.GetString(sentBeforeFirstRecord));
                break;
            default:
                // A zip's local file header: the workbook's content types part.
                Assert.Equal("PK\u0003\u0004", Encoding.ASCII.GetString(sentBeforeFirstRecord, 0, 4));
                break;
        }
    }

    [Fact]
    public async Task WriteAsync_LeavesOutputOpen()
    {
        using var output = new MemoryStream();

        await new ObservationExportWriter().WriteAsync(Records(WithInterval), ExportFormat.Csv, output, TestContext.Current.CancellationToken);

        Assert.True(output.CanWrite);
    }

    [Theory]
    [InlineData("csv", ExportFormat.Csv)]
    [InlineData(" JSON ", ExportFormat.Json)]
    [InlineData("Xlsx", ExportFormat.Xlsx)]
    public void TryParse_KnownName_ReturnsFormat(string text, ExportFormat expected)
    {
        Assert.True(ExportFormats.TryParse(text, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownName_ReturnsFalse(string? text)
    {
        Assert.False(ExportFormats.TryParse(text, out _));
    }

    private static double Number(Cell cell) => double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);

    private static async Task<byte[]> WriteAsync(ExportFormat format, params ObservationRecord[] records)
    {
        // A forward-only stream, like an HTTP response body: the writer must not seek or write synchronously.
        using var output = new ForwardOnlyStream();
        await new ObservationExportWriter().WriteAsync(Records(records), format, output, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    private static async IAsyncEnumerable<ObservationRecord> Records(params ObservationRecord[] records)
    {
        foreach (var record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }

    /// <summary>Accepts asynchronous writes only and cannot seek, as Kestrel's response body.</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        private readonly MemoryStream _inner = new();
        private long _flushed;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        /// <summary>Each write's size, as it happens.</summary>
        public event Action<int>? Wrote;

        public long Written => _inner.Length;

        public byte[] ToArray() => _inner.ToArray();

        /// <summary>What the writer had written when it last flushed: what a reader has received for sure.</summary>
        public byte[] FlushedBytes() => _inner.ToArray()[..(int)_flushed];

        public override void Flush() => throw new InvalidOperationException("Synchronous flush.");

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            _flushed = _inner.Length;
            return Task.CompletedTask;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous write.");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _inner.Write(buffer.Span);
            Wrote?.Invoke(buffer.Length);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _inner.Write(buffer, offset, count);
            Wrote?.Invoke(count);
            return Task.CompletedTask;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
