using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Data.Backup;

/// <summary>
/// Whether a backup's schema is one this version can run: it must have EF Core's migration history (else it is
/// no Wijkpeil database), and every migration in it must be one this version knows. A backup made by a newer
/// version has migrations this one cannot undo or even read, so restoring it would leave a database the
/// running code does not understand.
/// </summary>
internal static class BackupSchema
{
    /// <summary>EF Core's bookkeeping table, the same name on both providers.</summary>
    public const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>Null when <paramref name="inBackup"/> can be restored by a version that knows <paramref name="known"/>.</summary>
    public static Problem? Check(string file, IReadOnlyCollection<string> inBackup, IReadOnlyList<string> known)
    {
        if (inBackup.Count == 0)
        {
            return Problem.Invalid("input", "restore.input.not-wijkpeil", file, HistoryTable);
        }

        var unknown = inBackup.Where(m => !known.Contains(m, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return Problem.Invalid("input", "restore.input.newer", file, string.Join(", ", unknown), known[^1]);
        }

        return null;
    }

    /// <summary>The newest of <paramref name="migrations"/>: EF Core's ids start with a timestamp, so they sort by age.</summary>
    public static string Newest(IEnumerable<string> migrations) => migrations.Max(StringComparer.Ordinal) ?? "";
}
