using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Tests.Modules.Opportunities;

/// <summary>The embedded default holds the letter's related programmes and meekoppelkansen, with the letter as source and no amounts, added once.</summary>
public sealed class DefaultOpportunitiesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SeedOpportunities_LettersProgrammesAndChancesOnceWithoutAmounts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StoryTestData.SeedProgrammeAsync(database);
        await using var scope = database.CreateScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DefaultSeeder>();

        var first = await seeder.SeedOpportunitiesAsync(Ct);
        var again = await seeder.SeedOpportunitiesAsync(Ct);

        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var programmes = await db.Set<RelatedProgramme>().AsNoTracking().OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(Ct);
        var chances = await db.Set<Opportunity>().AsNoTracking().Include(o => o.History).ToListAsync(Ct);
        Assert.True(first);
        Assert.False(again);
        Assert.Equal(LetterOpportunities.Programmes.Select(p => p.Name).Order(StringComparer.Ordinal), programmes.Order(StringComparer.Ordinal));
        Assert.Equal(LetterOpportunities.Opportunities.Count, chances.Count);
        Assert.All(chances, c => Assert.Equal(LetterOpportunities.Source, c.Source));
        Assert.All(chances, c => Assert.Null(c.AmountCents));
        Assert.All(chances, c => Assert.Single(c.History));
        Assert.Single(chances, c => c.Status == OpportunityStatus.Gerealiseerd);
        Assert.Single(chances, c => c.RelatedProgrammeIds.Count == 2);
    }
}
