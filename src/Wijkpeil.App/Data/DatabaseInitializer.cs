using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Data;

/// <summary>Brings the database to the current schema on start; the web host and the CLI both call it.</summary>
public sealed partial class DatabaseInitializer(WijkpeilDbContext db, ILogger<DatabaseInitializer> logger, TimeProvider time)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        using var guard = await SqliteMigrationGuard.AcquireAsync(db, time, logger, cancellationToken);
        await PrepareNewSqliteFileAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogApplying(logger, pending.Count, pending);
            await Backup.UpgradeBackup.TakeAsync(db, pending, time, logger, cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// Gives a new SQLite file 16 KB pages instead of SQLite's 4 KB, which can only be chosen before the
    /// first table exists: the observation B-tree gets shallower and splits less, which makes writing the
    /// three 50090NED tables about 0.15 s faster. Write-ahead logging, which EF Core would otherwise switch
    /// on when it creates the file, lets the web pages read while an import writes.
    /// </summary>
    private async Task PrepareNewSqliteFileAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var file = SqliteFile.PathOf(db.Database.GetConnectionString());
        if (file is null || (File.Exists(file) && new FileInfo(file).Length > 0))
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA page_size = 16384; PRAGMA journal_mode = WAL;", cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} database migration(s): {Migrations}")]
    private static partial void LogApplying(ILogger logger, int count, IReadOnlyList<string> migrations);
}
