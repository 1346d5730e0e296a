using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Opportunities;

/// <summary>
/// A run of calendar days whose ends count as included, either of which may be open: the time window of an
/// opportunity, the planned period of works. An open start means "from whenever", an open end "until further
/// notice"; an unknown date is left open rather than guessed.
/// </summary>
public readonly record struct DateWindow
{
    private DateWindow(DateOnly? from, DateOnly? to)
    {
        From = from;
        To = to;
    }

    /// <summary>The first day, or null when open at the start.</summary>
    public DateOnly? From { get; }

    /// <summary>The last day (included), or null when open at the end.</summary>
    public DateOnly? To { get; }

    /// <summary>A window from <paramref name="from"/> to <paramref name="to"/>; an end before the start is refused at <paramref name="toField"/>.</summary>
    public static Result<DateWindow> Create(DateOnly? from, DateOnly? to, string codePrefix, string toField)
    {
        if (from is { } start && to is { } end && end < start)
        {
            return Result<DateWindow>.Failure(
                $"{codePrefix}.end_before_start",
                string.Create(CultureInfo.InvariantCulture, $"De einddatum {end:dd-MM-yyyy} ligt vóór de begindatum {start:dd-MM-yyyy}."),
                toField,
                end,
                start);
        }

        return new DateWindow(from, to);
    }

    /// <summary>
    /// The days both windows share, or null when they share none. Windows that meet on one day (one ends on the
    /// day the other starts) share that day: both count it as theirs.
    /// </summary>
    public DateWindow? Overlap(DateWindow other)
    {
        var from = Later(From, other.From);
        var to = Earlier(To, other.To);
        return from is { } start && to is { } end && end < start ? null : new DateWindow(from, to);
    }

    private static DateOnly? Later(DateOnly? left, DateOnly? right) =>
        left is null ? right : right is null ? left : left > right ? left : right;

    private static DateOnly? Earlier(DateOnly? left, DateOnly? right) =>
        left is null ? right : right is null ? left : left < right ? left : right;
}
