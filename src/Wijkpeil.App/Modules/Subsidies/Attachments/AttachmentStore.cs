using System.Security.Cryptography;
using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Modules.Subsidies.Attachments;

/// <summary>An attachment as stored: its random name in the store, its size, its SHA-256 and the kind its content is.</summary>
public sealed record StoredFile(string StoredName, long Size, string Sha256Hex, FileKind Kind);

/// <summary>
/// Keeps applicants' attachments. The store decides nothing about who may read a file: the caller checks that the
/// reader is the applicant or an officer of the scheme before it opens one.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>
    /// Stores <paramref name="content"/> under a new random name when it is at most <paramref name="maxBytes"/>
    /// long, not empty, and of one of the <paramref name="allowed"/> kinds by its content. Otherwise nothing is
    /// kept and the problem is about <paramref name="field"/>: <c>attachment.too_large</c> (argument: the limit in
    /// MB), <c>attachment.empty</c>, or <c>attachment.type_refused</c> (arguments: the allowed kinds' labels, and the
    /// detected kind's name or <c>unknown</c>). Reads at most <paramref name="maxBytes"/> + 1 bytes.
    /// </summary>
    Task<Outcome<StoredFile>> SaveAsync(Stream content, long maxBytes, IReadOnlySet<FileKind> allowed, string? field, CancellationToken cancellationToken);

    /// <summary>
    /// The stored file's content, or null when there is none by that name, or when <paramref name="storedName"/> is not
    /// a name this store gives (<see cref="FileAttachmentStore.IsStoredName"/>): nothing else is ever opened.
    /// </summary>
    Stream? OpenRead(string storedName);

    /// <summary>Removes the stored file; false when there was none, or the name is not one this store gives.</summary>
    Task<bool> DeleteAsync(string storedName, CancellationToken cancellationToken);
}

/// <summary>
/// <see cref="IAttachmentStore"/> in a folder on disk (<see cref="AttachmentOptions.Folder"/>, outside the web root):
/// each file under 64 random hexadecimal characters without extension, so neither its name nor its location says what
/// the applicant called it, and a name cannot be guessed. A file is written to a temporary name first and moved to its
/// own only once it passed every check, so a refused or half-written upload never appears under a stored name.
/// </summary>
public sealed class FileAttachmentStore(AttachmentOptions options) : IAttachmentStore
{
    private const int NameBytes = 32;
    private const string TemporarySuffix = ".partial";
    private const decimal BytesPerMegabyte = 1024 * 1024;

    /// <summary>The folder the files are in.</summary>
    public string Folder => options.Folder;

    /// <summary>Whether <paramref name="name"/> has the form of a stored name: 64 lower-case hexadecimal characters, nothing else.</summary>
    public static bool IsStoredName(string? name) =>
        name is { Length: NameBytes * 2 } && name.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    public async Task<Outcome<StoredFile>> SaveAsync(Stream content, long maxBytes, IReadOnlySet<FileKind> allowed, string? field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentOutOfRangeException.ThrowIfEqual(maxBytes, long.MaxValue);
        Directory.CreateDirectory(options.Folder);

        var name = NewName();
        var temporary = Path.Combine(options.Folder, name + TemporarySuffix);
        try
        {
            long size;
            string sha256;
            FileKind? kind;
            await using (var file = new FileStream(temporary, NewFileOptions()))
            {
                (size, sha256) = await CopyAtMostAsync(content, file, maxBytes + 1, cancellationToken);
                if (size > maxBytes)
                {
                    return Problem.Invalid(field, "attachment.too_large", Math.Round(maxBytes / BytesPerMegabyte, 1));
                }

                if (size == 0)
                {
                    return Problem.Invalid(field, "attachment.empty");
                }

                await file.FlushAsync(cancellationToken);
                file.Position = 0;
                kind = await FileSniffer.DetectAsync(file, cancellationToken);
                if (kind is { } detected && allowed.Contains(detected))
                {
                    // On disk before it gets its name: a stored name is never a file lost by a power cut.
                    file.Flush(flushToDisk: true);
                }
            }

            if (kind is not { } known || !allowed.Contains(known))
            {
                return Problem.Invalid(field, "attachment.type_refused", FileKinds.Labels(allowed), kind is { } k ? FileKinds.Name(k) : "unknown");
            }

            // A rename within one folder: the file appears under its name whole or not at all.
            File.Move(temporary, Path.Combine(options.Folder, name));
            return new StoredFile(name, size, sha256, known);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Stream? OpenRead(string storedName)
    {
        if (!IsStoredName(storedName))
        {
            return null;
        }

        try
        {
            return new FileStream(Path.Combine(options.Folder, storedName), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public Task<bool> DeleteAsync(string storedName, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!IsStoredName(storedName) || Path.Combine(options.Folder, storedName) is not { } path || !File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        return Task.FromResult(true);
    }

    private static FileStreamOptions NewFileOptions()
    {
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.None, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            // Readable by the service's own user only, whatever its umask.
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return fileOptions;
    }

    private static string NewName() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(NameBytes));

    // Copies at most `limit` bytes, so a too large upload costs one buffer beyond the limit and never more.
    private static async Task<(long Size, string Sha256)> CopyAtMostAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        while (size < limit)
        {
            var read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - size)), cancellationToken);
            if (read == 0)
            {
                break;
            }

            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            size += read;
        }

        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
