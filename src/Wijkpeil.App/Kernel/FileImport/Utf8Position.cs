using System.Buffers;
using System.Text.Unicode;

namespace Wijkpeil.App.Kernel.FileImport;

/// <summary>Finds where bytes stop being UTF-8, for messages that point at the byte and line.</summary>
internal static class Utf8Position
{
    /// <summary>The 0-based offset of the first byte that is not valid UTF-8, or -1 when all of it is.</summary>
    public static long FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        Span<char> chars = stackalloc char[1024];
        long offset = 0;
        while (!bytes.IsEmpty)
        {
            OperationStatus status = Utf8.ToUtf16(bytes, chars, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            bytes = bytes[read..];
            if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
            {
                return offset;
            }

            if (status == OperationStatus.Done)
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>The 1-based line of a byte offset: one more than the line feeds before it.</summary>
    public static int LineOf(ReadOnlySpan<byte> bytes, long offset) =>
        bytes[..(int)Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;

    /// <summary>The refusal of text that is not UTF-8, naming the byte (0-based offset) and line.</summary>
    /// <param name="fileName">The file as the user named it.</param>
    /// <param name="offset">The 0-based offset of the first byte that is not UTF-8.</param>
    /// <param name="line">The line it stands on.</param>
    /// <param name="value">The byte.</param>
    /// <param name="what">What the file should have been, the message's start: "geen leesbaar CSV-bestand".</param>
    /// <param name="saveAs">How to save it right.</param>
    public static InvalidDataException NotUtf8(string fileName, long offset, int line, byte value, string what, string saveAs) =>
        InputRefusedException.Create(
            fileName,
            line,
            null,
            $"{what}: byte {InputText.Count(offset)} (0x{value:X2}, regel {InputText.Count(line)}) is geen UTF-8; {saveAs}");
}
