namespace Wijkpeil.App.Modules.Measurements.Import.Formats;

/// <summary>
/// How far an .xlsx workbook may expand while it is read. A workbook is a zip archive, and a 1 MB archive can
/// inflate to gigabytes (a zip bomb: one 900 MB shared string took a web host from 0.84 to 4.19 GB); every
/// expansion is bounded by counting what is actually inflated and read, never by what the archive's headers
/// claim. The defaults pass the largest real files with room to spare: the 50090NED tables (17,342 rows × 43
/// columns, a 24 MB sheet part, 36,052 shared strings in a 1.6 MB part) and a nationwide kwb table (about
/// 17,000 rows × 120 columns); a file beyond them is refused with the limit and what was found.
/// </summary>
/// <param name="MaxSheetBytes">Uncompressed bytes of the worksheet part (XML streamed, so this bounds time, not memory).</param>
/// <param name="MaxSharedStringsBytes">Uncompressed bytes of the shared-strings part, which is held in memory.</param>
/// <param name="MaxOtherPartBytes">Uncompressed bytes of each small part read (workbook, relationships).</param>
/// <param name="MaxTotalBytes">Uncompressed bytes of all parts read, together.</param>
/// <param name="MaxSharedStrings">Number of shared strings.</param>
/// <param name="MaxSharedStringCharacters">Characters of all shared strings together (held in memory, 2 bytes each).</param>
/// <param name="MaxCellCharacters">Characters of one cell's text.</param>
/// <param name="MaxCells">Cells in the sheet, empty ones included.</param>
/// <param name="MaxMarkupRunBytes">Bytes of XML between two '&lt;': bounds every tag, attribute and text node the XML reader holds whole.</param>
public sealed record XlsxLimits(
    long MaxSheetBytes,
    long MaxSharedStringsBytes,
    long MaxOtherPartBytes,
    long MaxTotalBytes,
    int MaxSharedStrings,
    long MaxSharedStringCharacters,
    int MaxCellCharacters,
    long MaxCells,
    int MaxMarkupRunBytes)
{
    /// <summary>Excel's own last row (1,048,576); a row number beyond it is no Excel sheet.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>
    /// Excel's own limit on the text in one cell (32,767 characters): no spreadsheet made in Excel has a
    /// longer cell, and every value the importers read is a code, a name or a number.
    /// </summary>
    public const int ExcelCellCharacters = 32_767;

    /// <summary>
    /// The limits every import uses: 256 MiB of sheet XML (10 × the 24 MB of the largest 50090NED sheet, about
    /// 4 × a nationwide kwb sheet), 64 MiB of shared-strings XML (40 × the 1.6 MB of 50090NED), 4 MiB for each
    /// small part, 320 MiB in all; 500,000 shared strings (14 × 36,052) of at most 8 Mi characters together
    /// (16 MiB in memory, 5 × 50090NED's 1.6 million); 32,767 characters in a cell (Excel's limit);
    /// 4 million cells (5.8 × the 693,683 of 50090NED 2020, about 2 × a nationwide kwb table: the parsed values
    /// of one file are held in memory); 1 MiB of XML between two '&lt;' (no valid cell needs more than 32,767
    /// characters of text, at most 4 bytes each).
    /// </summary>
    public static XlsxLimits Default { get; } = new(
        MaxSheetBytes: 256L << 20,
        MaxSharedStringsBytes: 64L << 20,
        MaxOtherPartBytes: 4L << 20,
        MaxTotalBytes: 320L << 20,
        MaxSharedStrings: 500_000,
        MaxSharedStringCharacters: 8L << 20,
        MaxCellCharacters: ExcelCellCharacters,
        MaxCells: 4_000_000,
        MaxMarkupRunBytes: 1 << 20);
}
