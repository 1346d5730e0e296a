using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Data;
using Wijkpeil.App.Import;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Approval;

/// <summary>How a review action ended; nothing was stored unless <see cref="Done"/>.</summary>
public enum ReviewOutcomeKind
{
    Done = 0,

    /// <summary>The account may not review imports.</summary>
    Forbidden = 1,

    /// <summary>There is no batch with this id.</summary>
    NotFound = 2,

    /// <summary>The batch is not in a state for this action, the reason is missing or too long, or its values no longer pass the import's checks.</summary>
    Invalid = 3,
}

/// <summary>The result of <see cref="ImportReview.PublishAsync"/>, <see cref="ImportReview.WithdrawAsync"/> or <see cref="ImportReview.RejectAsync"/>.</summary>
/// <param name="Figures">How many figures changed (Done only): made public, taken back, or discarded.</param>
/// <param name="Error">What was wrong (Invalid only): a Dutch message and a stable code.</param>
/// <param name="Restored">Withdraw only: how many values the batch had replaced are public again.</param>
/// <param name="Issues">Publish only: why the pending values no longer pass the import's checks (Invalid).</param>
public sealed record ReviewOutcome(ReviewOutcomeKind Kind, int Figures = 0, DomainError? Error = null, int Restored = 0, IReadOnlyList<ImportIssue>? Issues = null)
{
    public static ReviewOutcome Forbidden { get; } = new(ReviewOutcomeKind.Forbidden);

    public static ReviewOutcome NotFound { get; } = new(ReviewOutcomeKind.NotFound);
}

/// <summary>
/// Publishes an import batch after review, withdraws a published one, or rejects a draft, each with the reviewer's
/// name and (withdraw, reject) a reason. Only a KnowledgePartner may (<see cref="WijkpeilPermissions.CanReviewImports"/>);
/// the operator of the CLI may too.
/// </summary>
/// <remarks>
/// <para>A draft's values wait in <c>pending_observations</c>, beside the published figures; nothing public changes
/// until a knowledge partner publishes. Publishing replays them through <see cref="ObservationImporter"/> exactly as
/// an import that publishes at once (checked again: the register may have changed since the draft was read).</para>
/// <para>Withdrawing takes the batch's current figures out of the public ones and puts them back to pending under
/// the same batch; per figure, the value the batch had replaced is public again when the batch that wrote it is still
/// published (it comes out of the revision history), and otherwise the figure is no longer public. Publishing a
/// withdrawn batch again then works like publishing a draft.</para>
/// <para>Rejecting a draft discards its pending values; the batch stays, rejected, with the reason.</para>
/// <para>Each action, its figures and two audit entries (the batch; the figures with counts) are one transaction:
/// all or nothing. The audit entries also start a new public data version, so cached public pages follow at once.</para>
/// </remarks>
public sealed class ImportReview(WijkpeilDbContext db, ObservationImporter importer, AuditLog audit, IAuditActorSource actors, TimeProvider clock)
{
    /// <summary>Publishes a draft (or withdrawn) batch for a signed-in account, checking its permission.</summary>
    public Task<ReviewOutcome> PublishAsync(int batchId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Reviewer(user) is { } name ? PublishCoreAsync(batchId, name, ct) : Task.FromResult(ReviewOutcome.Forbidden);
    }

    /// <summary>Withdraws a published batch for a signed-in account, checking its permission; the reason is required.</summary>
    public Task<ReviewOutcome> WithdrawAsync(int batchId, string? reason, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Reviewer(user) is { } name ? WithdrawCoreAsync(batchId, name, reason, ct) : Task.FromResult(ReviewOutcome.Forbidden);
    }

    /// <summary>Rejects a draft batch for a signed-in account, checking its permission; the reason is required.</summary>
    public Task<ReviewOutcome> RejectAsync(int batchId, string? reason, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Reviewer(user) is { } name ? RejectCoreAsync(batchId, name, reason, ct) : Task.FromResult(ReviewOutcome.Forbidden);
    }

    /// <summary>Publishes as the operator of the command-line tool, who has the server and needs no account.</summary>
    public Task<ReviewOutcome> PublishAsOperatorAsync(int batchId, CancellationToken ct = default) =>
        PublishCoreAsync(batchId, actors.Current.Name, ct);

    /// <summary>Withdraws as the operator of the command-line tool; the reason is required.</summary>
    public Task<ReviewOutcome> WithdrawAsOperatorAsync(int batchId, string? reason, CancellationToken ct = default) =>
        WithdrawCoreAsync(batchId, actors.Current.Name, reason, ct);

    /// <summary>Rejects a draft as the operator of the command-line tool; the reason is required.</summary>
    public Task<ReviewOutcome> RejectAsOperatorAsync(int batchId, string? reason, CancellationToken ct = default) =>
        RejectCoreAsync(batchId, actors.Current.Name, reason, ct);

    private static string? Reviewer(ClaimsPrincipal user) =>
        WijkpeilPermissions.CanReviewImports(user) && AuditActor.From(user) is { } actor ? actor.Name : null;

    private Task<ReviewOutcome> PublishCoreAsync(int batchId, string reviewer, CancellationToken ct) =>
        ChangeAsync(batchId, pauseForeignKeyChecks: true, (batch, at) => batch.Publish(reviewer, at), async (batch, at) =>
        {
            var published = await importer.PublishPendingAsync(batch, at, ct);
            if (published.Failure is { } failure)
            {
                return new ReviewOutcome(
                    ReviewOutcomeKind.Invalid,
                    Error: new DomainError("import_batch.no_longer_valid", "De cijfers van deze import voldoen niet meer aan de controles van het inlezen (het gebiedenregister of de indicatorcatalogus is sindsdien veranderd); er is niets gepubliceerd. Lees een gecorrigeerd bestand in of verwerp deze import."),
                    Issues: failure.Issues);
            }

            Record(batch, published.Figures, ObservationStatus.Draft, ObservationStatus.Published, $"{batch.FileName}: {published.Figures} cijfers van concept naar gepubliceerd");
            return new ReviewOutcome(ReviewOutcomeKind.Done, published.Figures);
        },
        ct);

    private Task<ReviewOutcome> WithdrawCoreAsync(int batchId, string reviewer, string? reason, CancellationToken ct) =>
        ChangeAsync(batchId, pauseForeignKeyChecks: false, (batch, at) => batch.Withdraw(reviewer, reason, at), async (batch, _) =>
        {
            var (figures, restored) = await PendingBatches.ReturnToPendingAsync(db, batch, ct);
            Record(batch, figures, ObservationStatus.Published, ObservationStatus.Draft, $"{batch.FileName}: {figures} cijfers van gepubliceerd naar concept, {restored} vervangen waarden weer gepubliceerd");
            return new ReviewOutcome(ReviewOutcomeKind.Done, figures, Restored: restored);
        },
        ct);

    private Task<ReviewOutcome> RejectCoreAsync(int batchId, string reviewer, string? reason, CancellationToken ct) =>
        ChangeAsync(batchId, pauseForeignKeyChecks: false, (batch, at) => batch.Reject(reviewer, reason, at), async (batch, _) =>
        {
            var figures = await PendingBatches.DiscardAsync(db, batch.Id, ct);
            audit.Record(
                AuditAction.Deleted,
                AuditEntityTypes.ObservationStatus,
                Key(batch.Id),
                $"{batch.FileName}: {figures} conceptcijfers verworpen",
                new FigureStatusSnapshot(batch.Id, figures, ObservationStatus.Draft),
                after: null);
            return new ReviewOutcome(ReviewOutcomeKind.Done, figures);
        },
        ct);

    /// <summary>
    /// One review action in one write transaction: the batch's state change (refused: nothing stored), the work on its
    /// figures, the audit entry of the batch and the one <paramref name="apply"/> records for the figures.
    /// </summary>
    private async Task<ReviewOutcome> ChangeAsync(
        int batchId,
        bool pauseForeignKeyChecks,
        Func<ImportBatch, DateTimeOffset, Result<ImportBatch>> change,
        Func<ImportBatch, DateTimeOffset, Task<ReviewOutcome>> apply,
        CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var foreignKeyChecks = pauseForeignKeyChecks ? await ImportForeignKeyChecks.PauseAsync(db, ct) : null;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await ImportWriteLock.AcquireAsync(db, ct);
            var batch = await db.ImportBatches.SingleOrDefaultAsync(b => b.Id == batchId, ct);
            if (batch is null)
            {
                return ReviewOutcome.NotFound;
            }

            var before = Snapshot(batch);
            var at = clock.GetUtcNow();
            var changed = change(batch, at);
            if (changed.Error is { } error)
            {
                db.ChangeTracker.Clear();
                return new ReviewOutcome(ReviewOutcomeKind.Invalid, Error: error);
            }

            audit.Record(AuditAction.Updated, AuditEntityTypes.ImportBatch, Key(batchId), batch.FileName, before, Snapshot(batch));
            var outcome = await apply(batch, at);
            if (outcome.Kind != ReviewOutcomeKind.Done)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return outcome;
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return outcome;
        });
    }

    private void Record(ImportBatch batch, int figures, ObservationStatus from, ObservationStatus to, string summary) =>
        audit.Record(
            AuditAction.Updated,
            AuditEntityTypes.ObservationStatus,
            Key(batch.Id),
            summary,
            new FigureStatusSnapshot(batch.Id, figures, from),
            new FigureStatusSnapshot(batch.Id, figures, to));

    private static string Key(int batchId) => batchId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static BatchSnapshot Snapshot(ImportBatch batch) =>
        new(batch.Id, batch.FileName, batch.Status, batch.ReviewedBy, batch.ReviewedAt, batch.WithdrawalReason, batch.RejectionReason);

    /// <summary>What the audit trail keeps of a batch's review state.</summary>
    private sealed record BatchSnapshot(int Id, string FileName, ImportBatchStatus Status, string? ReviewedBy, DateTimeOffset? ReviewedAt, string? WithdrawalReason, string? RejectionReason);

    /// <summary>What the audit trail keeps of a change of a batch's figures: how many, and which status (draft: pending).</summary>
    private sealed record FigureStatusSnapshot(int ImportBatchId, int Figures, ObservationStatus Status);
}
