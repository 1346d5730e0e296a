using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Tests.Import;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Approval;
using Wijkpeil.Cli;

namespace Wijkpeil.App.Tests.Cli;

/// <summary>
/// Issue 11, point 7 on the command line: <c>wijkpeil import … --publish</c> puts the figures to the review's rules as
/// the review page does; a file with flagged figures is refused, naming each, unless <c>--note</c> says why it goes out
/// anyway, and then the note is kept and audited as the review page's "publish with a note".
/// </summary>
public sealed class ImportPublishReviewCliTests
{
    private const string Overweight = OverweightCase.Indicator;
    private const string Overvecht = OverweightCase.Overvecht;
    private const string Header = "area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source\n";
    private const string Note = "Nagevraagd bij de GGD: beide cijfers kloppen.";

    /// <summary>Overvecht's Overgewicht 51% in 2020 turns 95% in 2022 (new); Wijk 04's 52% of 2022 is corrected to 75%.</summary>
    private const string Implausible = Header
        + $"{Overvecht},{Overweight},2022,totaal,95,,,,GGD-monitor\n"
        + $"WK034404,{Overweight},2022,totaal,75,,,,GGD-monitor\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportPublish_ImplausibleFigures_IsRefusedNamingEachAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await WithOverweightAsync(provider);
        using var folder = new TempFolder();
        var before = await StateAsync(database);

        var run = await CliRunner.RunAsync(CliRunner.Configuration(database), "", "import", "observations", folder.Write("overgewicht-2022.csv", Implausible), "--publish");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("er is niets opgeslagen of gepubliceerd: 2 cijfers uit overgewicht-2022.csv vallen op", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Overvecht (WK034403), Overgewicht, 2022, totaal: 95% (nieuw): grote verandering sinds de vorige periode: was 51% in 2020, verschil +44", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Wijk 04 (WK034404), Overgewicht, 2022, totaal: 52% → 75%: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("grote verandering: was 52%, verschil +23", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("--note", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("zonder --publish", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        Assert.Equal(before, await StateAsync(database));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportPublish_ImplausibleFiguresWithANote_PublishesAndAuditsTheNoteAsTheReviewPageDoes(DatabaseProvider provider)
    {
        await using var database = await WithOverweightAsync(provider);
        using var folder = new TempFolder();

        var run = await CliRunner.RunAsync(CliRunner.Configuration(database), "", "import", "observations", folder.Write("overgewicht-2022.csv", Implausible), "--publish", "--note", Note);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("overgewicht-2022.csv ingelezen als gepubliceerd: 1 nieuw, 1 gewijzigd", run.Stdout, StringComparison.Ordinal);
        Assert.Equal((95.0, 75.0), (await OverweightIn2022Async(database, Overvecht), await OverweightIn2022Async(database, "WK034404")));
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var batch = await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.Id).FirstAsync(Ct);
        Assert.Equal(("overgewicht-2022.csv", Note), (batch.FileName, batch.PublicationNote));
        var key = batch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var figures = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == AuditEntityTypes.ObservationStatus && a.EntityId == key, Ct);
        Assert.Contains("2 van 2 opvallende cijfers niet bevestigd, gepubliceerd met toelichting", figures.Summary, StringComparison.Ordinal);
        Assert.Contains("\"Flagged\":2,\"Confirmed\":[]", figures.After, StringComparison.Ordinal);
        Assert.Contains(Note, figures.After, StringComparison.Ordinal);
        var created = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == AuditEntityTypes.ImportBatch && a.EntityId == key, Ct);
        Assert.Equal(AuditAction.Created, created.Action);
        Assert.Contains(Note, created.After, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportPublish_NothingFlagged_PublishesWithoutANote(DatabaseProvider provider)
    {
        await using var database = await WithOverweightAsync(provider);
        using var folder = new TempFolder();

        var run = await CliRunner.RunAsync(CliRunner.Configuration(database), "", "import", "observations", folder.Write("overvecht-2022.csv", Header + $"{Overvecht},{Overweight},2022,totaal,52,,,,GGD-monitor\n"), "--publish");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Stderr);
        Assert.Contains("overvecht-2022.csv ingelezen als gepubliceerd: 1 nieuw", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(52.0, await OverweightIn2022Async(database, Overvecht));
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Null((await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.Id).FirstAsync(Ct)).PublicationNote);
        Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityType == AuditEntityTypes.ObservationStatus, Ct));
    }

    [Fact]
    public async Task ImportNote_WithoutPublish_IsAUsageErrorThatPointsToPublishingTheDraft()
    {
        using var folder = new TempFolder();

        var run = await CliRunner.RunAsync(null, "", "import", "observations", folder.Write("overgewicht-2022.csv", Implausible), "--note", Note);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--note hoort bij --publish", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("wijkpeil imports publish ID --note", run.Stderr, StringComparison.Ordinal);
    }

    private static Task<TestDatabase> WithOverweightAsync(DatabaseProvider provider) => OverweightCase.CreateAsync(provider);

    private static Task<double?> OverweightIn2022Async(TestDatabase database, string area) => OverweightCase.In2022Async(database, area);

    /// <summary>What a refused import must leave as it was: figures, revisions, batches, pending values and the audit trail.</summary>
    private static async Task<(int Figures, int Revisions, int Batches, int Pending, int Audit, double? Overvecht, double? Wijk04)> StateAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        return (
            await db.Observations.CountAsync(Ct),
            await db.ObservationRevisions.CountAsync(Ct),
            await db.ImportBatches.CountAsync(Ct),
            await db.PendingObservations.CountAsync(Ct),
            await db.AuditEntries.CountAsync(Ct),
            await OverweightIn2022Async(database, Overvecht),
            await OverweightIn2022Async(database, "WK034404"));
    }
}
