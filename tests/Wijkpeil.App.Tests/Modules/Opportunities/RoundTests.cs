using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Pdf;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Opportunities.Round;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.App.Tests.Pdf;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Tests.Modules.Opportunities;

/// <summary>
/// Issue 14, point 5, the yearly round: a coordinator starts it, chooses a programme, downloads its agenda items (the
/// XLSX has a row per item touching the programme's theme; the PDF shows them), marks it sent, records the response
/// and links the chance it led to; the progress counts follow, and a date in the future is refused at its field.
/// </summary>
public sealed class RoundTests(ChromiumRenderer chromium) : IClassFixture<ChromiumRenderer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Round_ChooseSendAnswerLink_ProgressAndExportsFollow(DatabaseProvider provider)
    {
        await using var host = await OpportunityPagesTests.StartAsync(provider);
        using var coordinator = await host.SignedInAsync("coordinator@wijkpeil.example", WijkpeilRoles.Coordinator);
        var (project, relatedId, opportunityId) = await ProgrammeWithThemeOfAProjectAsync(host);
        const string Round = "/beheer/meekoppelkansen/ronde/2027";
        var programme = relatedId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var started = await StoryPagesTests.PostFormAsync(coordinator, Round, "ronde-starten", []);
        var chosen = await StoryPagesTests.PostFormAsync(coordinator, Round, "ronde-kiezen", new() { [$"Step.Chosen[{relatedId}]"] = "true" });
        var xlsx = await coordinator.GetAsync(new Uri($"{Round}/{relatedId}.xlsx", UriKind.Relative), Ct);
        var notInRound = await coordinator.GetAsync(new Uri($"{Round}/99999.xlsx", UriKind.Relative), Ct);
        var future = await StoryPagesTests.PostFormAsync(coordinator, Round, "ronde-verzonden", new() { ["Step.Programme"] = programme, ["Step.Date"] = "2027-03-01" });
        var sent = await StoryPagesTests.PostFormAsync(coordinator, Round, "ronde-verzonden", new() { ["Step.Programme"] = programme, ["Step.Date"] = "2027-01-10" });
        var answered = await StoryPagesTests.PostFormAsync(coordinator, Round, "ronde-antwoord", new() { ["Step.Programme"] = programme, ["Step.Date"] = "2027-01-20", ["Step.Response"] = "We denken graag mee." });
        var linked = await StoryPagesTests.PostFormAsync(coordinator, Round, "ronde-koppelen", new() { ["Step.Programme"] = programme, ["Step.OpportunityId"] = opportunityId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var page = await OpportunityPagesTests.ReadAsync(coordinator, Round);

        Assert.Equal(HttpStatusCode.Found, started.StatusCode);
        Assert.Equal(HttpStatusCode.Found, chosen.StatusCode);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notInRound.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.Contains($"id=\"ronde-{relatedId}-sentOn-fout\"", await future.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, sent.StatusCode);
        Assert.Equal(HttpStatusCode.Found, answered.StatusCode);
        Assert.Equal(HttpStatusCode.Found, linked.StatusCode);
        Assert.Contains("We denken graag mee.", page, StringComparison.Ordinal);

        var rows = Rows(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(["Project", "Wijkaanpak", "Focusgebied", "Status", "Start", "Einde", "Raakt thema's"], rows[0]);
        Assert.Contains(rows.Skip(1), r => r[0] == project);

        await using var scope = host.Database.CreateScope();
        var round = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<OpportunityRound>().AsNoTracking().Include(r => r.Programmes).SingleAsync(Ct);
        Assert.Equal(new RoundProgress(1, 1, 1, 1, 1), round.Progress);
        Assert.Equal(new DateOnly(2027, 1, 10), round.Programmes[0].SentOn);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Pdf_ShowsTheItemsTouchingTheThemes(DatabaseProvider provider)
    {
        await using var host = await OpportunityPagesTests.StartAsync(provider);
        var (project, relatedId, _) = await ProgrammeWithThemeOfAProjectAsync(host);

        // The web host's services: the exports are written in the page's words (localisation is the web's).
        await using var scope = host.App.Services.CreateAsyncScope();
        var agenda = await scope.ServiceProvider.GetRequiredService<RoundAgendaQuery>().ReadAsync(relatedId, Ct);
        var exports = scope.ServiceProvider.GetRequiredService<RoundExports>();

        var result = await chromium.Renderer.RenderHtmlAsync(exports.Html(agenda!, 2027), RoundExports.Footer(agenda!, 2027), Ct);

        var pdf = Assert.IsType<PdfResult.Rendered>(result);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf.Content.ToArray());
        var text = string.Join(' ', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        Assert.Contains("Agendapunten voor Testprogramma", text, StringComparison.Ordinal);
        Assert.Contains(project.Split(' ')[0], text, StringComparison.Ordinal);
    }

    /// <summary>A related programme whose theme is the longest word of a letter's agenda project, and a chance naming it.</summary>
    private static async Task<(string Project, int RelatedId, int OpportunityId)> ProgrammeWithThemeOfAProjectAsync(Events.EventsHost host)
    {
        await using var scope = host.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var project = await scope.ServiceProvider.GetRequiredService<IProjectDirectory>().Projects.OrderBy(p => p.Id).Select(p => p.Title).FirstAsync(Ct);
        var theme = project.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();
        var related = RelatedProgramme.Create(new RelatedProgrammeDetails("Testprogramma", null, [theme], null)).Value;
        db.Add(related);
        await db.SaveChangesAsync(Ct);
        var programme = await db.Set<Domain.Programmes.Programme>().FirstAsync(Ct);
        var opportunity = Opportunity.Create(Domain.Programmes.ProgrammeScope.Of(programme), new OpportunityDetails("Kans uit de ronde", null, OpportunityKind.Expertise, [related.Id], [], []), OpportunityStatus.Gesignaleerd, DateTimeOffset.UnixEpoch, "test").Value;
        db.Add(opportunity);
        await db.SaveChangesAsync(Ct);
        return (project, related.Id, opportunity.Id);
    }

    private static List<string[]> Rows(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray())];
    }
}
