using System.Buffers;

namespace Wijkpeil.App.Modules.Measurements.Export;

/// <summary>
/// A forward-only stream that collects synchronous writes in memory and hands them to the real output
/// asynchronously when <see cref="DrainAsync"/> is called. For writers with only a synchronous path, such as
/// <see cref="System.IO.Compression.ZipArchive"/> (its entry streams flush synchronously when closed, even through
/// the .NET 10 async API), in front of an output that refuses synchronous writes, such as an HTTP response. The
/// caller drains after every chunk, so it holds one chunk, never the file.
/// </summary>
internal sealed class AsyncDrainBuffer(Stream output) : Stream
{
    private readonly ArrayBufferWriter<byte> _pending = new(64 * 1024);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Writes what has been collected to the output and forgets it.</summary>
    public async ValueTask DrainAsync(CancellationToken ct)
    {
        if (_pending.WrittenCount == 0)
        {
            return;
        }

        await output.WriteAsync(_pending.WrittenMemory, ct);
        _pending.ResetWrittenCount();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

    public override void WriteByte(byte value) => _pending.Write([value]);

    // Kept in memory until the next drain, like a synchronous write: the caller decides when bytes go out.
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _pending.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
        // Nothing to do: bytes leave on DrainAsync.
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
