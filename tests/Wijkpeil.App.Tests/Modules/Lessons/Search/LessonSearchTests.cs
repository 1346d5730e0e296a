using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Lessons.Search;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Modules.Lessons.Search;

/// <summary>
/// The lessons search on both providers, with lessons whose text is taken from the 2024 progress letter: the same
/// query finds the same lessons in the same order on SQLite (FTS5) and PostgreSQL (tsvector).
/// </summary>
public sealed class LessonSearchTests
{
    private static readonly LessonSearchDocument Cooperation = new(
        1,
        "Provinciale samenwerking in de wijkaanpak",
        "Met de Vitale Wijken aanpak wordt gewerkt aan het verbeteren van de leefbaarheid in de vier wijken en het "
        + "toekomstperspectief van bewoners.",
        ["regio Utrecht"]);

    private static readonly LessonSearchDocument Support = new(
        2,
        "Wat meekoppelen oplevert",
        "Dit kan bijvoorbeeld gaan om het geven van extra financiële ondersteuning voor specifieke projecten, het leveren "
        + "van expertise, het leggen van verbindingen en het versterken van de regionale samenwerking.",
        ["meekoppelkansen"]);

    private static readonly LessonSearchDocument MeetingPlaces = new(
        3,
        "Ontmoeten in de wijk",
        "In alle vier de wijken zijn fysieke ontmoetingsplekken gerealiseerd waar bewoners met elkaar en met de gemeente "
        + "en wijkprofessionals in contact kunnen komen. In Overvecht is het spreekuur in het buurthuis.",
        ["ontmoeting"]);

    private static readonly LessonSearchDocument Youth = new(
        4,
        "Jeugd en onderwijs",
        "In 2024 wordt extra ingezet op het ondersteunen van de jeugd door extra inzet op onderwijs en jongerenwerk. "
        + "De jongeren vinden elkaar in het buurt huis aan het Muntplein.",
        ["jeugd"]);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SearchAsync_MatchInTitle_RanksAboveMatchOnlyInText(DatabaseProvider provider)
    {
        await using var database = await SearchDatabase.CreateAsync(provider, Support, Cooperation, MeetingPlaces);

        Assert.Equal([Cooperation.LessonId, Support.LessonId], await database.IdsAsync("samenwerking"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SearchAsync_InflectedOrUnaccentedWords_FindTheLessonAndMarkItsOwnWords(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await SearchDatabase.CreateAsync(provider, Cooperation, Support, MeetingPlaces, Youth);

        var hit = Assert.Single(await database.Search.SearchAsync(new LessonSearchQuery("financiele samenwerkingen"), ct));

        Assert.Equal(Support.LessonId, hit.LessonId);
        Assert.Contains("extra [financiële] ondersteuning", hit.Snippet.ToString(), StringComparison.Ordinal);
        Assert.Contains("regionale [samenwerking].", hit.Snippet.ToString(), StringComparison.Ordinal);
        Assert.Equal("Wat meekoppelen oplevert", hit.Title.ToString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SearchAsync_CompoundOrItsParts_FindBothSpellings(DatabaseProvider provider)
    {
        await using var database = await SearchDatabase.CreateAsync(provider, Cooperation, Support, MeetingPlaces, Youth);

        Assert.Equal([MeetingPlaces.LessonId, Youth.LessonId], (await database.IdsAsync("buurthuizen")).Order());
        Assert.Equal([MeetingPlaces.LessonId, Youth.LessonId], (await database.IdsAsync("buurt huis")).Order());
        Assert.Equal([Youth.LessonId], await database.IdsAsync("jongeren werk"));
        Assert.Equal([MeetingPlaces.LessonId], await database.IdsAsync("ontmoetingsplek gemeente"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SearchAsync_CompoundQuery_MarksTheTwoWordSpellingInTheSnippet(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await SearchDatabase.CreateAsync(provider, Youth);

        var hit = Assert.Single(await database.Search.SearchAsync(new LessonSearchQuery("buurthuis"), ct));

        Assert.Contains("in het [buurt huis] aan", hit.Snippet.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SearchAsync_AllowedIds_LeaveOtherMatchesOut(DatabaseProvider provider)
    {
        await using var database = await SearchDatabase.CreateAsync(provider, Cooperation, Support, MeetingPlaces, Youth);

        Assert.Equal([Support.LessonId], await database.IdsAsync("samenwerking", [Support.LessonId, Youth.LessonId]));
        Assert.Empty(await database.IdsAsync("samenwerking", []));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SearchAsync_EveryTermMustMatch_AndStopWordsAloneFindNothing(DatabaseProvider provider)
    {
        await using var database = await SearchDatabase.CreateAsync(provider, Cooperation, Support, MeetingPlaces, Youth);

        Assert.Equal([Youth.LessonId], await database.IdsAsync("jeugd onderwijs"));
        Assert.Empty(await database.IdsAsync("jeugd samenwerking"));
        Assert.Empty(await database.IdsAsync("de het een"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndexAsync_SameLessonAgain_ReplacesItsText_AndRemoveAsyncTakesItOut(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await SearchDatabase.CreateAsync(provider, Cooperation, Youth);

        await database.Search.IndexAsync(Youth with { Text = "Onderzoek naar ontmoetingsplekken voor tienermeiden." }, ct);
        Assert.Empty(await database.IdsAsync("jongerenwerk"));
        Assert.Equal([Youth.LessonId], await database.IdsAsync("tienermeiden"));

        await database.Search.RemoveAsync(Youth.LessonId, ct);
        await database.Search.RemoveAsync(Youth.LessonId, ct);
        Assert.Empty(await database.IdsAsync("jeugd"));
        Assert.Equal([Cooperation.LessonId], await database.IdsAsync("wijkaanpak"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndexAsync_InATransactionRolledBack_LeavesNoTrace(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await SearchDatabase.CreateAsync(provider, Cooperation);

        await using (var transaction = await database.Db.Database.BeginTransactionAsync(ct))
        {
            await database.Search.IndexAsync(Youth, ct);
            Assert.Equal([Youth.LessonId], await database.IdsAsync("jongerenwerk"));
            await transaction.RollbackAsync(ct);
        }

        Assert.Empty(await database.IdsAsync("jongerenwerk"));
    }
}
