using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.App.Modules.Subsidies.Schemes;

/// <summary>
/// The only writer of a scheme's granted total. A reservation is one conditional UPDATE — add the amount where the
/// new total stays within the plafond — so the database decides, not a read made earlier: on PostgreSQL the second of
/// two concurrent updates waits for the first's row lock and then re-checks the condition against the new total; on
/// SQLite write transactions begin IMMEDIATE and take turns. Call it inside the transaction that records the decision,
/// so a refused or failed decision releases the room again by rolling back.
/// </summary>
internal static class PlafondLedger
{
    /// <summary>Adds <paramref name="amount"/> to the granted total unless that would pass <paramref name="plafond"/>; whether it did.</summary>
    public static async Task<bool> TryReserveAsync(WijkpeilDbContext db, int schemeId, Money amount, Money plafond, CancellationToken ct)
    {
        var cents = amount.Cents;
        var limit = plafond.Cents;
        var updated = await db.SubsidySchemes
            .Where(s => s.Id == schemeId && s.GrantedCents + cents <= limit)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.GrantedCents, x => x.GrantedCents + cents), ct);
        return updated == 1;
    }

    /// <summary>The granted total as the database holds it now (not a tracked copy).</summary>
    public static Task<long> GrantedCentsAsync(WijkpeilDbContext db, int schemeId, CancellationToken ct) =>
        db.SubsidySchemes.Where(s => s.Id == schemeId).Select(s => s.GrantedCents).SingleAsync(ct);
}
