using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Approval;

/// <summary>
/// What the audit trail keeps of a publication and its review, the same whichever way the figures went public: a
/// draft published on the review page or with <c>wijkpeil imports publish</c> (<see cref="ImportReview"/>), or a file
/// published at import with a written note (<c>wijkpeil import … --publish --note</c>).
/// </summary>
internal static class PublicationAudit
{
    /// <summary>The review's part of the entry's summary: empty when nothing was flagged.</summary>
    public static string ReviewSummary(int flagged, int unconfirmed) =>
        flagged == 0
            ? string.Empty
            : unconfirmed == 0 ? $"; {flagged} opvallende cijfers één voor één bevestigd" : $"; {unconfirmed} van {flagged} opvallende cijfers niet bevestigd, gepubliceerd met toelichting";
}

/// <summary>What the audit trail keeps of a publication: the figures, how many the review flagged, which were confirmed, the note.</summary>
internal sealed record PublishedFiguresSnapshot(int ImportBatchId, int Figures, ObservationStatus Status, int Flagged, IReadOnlyList<string> Confirmed, string? Note);
