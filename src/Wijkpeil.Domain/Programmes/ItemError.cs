using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Programmes;

/// <summary>
/// A rule broken by one item of a list given to a programme's Set methods: the item's position, the member of the
/// item the rule is about (e.g. <c>members</c>; null for the item as a whole, or for the list when
/// <paramref name="Index"/> is null) and the error. The caller turns position and member into its field path.
/// </summary>
public sealed record ItemError(int? Index, string? Member, DomainError Error);
