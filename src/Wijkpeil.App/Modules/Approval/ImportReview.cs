using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Data;
using Wijkpeil.App.Modules.Accounts;
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

    /// <summary>The batch is not in a state for this action, or the reason is missing or too long.</summary>
    Invalid = 3,
}

/// <summary>The result of <see cref="ImportReview.PublishAsync"/> or <see cref="ImportReview.WithdrawAsync"/>.</summary>
/// <param name="Figures">How many figures changed status (Done only).</param>
/// <param name="Error">What was wrong (Invalid only): a Dutch message and a stable code.</param>
public sealed record ReviewOutcome(ReviewOutcomeKind Kind, int Figures = 0, DomainError? Error = null)
{
    public static ReviewOutcome Forbidden { get; } = new(ReviewOutcomeKind.Forbidden);

    public static ReviewOutcome NotFound { get; } = new(ReviewOutcomeKind.NotFound);
}

/// <summary>
/// Publishes an import batch after review, or withdraws a published one with a reason. Only a KnowledgePartner
/// may (<see cref="WijkpeilPermissions.CanReviewImports"/>); the operator of the CLI may too.
/// </summary>
/// <remarks>
/// <para>The batch's status, the status of the figures whose current value it wrote, and two audit entries
/// (the batch; the figures' status with counts) are stored in one transaction: all or nothing. The audit entries
/// also start a new public data version, so cached public pages follow at once.</para>
/// <para>Withdrawing makes the batch's current figures draft again: they leave the public pages and API. The
/// values the batch had replaced are <b>not</b> brought back: they stay in the revision history (the review
/// page lists them as old values) and become public again only by importing a corrected file, which is
/// reviewed like any other. Restoring them automatically would have to decide, per figure, whether the older
/// value's own batch is still trustworthy and what a later re-publication of the withdrawn batch should do;
/// an explicit new import keeps each public figure traceable to one reviewed batch.</para>
/// <para>A withdrawn batch can be published again (a withdrawal by mistake); its figures that no later import
/// replaced become public again.</para>
/// </remarks>
public sealed class ImportReview(WijkpeilDbContext db, AuditLog audit, IAuditActorSource actors, TimeProvider clock)
{
    /// <summary>Publishes a draft (or withdrawn) batch for a signed-in account, checking its permission.</summary>
    public Task<ReviewOutcome> PublishAsync(int batchId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return WijkpeilPermissions.CanReviewImports(user) && AuditActor.From(user) is { } actor
            ? ChangeAsync(batchId, actor.Name, (batch, at) => batch.Publish(actor.Name, at), ObservationStatus.Draft, ObservationStatus.Published, ct)
            : Task.FromResult(ReviewOutcome.Forbidden);
    }

    /// <summary>Withdraws a published batch for a signed-in account, checking its permission; the reason is required.</summary>
    public Task<ReviewOutcome> WithdrawAsync(int batchId, string? reason, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return WijkpeilPermissions.CanReviewImports(user) && AuditActor.From(user) is { } actor
            ? ChangeAsync(batchId, actor.Name, (batch, at) => batch.Withdraw(actor.Name, reason, at), ObservationStatus.Published, ObservationStatus.Draft, ct)
            : Task.FromResult(ReviewOutcome.Forbidden);
    }

    /// <summary>Publishes as the operator of the command-line tool, who has the server and needs no account.</summary>
    public Task<ReviewOutcome> PublishAsOperatorAsync(int batchId, CancellationToken ct = default)
    {
        var name = actors.Current.Name;
        return ChangeAsync(batchId, name, (batch, at) => batch.Publish(name, at), ObservationStatus.Draft, ObservationStatus.Published, ct);
    }

    /// <summary>Withdraws as the operator of the command-line tool; the reason is required.</summary>
    public Task<ReviewOutcome> WithdrawAsOperatorAsync(int batchId, string? reason, CancellationToken ct = default)
    {
        var name = actors.Current.Name;
        return ChangeAsync(batchId, name, (batch, at) => batch.Withdraw(name, reason, at), ObservationStatus.Published, ObservationStatus.Draft, ct);
    }

    private async Task<ReviewOutcome> ChangeAsync(
        int batchId,
        string reviewer,
        Func<ImportBatch, DateTimeOffset, Result<ImportBatch>> change,
        ObservationStatus from,
        ObservationStatus to,
        CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var batch = await db.ImportBatches.SingleOrDefaultAsync(b => b.Id == batchId, ct);
            if (batch is null)
            {
                return ReviewOutcome.NotFound;
            }

            var before = Snapshot(batch);
            var changed = change(batch, clock.GetUtcNow());
            if (changed.Error is { } error)
            {
                db.ChangeTracker.Clear();
                return new ReviewOutcome(ReviewOutcomeKind.Invalid, Error: error);
            }

            // Only figures whose current value is this batch's: values a later import replaced belong to that import.
            var figures = await db.Observations
                .Where(o => o.ImportBatchId == batchId && o.Status == from)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, to), ct);
            audit.Record(AuditAction.Updated, AuditEntityTypes.ImportBatch, Key(batchId), batch.FileName, before, Snapshot(batch));
            audit.Record(
                AuditAction.Updated,
                AuditEntityTypes.ObservationStatus,
                Key(batchId),
                $"{batch.FileName}: {figures} cijfers van {Dutch(from)} naar {Dutch(to)}",
                new FigureStatusSnapshot(batchId, figures, from),
                new FigureStatusSnapshot(batchId, figures, to));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return new ReviewOutcome(ReviewOutcomeKind.Done, figures);
        });
    }

    private static string Key(int batchId) => batchId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Dutch(ObservationStatus status) => status switch
    {
        ObservationStatus.Draft => "concept",
        ObservationStatus.Approved => "goedgekeurd",
        _ => "gepubliceerd",
    };

    private static BatchSnapshot Snapshot(ImportBatch batch) =>
        new(batch.Id, batch.FileName, batch.Status, batch.ReviewedBy, batch.ReviewedAt, batch.WithdrawalReason);

    /// <summary>What the audit trail keeps of a batch's review state.</summary>
    private sealed record BatchSnapshot(int Id, string FileName, ImportBatchStatus Status, string? ReviewedBy, DateTimeOffset? ReviewedAt, string? WithdrawalReason);

    /// <summary>What the audit trail keeps of a status change of a batch's figures: how many, and which status.</summary>
    private sealed record FigureStatusSnapshot(int ImportBatchId, int Figures, ObservationStatus Status);
}
