using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Data;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Cli;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Cli;

/// <summary><c>wijkpeil imports</c> run in-process: the history and the operator's publish and withdraw.</summary>
public sealed class ImportsCliTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PublishThenWithdraw_DraftBatch_ChangesTheFiguresAndRecordsTheOperator(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ApiTestData.SeedRegisterAsync(database);
        await ApiTestData.ImportAsync(database, publish: false, "concept.csv", "50090NED", ("GM0356", ApiTestData.Health, "2022", "18+", 77.7, null, null, null));
        var id = await SingleBatchIdAsync(database);

        var list = await CliRunner.RunAsync(CliRunner.Configuration(database), "", "imports", "list");
        var publish = await CliRunner.RunAsync(CliRunner.Configuration(database), "", "imports", "publish", $"{id}");
        var publishedStatus = await FigureStatusAsync(database);
        var noReason = await CliRunner.RunAsync(CliRunner.Configuration(database), "", "imports", "withdraw", $"{id}", "--reason", " ");
        var withdraw = await CliRunner.RunAsync(CliRunner.Configuration(database), "", "imports", "withdraw", $"{id}", "--reason", "Verkeerd bestand.");

        Assert.Equal(ExitCodes.Success, list.ExitCode);
        Assert.Contains("concept.csv", list.Stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, publish.ExitCode);
        Assert.Contains($"Import {id} gepubliceerd: 1 cijfers zijn nu openbaar.", publish.Stdout, StringComparison.Ordinal);
        Assert.Equal(ObservationStatus.Published, publishedStatus);
        Assert.Equal(ExitCodes.BadInput, noReason.ExitCode);
        Assert.Contains("Vul de reden van intrekken in.", noReason.Stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, withdraw.ExitCode);
        Assert.Equal(ObservationStatus.Draft, await FigureStatusAsync(database));
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var batch = await db.ImportBatches.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((ImportBatchStatus.Withdrawn, "Verkeerd bestand."), (batch.Status, batch.WithdrawalReason));
        Assert.StartsWith("cli (", batch.ReviewedBy, StringComparison.Ordinal);
        var audit = await db.AuditEntries.OrderBy(a => a.Id).Select(a => new { a.EntityType, a.Action }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            [
                (AuditEntityTypes.ImportBatch, AuditAction.Created), // the import itself
                (AuditEntityTypes.ImportBatch, AuditAction.Updated), (AuditEntityTypes.ObservationStatus, AuditAction.Updated), // publish
                (AuditEntityTypes.ImportBatch, AuditAction.Updated), (AuditEntityTypes.ObservationStatus, AuditAction.Updated), // withdraw
            ],
            audit.Select(a => (a.EntityType, a.Action)));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_UnknownId_ExitsWithBadInputAndSaysSo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var run = await CliRunner.RunAsync(CliRunner.Configuration(database), "", "imports", "publish", "42");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("er is geen import met id 42", run.Stderr, StringComparison.Ordinal);
    }

    private static async Task<int> SingleBatchIdAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().ImportBatches.SingleAsync(TestContext.Current.CancellationToken)).Id;
    }

    private static async Task<ObservationStatus> FigureStatusAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Observations.SingleAsync(TestContext.Current.CancellationToken)).Status;
    }
}
