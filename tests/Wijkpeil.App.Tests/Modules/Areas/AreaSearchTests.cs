using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Areas.Search;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Monitor;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Tests.Modules.Areas;

/// <summary>The area search and the form fields' resolver on the bundled register (17,000 areas of several layouts).</summary>
public sealed class AreaSearchTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_PartOfAName_OvervechtFirstThenItsWijk(DatabaseProvider provider)
    {
        var hits = await SearchAsync(provider, "overv");

        Assert.Equal((AreaHitKind.FocusArea, "overvecht", "Overvecht"), (hits[0].Kind, hits[0].Code, hits[0].Name));
        Assert.Equal("vitale-wijken", hits[0].ProgrammeCode);
        Assert.Equal((AreaHitKind.Area, "WK034403", AreaLevel.District, "Utrecht"), (hits[1].Kind, hits[1].Code, hits[1].Level, hits[1].ParentName));
        // Wijken before their buurten: the rest are ranked by level on a tie.
        Assert.True(hits.Skip(1).Select(h => h.Level).SequenceEqual(hits.Skip(1).Select(h => h.Level).Order()));
        Assert.All(hits, h => Assert.Null(h.OnlyInLayout));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_NameWithoutCase_GemeenteExactFirst(DatabaseProvider provider)
    {
        var nieuwegein = await SearchAsync(provider, "NIEUWEGEIN");
        var zamenhof = await SearchAsync(provider, "zamenhof");

        Assert.Equal(("GM0356", AreaLevel.Municipality, AreaMatchQuality.Exact, "Utrecht"), (nieuwegein[0].Code, nieuwegein[0].Level, nieuwegein[0].Quality, nieuwegein[0].ParentName));
        Assert.NotEmpty(zamenhof);
        Assert.All(zamenhof, h => Assert.Contains("zamenhof", h.Name, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(zamenhof, h => h.MunicipalityName == "Utrecht" && h.Level == AreaLevel.Neighbourhood);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_AccentsAndCase_AreIgnored(DatabaseProvider provider)
    {
        var accented = await SearchAsync(provider, "Bátau");
        var upper = await SearchAsync(provider, "BATAU");
        var misspelt = await SearchAsync(provider, "Bétau");

        Assert.Equal(("batau", AreaMatchQuality.Exact), (upper[0].Code, upper[0].Quality));
        Assert.Equal(upper.Select(h => h.Code), accented.Select(h => h.Code));
        Assert.Equal("Nieuwegein", upper[0].ParentName);
        // "é" for "a" is another letter, not an accent: offered as spelled alike, and a form asks rather than takes it.
        Assert.Equal(("batau", AreaMatchQuality.Similar), (misspelt[0].Code, misspelt[0].Quality));
        Assert.IsType<AreaInput.Ambiguous>(await ResolveAsync(provider, "Bétau", AreaInputOptions.Everything));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_Code_FindsTheAreaFirst(DatabaseProvider provider)
    {
        var wijk = await SearchAsync(provider, "WK034405");
        var gemeente = await SearchAsync(provider, "gm0344");

        Assert.Equal(("WK034405", AreaMatchQuality.Exact, "Utrecht"), (wijk[0].Code, wijk[0].Quality, wijk[0].ParentName));
        Assert.Equal(("GM0344", "Utrecht", AreaLevel.Municipality), (gemeente[0].Code, gemeente[0].Name, gemeente[0].Level));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Resolve_NameOfGemeenteAndProvincie_IsAmbiguous(DatabaseProvider provider)
    {
        var input = await ResolveAsync(provider, "utrecht", AreaInputOptions.RegisterAreas);

        var ambiguous = Assert.IsType<AreaInput.Ambiguous>(input);
        Assert.Equal(["PV26", "GM0344"], ambiguous.Candidates.Select(c => c.Code).Take(2));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Resolve_NameCodeChoiceAndUnknown(DatabaseProvider provider)
    {
        Assert.Equal("GM0356", Assert.IsType<AreaInput.Found>(await ResolveAsync(provider, " Nieuwegein ", AreaInputOptions.RegisterAreas)).Area.Code);
        Assert.Equal("GM0344", Assert.IsType<AreaInput.Found>(await ResolveAsync(provider, "Utrecht (GM0344)", AreaInputOptions.RegisterAreas)).Area.Code);
        Assert.Equal("WK034403", Assert.IsType<AreaInput.Found>(await ResolveAsync(provider, "wk034403", AreaInputOptions.RegisterAreas)).Area.Code);
        // Overvecht the focus area is Overvecht the wijk: one answer.
        Assert.Equal("WK034403", Assert.IsType<AreaInput.Found>(await ResolveAsync(provider, "Overvecht", AreaInputOptions.Everything)).Area.Code);
        Assert.Equal(AreaHitKind.FocusArea, Assert.IsType<AreaInput.Found>(await ResolveAsync(provider, "batau", AreaInputOptions.Everything)).Area.Kind);
        Assert.IsType<AreaInput.Unknown>(await ResolveAsync(provider, "Atlantis", AreaInputOptions.RegisterAreas));
        Assert.IsType<AreaInput.Unknown>(await ResolveAsync(provider, "WK999999", AreaInputOptions.RegisterAreas));
        Assert.IsType<AreaInput.Empty>(await ResolveAsync(provider, "  ", AreaInputOptions.RegisterAreas));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Resolve_OldLayoutBuurt_FoundByCodeOnlyAndMarked(DatabaseProvider provider)
    {
        var found = Assert.IsType<AreaInput.Found>(await ResolveAsync(provider, "BU03560300", AreaInputOptions.RegisterAreas));

        Assert.NotNull(found.Area.OnlyInLayout);
        Assert.DoesNotContain(await SearchAsync(provider, found.Area.Name), h => h.Code == "BU03560300");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Suggestions_AreGemeentenProvinciesAndFocusAreas_NotEveryBuurt(DatabaseProvider provider)
    {
        var database = await fixture.DatabaseAsync(provider);
        await using var scope = database.CreateScope();
        var suggestions = await scope.ServiceProvider.GetRequiredService<IAreaSearch>().SuggestionsAsync(AreaInputOptions.Everything, TestContext.Current.CancellationToken);

        Assert.InRange(suggestions.Count, 300, 400);
        Assert.Contains(suggestions, s => s.InputValue == "Utrecht (GM0344)");
        Assert.Contains(suggestions, s => s.InputValue == "Batau (batau)");
        Assert.DoesNotContain(suggestions, s => s.Level is AreaLevel.District or AreaLevel.Neighbourhood && s.Kind == AreaHitKind.Area);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_FullRegister_ReadOnceThenSearchedInMemory(DatabaseProvider provider)
    {
        await SearchAsync(provider, "a");
        var database = await fixture.DatabaseAsync(provider);
        await using var scope = database.CreateScope();
        var index = scope.ServiceProvider.GetRequiredService<AreaSearchIndex>();
        var loads = index.Loads;

        var found = new List<IReadOnlyList<AreaHit>>();
        foreach (var text in new[] { "overv", "zamenhof", "nieuwegein", "e", "wk0344" })
        {
            found.Add(await SearchAsync(provider, text));
        }

        // Five searches over 17,000 areas check only that the register did not change; none reads it again. How fast a
        // search is, is measured by bench/web.sh (never timed in a test).
        Assert.Equal(loads, index.Loads);
        Assert.All(found, hits => Assert.NotEmpty(hits));
    }

    private async Task<IReadOnlyList<AreaHit>> SearchAsync(DatabaseProvider provider, string text)
    {
        var database = await fixture.DatabaseAsync(provider);
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IAreaSearch>().SearchAsync(text, 20, AreaInputOptions.Everything, TestContext.Current.CancellationToken);
    }

    private async Task<AreaInput> ResolveAsync(DatabaseProvider provider, string text, AreaInputOptions options)
    {
        var database = await fixture.DatabaseAsync(provider);
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IAreaSearch>().ResolveAsync(text, options, TestContext.Current.CancellationToken);
    }
}
