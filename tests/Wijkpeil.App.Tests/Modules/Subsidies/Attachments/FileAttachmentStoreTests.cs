using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Subsidies.Attachments;
using Wijkpeil.App.Tests.Import;

namespace Wijkpeil.App.Tests.Modules.Subsidies.Attachments;

public sealed class FileAttachmentStoreTests : IDisposable
{
    private static readonly IReadOnlySet<FileKind> Documents = new HashSet<FileKind> { FileKind.Pdf, FileKind.Docx, FileKind.Xlsx, FileKind.Odt };

    private readonly TempFolder _temp = new();
    private readonly FileAttachmentStore _store;

    public FileAttachmentStoreTests()
    {
        _store = new FileAttachmentStore(new AttachmentOptions(Path.Combine(_temp.Path, "data", "attachments")));
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task SaveAsync_RealPdf_StoredUnderARandomNameWithItsHashAndKind()
    {
        var pdf = AttachmentSamples.Pdf();

        var outcome = await _store.SaveAsync(new MemoryStream(pdf), 1024 * 1024, Documents, "attachments[0].file", Cancel);

        Assert.True(outcome.Succeeded, outcome.ToString());
        var stored = outcome.Value;
        Assert.Equal(FileKind.Pdf, stored.Kind);
        Assert.Equal(pdf.Length, stored.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), stored.Sha256Hex);
        Assert.Matches("^[0-9a-f]{64}$", stored.StoredName);
        Assert.True(FileAttachmentStore.IsStoredName(stored.StoredName));

        // The only file in the store, with no extension, holding exactly the bytes sent.
        var file = Assert.Single(Directory.GetFiles(_store.Folder));
        Assert.Equal(stored.StoredName, Path.GetFileName(file));
        Assert.Equal(pdf, await File.ReadAllBytesAsync(file, Cancel));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        await using var read = _store.OpenRead(stored.StoredName);
        Assert.NotNull(read);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy, Cancel);
        Assert.Equal(pdf, copy.ToArray());
    }

    [Fact]
    public async Task SaveAsync_SameContentTwice_TwoUnrelatedNames()
    {
        var docx = AttachmentSamples.Docx();

        var first = await _store.SaveAsync(new MemoryStream(docx), 1024 * 1024, Documents, null, Cancel);
        var second = await _store.SaveAsync(new MemoryStream(docx), 1024 * 1024, Documents, null, Cancel);

        Assert.Equal(FileKind.Docx, first.Value.Kind);
        Assert.Equal(first.Value.Sha256Hex, second.Value.Sha256Hex);
        Assert.NotEqual(first.Value.StoredName, second.Value.StoredName);

        // Not derived from the content either: neither name shares its hash's start.
        Assert.DoesNotContain(first.Value.Sha256Hex[..16], first.Value.StoredName, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(_store.Folder).Length);
    }

    [Theory]
    [InlineData("png")]
    [InlineData("jpeg")]
    [InlineData("xlsx")]
    [InlineData("odt")]
    public async Task SaveAsync_AllowedKind_Stored(string sample)
    {
        var (bytes, kind) = sample switch
        {
            "png" => (AttachmentSamples.Png(), FileKind.Png),
            "jpeg" => (AttachmentSamples.Jpeg(), FileKind.Jpeg),
            "xlsx" => (AttachmentSamples.Xlsx(), FileKind.Xlsx),
            _ => (AttachmentSamples.OpenDocument(AttachmentSamples.OdtMimeType), FileKind.Odt),
        };

        var outcome = await _store.SaveAsync(new MemoryStream(bytes), 1024 * 1024, FileKinds.Accepted.ToHashSet(), null, Cancel);

        Assert.True(outcome.Succeeded, outcome.ToString());
        Assert.Equal(kind, outcome.Value.Kind);
    }

    [Fact]
    public async Task SaveAsync_ProgramRenamedPdf_RefusedAndNothingKept()
    {
        // The store is never told a name: "begroting.pdf" is all the applicant's browser would claim.
        var outcome = await _store.SaveAsync(new MemoryStream(AttachmentSamples.WindowsProgram()), 10 * 1024 * 1024, Documents, "attachments[0].file", Cancel);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("attachment.type_refused", problem.Code);
        Assert.Equal(ProblemKind.Invalid, problem.Kind);
        Assert.Equal("attachments[0].file", problem.Field);
        Assert.Equal(["PDF, Word (.docx), Excel (.xlsx), OpenDocument (.odt)", "unknown"], problem.Arguments);
        Assert.Empty(Directory.GetFileSystemEntries(_store.Folder));
    }

    [Fact]
    public async Task SaveAsync_DocumentWithMacros_RefusedAndNothingKept()
    {
        var outcome = await _store.SaveAsync(new MemoryStream(AttachmentSamples.Docx(macros: true)), 1024 * 1024, Documents, null, Cancel);

        Assert.Equal("attachment.type_refused", Assert.Single(outcome.Problems).Code);
        Assert.Empty(Directory.GetFileSystemEntries(_store.Folder));
    }

    [Fact]
    public async Task SaveAsync_KindNotAllowedForThisAttachment_RefusedNamingTheDetectedKind()
    {
        var outcome = await _store.SaveAsync(new MemoryStream(AttachmentSamples.Png()), 1024 * 1024, Documents, null, Cancel);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("attachment.type_refused", problem.Code);
        Assert.Equal("png", problem.Arguments[1]);
        Assert.Empty(Directory.GetFileSystemEntries(_store.Folder));
    }

    [Fact]
    public async Task SaveAsync_ExactlyTheLimit_Stored_OneByteMore_RefusedAfterReadingOneByteBeyond()
    {
        var pdf = AttachmentSamples.Pdf();

        var atLimit = await _store.SaveAsync(new MemoryStream(pdf), pdf.Length, Documents, null, Cancel);
        var over = new CountingStream(pdf);
        var overLimit = await _store.SaveAsync(over, pdf.Length - 1, Documents, "file", Cancel);

        Assert.True(atLimit.Succeeded, atLimit.ToString());
        Assert.Equal(pdf.Length, atLimit.Value.Size);
        var problem = Assert.Single(overLimit.Problems);
        Assert.Equal("attachment.too_large", problem.Code);
        Assert.Equal("file", problem.Field);
        Assert.Equal(pdf.Length, over.BytesRead);
        Assert.Single(Directory.GetFileSystemEntries(_store.Folder));
    }

    [Fact]
    public async Task SaveAsync_EndlessUpload_StopsReadingOneByteBeyondTheLimit()
    {
        const long limit = 5 * 1024 * 1024;
        var endless = new EndlessStream();

        var outcome = await _store.SaveAsync(endless, limit, Documents, null, Cancel);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("attachment.too_large", problem.Code);
        Assert.Equal(5.0m, problem.Arguments[0]);
        Assert.Equal(limit + 1, endless.BytesRead);
        Assert.Empty(Directory.GetFileSystemEntries(_store.Folder));
    }

    [Fact]
    public async Task SaveAsync_Empty_Refused()
    {
        var outcome = await _store.SaveAsync(new MemoryStream(), 1024, Documents, "file", Cancel);

        Assert.Equal("attachment.empty", Assert.Single(outcome.Problems).Code);
        Assert.Empty(Directory.GetFileSystemEntries(_store.Folder));
    }

    [Fact]
    public async Task SaveAsync_UploadBreaksOff_NoTemporaryFileRemains()
    {
        var broken = new BreakingStream(AttachmentSamples.Pdf(), breakAfter: 100);

        await Assert.ThrowsAsync<IOException>(() => _store.SaveAsync(broken, 1024 * 1024, Documents, null, Cancel));

        Assert.Empty(Directory.GetFileSystemEntries(_store.Folder));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeF")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.partial")]
    [InlineData("../0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd")]
    public async Task OpenReadAndDelete_NameNotOfTheStore_RefusedWithoutTouchingAFile(string name)
    {
        // A file the name would reach if it were used as a path: next to the store, and in it.
        var stored = await _store.SaveAsync(new MemoryStream(AttachmentSamples.Pdf()), 1024 * 1024, Documents, null, Cancel);
        var outside = Path.Combine(_temp.Path, "data", "wijkpeil.db");
        await File.WriteAllTextAsync(outside, "database", Cancel);

        Assert.False(FileAttachmentStore.IsStoredName(name));
        Assert.Null(_store.OpenRead(name));
        Assert.False(await _store.DeleteAsync(name, Cancel));
        Assert.True(File.Exists(outside));
        Assert.NotNull(_store.OpenRead(stored.Value.StoredName));
    }

    [Fact]
    public async Task OpenRead_UnknownName_Null_Delete_RemovesTheFile()
    {
        var stored = (await _store.SaveAsync(new MemoryStream(AttachmentSamples.Png()), 1024, FileKinds.Accepted.ToHashSet(), null, Cancel)).Value;

        Assert.Null(_store.OpenRead(new string('a', 64)));
        Assert.True(await _store.DeleteAsync(stored.StoredName, Cancel));
        Assert.False(await _store.DeleteAsync(stored.StoredName, Cancel));
        Assert.Null(_store.OpenRead(stored.StoredName));
    }

    [Fact]
    public async Task Read_NoSetting_AttachmentsBesideTheSqliteDatabase_OutsideTheWebRoot()
    {
        var data = Path.Combine(_temp.Path, "data");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Wijkpeil"] = "Data Source=" + Path.Combine(data, "wijkpeil.db"),
        }).Build();
        var webRoot = Path.Combine(_temp.Path, "app", "wwwroot");

        var options = AttachmentOptions.Read(configuration, DatabaseOptions.FromConfiguration(configuration), webRoot);
        var store = new FileAttachmentStore(options);
        var stored = (await store.SaveAsync(new MemoryStream(AttachmentSamples.Jpeg()), 1024 * 1024, FileKinds.Accepted.ToHashSet(), null, Cancel)).Value;

        Assert.Equal(Path.Combine(data, "attachments"), options.Folder);
        var path = Path.Combine(options.Folder, stored.StoredName);
        Assert.True(File.Exists(path));
        Assert.DoesNotContain("wwwroot", path, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith(Path.Combine(data, "attachments") + Path.DirectorySeparatorChar, path, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Setting_ThatFolder_InAWebRoot_RefusedAtStart()
    {
        var folder = Path.Combine(_temp.Path, "bijlagen");
        var database = new DatabaseOptions(DatabaseProvider.Sqlite, "Data Source=" + Path.Combine(_temp.Path, "wijkpeil.db"));
        static IConfiguration Setting(string value) => new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [AttachmentOptions.FolderKey] = value }).Build();

        Assert.Equal(folder, AttachmentOptions.Read(Setting(folder), database).Folder);
        Assert.Throws<InvalidOperationException>(() => AttachmentOptions.Read(Setting(Path.Combine(_temp.Path, "site", "uploads")), database, Path.Combine(_temp.Path, "site")));
        Assert.Throws<InvalidOperationException>(() => AttachmentOptions.Read(Setting(Path.Combine(_temp.Path, "site")), database, Path.Combine(_temp.Path, "site")));
        Assert.Throws<InvalidOperationException>(() => AttachmentOptions.Read(Setting(Path.Combine(_temp.Path, "wwwroot", "bijlagen")), database));
        Assert.Equal(Path.Combine(_temp.Path, "site-data"), AttachmentOptions.Read(Setting(Path.Combine(_temp.Path, "site-data")), database, Path.Combine(_temp.Path, "site")).Folder);
    }

    [Fact]
    public void Messages_DutchAndEnglish_WithTheLimitAndTheAllowedKinds()
    {
        var dutch = CultureInfo.GetCultureInfo("nl-NL");
        var english = CultureInfo.GetCultureInfo("en-GB");
        var tooLarge = Problem.Invalid("file", "attachment.too_large", 2.5m);
        var refused = Problem.Invalid("file", "attachment.type_refused", "PDF, Word (.docx)", "unknown");

        Assert.Equal("Het bestand is te groot: het mag hoogstens 2,5 MB zijn.", ProblemMessages.For(tooLarge, dutch));
        Assert.Equal("The file is too large: it may be at most 2.5 MB.", ProblemMessages.For(tooLarge, english));
        Assert.StartsWith("Dit soort bestand wordt niet aangenomen. Toegestaan: PDF, Word (.docx).", ProblemMessages.For(refused, dutch), StringComparison.Ordinal);
        Assert.StartsWith("This type of file is not accepted. Allowed: PDF, Word (.docx).", ProblemMessages.For(refused, english), StringComparison.Ordinal);
        foreach (var code in new[] { "attachment.too_large", "attachment.empty", "attachment.type_refused" })
        {
            Assert.Contains(code, ProblemMessages.Codes("nl"));
            Assert.Contains(code, ProblemMessages.Codes("en"));
        }
    }

    /// <summary>A request body that counts what was read from it.</summary>
    private sealed class CountingStream(byte[] content) : MemoryStream(content, writable: false)
    {
        public long BytesRead { get; private set; }

        public override bool CanSeek => false;

        // Every other read of a MemoryStream subclass ends here.
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
    }

    /// <summary>An upload that never ends: "%PDF-" and then spaces for ever.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var span = buffer.AsSpan(offset, count);
            span.Fill((byte)' ');
            var start = (int)Math.Min(BytesRead, 5);
            "%PDF-"u8[start..][..Math.Min(5 - start, count)].CopyTo(span);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A connection that drops after some bytes.</summary>
    private sealed class BreakingStream(byte[] content, int breakAfter) : MemoryStream(content, writable: false)
    {
        public override bool CanSeek => false;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position >= breakAfter
                ? throw new IOException("The client went away.")
                : base.ReadAsync(buffer[..(int)Math.Min(buffer.Length, breakAfter - Position)], cancellationToken);
    }
}
