using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Stories;

namespace Wijkpeil.App.Tests.Modules.Opportunities;

/// <summary>Every change of the register is in the audit trail, with who made it and the values before and after.</summary>
public sealed class OpportunityAuditTests
{
    private const string Coordinator = "coordinator@wijkpeil.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RegisterMoveStatusAndStartRound_EachInTheAuditTrailWithActorAndValues(DatabaseProvider provider)
    {
        await using var host = await OpportunityPagesTests.StartAsync(provider);
        using var coordinator = await host.SignedInAsync(Coordinator, WijkpeilRoles.Coordinator);
        var (programmeId, relatedId) = await OpportunityPagesTests.IdsAsync(host);
        var before = await LastAuditIdAsync(host); // the default data's chances are in the trail already

        var created = await StoryPagesTests.PostFormAsync(coordinator, "/beheer/meekoppelkansen/nieuw", "meekoppelkans", new()
        {
            ["Input.ProgrammeId"] = programmeId.ToString(CultureInfo.InvariantCulture),
            ["Input.Title"] = "Expertise klimaatadaptatie",
            ["Input.Kind"] = "Expertise",
            [$"Input.Related[{relatedId.ToString(CultureInfo.InvariantCulture)}]"] = "true",
            ["Input.Status"] = "Gesignaleerd",
        });
        var path = created.Headers.Location!.PathAndQuery.Split('?')[0];
        var explored = await StoryPagesTests.PostFormAsync(coordinator, path, "meekoppelkans-status", new() { ["StatusChange.To"] = "Verkend", ["StatusChange.Note"] = "Eerste gesprek gevoerd." });
        var started = await StoryPagesTests.PostFormAsync(coordinator, "/beheer/meekoppelkansen/ronde/2026", "ronde-starten", []);

        Assert.Equal(HttpStatusCode.Found, created.StatusCode);
        Assert.Equal(HttpStatusCode.Found, explored.StatusCode);
        Assert.Equal(HttpStatusCode.Found, started.StatusCode);
        await using var scope = host.Database.CreateScope();
        var entries = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Id > before && (e.EntityType == AuditEntityTypes.Opportunity || e.EntityType == AuditEntityTypes.OpportunityRound))
            .OrderBy(e => e.Id).ToListAsync(Ct);
        Assert.Equal(
            [(AuditAction.Created, AuditEntityTypes.Opportunity, path.Split('/')[^1]), (AuditAction.Updated, AuditEntityTypes.Opportunity, path.Split('/')[^1]), (AuditAction.Created, AuditEntityTypes.OpportunityRound, "2026")],
            entries.Select(e => (e.Action, e.EntityType, e.EntityId)));
        Assert.All(entries, e => Assert.Equal(Coordinator, e.ActorName));
        Assert.Contains("\"Title\":\"Expertise klimaatadaptatie\"", entries[0].After, StringComparison.Ordinal);
        Assert.Equal("{\"Status\":\"Gesignaleerd\",\"Note\":null}", entries[1].Before);
        Assert.Equal("{\"Status\":\"Verkend\",\"Note\":\"Eerste gesprek gevoerd.\"}", entries[1].After);
    }

    private static async Task<long> LastAuditIdAsync(Events.EventsHost host)
    {
        await using var scope = host.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AuditEntries.MaxAsync(e => (long?)e.Id, Ct) ?? 0;
    }
}
