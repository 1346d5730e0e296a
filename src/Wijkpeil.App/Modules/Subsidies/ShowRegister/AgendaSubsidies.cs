using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.App.Modules.Subsidies.ShowRegister;

/// <summary>
/// The agenda's view of the schemes that fund its projects (<see cref="IAgendaSubsidies"/>): read from the schemes'
/// ledger and payments at page time, never copied into a funding line. Two SQL commands: the published schemes, then
/// their grants (only when a scheme is linked).
/// </summary>
internal sealed class AgendaSubsidies(WijkpeilDbContext db) : IAgendaSubsidies
{
    public async Task<IReadOnlyList<ProjectSubsidyScheme>> ForProjectsAsync(IReadOnlyCollection<int> projectIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(projectIds);
        if (projectIds.Count == 0)
        {
            return [];
        }

        // Few schemes exist; the project links are a primitive collection, filtered here on both providers alike.
        var published = await db.SubsidySchemes.AsNoTracking()
            .Where(s => s.PublishedAt != null)
            .Select(s => new { s.Id, s.Slug, s.Name, s.ProjectIds, s.PlafondCents, s.GrantedCents, s.IsExampleData, s.IsRunElsewhere })
            .ToListAsync(ct);
        var linked = published.Where(s => s.ProjectIds.Any(projectIds.Contains)).OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
        if (linked.Count == 0)
        {
            return [];
        }

        var grants = await RegisterQuery.GrantsAsync(db, [.. linked.Select(s => s.Id)], ct);
        return
        [
            .. linked.Select(s =>
            {
                var own = grants.Where(g => g.SchemeId == s.Id).ToList();
                return new ProjectSubsidyScheme(
                    s.Slug,
                    s.Name,
                    [.. s.ProjectIds.Where(projectIds.Contains)],
                    s.IsRunElsewhere ? null : Money.FromCents(s.PlafondCents),
                    Money.FromCents(s.GrantedCents),
                    Money.FromCents(own.Sum(g => g.PaymentsCents)),
                    [.. own.Select(g => new ProjectSubsidyGrant(g.Reference, g.Recipient, g.Title, Money.FromCents(g.GrantedCents), g.IsExampleData))],
                    s.IsExampleData,
                    s.IsRunElsewhere);
            }),
        ];
    }
}
