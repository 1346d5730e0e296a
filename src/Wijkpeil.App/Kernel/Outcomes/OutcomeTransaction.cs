using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Kernel.Outcomes;

/// <summary>A use case's step and everything it stores (its change, its audit entry) in one transaction.</summary>
public static class OutcomeTransaction
{
    /// <summary>
    /// Runs <paramref name="step"/> in a transaction, retried as a whole by the provider's execution strategy: committed
    /// when its outcome succeeds, rolled back with the tracked changes dropped when it does not. <paramref name="refusal"/>
    /// may turn a refused save into an outcome (a unique index refusing a duplicate, say); when it returns null, or is
    /// not given, the exception surfaces as the error it is.
    /// </summary>
    public static Task<Outcome<T>> InTransactionAsync<T>(
        this WijkpeilDbContext db,
        Func<Task<Outcome<T>>> step,
        CancellationToken ct,
        Func<DbUpdateException, Outcome<T>?>? refusal = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(step);
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            Outcome<T>? refused = null;
            Outcome<T> outcome;
            try
            {
                outcome = await step();
            }
            catch (DbUpdateException exception) when (refusal is not null && (refused = refusal(exception)) is not null)
            {
                outcome = refused;
            }

            if (outcome.Succeeded)
            {
                await transaction.CommitAsync(ct);
            }
            else
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
            }

            return outcome;
        });
    }
}
