using System.IO.Compression;

namespace Wijkpeil.App.Modules.Subsidies.Attachments;

/// <summary>
/// Recognises an attachment's <see cref="FileKind"/> by its content, never by its name: an <c>.exe</c> called
/// <c>begroting.pdf</c> is no PDF. PDF, PNG and JPEG by their signature; the ZIP-based formats by what the archive
/// holds (Word: <c>word/document.xml</c>; Excel: <c>xl/workbook.xml</c>; OpenDocument: a first entry <c>mimetype</c>
/// naming text or spreadsheet). Null for anything else, for a damaged archive, and for a document that carries
/// macros (a VBA project in Word or Excel, Basic or scripts in OpenDocument), which an officer's office program would
/// offer to run.
/// </summary>
public static class FileSniffer
{
    private static ReadOnlySpan<byte> PdfSignature => "%PDF-"u8;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> OdtMimeType => "application/vnd.oasis.opendocument.text"u8;

    private static ReadOnlySpan<byte> OdsMimeType => "application/vnd.oasis.opendocument.spreadsheet"u8;

    // The longest signature, so a caller knows how much to read when it only wants to know whether a stream is a ZIP.
    private const int SignatureLength = 8;

    /// <summary>
    /// The kind of <paramref name="content"/>. For the ZIP-based kinds this must be the whole file (the archive's
    /// directory is at its end); a head alone is then a damaged archive and gives null.
    /// </summary>
    public static FileKind? Detect(ReadOnlySpan<byte> content)
    {
        if (SignatureKind(content) is { } kind)
        {
            return kind;
        }

        if (!content.StartsWith(ZipSignature))
        {
            return null;
        }

        using var copy = new MemoryStream(content.ToArray(), writable: false);
        return ArchiveKind(copy);
    }

    /// <summary>
    /// The kind of the content from <paramref name="content"/>'s position to its end. A seekable stream is read in
    /// place and left where it was; any other is first copied to memory, so the caller limits its length (the
    /// attachment store hands its size-checked file).
    /// </summary>
    public static async Task<FileKind?> DetectAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek)
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, cancellationToken);
            copy.Position = 0;
            return await DetectAsync(copy, cancellationToken);
        }

        var start = content.Position;
        try
        {
            var head = new byte[SignatureLength];
            var length = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
            if (SignatureKind(head.AsSpan(0, length)) is { } kind)
            {
                return kind;
            }

            if (!head.AsSpan(0, length).StartsWith(ZipSignature))
            {
                return null;
            }

            if (start == 0)
            {
                content.Position = 0;
                return ArchiveKind(content);
            }

            // ZipArchive reads offsets from the stream's start: give it the content on its own.
            content.Position = start;
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, cancellationToken);
            copy.Position = 0;
            return ArchiveKind(copy);
        }
        finally
        {
            content.Position = start;
        }
    }

    private static FileKind? SignatureKind(ReadOnlySpan<byte> head) =>
        head.StartsWith(PdfSignature) ? FileKind.Pdf
        : head.StartsWith(PngSignature) ? FileKind.Png
        : head.StartsWith(JpegSignature) ? FileKind.Jpeg
        : null;

    private static FileKind? ArchiveKind(Stream seekable)
    {
        try
        {
            using var archive = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            var entries = archive.Entries;
            if (entries.Any(e => IsMacro(e.FullName)))
            {
                return null;
            }

            if (entries.Count > 0 && entries[0].FullName == "mimetype")
            {
                return OpenDocumentKind(entries[0]);
            }

            // Part names in an Office package are case-insensitive (ECMA-376 part 2, 9.1.1).
            bool Has(string name) => entries.Any(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));
            if (!Has("[Content_Types].xml"))
            {
                return null;
            }

            return (Has("word/document.xml"), Has("xl/workbook.xml")) switch
            {
                (true, false) => FileKind.Docx,
                (false, true) => FileKind.Xlsx,
                _ => null,
            };
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException or ArgumentException)
        {
            // A damaged or unreadable archive is no document an officer can open either.
            return null;
        }
    }

    private static FileKind? OpenDocumentKind(ZipArchiveEntry mimetype)
    {
        // The mimetype entry is a few dozen bytes; a longer one is not the real thing, so never read more.
        if (mimetype.Length > 100)
        {
            return null;
        }

        Span<byte> text = stackalloc byte[101];
        using var stream = mimetype.Open();
        var length = stream.ReadAtLeast(text, text.Length, throwOnEndOfStream: false);
        var value = text[..length];
        return value.SequenceEqual(OdtMimeType) ? FileKind.Odt
            : value.SequenceEqual(OdsMimeType) ? FileKind.Ods
            : null;
    }

    // VBA in Word or Excel (.docm/.xlsm, or the same renamed .docx), StarBasic and scripts in OpenDocument.
    private static bool IsMacro(string entryName) =>
        entryName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
        || entryName.StartsWith("Basic/", StringComparison.OrdinalIgnoreCase)
        || entryName.StartsWith("Scripts/", StringComparison.OrdinalIgnoreCase);
}
