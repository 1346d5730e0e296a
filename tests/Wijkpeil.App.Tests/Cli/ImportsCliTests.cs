using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Cli;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Cli;

/// <summary><c>wijkpeil imports</c> run in-process: the history and the operator's publish, withdraw and reject.</summary>
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
        Assert.Contains($"Import {id} ingetrokken: 1 cijfers wachten weer als concept; 0 daarvan hebben weer de eerder gepubliceerde waarde, 1 had deze import als eerste gepubliceerd en zijn niet meer openbaar.", withdraw.Stdout, StringComparison.Ordinal);
        Assert.Equal((0, 1), await FigureAndPendingCountsAsync(database));
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
    public async Task Publish_DraftWithAFlaggedFigure_IsRefusedNamingItUntilConfirmed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ApiTestData.SeedRegisterAsync(database);
        await ApiTestData.ImportAsync(database, publish: true, "a.csv", null, ("GM0356", ApiTestData.Health, "2022", "18+", 77.7, null, null, null));
        await ApiTestData.ImportAsync(database, publish: false, "b.csv", null, ("GM0356", ApiTestData.Health, "2022", "18+", 27.7, null, null, null));
        var id = await LatestBatchIdAsync(database);
        var figure = $"GM0356/{ApiTestData.Health}/2022/18+";

        var refused = await CliRunner.RunAsync(CliRunner.Configuration(database), "", "imports", "publish", $"{id}");
        var statusAfterRefusal = (await BatchAsync(database, id)).Status;
        var confirmed = await CliRunner.RunAsync(CliRunner.Configuration(database), "", "imports", "publish", $"{id}", "--confirm", figure);

        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("1 opvallende cijfers zijn niet bevestigd.", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains($"Niet bevestigd: {figure}", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(ImportBatchStatus.Draft, statusAfterRefusal);
        Assert.Equal(ExitCodes.Success, confirmed.ExitCode);
        Assert.Equal(ImportBatchStatus.Published, (await BatchAsync(database, id)).Status);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reject_DraftBatch_DiscardsItsValuesWithTheReasonAndRecordsTheOperator(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ApiTestData.SeedRegisterAsync(database);
        await ApiTestData.ImportAsync(database, publish: false, "concept.csv", "50090NED", ("GM0356", ApiTestData.Health, "2022", "18+", 77.7, null, null, null));
        var id = await SingleBatchIdAsync(database);

        var noReason = await CliRunner.RunAsync(CliRunner.Configuration(database), "", "imports", "reject", $"{id}", "--reason", " ");
        var reject = await CliRunner.RunAsync(CliRunner.Configuration(database), "", "imports", "reject", $"{id}", "--reason", "Verkeerde gemeente.");
        var again = await CliRunner.RunAsync(CliRunner.Configuration(database), "", "imports", "reject", $"{id}", "--reason", "Nog eens.");
        var list = await CliRunner.RunAsync(CliRunner.Configuration(database), "", "imports", "list");

        Assert.Equal(ExitCodes.BadInput, noReason.ExitCode);
        Assert.Contains("Vul de reden van verwerpen in.", noReason.Stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, reject.ExitCode);
        Assert.Contains($"Import {id} verworpen: 1 conceptcijfers zijn weggegooid.", reject.Stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, again.ExitCode);
        Assert.Contains("Alleen een concept kun je verwerpen", again.Stderr, StringComparison.Ordinal);
        Assert.Contains("verworpen", list.Stdout, StringComparison.Ordinal);
        Assert.Equal((0, 0), await FigureAndPendingCountsAsync(database));
        await using var scope = database.CreateScope();
        var batch = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().ImportBatches.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((ImportBatchStatus.Rejected, "Verkeerde gemeente."), (batch.Status, batch.RejectionReason));
        Assert.StartsWith("cli (", batch.ReviewedBy, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_UnknownId_ExitsWithBadInputAndSaysSo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var run = await CliRunner.RunAsync(CliRunner.Configuration(database), "", "imports", "publish", "42");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("er is geen import met id 42", run.Stderr, StringComparison.Ordinal);
    }

    private static async Task<int> LatestBatchIdAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().ImportBatches.MaxAsync(b => b.Id, TestContext.Current.CancellationToken);
    }

    private static async Task<ImportBatch> BatchAsync(TestDatabase database, int id)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id, TestContext.Current.CancellationToken);
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

    /// <summary>Public figures and values waiting as draft.</summary>
    private static async Task<(int Figures, int Pending)> FigureAndPendingCountsAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        return (await db.Observations.CountAsync(TestContext.Current.CancellationToken), await db.PendingObservations.CountAsync(TestContext.Current.CancellationToken));
    }
}
