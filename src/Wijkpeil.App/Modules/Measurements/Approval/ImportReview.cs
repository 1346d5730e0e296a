using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Approval;

/// <summary>
/// What a review action did: <see cref="ImportReview.PublishAsync"/>, <see cref="ImportReview.WithdrawAsync"/> or
/// <see cref="ImportReview.RejectAsync"/>. A refusal is an <see cref="Outcome{T}"/> failure instead: forbidden, no such
/// batch, a batch not in a state for this action, a missing or long reason (field <c>reason</c>), or values that no
/// longer pass the import's checks (<c>import_batch.no_longer_valid</c>, followed by one <c>import_batch.issue</c> each).
/// </summary>
/// <param name="Figures">How many figures changed: made public, taken back, or discarded.</param>
/// <param name="Restored">Withdraw only: how many values the batch had replaced are public again.</param>
/// <param name="Removed">Withdraw only: how many figures the batch had published first are no longer public.</param>
public sealed record ReviewDone(int Figures, int Restored = 0, int Removed = 0);

/// <summary>
/// What the reviewer decided about the figures the review flagged (<see cref="ImportReviewQueries"/>'s outliers):
/// the ones confirmed one by one, by <see cref="FigureKey.Id"/>, and a note. Publishing needs every flagged figure
/// confirmed, or a note that says why the batch goes out anyway.
/// </summary>
public sealed record PublishDecision(IReadOnlyCollection<string> Confirmed, string? Note = null)
{
    public static PublishDecision None { get; } = new([]);
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
/// <para>Publishing asks the review's flagged figures (<see cref="ImportReviewQueries.FlaggedAsync(int, CancellationToken)"/>, the same rules
/// the review page shows, worked out again inside the transaction) to be confirmed one by one, or a written note:
/// else it is refused with <c>import_batch.outliers.unconfirmed</c> at field <c>confirmed</c> and one
/// <c>import_batch.outlier.unconfirmed</c> per figure. The note is kept with the batch; note and confirmations go
/// into the audit trail.</para>
/// <para>Rejecting a draft discards its pending values; the batch stays, rejected, with the reason.</para>
/// <para>Each action, its figures and two audit entries (the batch; the figures with counts) are one transaction:
/// all or nothing. Publishing and withdrawing also mark the cached public pages of the batch's areas and indicators
/// stale (<see cref="IPublicChanges"/>), in the same transaction; rejecting a draft changes nothing public.</para>
/// </remarks>
public sealed class ImportReview(
    WijkpeilDbContext db, ImportReviewQueries queries, ObservationImporter importer, ImportRegister registry, IAuditLog audit, IAuditActorSource actors, IPublicChanges publicChanges, TimeProvider clock)
{
    /// <summary>Publishes a draft (or withdrawn) batch for a signed-in account, checking its permission and the flagged figures.</summary>
    public Task<Outcome<ReviewDone>> PublishAsync(int batchId, PublishDecision decision, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(user);
        return Reviewer(user) is { } name ? PublishCoreAsync(batchId, name, decision, ct) : Task.FromResult(Forbidden);
    }

    /// <summary>Withdraws a published batch for a signed-in account, checking its permission; the reason is required.</summary>
    public Task<Outcome<ReviewDone>> WithdrawAsync(int batchId, string? reason, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Reviewer(user) is { } name ? WithdrawCoreAsync(batchId, name, reason, ct) : Task.FromResult(Forbidden);
    }

    /// <summary>Rejects a draft batch for a signed-in account, checking its permission; the reason is required.</summary>
    public Task<Outcome<ReviewDone>> RejectAsync(int batchId, string? reason, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Reviewer(user) is { } name ? RejectCoreAsync(batchId, name, reason, ct) : Task.FromResult(Forbidden);
    }

    /// <summary>Publishes as the operator of the command-line tool, who has the server and needs no account.</summary>
    public Task<Outcome<ReviewDone>> PublishAsOperatorAsync(int batchId, PublishDecision? decision = null, CancellationToken ct = default) =>
        PublishCoreAsync(batchId, actors.Current.Name, decision ?? PublishDecision.None, ct);

    /// <summary>Withdraws as the operator of the command-line tool; the reason is required.</summary>
    public Task<Outcome<ReviewDone>> WithdrawAsOperatorAsync(int batchId, string? reason, CancellationToken ct = default) =>
        WithdrawCoreAsync(batchId, actors.Current.Name, reason, ct);

    /// <summary>Rejects a draft as the operator of the command-line tool; the reason is required.</summary>
    public Task<Outcome<ReviewDone>> RejectAsOperatorAsync(int batchId, string? reason, CancellationToken ct = default) =>
        RejectCoreAsync(batchId, actors.Current.Name, reason, ct);

    private static string? Reviewer(ClaimsPrincipal user) =>
        WijkpeilPermissions.CanReviewImports(user) && AuditActor.From(user) is { } actor ? actor.Name : null;

    private Task<Outcome<ReviewDone>> PublishCoreAsync(int batchId, string reviewer, PublishDecision decision, CancellationToken ct) =>
        ChangeAsync(batchId, pauseForeignKeyChecks: true, (batch, at) => batch.Publish(reviewer, at, decision.Note), async (batch, at) =>
        {
            // Worked out on the values about to be published, against the figures public now, as the page showed them.
            var flagged = await queries.FlaggedAsync(batch.Id, ct);
            var confirmed = decision.Confirmed.ToHashSet(StringComparer.Ordinal);
            var unconfirmed = flagged.Where(o => !confirmed.Contains(o.Figure.Id)).ToList();
            if (unconfirmed.Count > 0 && batch.PublicationNote is null)
            {
                return Outcome<ReviewDone>.Failure(
                    [Problem.Invalid("confirmed", "import_batch.outliers.unconfirmed", unconfirmed.Count), .. unconfirmed.Take(ImportReviewQueries.ListCap).Select(o => Problem.Invalid(null, "import_batch.outlier.unconfirmed", o.Figure.Id))]);
            }

            var published = await importer.PublishPendingAsync(batch, at, ct);
            if (published.Failure is { } failure)
            {
                return Outcome<ReviewDone>.Failure(
                    [Problem.Invalid(null, "import_batch.no_longer_valid"), .. failure.Issues.Select(i => Problem.Invalid(null, "import_batch.issue", i.ToString()))]);
            }

            var confirmedFlagged = flagged.Where(o => confirmed.Contains(o.Figure.Id)).Select(o => o.Figure.Id).ToList();
            var review = PublicationAudit.ReviewSummary(flagged.Count, unconfirmed.Count);
            audit.Record(
                AuditAction.Updated,
                AuditEntityTypes.ObservationStatus,
                Key(batch.Id),
                $"{batch.FileName}: {published.Figures} cijfers van concept naar gepubliceerd{review}",
                new FigureStatusSnapshot(batch.Id, published.Figures, ObservationStatus.Draft),
                new PublishedFiguresSnapshot(batch.Id, published.Figures, ObservationStatus.Published, flagged.Count, confirmedFlagged, batch.PublicationNote));
            return new ReviewDone(published.Figures);
        },
        ct);

    private Task<Outcome<ReviewDone>> WithdrawCoreAsync(int batchId, string reviewer, string? reason, CancellationToken ct) =>
        ChangeAsync(batchId, pauseForeignKeyChecks: false, (batch, at) => batch.Withdraw(reviewer, reason, at), async (batch, _) =>
        {
            publicChanges.Invalidate(await FigureChangeTags.OfBatchAsync(db, registry, batch.Id, ct));
            var withdrawn = await PendingBatches.ReturnToPendingAsync(db, registry, batch, ct);
            batch.RecordWithdrawal(withdrawn.Restored, withdrawn.Removed);
            audit.Record(
                AuditAction.Updated,
                AuditEntityTypes.ObservationStatus,
                Key(batch.Id),
                $"{batch.FileName}: {withdrawn.Figures} cijfers van gepubliceerd naar concept; {withdrawn.Restored} weer met de eerder gepubliceerde waarde, {withdrawn.Removed} niet meer openbaar (eerst door deze import gepubliceerd)",
                new FigureStatusSnapshot(batch.Id, withdrawn.Figures, ObservationStatus.Published),
                new WithdrawnFiguresSnapshot(batch.Id, withdrawn.Figures, ObservationStatus.Draft, withdrawn.Restored, withdrawn.Removed));
            return new ReviewDone(withdrawn.Figures, withdrawn.Restored, withdrawn.Removed);
        },
        ct);

    private Task<Outcome<ReviewDone>> RejectCoreAsync(int batchId, string reviewer, string? reason, CancellationToken ct) =>
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
            return new ReviewDone(figures);
        },
        ct);

    /// <summary>
    /// One review action in one write transaction: the batch's state change (refused: nothing stored), the work on its
    /// figures, the audit entry of the batch and the one <paramref name="apply"/> records for the figures.
    /// </summary>
    private async Task<Outcome<ReviewDone>> ChangeAsync(
        int batchId,
        bool pauseForeignKeyChecks,
        Func<ImportBatch, DateTimeOffset, Result<ImportBatch>> change,
        Func<ImportBatch, DateTimeOffset, Task<Outcome<ReviewDone>>> apply,
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
                return Problem.NotFound("import_batch.not_found", batchId);
            }

            var before = Snapshot(batch);
            var at = clock.GetUtcNow();
            var changed = change(batch, at);
            if (changed.Error is { } error)
            {
                db.ChangeTracker.Clear();
                return Problem.From(error);
            }

            audit.Record(AuditAction.Updated, AuditEntityTypes.ImportBatch, Key(batchId), batch.FileName, before, Snapshot(batch));
            var outcome = await apply(batch, at);
            if (!outcome.Succeeded)
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

    private static Outcome<ReviewDone> Forbidden => Problem.Forbidden("import_batch.review.forbidden");

    private static string Key(int batchId) => batchId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static BatchSnapshot Snapshot(ImportBatch batch) =>
        new(batch.Id, batch.FileName, batch.Status, batch.ReviewedBy, batch.ReviewedAt, batch.WithdrawalReason, batch.RejectionReason, batch.PublicationNote);

    /// <summary>What the audit trail keeps of a batch's review state.</summary>
    private sealed record BatchSnapshot(int Id, string FileName, ImportBatchStatus Status, string? ReviewedBy, DateTimeOffset? ReviewedAt, string? WithdrawalReason, string? RejectionReason, string? PublicationNote);

    /// <summary>What the audit trail keeps of a withdrawal: how many figures went back to pending, got their earlier value back, or left.</summary>
    private sealed record WithdrawnFiguresSnapshot(int ImportBatchId, int Figures, ObservationStatus Status, int Restored, int Removed);

    /// <summary>What the audit trail keeps of a change of a batch's figures: how many, and which status (draft: pending).</summary>
    private sealed record FigureStatusSnapshot(int ImportBatchId, int Figures, ObservationStatus Status);
}
