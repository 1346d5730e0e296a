using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Opportunities.ManageOpportunities;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Modules.Opportunities.Round;

/// <summary>What the round page shows: the round (or none yet), the related programmes and the chances that can be linked.</summary>
public sealed class RoundViewQuery(WijkpeilDbContext db)
{
    /// <summary>The round of <paramref name="year"/> with its programmes; three SQL commands.</summary>
    public async Task<RoundView> ReadAsync(int year, CancellationToken ct)
    {
        var round = await db.OpportunityRounds.AsNoTracking().Include(r => r.Programmes).SingleOrDefaultAsync(r => r.Year == year, ct);
        var related = await db.RelatedProgrammes.AsNoTracking().OrderBy(p => p.Name).Select(p => new RelatedChoice(p.Id, p.Name)).ToListAsync(ct);
        var opportunities = await db.Opportunities.AsNoTracking().OrderBy(o => o.Title).Select(o => new LinkableOpportunity(o.Id, o.Title, o.RelatedProgrammeIds)).ToListAsync(ct);
        return new RoundView(round, related, opportunities);
    }
}

/// <summary>The round page's content.</summary>
public sealed record RoundView(OpportunityRound? Round, IReadOnlyList<RelatedChoice> Related, IReadOnlyList<LinkableOpportunity> Opportunities)
{
    /// <summary>The related programmes not in the round yet.</summary>
    public IReadOnlyList<RelatedChoice> Unchosen => [.. Related.Where(r => Round?.Programmes.All(p => p.RelatedProgrammeId != r.Id) ?? true)];

    public string NameOf(int relatedProgrammeId) => Related.FirstOrDefault(r => r.Id == relatedProgrammeId)?.Name ?? "?";

    public string TitleOf(int opportunityId) => Opportunities.FirstOrDefault(o => o.Id == opportunityId)?.Title ?? "?";

    /// <summary>The chances naming this programme that are not linked to it yet.</summary>
    public IReadOnlyList<LinkableOpportunity> Linkable(int relatedProgrammeId, RoundProgramme chosen) =>
        [.. Opportunities.Where(o => o.RelatedProgrammeIds.Contains(relatedProgrammeId) && !chosen.OpportunityIds.Contains(o.Id))];
}

/// <summary>A chance a programme's response can be linked to.</summary>
public sealed record LinkableOpportunity(int Id, string Title, IReadOnlyList<int> RelatedProgrammeIds);
