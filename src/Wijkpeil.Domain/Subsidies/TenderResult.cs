using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>A tender's ranked list with its plafond cut line.</summary>
/// <param name="Rows">Ranked rows first (best first), then the rows below the minimum.</param>
/// <param name="CutLine">The index in <paramref name="Rows"/> just after the last funded row (0 when nothing is funded).</param>
/// <param name="Plafond">The plafond distributed.</param>
/// <param name="Funded">The sum of the funded amounts.</param>
/// <param name="Remaining">Plafond minus <paramref name="Funded"/>.</param>
/// <param name="Rule">The tie-break rule applied.</param>
public sealed record TenderResult(IReadOnlyList<TenderRow> Rows, int CutLine, Money Plafond, Money Funded, Money Remaining, TieBreakRule Rule);
