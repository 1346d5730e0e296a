using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Modules.Events;

/// <summary>
/// Issue 14 point 3: organisers check people in by name or by their code (a wrong code is refused at the field), the
/// counts (no-shows once the event ended) feed the linked agenda project's output without retyping, on its page and in
/// the API; and the printable list has a signature column.
/// </summary>
public sealed partial class AttendanceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CheckIn_ByNameAndByCode_CountsFeedTheLinkedProjectsOutput(DatabaseProvider provider)
    {
        await using var host = await EventHost.StartAsync(provider, withAgenda: true);
        var (projectId, _) = await host.PublishedProjectAsync();
        var eventId = await host.AddEventAsync(capacity: 3, projectIds: [projectId]);
        await host.RegisterAsync(eventId, "Anna de Boer", "anna@example.nl");
        await host.RegisterAsync(eventId, "Bram Visser", "bram@example.nl");
        await host.RegisterAsync(eventId, "Chris Jansen", "chris@example.nl");
        var registered = await host.RegistrationsAsync(eventId);
        var path = $"/beheer/bijeenkomsten/{eventId}/aanwezigheid";
        using var coordinator = await host.SignedInAsync("coordinator@example.nl", WijkpeilRoles.Coordinator);

        var byName = await EventHost.PostFormAsync(coordinator, path, "aanwezig", new() { ["ByName.Change"] = "in-" + registered[0].Id });
        var byCode = await EventHost.PostFormAsync(coordinator, path, "inchecken-code", new() { ["ByCode.Code"] = " " + registered[1].CheckInCode!.ToLowerInvariant() + " " });
        var wrong = await EventHost.PostFormAsync(coordinator, path, "inchecken-code", new() { ["ByCode.Code"] = "ZZ99ZZ" });
        var during = await EventHost.ReadAsync(await coordinator.GetAsync(new Uri(path, UriKind.Relative), Ct));

        Assert.Equal(HttpStatusCode.Found, byName.StatusCode);
        Assert.Equal(path + "?klaar=ja", byName.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Found, byCode.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("<p class=\"utrecht-form-field-error-message\" id=\"aanwezigheid-code-fout\">Code 'ZZ99ZZ' hoort bij geen aanmelding van deze bijeenkomst.</p>", await EventHost.ReadAsync(wrong), StringComparison.Ordinal);
        Assert.Equal([true, true, false], (await host.RegistrationsAsync(eventId)).Select(r => r.AttendedAt is not null));
        Assert.Matches(Fact("Aanwezig", "2"), during);
        Assert.Matches(Fact("Niet verschenen", "pas na afloop"), during);
        Assert.Contains($"value=\"uit-{registered[0].Id}\"", during, StringComparison.Ordinal);
        Assert.Equal(2, await AuditCountAsync(host));

        // After the end a no-show counts; a new sign-in, as the session of weeks ago has expired.
        host.Time.SetUtcNow(EventHost.Start.AddHours(3));
        using var later = await host.SignedInAsync("coordinator2@example.nl", WijkpeilRoles.Coordinator);
        var after = await EventHost.ReadAsync(await later.GetAsync(new Uri(path, UriKind.Relative), Ct));
        var print = await EventHost.ReadAsync(await later.GetAsync(new Uri(path + "/afdrukken", UriKind.Relative), Ct));
        using var reader = host.Browser();
        var projectPage = await EventHost.ReadAsync(await reader.GetAsync(new Uri($"/agenda/{projectId}", UriKind.Relative), Ct));
        var api = await reader.GetStringAsync(new Uri($"/api/v1/projects/{projectId}", UriKind.Relative), Ct);

        Assert.Matches(Fact("Niet verschenen", "1"), after);
        Assert.Contains("<th class=\"utrecht-table__header-cell\" scope=\"col\">Handtekening</th>", print, StringComparison.Ordinal);
        Assert.Contains("Chris Jansen", print, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"utrecht-table__cell\">{registered[2].CheckInCode}</td>", print, StringComparison.Ordinal);
        Assert.Matches(YearRow(2027, events: 1, attended: 2, noShows: 1), projectPage);
        Assert.Contains("Bron: aanwezigheidsregistratie", projectPage, StringComparison.Ordinal);
        Assert.Contains("\"eventAttendance\":[{\"year\":2027,\"events\":1,\"attended\":2,\"noShows\":1}]", api, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CheckIn_WaitingPersonOrAnotherRole_RefusedAndNothingChanges(DatabaseProvider provider)
    {
        await using var host = await EventHost.StartAsync(provider);
        var eventId = await host.AddEventAsync(capacity: 1);
        await host.RegisterAsync(eventId, "Anna de Boer", "anna@example.nl");
        await host.RegisterAsync(eventId, "Bram Visser", "bram@example.nl");
        var registered = await host.RegistrationsAsync(eventId);
        var path = $"/beheer/bijeenkomsten/{eventId}/aanwezigheid";
        using var coordinator = await host.SignedInAsync("coordinator@example.nl", WijkpeilRoles.Coordinator);
        using var viewer = await host.SignedInAsync("viewer@example.nl", WijkpeilRoles.Viewer);

        var waiting = await EventHost.PostFormAsync(coordinator, path, "inchecken-code", new() { ["ByCode.Code"] = registered[1].CheckInCode! });
        var viewerPage = await viewer.GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, waiting.StatusCode);
        Assert.Contains("Alleen iemand met een bevestigde plaats kan worden aangemeld als aanwezig.", await EventHost.ReadAsync(waiting), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, viewerPage.StatusCode);
        Assert.All(await host.RegistrationsAsync(eventId), r => Assert.Null(r.AttendedAt));
        Assert.Equal(0, await AuditCountAsync(host));
    }

    private static async Task<int> AuditCountAsync(EventHost host)
    {
        await using var scope = host.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AuditEntries.CountAsync(e => e.EntityType == AuditEntityTypes.CommunityEvent, Ct);
    }

    private static Regex Fact(string term, string value) => new($"<dt>{Regex.Escape(term)}</dt>\\s*<dd>{Regex.Escape(value)}</dd>");

    private static Regex YearRow(int year, int events, int attended, int noShows) =>
        new($"scope=\"row\">{year}</th>\\s*<td[^>]*>{events}</td>\\s*<td[^>]*>{attended}</td>\\s*<td[^>]*>{noShows}</td>");
}
