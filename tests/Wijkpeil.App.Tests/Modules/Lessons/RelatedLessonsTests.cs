using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Lessons.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Events;
using Wijkpeil.Domain.Lessons;

namespace Wijkpeil.App.Tests.Modules.Lessons;

/// <summary>
/// The related lessons an area or indicator page shows: the lesson's own project or indicator first, then shared focus
/// areas, pillars and tags; only published lessons; at most the limit; none when the page shares nothing.
/// </summary>
public sealed class RelatedLessonsTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Find_RanksByWhatIsSharedAndLeavesOutDraftsAndStrangers(DatabaseProvider provider)
    {
        await using var host = await EventsHost.StartAsync(provider);
        var area = await LessonTestData.CreateAsync(host.Database, LessonTestData.Details("Buurtkamer open in de avond", "In Overvecht.") with { FocusAreaCodes = ["overvecht"] });
        var areaAndPillar = await LessonTestData.CreateAsync(host.Database, LessonTestData.Details("Ouders op het schoolplein", "In Overvecht.") with { FocusAreaCodes = ["overvecht"], PillarNumbers = [4] });
        var indicator = await LessonTestData.CreateAsync(host.Database, LessonTestData.Details("Minder eenzaamheid na de koffieochtend", "Elders.") with
        {
            IndicatorCode = "eenzaamheid",
            OutcomeCaveat = "Kleine aantallen; ook de zomer speelde mee.",
        });
        await LessonTestData.CreateAsync(host.Database, LessonTestData.Details("Concept over Overvecht", "Niet af.") with { FocusAreaCodes = ["overvecht"] }, publish: false);
        await LessonTestData.CreateAsync(host.Database, LessonTestData.Details("Batau leert van Batau", "Elders.") with { FocusAreaCodes = ["batau"] });

        await using var scope = host.Database.CreateScope();
        var related = scope.ServiceProvider.GetRequiredService<IRelatedLessons>();
        var ct = TestContext.Current.CancellationToken;
        var forArea = await related.FindAsync(new RelatedLessonsQuery(["Overvecht"], [4], []), ct);
        var forIndicator = await related.FindAsync(new RelatedLessonsQuery([], [], [], IndicatorCode: "eenzaamheid"), ct);
        var limited = await related.FindAsync(new RelatedLessonsQuery(["overvecht"], [], [], Limit: 1), ct);
        var nothingShared = await related.FindAsync(new RelatedLessonsQuery([], [], []), ct);

        Assert.Equal([areaAndPillar, area], forArea.Select(l => l.Id));
        Assert.Equal([indicator], forIndicator.Select(l => l.Id));
        Assert.Equal(LessonMaturity.PracticalExperience, forIndicator[0].Maturity);
        Assert.Single(limited);
        Assert.Empty(nothingShared);
    }
}
