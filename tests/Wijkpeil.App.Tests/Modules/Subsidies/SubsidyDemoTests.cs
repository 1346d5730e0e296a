using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Subsidies.SeedScheme;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.RegisterTestData;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>
/// <c>wijkpeil demo load|remove</c> and subsidies (issue 13, point 9): an example scheme with granted example
/// applications, marked "voorbeeldgegevens" in the register, the downloads and the agenda; removed again entirely.
/// </summary>
public sealed class SubsidyDemoTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DemoLoad_OfficersWorklistAndDossier_MarkTheExampleApplications(DatabaseProvider provider)
    {
        var database = await SeededAsync(provider);
        Assert.Equal(DemoResult.Loaded, (await DemoAsync(database, d => d.LoadAsync(Ct))).Result);
        await StoryTestData.AddAccountAsync(database, "subsidie@amersfoort.nl", WijkpeilRoles.SubsidyOfficer, SubsidyExamples.Gemeente);
        int schemeId, applicationId;
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            schemeId = await db.Set<SubsidyScheme>().Where(s => s.Slug == SubsidyExamples.Slug).Select(s => s.Id).SingleAsync(Ct);
            applicationId = await db.Set<SubsidyApplication>().Where(a => a.SchemeId == schemeId).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(Ct);
        }

        await using var app = new WijkpeilAppFactory(database);
        using var officer = await StoryPagesTests.SignedInAsync(app, "subsidie@amersfoort.nl");
        var worklist = await officer.GetStringAsync($"/beheer/subsidies/{schemeId}/aanvragen", Ct);
        var dossier = await officer.GetStringAsync($"/beheer/subsidies/aanvragen/{applicationId}", Ct);

        // Every example row carries the marker; the dossier says where it comes from.
        Assert.Equal(SubsidyExamples.Applications.Count, Regex.Count(worklist, "wp-example-data__marker"));
        Assert.Contains("Deze aanvraag komt uit de voorbeeldgegevens", dossier, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DemoLoad_ExampleGrants_MarkedEverywhere_AndInTheLedger(DatabaseProvider provider)
    {
        var database = await SeededAsync(provider);
        var project = await ProjectIdAsync(database);
        Assert.Equal(new DemoOutcome(DemoResult.Loaded, 3, 3), await DemoAsync(database, d => d.LoadAsync(Ct)));
        await using var app = new WijkpeilAppFactory(database);
        var client = Client(app);

        var register = await client.GetStringAsync("/subsidies", Ct);
        var scheme = await client.GetStringAsync("/subsidies/" + SubsidyExamples.Slug, Ct);
        var agenda = await client.GetStringAsync($"/agenda/{project}", Ct);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/subsidies/register.json", Ct));

        foreach (var page in new[] { register, scheme, agenda })
        {
            Assert.Contains("voorbeeldgegevens", page, StringComparison.Ordinal);
            Assert.Contains("Geveltuinen in de straat (voorbeeld)", page, StringComparison.Ordinal);
            Assert.DoesNotContain("voorbeeld@example.org", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Voorbeeld Aanvrager", page, StringComparison.Ordinal);
        }

        var grants = json.RootElement.GetProperty("grants").EnumerateArray().ToList();
        Assert.Equal(SubsidyExamples.Applications.Count, grants.Count);
        Assert.All(grants, g => Assert.True(g.GetProperty("exampleData").GetBoolean()));

        // The programme's own Soesterkwartier wijk, not a made-up code.
        Assert.All(grants, g => Assert.Equal("WK030703", g.GetProperty("beneficiaryLocation").GetProperty("code").GetString()));

        await using var scope = database.CreateScope();
        var linked = Assert.Single(await scope.ServiceProvider.GetRequiredService<IAgendaSubsidies>().ForProjectsAsync([project], Ct));
        Assert.True(linked.IsExampleData);
        Assert.Equal(Money.FromEuros(SubsidyExamples.Applications.Sum(a => a.Amount)).Value, linked.Committed);
        Assert.Equal(
            Money.Sum(SubsidyExamples.Applications.Where(a => a.AdvancePaid).Select(a => AdvancePayment.For(Money.FromEuros(a.Amount).Value, 80))),
            linked.Spent);
        Assert.All(linked.Grants, g => Assert.True(g.IsExampleData));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DemoRemove_TakesTheExampleSchemeAndApplications_AndLeavesRealOnes(DatabaseProvider provider)
    {
        var database = await SeededAsync(provider);
        var real = await SchemeAsync(database, "initiatievenfonds", "Initiatievenfonds Soesterkwartier", []);
        await GrantAsync(database, await FileWithPersonalDataAsync(database, real, 1_000m, "Geveltuinen in de Pijlstraat"));
        await DemoAsync(database, d => d.LoadAsync(Ct));
        Assert.Equal(new DemoOutcome(DemoResult.AlreadyLoaded, 3), await DemoAsync(database, d => d.LoadAsync(Ct)));

        await DemoAsync(database, d => d.RemoveAsync(Ct));

        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(["initiatievenfonds"], await db.Set<SubsidyScheme>().Select(s => s.Slug).ToListAsync(Ct));
        Assert.Equal(["Geveltuinen in de Pijlstraat"], await db.Set<SubsidyApplication>().Select(a => a.Title).ToListAsync(Ct));
        Assert.Equal(100_000L, await db.Set<SubsidyScheme>().Select(s => s.GrantedCents).SingleAsync(Ct));
    }

    /// <summary>Runs the demo with "now" fixed at <see cref="SubsidyTestData.Now"/>.</summary>
    private static async Task<DemoOutcome> DemoAsync(TestDatabase database, Func<DemoData, Task<DemoOutcome>> run)
    {
        await using var scope = database.CreateScope();
        var subsidies = Handler<SubsidySeeding>(scope.ServiceProvider, Clock());
        return await run(new DemoData(scope.ServiceProvider.GetRequiredService<IAgendaSeeding>(), subsidies));
    }
}
