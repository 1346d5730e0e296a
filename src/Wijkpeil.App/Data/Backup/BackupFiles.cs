using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Data.Backup;

/// <summary>File rules both providers share: where a backup may be written and how it is named while it is written.</summary>
internal static class BackupFiles
{
    /// <summary>
    /// Null when a backup may be written to <paramref name="output"/>: an existing file is only replaced on request,
    /// because yesterday's backup is often the one that is needed.
    /// </summary>
    public static Problem? CheckOutput(string output, bool overwrite)
    {
        if (Directory.Exists(output))
        {
            return Problem.Invalid("output", "backup.output.folder", output, Path.Combine(output, "wijkpeil-2026-01-31.db"));
        }

        if (File.Exists(output) && !overwrite)
        {
            return Problem.Conflict("output", "backup.output.exists", output);
        }

        return null;
    }

    /// <summary>
    /// A name beside <paramref name="path"/> to write to first: renamed over the real name only when complete and
    /// checked, so an interrupted run never leaves a half-written file under a name someone trusts.
    /// </summary>
    public static string TemporaryBeside(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, $"{Path.GetFileName(path)}.{Guid.NewGuid().ToString("N")[..12]}.tmp");

    /// <summary>A backup holds password and token hashes: readable by its owner only (chmod 600) where the platform has modes.</summary>
    public static void RestrictToOwner(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>Removes a temporary file and SQLite's companions of it, if they are there.</summary>
    public static void DeleteQuietly(string path)
    {
        foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Left behind with a .tmp name nobody mistakes for a backup; never worth failing the command over.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }
}
