using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Tests.Data;

/// <summary>
/// The meekoppelkansen tables for <see cref="CompleteSeed"/>: the letter's programmes and chances through the default's
/// seeder, one chance moved on (a second history row), and a round whose programme was sent, answered and linked.
/// </summary>
internal static class CompleteSeedOpportunities
{
    public static async Task SeedAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<DefaultSeeder>().SeedOpportunitiesAsync(ct));
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        // After the seeding, which the default dates by the real clock.
        var at = new DateTimeOffset(2100, 1, 4, 9, 0, 0, TimeSpan.Zero);
        var opportunity = await db.Set<Opportunity>().Include(o => o.History).OrderBy(o => o.Id).FirstAsync(ct);
        Assert.True(opportunity.ChangeStatus(OpportunityStatus.Gerealiseerd, at, "seed", "Het consortium is gestart.").IsSuccess);

        var round = OpportunityRound.Create(2026, []).Value;
        var programmeId = opportunity.RelatedProgrammeIds[0];
        Assert.True(round.Choose(programmeId).IsSuccess);
        Assert.True(round.MarkSent(programmeId, new DateOnly(2026, 3, 1), new DateOnly(2026, 11, 3)).IsSuccess);
        Assert.True(round.RecordResponse(programmeId, "Graag; zie de meekoppelkans.", new DateOnly(2026, 4, 1), new DateOnly(2026, 11, 3)).IsSuccess);
        Assert.True(round.LinkOpportunity(programmeId, opportunity).IsSuccess);
        db.Add(round);
        await db.SaveChangesAsync(ct);
    }
}
