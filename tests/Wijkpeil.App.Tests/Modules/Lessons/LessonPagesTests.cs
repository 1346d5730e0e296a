using System.Net;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Events;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Lessons;

namespace Wijkpeil.App.Tests.Modules.Lessons;

/// <summary>
/// Issue 14, point 4: a lesson is captured in five fields and found by a Dutch search on the public library (inflected
/// words and compounds, marked snippets, filters); drafts stay with the editors; a completed project asks its editors
/// for a lesson and shows the lessons related to it.
/// </summary>
public sealed class LessonPagesTests
{
    private const string Coordinator = "coordinator@wijkpeil.example";
    private const string NewPath = "/beheer/lessen/nieuw";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Capture_FiveFieldsPublished_FoundByInflectedWordsWithMarkedSnippets(DatabaseProvider provider)
    {
        await using var host = await EventsHost.StartAsync(provider);
        using var coordinator = await host.SignedInAsync(Coordinator, WijkpeilRoles.Coordinator);
        using var reader = host.Browser();

        var fields = LessonTestData.QuickFields(
            "Spreekuur in het buurthuis",
            "De wijkagent en het wijkteam hielden samen spreekuur in het buurthuis.",
            "De samenwerking met de bewoners werd hechter: ze kwamen vaker met vragen.");
        fields["Input.Action"] = "publiceren";
        var saved = await StoryPagesTests.PostFormAsync(coordinator, NewPath, "les", fields);
        var id = LessonTestData.IdFrom(saved);

        var inflected = await LessonTestData.ReadAsync(reader, "/lessen?zoek=samenwerkingen");
        var compound = await LessonTestData.ReadAsync(reader, "/lessen?zoek=buurthuizen");
        var nothing = await LessonTestData.ReadAsync(reader, "/lessen?zoek=subsidieplafond");
        var page = await LessonTestData.ReadAsync(reader, $"/lessen/{id}");

        Assert.Equal($"/beheer/lessen/{id}?klaar=gepubliceerd", saved.Headers.Location!.PathAndQuery);
        Assert.Contains($"href=\"/lessen/{id}\"", inflected, StringComparison.Ordinal);
        Assert.Contains("De <mark>samenwerking</mark> met de bewoners", inflected, StringComparison.Ordinal);
        Assert.Contains($"href=\"/lessen/{id}\"", compound, StringComparison.Ordinal);
        Assert.Contains("Spreekuur in het <mark>buurthuis</mark>", compound, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/lessen/{id}\"", nothing, StringComparison.Ordinal);
        Assert.Contains("Geen lessen gevonden", nothing, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Spreekuur in het buurthuis</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Praktijkervaring", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Capture_TitleAndMaturityMissing_RefusedAtTheirFieldsAndNothingStored(DatabaseProvider provider)
    {
        await using var host = await EventsHost.StartAsync(provider);
        using var coordinator = await host.SignedInAsync(Coordinator, WijkpeilRoles.Coordinator);

        var fields = LessonTestData.QuickFields(" ", "Iets geprobeerd.", "Iets gebeurd.");
        fields.Remove("Input.Maturity");
        var refused = await StoryPagesTests.PostFormAsync(coordinator, NewPath, "les", fields);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("id=\"les-title-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("Vul de titel in.", html, StringComparison.Ordinal);
        Assert.Equal(0, await LessonTestData.CountAsync(host.Database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Library_Filters_NarrowTheLatestAndTheSearch(DatabaseProvider provider)
    {
        await using var host = await EventsHost.StartAsync(provider);
        var practice = await LessonTestData.CreateAsync(host.Database, LessonTestData.Details("Jongerenwerk op straat", "Jongerenwerkers gingen de wijk in.") with { FocusAreaCodes = ["overvecht"] });
        var founded = await LessonTestData.CreateAsync(host.Database, LessonTestData.Details("Jongeren aan tafel bij de gemeente", "Jongeren praatten mee over het plein.", LessonMaturity.Substantiated) with { FocusAreaCodes = ["batau"] });
        var draft = await LessonTestData.CreateAsync(host.Database, LessonTestData.Details("Jongeren en sport", "Een concept."), publish: false);
        using var reader = host.Browser();

        var latest = await LessonTestData.ReadAsync(reader, "/lessen");
        var substantiated = await LessonTestData.ReadAsync(reader, "/lessen?niveau=Substantiated");
        var searchedInOvervecht = await LessonTestData.ReadAsync(reader, "/lessen?zoek=jongeren&gebied=overvecht");
        var draftPage = await reader.GetAsync(new Uri($"/lessen/{draft}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains($"href=\"/lessen/{practice}\"", latest, StringComparison.Ordinal);
        Assert.Contains($"href=\"/lessen/{founded}\"", latest, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/lessen/{draft}\"", latest, StringComparison.Ordinal);
        Assert.True(latest.IndexOf($"href=\"/lessen/{founded}\"", StringComparison.Ordinal) < latest.IndexOf($"href=\"/lessen/{practice}\"", StringComparison.Ordinal), "newest first");
        Assert.Contains($"href=\"/lessen/{founded}\"", substantiated, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/lessen/{practice}\"", substantiated, StringComparison.Ordinal);
        Assert.Contains($"href=\"/lessen/{practice}\"", searchedInOvervecht, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/lessen/{founded}\"", searchedInOvervecht, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, draftPage.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CompletedProject_AsksEditorsForALessonPrefilledAndShowsItOnceCaptured(DatabaseProvider provider)
    {
        await using var host = await EventsHost.StartAsync(provider);
        var projectId = await LessonTestData.ProjectIdAsync(host.Database, LessonTestData.CompletedProject);
        using var manager = await host.SignedInAsync("manager@wijkpeil.example", WijkpeilRoles.ProgrammeManager);
        using var reader = host.Browser();

        var before = await LessonTestData.ReadAsync(manager, $"/agenda/{projectId}");
        var form = await LessonTestData.ReadAsync(manager, $"{NewPath}?project={projectId}");
        var fields = LessonTestData.QuickFields("Een burgerberaad vraagt een vaste begeleider", "Een burgerberaad schreef de gebiedsvisie.", "Bewoners bleven tot het eind.");
        fields["Input.ProjectId"] = projectId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Input.FocusAreas[vollenhove]"] = "true";
        fields["Input.Action"] = "publiceren";
        var lessonId = LessonTestData.IdFrom(await StoryPagesTests.PostFormAsync(manager, $"{NewPath}?project={projectId}", "les", fields));
        var after = await LessonTestData.ReadAsync(reader, $"/agenda/{projectId}");

        Assert.Contains("Leg een les vast", before, StringComparison.Ordinal);
        Assert.Contains($"href=\"/beheer/lessen/nieuw?project={projectId}\"", before, StringComparison.Ordinal);
        Assert.Contains($"name=\"Input.ProjectId\" value=\"{projectId}\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.FocusAreas[vollenhove]\" value=\"true\"", form, StringComparison.Ordinal);
        Assert.Contains(LessonTestData.CompletedProject, form, StringComparison.Ordinal);
        Assert.Contains("Lessen uit de praktijk", after, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"utrecht-link\" href=\"/lessen/{lessonId}\">Een burgerberaad vraagt een vaste begeleider</a>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Leg een les vast", after, StringComparison.Ordinal);
    }
}
