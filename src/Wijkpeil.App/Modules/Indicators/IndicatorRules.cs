using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>
/// The checks a described indicator passes before it is stored, shared by creating and editing: every field that is
/// wrong gets its own problem at its field (camelCase, <c>mappings[1].measureKey</c>), so a form and the API show all at once.
/// </summary>
internal static class IndicatorRules
{
    /// <summary>The problems of <paramref name="definition"/>; <paramref name="ownId"/> is the indicator being edited (0 when new).</summary>
    public static async Task<List<Problem>> CheckAsync(WijkpeilDbContext db, IndicatorDefinition definition, int ownId, CancellationToken ct)
    {
        var problems = new List<Problem>();
        var code = definition.Code?.Trim() ?? string.Empty;
        if (ownId == 0)
        {
            if (code.Length == 0 || code.Length > Indicator.MaxCodeLength || code.Any(char.IsWhiteSpace))
            {
                problems.Add(Problem.Invalid("code", IndicatorProblems.CodeInvalid, Indicator.MaxCodeLength));
            }
#pragma warning disable CA1304, CA1311, CA1862 // runs as SQL lower() on both providers; indicator codes are ASCII
            else if (await db.Indicators.AnyAsync(i => i.Code.ToLower() == code.ToLowerInvariant(), ct))
#pragma warning restore CA1304, CA1311, CA1862
            {
                // Links and typed addresses lose the case, so two codes that differ only in case would share a page.
                problems.Add(Problem.Conflict("code", IndicatorProblems.CodeTaken, code));
            }
        }

        Text(problems, "nameNl", definition.NameNl, IndicatorLimits.Name);
        Text(problems, "nameEn", definition.NameEn, IndicatorLimits.Name);
        Text(problems, "definitionNl", definition.DefinitionNl, IndicatorLimits.Definition);
        Text(problems, "definitionEn", definition.DefinitionEn, IndicatorLimits.Definition);
        Text(problems, "unit", definition.Unit, IndicatorLimits.Unit);
        Text(problems, "source", definition.Source, IndicatorLimits.Source);
        Text(problems, "populationGroup", definition.PopulationGroup, IndicatorLimits.PopulationGroup);
        if (definition.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            problems.Add(Problem.Invalid("kind", IndicatorProblems.KindRequired));
        }
        else if (kind == IndicatorKind.Percentage && !string.IsNullOrWhiteSpace(definition.Unit) && definition.Unit.Trim() != "%")
        {
            // A percentage's values are bounded to 0..100 and shown with %; another unit would mislabel every figure.
            problems.Add(Problem.Invalid("unit", IndicatorProblems.PercentageUnit, definition.Unit.Trim()));
        }

        if (definition.Polarity is not { } polarity || !Enum.IsDefined(polarity))
        {
            problems.Add(Problem.Invalid("polarity", IndicatorProblems.PolarityRequired));
        }

        if (definition.SourceKind is not { } sourceKind || sourceKind == SourceKind.Unknown || !Enum.IsDefined(sourceKind))
        {
            problems.Add(Problem.Invalid("sourceKind", IndicatorProblems.SourceKindRequired));
        }

        await CheckMappingsAsync(db, definition.Mappings ?? [], ownId, problems, ct);
        await CheckRatioAsync(db, definition.Ratio, code, ownId, problems, ct);
        return problems;
    }

    /// <summary>Writes the checked definition onto the indicator: it is described (curated) from now on.</summary>
    public static void Apply(Indicator indicator, IndicatorDefinition definition)
    {
        indicator.Rename(definition.NameNl!, definition.NameEn!);
        indicator.Classify(definition.Kind!.Value, definition.Polarity!.Value, definition.Unit!);
        indicator.SetSourceKind(definition.SourceKind!.Value);
        indicator.Describe(definition.DefinitionNl!, definition.DefinitionEn!, definition.Source!, definition.PopulationGroup!);
        indicator.ReplaceSourceMappings((definition.Mappings ?? []).Select(m => (m.SourceTable!, m.MeasureKey!, m.Breakdown?.Trim() ?? string.Empty)));
        indicator.DefineRatio(IsEmpty(definition.Ratio) ? null : new IndicatorRatio(definition.Ratio!.Numerator!.Trim(), definition.Ratio.Denominator!.Trim(), definition.Ratio.Scale!.Value));
    }

    private static bool IsEmpty(IndicatorRatioDefinition? ratio) =>
        ratio is null || (string.IsNullOrWhiteSpace(ratio.Numerator) && string.IsNullOrWhiteSpace(ratio.Denominator) && ratio.Scale is null);

    /// <summary>A ratio is all or nothing; both codes name other indicators of the catalogue (exactly), the scale is above zero.</summary>
    private static async Task CheckRatioAsync(WijkpeilDbContext db, IndicatorRatioDefinition? ratio, string newCode, int ownId, List<Problem> problems, CancellationToken ct)
    {
        if (IsEmpty(ratio))
        {
            return;
        }

        var numerator = ratio!.Numerator?.Trim() ?? string.Empty;
        var denominator = ratio.Denominator?.Trim() ?? string.Empty;
        if (numerator.Length == 0 || denominator.Length == 0 || ratio.Scale is null)
        {
            problems.Add(Problem.Invalid(numerator.Length == 0 ? "ratio.numerator" : denominator.Length == 0 ? "ratio.denominator" : "ratio.scale", IndicatorProblems.RatioIncomplete));
            return;
        }

        if (ratio.Scale is not > 0 || double.IsInfinity(ratio.Scale.Value))
        {
            problems.Add(Problem.Invalid("ratio.scale", IndicatorProblems.RatioScale));
        }

        var ownCode = ownId == 0 ? newCode : await db.Indicators.Where(i => i.Id == ownId).Select(i => i.Code).SingleAsync(ct);
        List<string> codes = [numerator, denominator];
        var known = await db.Indicators.Where(i => codes.Contains(i.Code)).Select(i => i.Code).ToListAsync(ct);
        foreach (var (field, code) in new[] { ("ratio.numerator", numerator), ("ratio.denominator", denominator) })
        {
            if (code == ownCode)
            {
                problems.Add(Problem.Invalid(field, IndicatorProblems.RatioSelf, code));
            }
            else if (!known.Contains(code))
            {
                problems.Add(Problem.Invalid(field, IndicatorProblems.RatioUnknown, code));
            }
        }
    }

    private static void Text(List<Problem> problems, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(Problem.Invalid(field, IndicatorProblems.Required));
        }
        else if (value.Trim().Length > max)
        {
            problems.Add(Problem.Invalid(field, IndicatorProblems.TooLong, max));
        }
    }

    private static async Task CheckMappingsAsync(WijkpeilDbContext db, IReadOnlyList<IndicatorMappingDefinition> mappings, int ownId, List<Problem> problems, CancellationToken ct)
    {
        var seen = new HashSet<(string, string)>();
        var complete = new List<(int Index, string Table, string Key)>();
        for (var i = 0; i < mappings.Count; i++)
        {
            var mapping = mappings[i];
            var path = $"mappings[{i}]";
            var table = mapping?.SourceTable?.Trim() ?? string.Empty;
            var key = mapping?.MeasureKey?.Trim() ?? string.Empty;
            if (table.Length == 0)
            {
                problems.Add(Problem.Invalid(path + ".sourceTable", IndicatorProblems.MappingRequired));
            }
            else if (table.Length > IndicatorLimits.SourceTable)
            {
                problems.Add(Problem.Invalid(path + ".sourceTable", IndicatorProblems.TooLong, IndicatorLimits.SourceTable));
            }

            if (key.Length == 0)
            {
                problems.Add(Problem.Invalid(path + ".measureKey", IndicatorProblems.MappingRequired));
            }
            else if (key.Length > IndicatorLimits.MeasureKey)
            {
                problems.Add(Problem.Invalid(path + ".measureKey", IndicatorProblems.TooLong, IndicatorLimits.MeasureKey));
            }

            if ((mapping?.Breakdown?.Trim().Length ?? 0) > IndicatorLimits.Breakdown)
            {
                problems.Add(Problem.Invalid(path + ".breakdown", IndicatorProblems.TooLong, IndicatorLimits.Breakdown));
            }

            if (table.Length == 0 || key.Length == 0)
            {
                continue;
            }

            if (!seen.Add((table, key)))
            {
                problems.Add(Problem.Invalid(path + ".measureKey", IndicatorProblems.MappingDuplicate, table, key));
                continue;
            }

            complete.Add((i, table, key));
        }

        if (complete.Count == 0)
        {
            return;
        }

        // A (table, key) feeds one indicator only: the import would not know which to fill.
        var keys = complete.Select(c => c.Key).Distinct().ToList();
        var taken = await (
            from m in db.IndicatorSourceMappings.AsNoTracking()
            join i in db.Indicators.AsNoTracking() on m.IndicatorId equals i.Id
            where keys.Contains(m.MeasureKey) && m.IndicatorId != ownId
            select new { m.SourceTable, m.MeasureKey, i.Code }).ToListAsync(ct);
        foreach (var (index, table, key) in complete)
        {
            if (taken.FirstOrDefault(t => t.SourceTable == table && t.MeasureKey == key) is { } other)
            {
                problems.Add(Problem.Conflict($"mappings[{index}].measureKey", IndicatorProblems.MappingTaken, table, key, other.Code));
            }
        }
    }
}
