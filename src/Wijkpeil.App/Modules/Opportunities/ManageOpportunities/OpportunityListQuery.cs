using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Opportunities.Overlaps;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Modules.Opportunities.ManageOpportunities;

/// <summary>The register as its keepers list it: filtered by status, kind and related programme, each chance with the overlaps its projects are in.</summary>
public sealed class OpportunityListQuery(WijkpeilDbContext db, OverlapQuery overlaps)
{
    /// <summary>The chances that pass <paramref name="filter"/>, by title; the related programmes to filter on; every overlap.</summary>
    public async Task<OpportunityList> ListAsync(OpportunityFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var related = await db.RelatedProgrammes.AsNoTracking().OrderBy(p => p.Name).Select(p => new RelatedChoice(p.Id, p.Name)).ToListAsync(ct);
        var stored = await db.Opportunities.AsNoTracking().OrderBy(o => o.Title).ThenBy(o => o.Id).ToListAsync(ct);
        var found = await overlaps.FindAsync(ct);
        var names = related.ToDictionary(r => r.Id, r => r.Name);
        var rows = stored
            .Where(o => (filter.Status is not { } s || o.Status == s)
                && (filter.Kind is not { } k || o.Kind == k)
                && (filter.RelatedProgrammeId is not { } r || o.RelatedProgrammeIds.Contains(r)))
            .Select(o => new OpportunityRow(
                o.Id,
                o.Title,
                o.Kind,
                o.Status,
                [.. o.RelatedProgrammeIds.Select(id => names.GetValueOrDefault(id, "?"))],
                found.Count(x => o.ProjectIds.Any(x.Involves))))
            .ToList();
        return new OpportunityList(rows, related, found);
    }
}

/// <summary>What the list is filtered on; null means any.</summary>
public sealed record OpportunityFilter(OpportunityStatus? Status, OpportunityKind? Kind, int? RelatedProgrammeId);

/// <summary>The list page's content.</summary>
public sealed record OpportunityList(IReadOnlyList<OpportunityRow> Rows, IReadOnlyList<RelatedChoice> Related, IReadOnlyList<ProjectOverlap> Overlaps);

/// <summary>A chance in the list, with how many overlaps its linked projects are in.</summary>
public sealed record OpportunityRow(int Id, string Title, OpportunityKind Kind, OpportunityStatus Status, IReadOnlyList<string> RelatedProgrammes, int Overlaps);
