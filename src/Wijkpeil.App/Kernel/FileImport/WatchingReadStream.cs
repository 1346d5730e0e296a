namespace Wijkpeil.App.Kernel.FileImport;

/// <summary>
/// A forward-only, read-only stream over <paramref name="inner"/> that shows every block it passes on to
/// <see cref="Watch"/> (counting, checking) before the reader gets it. The base of the readers' guards.
/// </summary>
internal abstract class WatchingReadStream(Stream inner, bool leaveOpen) : Stream
{
    /// <summary>How many bytes have been passed on.</summary>
    protected long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Watch(buffer[..n], BytesRead);
        BytesRead += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Sees a block before the reader does (empty at the end); throws to stop the reading.</summary>
    /// <param name="block">The bytes just read.</param>
    /// <param name="start">How many bytes came before them.</param>
    protected abstract void Watch(ReadOnlySpan<byte> block, long start);

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
