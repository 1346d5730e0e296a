using System.IO.Compression;
using System.Text;

namespace Wijkpeil.App.Tests.Import.Formats;

/// <summary>
/// Writes hostile workbooks in the test itself: parts that inflate far beyond their compressed size,
/// produced by repeating a short text, so a 100 MB part costs a few hundred kilobytes of memory.
/// </summary>
internal static class XlsxBomb
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public const string SheetStart = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MainNamespace}"><sheetData>""";

    public const string SheetEnd = "</sheetData></worksheet>";

    public const string SharedStart = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{MainNamespace}">""";

    public const string SharedEnd = "</sst>";

    /// <summary>A workbook with one sheet (xl/worksheets/sheet1.xml) and, when given, shared strings.</summary>
    public static byte[] Workbook(Action<Stream> sheet, Action<Stream>? sharedStrings = null)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            Add(zip, "_rels/.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", $"""<workbook xmlns="{MainNamespace}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Bom" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            var shared = sharedStrings is null
                ? string.Empty
                : """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""";
            Add(zip, "xl/_rels/workbook.xml.rels", $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>{shared}</Relationships>""");
            using (var part = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open())
            {
                sheet(part);
            }

            if (sharedStrings is not null)
            {
                using var part = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Optimal).Open();
                sharedStrings(part);
            }
        }

        return memory.ToArray();
    }

    /// <summary>A sheet part: the start, <paramref name="body"/> and the end.</summary>
    public static Action<Stream> Sheet(Action<Stream> body) => stream =>
    {
        Write(stream, SheetStart);
        body(stream);
        Write(stream, SheetEnd);
    };

    /// <summary>A shared-strings part: the start, <paramref name="body"/> and the end.</summary>
    public static Action<Stream> SharedStrings(Action<Stream> body) => stream =>
    {
        Write(stream, SharedStart);
        body(stream);
        Write(stream, SharedEnd);
    };

    public static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>Writes <paramref name="text"/> <paramref name="times"/> times, in blocks.</summary>
    public static void Repeat(Stream stream, string text, long times)
    {
        var one = Encoding.UTF8.GetBytes(text);
        var perBlock = Math.Max(1, (1 << 16) / one.Length);
        var block = new byte[perBlock * one.Length];
        for (var i = 0; i < perBlock; i++)
        {
            one.CopyTo(block, i * one.Length);
        }

        var left = times;
        while (left >= perBlock)
        {
            stream.Write(block);
            left -= perBlock;
        }

        stream.Write(block, 0, (int)left * one.Length);
    }

    /// <summary>The bytes this thread allocates while <paramref name="action"/> runs.</summary>
    public static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var part = zip.CreateEntry(name).Open();
        Write(part, content);
    }
}
