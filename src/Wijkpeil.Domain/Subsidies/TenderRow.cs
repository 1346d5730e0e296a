using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>One line of a tender's ranked list (see <see cref="TenderRanking.Rank"/>).</summary>
/// <param name="Rank">1 for the first ranked application; null for an application below the minimum or without a score.</param>
/// <param name="Candidate">The application.</param>
/// <param name="BelowMinimum">Not ranked: no score, or a score below the scheme's minimum; never funded.</param>
/// <param name="Funded">Above the cut line: it fits within the plafond together with everything ranked above it.</param>
/// <param name="CumulativeAmount">The amounts applied for by this and every ranked row above it; null when not ranked.</param>
/// <param name="TieBrokenBy">
/// This row has the same score as the row above or below it, so its place against that neighbour was decided by the
/// recorded <see cref="TieBreakRule"/>.
/// </param>
public sealed record TenderRow(int? Rank, TenderCandidate Candidate, bool BelowMinimum, bool Funded, Money? CumulativeAmount, bool TieBrokenBy);
