namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// The order of "first come, first served": by the moment an application became complete, since an incomplete
/// application cannot be decided on and may not claim a place before complete ones (Awb 4:26 lid 2: the published way
/// of distribution); equal moments fall back to the reference so the order is total and repeatable.
/// </summary>
/// <remarks>References compare ordinally, so they should be zero-padded ("2026-0009" before "2026-0010").</remarks>
public static class FirstComeOrder
{
    /// <summary>Negative when the left application comes first, positive when the right one does, 0 only for the same application.</summary>
    public static int Compare(DateTimeOffset leftCompleteAt, string leftReference, DateTimeOffset rightCompleteAt, string rightReference)
    {
        var byMoment = leftCompleteAt.CompareTo(rightCompleteAt);
        return byMoment != 0 ? byMoment : string.CompareOrdinal(leftReference, rightReference);
    }

    /// <summary>Tender candidates in first-come order.</summary>
    public static IComparer<TenderCandidate> Candidates { get; } = Comparer<TenderCandidate>.Create(
        static (left, right) => Compare(left.CompleteAt, left.Reference, right.CompleteAt, right.Reference));

    /// <summary><paramref name="items"/> in first-come order, for any type that knows its completion moment and reference.</summary>
    public static IReadOnlyList<T> Order<T>(IEnumerable<T> items, Func<T, DateTimeOffset> completeAt, Func<T, string> reference)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(completeAt);
        ArgumentNullException.ThrowIfNull(reference);
        var list = items.ToList();
        list.Sort((left, right) => Compare(completeAt(left), reference(left), completeAt(right), reference(right)));
        return list;
    }
}
