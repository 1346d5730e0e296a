using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Wijkpeil.App.Data;

/// <summary>Brings the database to the current schema on start; the web host and the CLI both call it.</summary>
public sealed class DatabaseInitializer(WijkpeilDbContext db, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
