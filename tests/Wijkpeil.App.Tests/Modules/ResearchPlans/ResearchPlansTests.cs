using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Events;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.ResearchPlans;

namespace Wijkpeil.App.Tests.Modules.ResearchPlans;

/// <summary>
/// Issue 14 point 6: the default seeds the letter's four plans once; the public pages show them per focus area; the
/// ProgrammeManager and the gemeente's own AreaEditor keep a plan, one per focus area, with messages at the fields.
/// </summary>
public sealed class ResearchPlansTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Seed_FreshDefault_TheLettersFourPlansOnceOnThePublicPages(DatabaseProvider provider)
    {
        await using var host = await EventsHost.StartAsync(provider);

        var first = await SeedAsync(host);
        var again = await SeedAsync(host);
        var plans = await PlansAsync(host);
        var vollenhove = plans.Single(p => p.FocusAreaCode == "vollenhove");
        using var reader = host.Browser();
        var list = await ReadAsync(await reader.GetAsync(new Uri("/onderzoek", UriKind.Relative), Ct));
        var page = await ReadAsync(await reader.GetAsync(new Uri($"/onderzoek/{vollenhove.Id}", UriKind.Relative), Ct));

        Assert.True(first);
        Assert.False(again);
        Assert.Equal(["batau", "overvecht", "soesterkwartier", "vollenhove"], plans.Select(p => p.FocusAreaCode).Order(StringComparer.Ordinal));
        Assert.All(plans, p => Assert.Null(p.Planning));
        Assert.Equal([ResearchMethod.Evaluation], vollenhove.Methods);
        Assert.Contains("Onderzoeksplan Vollenhove", list, StringComparison.Ordinal);
        Assert.Contains("<li class=\"utrecht-unordered-list__item\">Hogeschool Utrecht</li>", page, StringComparison.Ordinal);
        Assert.Contains("<li class=\"utrecht-unordered-list__item\">Evaluatie</li>", page, StringComparison.Ordinal);
        Assert.Contains("Nog niet vastgelegd.", page, StringComparison.Ordinal);
        Assert.Contains("Lopend", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Manage_AreaEditorOfUtrecht_ChangesOvervechtNotBatau_MessagesAtTheFields(DatabaseProvider provider)
    {
        await using var host = await EventsHost.StartAsync(provider);
        await SeedAsync(host);
        var plans = await PlansAsync(host);
        var overvecht = plans.Single(p => p.FocusAreaCode == "overvecht");
        var batau = plans.Single(p => p.FocusAreaCode == "batau");
        await StoryTestData.AddAccountAsync(host.Database, "redacteur@utrecht.example", WijkpeilRoles.AreaEditor, "GM0344");
        using var editor = host.Browser();
        Assert.Equal(HttpStatusCode.Found, (await Accounts.LoginPageTests.PostLoginAsync(editor, "redacteur@utrecht.example", StoryTestData.Password)).StatusCode);

        var noQuestions = await StoryPagesTests.PostFormAsync(editor, $"/beheer/onderzoek/{overvecht.Id}", "onderzoeksplan", Fields("overvecht", questions: string.Empty));
        var notTheirs = await StoryPagesTests.PostFormAsync(editor, $"/beheer/onderzoek/{batau.Id}", "onderzoeksplan", Fields("batau"));
        var changed = await StoryPagesTests.PostFormAsync(editor, $"/beheer/onderzoek/{overvecht.Id}", "onderzoeksplan", Fields("overvecht"));
        using var manager = await host.SignedInAsync("manager@wijkpeil.example", WijkpeilRoles.ProgrammeManager);
        var second = await StoryPagesTests.PostFormAsync(manager, "/beheer/onderzoek/nieuw", "onderzoeksplan", Fields("overvecht"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noQuestions.StatusCode);
        Assert.Contains("id=\"onderzoeksplan-researchQuestions-fout\">Noem ten minste", await ReadAsync(noQuestions), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.Found, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("id=\"onderzoeksplan-focusArea-fout\">Focusgebied &#x27;overvecht&#x27; heeft al een onderzoeksplan", await ReadAsync(second), StringComparison.Ordinal);
        var stored = await PlansAsync(host);
        Assert.Equal(4, stored.Count);
        var after = stored.Single(p => p.Id == overvecht.Id);
        Assert.Equal(["Hoe gebruiken jongeren het Zwanenvechtplantsoen?", "Wat missen zij?"], after.ResearchQuestions);
        Assert.Equal([ResearchMethod.Interviews, ResearchMethod.Observation], after.Methods);
        Assert.Equal(ResearchPlanStatus.Planned, after.Status);
        Assert.Equal(batau.Focus, stored.Single(p => p.Id == batau.Id).Focus);
    }

    private static async Task<bool> SeedAsync(EventsHost host)
    {
        await using var scope = host.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DefaultSeeder>().SeedResearchPlansAsync(Ct);
    }

    private static Dictionary<string, string> Fields(string focusArea, string questions = "Hoe gebruiken jongeren het Zwanenvechtplantsoen?\nWat missen zij?\n") => new()
    {
        ["Input.FocusArea"] = "vitale-wijken/" + focusArea,
        ["Input.Focus"] = "Jongeren in de openbare ruimte.",
        ["Input.ResearchQuestions"] = questions,
        ["Input.Methods[Observation]"] = "true",
        ["Input.Methods[Interviews]"] = "true",
        ["Input.TargetGroups"] = "Jongeren",
        ["Input.Partners"] = string.Empty,
        ["Input.Planning"] = string.Empty,
        ["Input.Status"] = nameof(ResearchPlanStatus.Planned),
        ["Input.Source"] = string.Empty,
    };

    private static async Task<List<ResearchPlan>> PlansAsync(EventsHost host)
    {
        await using var scope = host.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<ResearchPlan>().AsNoTracking().ToListAsync(Ct);
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Ct);
}
