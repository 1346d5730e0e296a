using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Wijkpeil.App.Data;

/// <summary>Brings the database to the current schema on start; the web host and the CLI both call it.</summary>
public sealed partial class DatabaseInitializer(WijkpeilDbContext db, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogApplying(logger, pending.Count, pending);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} database migration(s): {Migrations}")]
    private static partial void LogApplying(ILogger logger, int count, IReadOnlyList<string> migrations);
}
