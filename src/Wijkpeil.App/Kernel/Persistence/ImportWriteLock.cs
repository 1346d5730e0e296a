using Microsoft.EntityFrameworkCore;

namespace Wijkpeil.App.Kernel.Persistence;

/// <summary>
/// Serialises the write transactions that change the register or the published figures (imports of figures,
/// regions and boundaries; publishing, withdrawing and rejecting a batch). SQLite has one writer at a time already (its write transactions
/// begin IMMEDIATE). PostgreSQL lets writers run side by side, so two imports that add the same new area would both
/// pass their checks and collide on the unique index; one transaction-scoped advisory lock makes them take turns,
/// and the second then sees what the first added. Other writers (the agenda, stories, accounts) do not take it.
/// Waiting for it is bounded by the lock timeout like any other lock (<see cref="DatabaseOptions.WriteLockTimeout"/>).
/// </summary>
internal static class ImportWriteLock
{
    /// <summary>
    /// Runs <paramref name="store"/> in one transaction that holds the lock from its start, so what it reads (the
    /// register) is what it writes against; commits when <paramref name="stored"/> says it stored something.
    /// </summary>
    public static async Task<T> StoreLockedAsync<T>(WijkpeilDbContext db, Func<Task<T>> store, Func<T, bool> stored, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await AcquireAsync(db, cancellationToken);
            var outcome = await store();
            if (stored(outcome))
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return outcome;
        });
    }

    public static async Task AcquireAsync(WijkpeilDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            // Any constant all callers share: "wpkl" in ASCII.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(2003856236)", cancellationToken);
        }
    }
}
