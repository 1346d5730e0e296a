using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Opportunities.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Opportunities;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Opportunities.SeedLetter;

/// <summary>The embedded default's register: the letter's programmes and examples, in one transaction with their audit entries, nothing invented.</summary>
internal sealed class OpportunitySeeding(WijkpeilDbContext db, IProgrammeCatalogue catalogue, IAuditLog audit, TimeProvider time) : IOpportunitySeeding
{
    /// <summary>Who registered the seeded chances, in their history.</summary>
    public const string SeededBy = "Wijkpeil (voortgangsbericht)";

    public async Task<bool> SeedLetterAsync(string programmeSlug, CancellationToken cancellationToken = default)
    {
        if (await catalogue.GetAsync(programmeSlug, cancellationToken) is not { } programme)
        {
            return false;
        }

        var scope = new ProgrammeScope(programme.Id, programme.Name, [.. programme.FocusAreas.Select(f => f.Slug)], [.. programme.Pillars.Select(p => p.Number)]);
        await db.InTransactionAsync<bool>(
            async () =>
            {
                var existing = await db.RelatedProgrammes.Select(p => p.Name).ToListAsync(cancellationToken);
                List<RelatedProgramme> added = [.. LetterOpportunities.Programmes.Where(p => !existing.Contains(p.Name!)).Select(d => RelatedProgramme.Create(d).Value)];
                db.RelatedProgrammes.AddRange(added);
                await db.SaveChangesAsync(cancellationToken);
                var ids = await db.RelatedProgrammes.ToDictionaryAsync(p => p.Name, p => p.Id, cancellationToken);
                var opportunities = LetterOpportunities.Build(scope, ids, time.GetUtcNow(), SeededBy);
                db.Opportunities.AddRange(opportunities);
                await db.SaveChangesAsync(cancellationToken);
                foreach (var related in added)
                {
                    audit.Record(AuditAction.Created, AuditEntityTypes.RelatedProgramme, AuditKeys.Of(related.Id), related.Name, null, RelatedProgrammeSnapshot.Of(related));
                }

                foreach (var opportunity in opportunities)
                {
                    audit.Record(AuditAction.Created, AuditEntityTypes.Opportunity, AuditKeys.Of(opportunity.Id), opportunity.Title, null, OpportunitySnapshot.Of(opportunity));
                }

                await db.SaveChangesAsync(cancellationToken);
                return true;
            },
            cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }
}
