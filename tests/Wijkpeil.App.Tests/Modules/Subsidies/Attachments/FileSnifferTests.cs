using System.Text;
using Wijkpeil.App.Modules.Subsidies.Attachments;

namespace Wijkpeil.App.Tests.Modules.Subsidies.Attachments;

public sealed class FileSnifferTests
{
    public static TheoryData<string, FileKind> Accepted => new()
    {
        { "pdf", FileKind.Pdf },
        { "png", FileKind.Png },
        { "jpeg", FileKind.Jpeg },
        { "docx", FileKind.Docx },
        { "xlsx", FileKind.Xlsx },
        { "cbs-xlsx", FileKind.Xlsx },
        { "odt", FileKind.Odt },
        { "ods", FileKind.Ods },
    };

    public static TheoryData<string> Refused => new()
    {
        "exe", "docm", "xlsm", "odt-basic", "odt-scripts", "plain-zip", "odt-wrong-mimetype", "odt-mimetype-not-first",
        "word-and-excel", "docx-head", "docx-damaged", "html", "empty",
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Detect_RealFile_KindOfItsContent(string sample, FileKind expected)
    {
        var bytes = Sample(sample);
        Assert.Equal(expected, FileSniffer.Detect(bytes));
        Assert.Equal(expected, await FileSniffer.DetectAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken));
        Assert.Equal(expected, await FileSniffer.DetectAsync(new ForwardOnlyStream(bytes), TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Detect_NotAnAcceptedDocument_Null(string sample)
    {
        var bytes = Sample(sample);
        Assert.Null(FileSniffer.Detect(bytes));
        Assert.Null(await FileSniffer.DetectAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken));
        Assert.Null(await FileSniffer.DetectAsync(new ForwardOnlyStream(bytes), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Samples_AreWhatTheyClaim()
    {
        // The PDF opens in a PDF reader with its text; the program file is a real Windows program.
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(AttachmentSamples.Pdf()))
        {
            Assert.Contains("Soesterkwartier", pdf.GetPage(1).Text, StringComparison.Ordinal);
        }

        var program = AttachmentSamples.WindowsProgram();
        Assert.Equal("MZ"u8.ToArray(), program[..2]);
        var peOffset = BitConverter.ToInt32(program, 0x3C);
        Assert.Equal("PE\0\0"u8.ToArray(), program[peOffset..(peOffset + 4)]);
    }

    [Fact]
    public async Task DetectAsync_SeekableStreamPastItsStart_ReadsFromThereAndLeavesThePosition()
    {
        var docx = AttachmentSamples.Docx();
        var prefixed = new byte[7].Concat(docx).ToArray();
        using var stream = new MemoryStream(prefixed) { Position = 7 };

        Assert.Equal(FileKind.Docx, await FileSniffer.DetectAsync(stream, TestContext.Current.CancellationToken));
        Assert.Equal(7, stream.Position);
    }

    private static byte[] Sample(string name) => name switch
    {
        "pdf" => AttachmentSamples.Pdf(),
        "png" => AttachmentSamples.Png(),
        "jpeg" => AttachmentSamples.Jpeg(),
        "docx" => AttachmentSamples.Docx(),
        "xlsx" => AttachmentSamples.Xlsx(),
        "cbs-xlsx" => AttachmentSamples.CbsXlsx(),
        "odt" => AttachmentSamples.OpenDocument(AttachmentSamples.OdtMimeType),
        "ods" => AttachmentSamples.OpenDocument(AttachmentSamples.OdsMimeType),
        "exe" => AttachmentSamples.WindowsProgram(),
        "docm" => AttachmentSamples.Docx(macros: true),
        "xlsm" => WithEntry(AttachmentSamples.Xlsx(), "xl/vbaProject.bin"),
        "odt-basic" => AttachmentSamples.OpenDocument(AttachmentSamples.OdtMimeType, "Basic/Standard/Module1.xml"),
        "odt-scripts" => AttachmentSamples.OpenDocument(AttachmentSamples.OdtMimeType, "Scripts/python/run.py"),
        "plain-zip" => AttachmentSamples.Zip(("begroting.txt", "huur tent 250"), ("foto-bijschrift.txt", "buurtfeest")),
        "odt-wrong-mimetype" => AttachmentSamples.OpenDocument("application/vnd.oasis.opendocument.graphics"),
        "odt-mimetype-not-first" => AttachmentSamples.Zip(("content.xml", "<x/>"), ("mimetype", AttachmentSamples.OdtMimeType)),
        "word-and-excel" => WithEntry(AttachmentSamples.Docx(), "xl/workbook.xml"),
        "docx-head" => AttachmentSamples.Docx()[..200],
        "docx-damaged" => Damaged(AttachmentSamples.Docx()),
        "html" => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
        "empty" => [],
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    // The same package with one more entry, as a .docm or .xlsm renamed to .docx or .xlsx carries its VBA.
    private static byte[] WithEntry(byte[] package, string entryName)
    {
        using var memory = new MemoryStream();
        memory.Write(package);
        using (var archive = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry(entryName).Open());
            writer.Write("entry");
        }

        return memory.ToArray();
    }

    // The archive's central directory (at its end) overwritten: the signature at the start is still PK\x03\x04.
    private static byte[] Damaged(byte[] package)
    {
        var copy = package.ToArray();
        copy.AsSpan(copy.Length - 200).Fill(0x55);
        return copy;
    }

    /// <summary>A stream that can only be read forward, as a request body.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content, writable: false)
    {
        public override bool CanSeek => false;

        public override long Position { get => base.Position; set => throw new NotSupportedException(); }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
