using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Wijkpeil.App.Tests.Import.Parsers;

namespace Wijkpeil.App.Tests.Modules.Subsidies.Attachments;

/// <summary>Real files of each kind an applicant may attach, and the look-alikes that must be refused.</summary>
internal static class AttachmentSamples
{
    /// <summary>A one-page PDF written by PdfPig's writer, which its reader opens again.</summary>
    public static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText("Begroting buurtfeest Soesterkwartier", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        return builder.Build();
    }

    // A 2×2 red canvas as Chromium 14x encodes it (canvas.toDataURL with image/jpeg and image/png): bytes of real
    // encoders, since .NET itself has no image encoder.
    private const string JpegBase64 =
        "/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABQb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCdAHrB/9k=";

    private const string PngBase64 =
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEklEQVR4AWI6w8DwH4SZGKAAAAAA//+Eu7xlAAAABklEQVQDADAYA5sYjHgIAAAAAElFTkSuQmCC";

    public static byte[] Jpeg() => Convert.FromBase64String(JpegBase64);

    public static byte[] Png() => Convert.FromBase64String(PngBase64);

    /// <summary>A Word document written by the Open XML SDK; with <paramref name="macros"/> a .docm with a VBA project.</summary>
    public static byte[] Docx(bool macros = false)
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, macros ? DocumentFormat.OpenXml.WordprocessingDocumentType.MacroEnabledDocument : DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("Projectplan buurtmoestuin")))));
            if (macros)
            {
                using var vba = new MemoryStream(Encoding.ASCII.GetBytes("not really VBA, but where Word keeps it"));
                main.AddNewPart<VbaProjectPart>().FeedData(vba);
            }
        }

        return memory.ToArray();
    }

    /// <summary>A workbook written by the Open XML SDK.</summary>
    public static byte[] Xlsx() => TestWorkbook.Xlsx("Begroting", [["Post", "Bedrag"], ["Huur tent", "250"]]);

    /// <summary>A CBS workbook as shipped in the embedded default: an xlsx from another producer than the Open XML SDK.</summary>
    public static byte[] CbsXlsx() =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "DefaultData", "files", "cbs", "kwb-2023-gemeente-utrecht.xlsx"));

    /// <summary>
    /// An OpenDocument file as LibreOffice writes it: the first entry <c>mimetype</c>, stored uncompressed, then the
    /// manifest and the content; <paramref name="extra"/> adds entries (for a document with macros).
    /// </summary>
    public static byte[] OpenDocument(string mimeType, params string[] extra)
    {
        return Zip(
            [("mimetype", mimeType), ("META-INF/manifest.xml", $"""<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="{mimeType}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"""),
             ("content.xml", """<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"><office:body/></office:document-content>"""),
             .. extra.Select(e => (e, "macro"))]);
    }

    public const string OdtMimeType = "application/vnd.oasis.opendocument.text";

    public const string OdsMimeType = "application/vnd.oasis.opendocument.spreadsheet";

    /// <summary>A ZIP archive of text entries in the given order, the first one stored as OpenDocument requires.</summary>
    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < entries.Length; i++)
            {
                var entry = archive.CreateEntry(entries[i].Name, i == 0 ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                writer.Write(entries[i].Content);
            }
        }

        return memory.ToArray();
    }

    /// <summary>A real Windows program file (MZ and PE headers): the application's own assembly.</summary>
    public static byte[] WindowsProgram() => File.ReadAllBytes(typeof(Wijkpeil.App.Modules.Subsidies.Attachments.FileSniffer).Assembly.Location);
}
