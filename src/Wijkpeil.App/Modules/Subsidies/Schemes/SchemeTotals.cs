using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.Schemes;

/// <summary>The money of one granted application as the totals need it: settled (if so), paid net of reclaims, reclaimed.</summary>
public readonly record struct GrantMoney(long? SettledCents, long NetPaidCents, long ReclaimedCents);

/// <summary>
/// A scheme's money at this moment, in exact cents: the plafond; granted (the ledger, Awb 4:25); settled (the sum of
/// settlements, Awb 4:46); paid (advances plus remainders minus what was paid back: the agenda's "spent"); reclaimed
/// (paid back after a settlement below what was paid, Awb 4:57); what is still to be paid or to be reclaimed on settled
/// grants; and remaining room under the plafond (plafond minus granted). A settlement below the grant does not raise
/// the remaining room: the plafond counts granted amounts, and the difference is not granted again by itself.
/// </summary>
public sealed record SchemeTotals(Money Plafond, Money Granted, Money Settled, Money Paid, Money Reclaimed, Money ToPay, Money ToReclaim)
{
    public Money Remaining => Plafond - Granted;

    public static SchemeTotals Of(Money plafond, Money granted, IEnumerable<GrantMoney> grants)
    {
        ArgumentNullException.ThrowIfNull(grants);
        var list = grants.ToList();
        var balances = list.Where(g => g.SettledCents is not null)
            .Select(g => PaymentBalance.Of(Money.FromCents(g.SettledCents!.Value), Money.FromCents(Math.Max(0, g.NetPaidCents))))
            .ToList();
        return new SchemeTotals(
            plafond,
            granted,
            Money.FromCents(list.Sum(g => g.SettledCents ?? 0)),
            Money.FromCents(list.Sum(g => g.NetPaidCents)),
            Money.FromCents(list.Sum(g => g.ReclaimedCents)),
            Money.Sum(balances.Select(b => b.Remainder)),
            Money.Sum(balances.Select(b => b.Reclaim)));
    }

    /// <summary>The totals of <paramref name="schemes"/> by id; one SQL command over their granted applications.</summary>
    public static async Task<IReadOnlyDictionary<int, SchemeTotals>> ForSchemesAsync(WijkpeilDbContext db, IReadOnlyCollection<SubsidyScheme> schemes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(schemes);
        var ids = schemes.Select(s => s.Id).ToList();
        var rows = await db.SubsidyApplications.AsNoTracking()
            .Where(a => ids.Contains(a.SchemeId) && a.GrantedCents != null)
            .Select(a => new
            {
                a.SchemeId,
                a.SettledCents,
                Net = a.Payments.Sum(p => p.AmountCents),
                Reclaimed = a.Payments.Where(p => p.Kind == PaymentKind.Reclaim).Sum(p => -p.AmountCents),
            })
            .ToListAsync(ct);
        return schemes.ToDictionary(
            s => s.Id,
            s => Of(s.Plafond, s.Granted, rows.Where(r => r.SchemeId == s.Id).Select(r => new GrantMoney(r.SettledCents, r.Net, r.Reclaimed))));
    }
}
