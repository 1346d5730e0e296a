using Microsoft.EntityFrameworkCore;

namespace Wijkpeil.App.Data;

/// <summary>
/// Serialises the write transactions that change the register or the published figures (imports that publish,
/// publishing, withdrawing and rejecting a batch). SQLite has one writer at a time already (its write transactions
/// begin IMMEDIATE). PostgreSQL lets writers run side by side, so two imports that add the same new area would both
/// pass their checks and collide on the unique index; one transaction-scoped advisory lock makes them take turns,
/// and the second then sees what the first added. Other writers (the agenda, stories, accounts) do not take it.
/// Waiting for it is bounded by the lock timeout like any other lock (<see cref="DatabaseOptions.WriteLockTimeout"/>).
/// </summary>
internal static class ImportWriteLock
{
    public static async Task AcquireAsync(WijkpeilDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            // Any constant all callers share: "wpkl" in ASCII.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(2003856236)", cancellationToken);
        }
    }
}
