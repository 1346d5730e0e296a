using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Measurements.Observations;

namespace Wijkpeil.App.Modules.Measurements.Export;

/// <summary>A pre-built file of the whole published data set, ready to be served as a static file.</summary>
/// <param name="Path">The file, complete: it is renamed into place only when written.</param>
/// <param name="ETag">Strong entity tag: the data version, the small-number threshold and the format.</param>
/// <param name="LastModified">When the file was written.</param>
public sealed record FullDataFile(string Path, EntityTagHeaderValue ETag, DateTimeOffset LastModified);

/// <summary>
/// The whole published data set (every figure the public may see) as one file per format and data version, written
/// once and then served as a static file: the unfiltered download costs the database nothing after the first time.
/// <list type="bullet">
/// <item>The data version is <see cref="PublishedDataVersion"/> (newest import batch and newest
/// audit entry, so a publication or withdrawal makes a new one); with the small-number threshold it names the file,
/// e.g. <c>wijkpeil-observaties-12.40-n30.csv</c>, and its ETag.</item>
/// <item>Written when first asked for, by one writer per file: whoever asks while it is written waits for the same
/// writer (up to <see cref="BuildWait"/>; after that the request reads the figures from the database itself, as a
/// filtered download does, while the file goes on being written for later requests). It is written under a temporary name and
/// renamed into place, so a reader never sees half a file, not even after a crash.</item>
/// <item>Once a version's file is written, files of older versions are deleted (a reader that has one open keeps
/// reading it).</item>
/// </list>
/// The folder is <see cref="ExportOptions.Folder"/>. <c>wijkpeil restore</c> empties it (<see cref="DeleteAll"/>): a
/// restored database can reach a data version again with other figures.
/// </summary>
public sealed partial class FullDataExport(
    IServiceScopeFactory scopes,
    PublishedDataVersion dataVersion,
    ObservationExportWriter writer,
    IOptions<ExportOptions> options,
    IOptions<SmallNumberOptions> monitorOptions,
    DatabaseOptions database,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<FullDataExport> logger)
{
    /// <summary>
    /// How long a request waits for the file to be written before it reads the figures from the database itself.
    /// Writing takes 13–16 s with the bundled data on two cores; a reader who waited that long saw nothing arrive
    /// (issue 12: 36 s before the first byte of "Alle cijfers als Excel"). So a request waits only for a file that is
    /// nearly done, and otherwise streams from the database at once while the file is written for later readers.
    /// </summary>
    public static readonly TimeSpan BuildWait = TimeSpan.FromMilliseconds(300);

    private const string Prefix = "wijkpeil-observaties-";
    private const string TemporarySuffix = ".tmp";

    private readonly ConcurrentDictionary<string, Lazy<Task<FullDataFile>>> _building = new(StringComparer.Ordinal);
    private long _builds;

    /// <summary>How long this instance waits for a file being written: <see cref="BuildWait"/>; tests shorten it.</summary>
    internal TimeSpan Wait { get; set; } = BuildWait;

    /// <summary>How many files this process has written (for tests: one writer per file).</summary>
    internal long Builds => Interlocked.Read(ref _builds);

    private string Folder => options.Value.ResolveFolder(database);

    /// <summary>
    /// The current version's file in <paramref name="format"/>, written first if needed; null when writing takes
    /// longer than <see cref="Wait"/> (it goes on, for later requests).
    /// </summary>
    public async Task<FullDataFile?> GetAsync(ExportFormat format, CancellationToken ct)
    {
        var version = await dataVersion.GetAsync(ct);
        var name = FileName(version, format);
        var path = Path.Combine(Folder, name);
        if (File.Exists(path))
        {
            return Describe(path, version, format);
        }

        // One writer per file: the Lazy makes sure of it where GetOrAdd alone may run its factory twice. The
        // writing belongs to the application, not to the request, so a reader who leaves does not stop it.
        var building = _building.GetOrAdd(name, _ => new Lazy<Task<FullDataFile>>(
            () => Task.Run(() => BuildAsync(version, format, name, path), lifetime.ApplicationStopping)));
        try
        {
            return await building.Value.WaitAsync(Wait, ct);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    /// <summary>The size in bytes of the current version's file in <paramref name="format"/> when it is written; null while it is not.</summary>
    public async Task<long?> WrittenSizeAsync(ExportFormat format, CancellationToken ct)
    {
        var path = Path.Combine(Folder, FileName(await dataVersion.GetAsync(ct), format));
        return File.Exists(path) ? new FileInfo(path).Length : null;
    }

    private async Task<FullDataFile> BuildAsync(string version, ExportFormat format, string name, string path)
    {
        try
        {
            if (File.Exists(path))
            {
                return Describe(path, version, format);
            }

            var folder = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(folder);
            var temporary = Path.Combine(folder, $"{name}.{Guid.NewGuid():N}{TemporarySuffix}");
            var started = Stopwatch.GetTimestamp();
            var ct = lifetime.ApplicationStopping;
            try
            {
                var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
                await using (file)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var queries = scope.ServiceProvider.GetRequiredService<ObservationQueries>();
                    await writer.WriteAsync(queries.QueryAsync(ObservationFilter.AllPublished, ct), format, file, ct);
                    await file.FlushAsync(ct);

                    // On disk before it gets its name, so a crash never leaves a short file under the final name.
                    file.Flush(flushToDisk: true);
                }

                File.Move(temporary, path, overwrite: true);
            }
            catch
            {
                TryDelete(temporary);
                throw;
            }

            Interlocked.Increment(ref _builds);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var bytes = new FileInfo(path).Length;
            LogWritten(logger, path, bytes, seconds);
            DeleteOlderVersions(folder, version);
            return Describe(path, version, format);
        }
        finally
        {
            _building.TryRemove(name, out _);
        }
    }

    private FullDataFile Describe(string path, string version, ExportFormat format) => new(
        path,
        new EntityTagHeaderValue(string.Create(CultureInfo.InvariantCulture, $"\"{version}-n{monitorOptions.Value.MinimumSampleSize}-{ExportFormats.Extension(format)}\"")),
        new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero));

    private string FileName(string version, ExportFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{version}-n{monitorOptions.Value.MinimumSampleSize}.{ExportFormats.Extension(format)}");

    /// <summary>
    /// Deletes the files of every version older than <paramref name="version"/> (both ids lower or equal, one lower),
    /// and temporary files a crash left behind a day ago or more. A newer version's file stays: a request that
    /// still saw the older version must not remove what a later one wrote.
    /// </summary>
    private void DeleteOlderVersions(string folder, string version)
    {
        if (Ids(version) is not { } current)
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, Prefix + "*"))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(TemporarySuffix, StringComparison.Ordinal))
            {
                if (new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero) < clock.GetUtcNow().AddDays(-1))
                {
                    TryDelete(file);
                }

                continue;
            }

            var rest = name[Prefix.Length..];
            var end = rest.IndexOf("-n", StringComparison.Ordinal);
            if (end > 0 && Ids(rest[..end]) is { } other && other != current && other.Batch <= current.Batch && other.Change <= current.Change)
            {
                TryDelete(file);
            }
        }
    }

    /// <summary>
    /// Deletes every whole-data-set file in <paramref name="folder"/> (other files stay), for <c>wijkpeil restore</c>:
    /// a restored database counts its data versions again from an older point, and would otherwise reach a version
    /// whose file holds other figures. Returns how many files it deleted.
    /// </summary>
    public static int DeleteAll(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(folder, Prefix + "*"))
        {
            File.Delete(file);
            deleted++;
        }

        return deleted;
    }

    private static (long Batch, long Change)? Ids(string version)
    {
        var parts = version.Split('.');
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var batch)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var change)
            ? (batch, change)
            : null;
    }

    private void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException exception)
        {
            // Open elsewhere (Windows) or gone already: the next build tries again.
            LogNotDeleted(logger, file, exception.Message);
        }
        catch (UnauthorizedAccessException exception)
        {
            LogNotDeleted(logger, file, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote the whole data set to {Path} ({Bytes} bytes) in {Seconds:F1} s")]
    private static partial void LogWritten(ILogger logger, string path, long bytes, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the old download {Path}: {Reason}")]
    private static partial void LogNotDeleted(ILogger logger, string path, string reason);
}
