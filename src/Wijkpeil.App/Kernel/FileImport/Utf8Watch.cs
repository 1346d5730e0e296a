using System.Text;

namespace Wijkpeil.App.Kernel.FileImport;

/// <summary>
/// Passes a text file's bytes to the decoder and remembers enough of them (the offset and line count
/// where the last block starts, and that block) to say exactly where decoding failed: the byte offset and
/// the line, instead of "somewhere after the line being parsed".
/// </summary>
internal sealed class Utf8Watch(Stream inner, string fileName, bool leaveOpen) : WatchingReadStream(inner, leaveOpen)
{
    private byte[] _block = [];
    private int _blockLength;
    private long _blockStart;
    private int _linesBeforeBlock;
    private bool _startsWithByteOrderMark;

    protected override void Watch(ReadOnlySpan<byte> block, long start)
    {
        var n = block.Length;
        if (start == 0 && n > 0)
        {
            if (block.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || block.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                throw InputRefusedException.Create(
                    fileName,
                    1,
                    null,
                    $"{DelimitedReader.NotReadable}: het is UTF-16-tekst (\"Unicode-tekst\"); sla het op als \"CSV UTF-8\" en lees het opnieuw in.");
            }

            _startsWithByteOrderMark = block.StartsWith(Encoding.UTF8.Preamble);
        }

        _linesBeforeBlock += _block.AsSpan(0, _blockLength).Count((byte)'\n');
        if (_block.Length < n)
        {
            _block = new byte[n];
        }

        block.CopyTo(_block);
        _blockLength = n;
        _blockStart = start;
    }

    /// <summary>The refusal for a decoder failure in the last block read: the byte offset, the byte and the line.</summary>
    public InvalidDataException NotUtf8(DecoderFallbackException exception)
    {
        // The decoder sees the first block without its byte order mark (StreamReader skips the preamble).
        var skipped = _blockStart == 0 && _startsWithByteOrderMark ? Encoding.UTF8.Preamble.Length : 0;
        var inBlock = Math.Clamp(skipped + exception.Index, 0, Math.Max(0, _blockLength - 1));
        var offset = _blockStart + inBlock;
        var value = _blockLength > 0 ? _block[inBlock] : (byte)0;
        var line = _linesBeforeBlock + _block.AsSpan(0, inBlock).Count((byte)'\n') + 1;
        return Utf8Position.NotUtf8(fileName, offset, line, value, DelimitedReader.NotReadable, "sla het op als \"CSV UTF-8\" en lees het opnieuw in.");
    }
}
