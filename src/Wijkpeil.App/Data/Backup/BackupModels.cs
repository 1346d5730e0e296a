namespace Wijkpeil.App.Data.Backup;

/// <summary>One table of a backup and how many rows it holds.</summary>
public sealed record TableCount(string Table, long Rows);

/// <summary>What a backup wrote, read back from the written file itself.</summary>
/// <param name="File">The full path of the backup.</param>
/// <param name="Bytes">Its size on disk.</param>
/// <param name="Duration">From the start of the copy to the file under its final name, the check included.</param>
/// <param name="Check">How the copy was verified, e.g. "PRAGMA integrity_check: ok".</param>
/// <param name="LastMigration">The newest schema migration in the backup.</param>
/// <param name="Tables">Every table in the backup with its row count, by name.</param>
public sealed record BackupReport(string File, long Bytes, TimeSpan Duration, string Check, string LastMigration, IReadOnlyList<TableCount> Tables);

/// <summary>What a restore put back.</summary>
/// <param name="Database">The database that was replaced: the SQLite file, or the PostgreSQL database name.</param>
/// <param name="Duration">From the first check to the last migration applied.</param>
/// <param name="LastMigrationInBackup">The newest schema migration the backup had.</param>
/// <param name="AppliedMigrations">Migrations this version applied after the restore (the backup was older), in order.</param>
/// <param name="Tables">Every table of the backup with its row count, as restored.</param>
public sealed record RestoreReport(string Database, TimeSpan Duration, string LastMigrationInBackup, IReadOnlyList<string> AppliedMigrations, IReadOnlyList<TableCount> Tables);
