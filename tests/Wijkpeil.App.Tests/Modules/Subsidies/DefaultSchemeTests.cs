using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Subsidies;
using Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.RegisterTestData;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>
/// The embedded default's subsidy scheme (issue 13, point 9): the Soesterkwartier scheme the progress letter names,
/// recorded as run outside Wijkpeil — published, "opengesteld", linked to the agenda's subsidy project — with no
/// applications and no invented amounts or dates anywhere, added once, and closed to applications through Wijkpeil.
/// </summary>
public sealed class DefaultSchemeTests
{
    private const string Slug = "subsidieregeling-soesterkwartier";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DefaultSeed_RecordsTheLettersSchemeOnce_RunElsewhere_LinkedToTheProject(DatabaseProvider provider)
    {
        var database = await SeededAsync(provider);
        var project = await ProjectIdAsync(database);

        Assert.True(await SeedSchemeAsync(database));
        Assert.False(await SeedSchemeAsync(database));

        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var scheme = Assert.Single(await db.Set<SubsidyScheme>().ToListAsync(Ct));
        Assert.Equal(Slug, scheme.Slug);
        Assert.Equal("Subsidieregeling Soesterkwartier", scheme.Name);
        Assert.True(scheme.IsRunElsewhere);
        Assert.False(scheme.IsExampleData);
        Assert.True(scheme.IsPublished);
        Assert.Equal(SchemeStatus.Open, scheme.StatusOn(SubsidyTime.DayOf(Now)));
        Assert.Equal(AreaCode.From(Amersfoort), scheme.Gemeente);
        Assert.Equal(["soesterkwartier"], scheme.FocusAreas);
        Assert.Equal([project], scheme.ProjectIds);
        Assert.Contains("Bron: Voortgangsbericht Vitale Wijken 2024", scheme.Description, StringComparison.Ordinal);
        Assert.Contains("In het Soesterkwartier is de subsidieregeling opengesteld", scheme.Description, StringComparison.Ordinal);
        Assert.Equal(0L, scheme.GrantedCents);
        Assert.Equal(0, await db.Set<SubsidyApplication>().CountAsync(Ct));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DefaultScheme_Pages_SayPlafondUnknownAndApplyAtTheGemeente_NoAmountsNoApplyButton(DatabaseProvider provider)
    {
        var database = await SeededAsync(provider);
        var project = await ProjectIdAsync(database);
        await SeedSchemeAsync(database);
        await using var app = new WijkpeilAppFactory(database);
        var client = Client(app);

        var register = await client.GetStringAsync("/subsidies", Ct);
        var page = await client.GetStringAsync("/subsidies/" + Slug, Ct);
        var form = await client.GetStringAsync($"/subsidies/{Slug}/aanvragen", Ct);
        var agenda = await client.GetStringAsync($"/agenda/{project}", Ct);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/subsidies/register.json", Ct));

        foreach (var shown in new[] { register, page })
        {
            Assert.Contains("Subsidieregeling Soesterkwartier", shown, StringComparison.Ordinal);
            Assert.Contains("plafond niet bekend in Wijkpeil", shown, StringComparison.Ordinal);
            Assert.Contains("via de gemeente", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("€\u00a00", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("€ 0", shown, StringComparison.Ordinal);
            Assert.DoesNotContain($"/subsidies/{Slug}/aanvragen", shown, StringComparison.Ordinal);
        }

        Assert.Contains("opengesteld", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("niet via dit formulier", form, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"actie\"", form, StringComparison.Ordinal);
        Assert.Contains("plafond niet bekend in Wijkpeil", agenda, StringComparison.Ordinal);
        Assert.Contains("aanvragen gaan via de gemeente", agenda, StringComparison.Ordinal);
        Assert.Empty(json.RootElement.GetProperty("grants").EnumerateArray());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DefaultScheme_StartingAnApplication_IsRefused_AndStoresNothing(DatabaseProvider provider)
    {
        var database = await SeededAsync(provider);
        await SeedSchemeAsync(database);

        await using var scope = database.CreateScope();
        var handler = Handler<ApplyForSubsidyHandler>(scope.ServiceProvider, Clock());
        var money = Money.FromEuros(500m).Value;
        var form = new ApplicationForm(
            Applicant.Create(ApplicantKind.Person, "Fatima de Vries", "fatima@example.org", null, null, null, null, null, null).Value,
            "Buurtmoestuin",
            "Een moestuin voor en door bewoners.",
            AreaCode.From(Soesterkwartier),
            money,
            [new BudgetLineInput("Plantenbakken en aarde", money)],
            new DateOnly(2027, 3, 1),
            new DateOnly(2027, 9, 30),
            null);

        foreach (var submit in new[] { false, true })
        {
            var outcome = await handler.StartAsync(Slug, form, [], submit, Ct);
            Assert.Equal("subsidy.application.scheme_run_elsewhere", Assert.Single(outcome.Problems).Code);
        }

        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<SubsidyApplication>().CountAsync(Ct));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DefaultScheme_Deleted_DoesNotComeBack(DatabaseProvider provider)
    {
        var database = await SeededAsync(provider);
        await SeedSchemeAsync(database);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            db.RemoveRange(await db.Set<SubsidyScheme>().ToListAsync(Ct));
            await db.SaveChangesAsync(Ct);
        }

        Assert.False(await SeedSchemeAsync(database));

        await using var check = database.CreateScope();
        Assert.Equal(0, await check.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<SubsidyScheme>().CountAsync(Ct));
    }

    private static async Task<bool> SeedSchemeAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DefaultSeeder>().SeedSubsidySchemeAsync(Ct);
    }
}
