using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Opportunities;

/// <summary>
/// The status steps of a meekoppelkans. Forward only: gesignaleerd → verkend → afgesproken → gerealiseerd, where
/// verkend may be skipped (a chance can be agreed at once) but afgesproken may not (nothing is realised that was
/// never agreed). Any open status may lapse (vervallen), always with a reason, since the yearly letter has to
/// account for it; a lapsed chance may be reopened as gesignaleerd, again with a reason. Gerealiseerd is final.
/// </summary>
public sealed partial class Opportunity
{
    private static readonly Dictionary<OpportunityStatus, IReadOnlyList<OpportunityStatus>> Steps = new()
    {
        [OpportunityStatus.Gesignaleerd] = [OpportunityStatus.Verkend, OpportunityStatus.Afgesproken, OpportunityStatus.Vervallen],
        [OpportunityStatus.Verkend] = [OpportunityStatus.Afgesproken, OpportunityStatus.Vervallen],
        [OpportunityStatus.Afgesproken] = [OpportunityStatus.Gerealiseerd, OpportunityStatus.Vervallen],
        [OpportunityStatus.Gerealiseerd] = [],
        [OpportunityStatus.Vervallen] = [OpportunityStatus.Gesignaleerd],
    };

    /// <summary>The statuses this chance may move to now, for the buttons a page offers.</summary>
    public IReadOnlyList<OpportunityStatus> NextStatuses => Steps[Status];

    /// <summary>
    /// Moves the chance to <paramref name="to"/> and writes it in the history. Lapsing and reopening need a
    /// <paramref name="note"/>; a change may not be dated before the last one.
    /// </summary>
    public Result<OpportunityStatusChange> ChangeStatus(OpportunityStatus to, DateTimeOffset at, string by, string? note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (to == Status)
        {
            return Result<OpportunityStatusChange>.Failure("opportunity.status.unchanged", $"De meekoppelkans is al {StatusText(Status)}.", "status", StatusText(Status));
        }

        if (!NextStatuses.Contains(to))
        {
            return Result<OpportunityStatusChange>.Failure(
                "opportunity.status.transition",
                $"Een meekoppelkans die {StatusText(Status)} is, kan niet naar {StatusText(to)}.",
                "status",
                StatusText(Status),
                StatusText(to));
        }

        var text = TextRules.Optional(note, OpportunityStatusChange.NoteMaxLength, "opportunity.status.note", "de toelichting", "note");
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        if (text.Value is null && (to == OpportunityStatus.Vervallen || Status == OpportunityStatus.Vervallen))
        {
            return Result<OpportunityStatusChange>.Failure(
                "opportunity.status.note_required",
                to == OpportunityStatus.Vervallen ? "Schrijf op waarom de meekoppelkans vervalt." : "Schrijf op waarom de meekoppelkans weer open gaat.",
                "note");
        }

        if (History[^1].At > at)
        {
            return Result<OpportunityStatusChange>.Failure("opportunity.status.before_last", "Een statuswijziging kan niet vóór de vorige liggen.", "at");
        }

        var change = new OpportunityStatusChange(Status, to, at, by.Trim(), text.Value);
        _history.Add(change);
        Status = to;
        return change;
    }

    /// <summary>The Dutch word for a status, for messages.</summary>
    private static string StatusText(OpportunityStatus status) => status switch
    {
        OpportunityStatus.Gesignaleerd => "gesignaleerd",
        OpportunityStatus.Verkend => "verkend",
        OpportunityStatus.Afgesproken => "afgesproken",
        OpportunityStatus.Gerealiseerd => "gerealiseerd",
        OpportunityStatus.Vervallen => "vervallen",
        _ => status.ToString(),
    };
}
