using System.Text;

namespace Wijkpeil.App.Import.Formats;

/// <summary>
/// Passes a text file's bytes to the decoder and remembers enough of them (the offset and line count
/// where the last block starts, and that block) to say exactly where decoding failed: the byte offset and
/// the line, instead of "somewhere after the line being parsed".
/// </summary>
internal sealed class Utf8Watch(Stream inner, string fileName, bool leaveOpen) : Stream
{
    private byte[] _block = [];
    private int _blockLength;
    private long _blockStart;
    private long _read;
    private int _linesBeforeBlock;
    private bool _startsWithByteOrderMark;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        var block = buffer[..n];
        if (_read == 0 && n > 0)
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
        _blockStart = _read;
        _read += n;
        return n;
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

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
