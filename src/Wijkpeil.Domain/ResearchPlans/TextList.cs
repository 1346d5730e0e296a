using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.ResearchPlans;

/// <summary>
/// A list typed as one line per item (questions, target groups, partners): items trimmed, blank ones dropped, the
/// same item twice kept once, each and the list bounded, with codes <c>{prefix}.item_too_long</c> and
/// <c>{prefix}.too_many</c>.
/// </summary>
internal static class TextList
{
    public static Result<List<string>> Check(IReadOnlyList<string>? items, int maxItems, int maxItemLength, string codePrefix, string label, string field)
    {
        var kept = (items ?? []).Select(i => i?.Trim() ?? string.Empty).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (kept.Count > maxItems)
        {
            return Result<List<string>>.Failure(
                $"{codePrefix}.too_many",
                string.Create(CultureInfo.InvariantCulture, $"Noem ten hoogste {maxItems} {label}; het zijn er {kept.Count}."),
                field,
                maxItems,
                kept.Count);
        }

        if (kept.FirstOrDefault(i => i.Length > maxItemLength) is { } tooLong)
        {
            return Result<List<string>>.Failure(
                $"{codePrefix}.item_too_long",
                string.Create(CultureInfo.InvariantCulture, $"Eén van de {label} is te lang: {tooLong.Length} tekens, maximaal {maxItemLength}."),
                field,
                tooLong.Length,
                maxItemLength);
        }

        return kept;
    }
}
