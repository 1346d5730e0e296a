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
public sealed record ReviewDone(int Figures, int Restored = 0);

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
/// all or nothing. Publishing and withdrawing also mark the cached public pages of the batch's areas and indicators
/// stale (<see cref="IPublicChanges"/>), in the same transaction; rejecting a draft changes nothing public.</para>
/// </remarks>
public sealed class ImportReview(
    WijkpeilDbContext db, ObservationImporter importer, ImportRegister registry, IAuditLog audit, IAuditActorSource actors, IPublicChanges publicChanges, TimeProvider clock)
{
    /// <summary>Publishes a draft (or withdrawn) batch for a signed-in account, checking its permission.</summary>
    public Task<Outcome<ReviewDone>> PublishAsync(int batchId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Reviewer(user) is { } name ? PublishCoreAsync(batchId, name, ct) : Task.FromResult(Forbidden);
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
    public Task<Outcome<ReviewDone>> PublishAsOperatorAsync(int batchId, CancellationToken ct = default) =>
        PublishCoreAsync(batchId, actors.Current.Name, ct);

    /// <summary>Withdraws as the operator of the command-line tool; the reason is required.</summary>
    public Task<Outcome<ReviewDone>> WithdrawAsOperatorAsync(int batchId, string? reason, CancellationToken ct = default) =>
        WithdrawCoreAsync(batchId, actors.Current.Name, reason, ct);

    /// <summary>Rejects a draft as the operator of the command-line tool; the reason is required.</summary>
    public Task<Outcome<ReviewDone>> RejectAsOperatorAsync(int batchId, string? reason, CancellationToken ct = default) =>
        RejectCoreAsync(batchId, actors.Current.Name, reason, ct);

    private static string? Reviewer(ClaimsPrincipal user) =>
        WijkpeilPermissions.CanReviewImports(user) && AuditActor.From(user) is { } actor ? actor.Name : null;

    private Task<Outcome<ReviewDone>> PublishCoreAsync(int batchId, string reviewer, CancellationToken ct) =>
        ChangeAsync(batchId, pauseForeignKeyChecks: true, (batch, at) => batch.Publish(reviewer, at), async (batch, at) =>
        {
            var published = await importer.PublishPendingAsync(batch, at, ct);
            if (published.Failure is { } failure)
            {
                return Outcome<ReviewDone>.Failure(
                    [Problem.Invalid(null, "import_batch.no_longer_valid"), .. failure.Issues.Select(i => Problem.Invalid(null, "import_batch.issue", i.ToString()))]);
            }

            Record(batch, published.Figures, ObservationStatus.Draft, ObservationStatus.Published, $"{batch.FileName}: {published.Figures} cijfers van concept naar gepubliceerd");
            return new ReviewDone(published.Figures);
        },
        ct);

    private Task<Outcome<ReviewDone>> WithdrawCoreAsync(int batchId, string reviewer, string? reason, CancellationToken ct) =>
        ChangeAsync(batchId, pauseForeignKeyChecks: false, (batch, at) => batch.Withdraw(reviewer, reason, at), async (batch, _) =>
        {
            publicChanges.Invalidate(await FigureChangeTags.OfBatchAsync(db, registry, batch.Id, ct));
            var (figures, restored) = await PendingBatches.ReturnToPendingAsync(db, registry, batch, ct);
            Record(batch, figures, ObservationStatus.Published, ObservationStatus.Draft, $"{batch.FileName}: {figures} cijfers van gepubliceerd naar concept, {restored} vervangen waarden weer gepubliceerd");
            return new ReviewDone(figures, restored);
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
