using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>How much of the database a definition is checked against.</summary>
internal enum DefinitionChecks
{
    /// <summary>The area register, the indicator catalogue, breakdowns, periods and source tables: every request from a person.</summary>
    Full,

    /// <summary>
    /// Only the indicator catalogue: for the embedded default, which is written before its own bundle's regions and
    /// figures are imported (and so before the register, breakdowns and periods exist).
    /// </summary>
    CatalogueOnly,
}

/// <summary>
/// Applies a <see cref="ProgrammeDefinition"/> to a programme (new or loaded with all its children) through the domain's
/// rules, after checking its references against the database. Each problem carries the field path where its rule was
/// checked. On problems the programme may be half changed: the caller must not save it.
/// </summary>
internal sealed class ProgrammeDefinitionApplier(WijkpeilDbContext db, IAreaRegister register, IIndicatorCatalogue catalogue, IObservationReader observations)
{
    /// <summary>Nederland in the area register, the default last reference area.</summary>
    public static readonly AreaCode Country = AreaCode.From("NL00");

    public async Task<IReadOnlyList<Problem>> ApplyAsync(Programme programme, ProgrammeDefinition definition, DefinitionChecks checks, CancellationToken ct)
    {
        var problems = new List<Problem>();
        await ApplyHeadingAsync(programme, definition, problems, ct);

        var pillars = definition.Pillars ?? [];
        var pillarErrors = programme.SetPillars([.. pillars.Select(p => (p.Number, p.NameNl, p.NameEn))]);
        problems.AddRange(pillarErrors.Select(e => ToProblem("pillars", e)));

        var focusAreas = await CheckFocusAreasAsync(definition.FocusAreas ?? [], checks, problems, ct);
        if (focusAreas is not null)
        {
            problems.AddRange(programme.SetFocusAreas(focusAreas).Select(e => ToProblem("focusAreas", e)));
        }

        var references = await CheckReferenceAreasAsync(definition, focusAreas, checks, problems, ct);
        if (references is not null)
        {
            problems.AddRange(programme.SetReferenceAreas(references).Select(e => ToProblem("referenceAreas", e)));
        }

        var kernset = await CheckKernsetAsync(definition.Kernset ?? [], checks, problems, ct);
        if (kernset is not null && pillarErrors.Count == 0)
        {
            problems.AddRange(programme.SetKernset(kernset).Select(e => ToProblem("kernset", e)));
        }

        var waves = definition.Waves ?? [];
        await CheckWaveSourcesAsync(waves, checks, problems, ct);
        var waveErrors = programme.SetWaves([.. waves.Select(w => (w.Slug, w.Name, (IReadOnlyList<(string, string)>)[.. (w.Sources ?? []).Select(s => (s.SourceTable ?? string.Empty, s.Period ?? string.Empty))]))]);
        problems.AddRange(waveErrors.Select(e => ToProblem("waves", e)));
        return problems;
    }

    /// <summary>The field path of a domain rule broken by an item of the list at <paramref name="list"/>.</summary>
    public static Problem ToProblem(string list, ItemError error)
    {
        var field = error.Index is int index ? $"{list}[{index}]" + (error.Member is { } member ? "." + member : string.Empty) : list;
        return Problem.Invalid(field, error.Error.Code);
    }

    private async Task ApplyHeadingAsync(Programme programme, ProgrammeDefinition definition, List<Problem> problems, CancellationToken ct)
    {
        var slug = Slug.Check(definition.Slug, "programme");
        if (!slug.IsSuccess)
        {
            problems.Add(Problem.Invalid("slug", slug.Error!.Code));
        }
        else if (await db.Programmes.AnyAsync(p => p.Code == slug.Value && p.Id != programme.Id, ct))
        {
            problems.Add(Problem.Conflict("slug", ProgrammeProblems.SlugTaken, slug.Value));
        }
        else
        {
            programme.ChangeSlug(slug.Value);
        }

        if (programme.Rename(definition.Name).Error is { } nameError)
        {
            problems.Add(Problem.Invalid("name", nameError.Code));
        }

        if (programme.Describe(definition.Description).Error is { } descriptionError)
        {
            problems.Add(Problem.Invalid("description", descriptionError.Code));
        }
    }

    /// <summary>Parsed focus areas, or null when a member code is malformed or (with full checks) not in the register.</summary>
    private async Task<List<(string? Slug, string? Name, IReadOnlyCollection<AreaCode> Members)>?> CheckFocusAreasAsync(
        IReadOnlyList<FocusAreaDefinition> focusAreas, DefinitionChecks checks, List<Problem> problems, CancellationToken ct)
    {
        var before = problems.Count;
        var parsed = focusAreas
            .Select((f, i) => (f.Slug, f.Name, Members: (IReadOnlyCollection<AreaCode>)ParseCodes(f.Members ?? [], $"focusAreas[{i}].members", problems)))
            .ToList();
        if (checks == DefinitionChecks.Full)
        {
            var known = await KnownAreasAsync([.. parsed.SelectMany(f => f.Members)], ct);
            for (var i = 0; i < focusAreas.Count; i++)
            {
                var members = focusAreas[i].Members ?? [];
                for (var j = 0; j < members.Count; j++)
                {
                    if (AreaCode.TryParse(members[j], out var code) && !known.ContainsKey(code))
                    {
                        problems.Add(Problem.Invalid($"focusAreas[{i}].members[{j}]", ProgrammeProblems.AreaUnknown, code.Value));
                    }
                }
            }
        }

        return problems.Count == before ? parsed : null;
    }

    private async Task<List<AreaCode>?> CheckReferenceAreasAsync(
        ProgrammeDefinition definition,
        List<(string? Slug, string? Name, IReadOnlyCollection<AreaCode> Members)>? focusAreas,
        DefinitionChecks checks,
        List<Problem> problems,
        CancellationToken ct)
    {
        if (definition.ReferenceAreas is null)
        {
            // The default: each focus area's provincie (from the register), then the country.
            var gemeenten = (focusAreas ?? []).SelectMany(f => f.Members).Select(m => m.Municipality).OfType<AreaCode>().Distinct().ToList();
            var parents = await KnownAreasAsync(gemeenten, ct);
            return [.. gemeenten.Order().Select(g => parents.GetValueOrDefault(g)).OfType<AreaCode>().Distinct(), Country];
        }

        var before = problems.Count;
        var codes = ParseCodes(definition.ReferenceAreas, "referenceAreas", problems);
        if (checks == DefinitionChecks.Full && problems.Count == before)
        {
            var known = await KnownAreasAsync(codes, ct);
            problems.AddRange(codes.Select((c, k) => (c, k)).Where(x => !known.ContainsKey(x.c))
                .Select(x => Problem.Invalid($"referenceAreas[{x.k}]", ProgrammeProblems.AreaUnknown, x.c.Value)));
        }

        return problems.Count == before ? codes : null;
    }

    private async Task<List<(int IndicatorId, int PillarNumber, string? BreakdownCode)>?> CheckKernsetAsync(
        IReadOnlyList<KernsetDefinition> kernset, DefinitionChecks checks, List<Problem> problems, CancellationToken ct)
    {
        var before = problems.Count;
        var codes = kernset.Select(k => k.Indicator?.Trim() ?? string.Empty).Distinct().ToList();
        var indicators = await catalogue.Indicators.Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Id, StringComparer.Ordinal, ct);
        var breakdownCodes = kernset.Select(k => BreakdownCodes.Normalise(k.Breakdown)).Distinct().ToList();
        var breakdowns = checks == DefinitionChecks.Full
            ? (await observations.Breakdowns.Where(b => breakdownCodes.Contains(b.Code)).Select(b => b.Code).ToListAsync(ct)).Append(BreakdownCodes.Total).ToHashSet(StringComparer.Ordinal)
            : null;
        var entries = new List<(int, int, string?)>();
        for (var i = 0; i < kernset.Count; i++)
        {
            var code = kernset[i].Indicator?.Trim() ?? string.Empty;
            if (!indicators.TryGetValue(code, out var id))
            {
                problems.Add(Problem.Invalid($"kernset[{i}].indicator", ProgrammeProblems.IndicatorUnknown, code));
            }

            var breakdown = BreakdownCodes.Normalise(kernset[i].Breakdown);
            if (breakdowns is not null && !breakdowns.Contains(breakdown))
            {
                problems.Add(Problem.Invalid($"kernset[{i}].breakdown", ProgrammeProblems.BreakdownUnknown, breakdown));
            }

            entries.Add((id, kernset[i].Pillar, breakdown));
        }

        return problems.Count == before ? entries : null;
    }

    private async Task CheckWaveSourcesAsync(IReadOnlyList<WaveDefinition> waves, DefinitionChecks checks, List<Problem> problems, CancellationToken ct)
    {
        if (checks != DefinitionChecks.Full)
        {
            return;
        }

        var sources = waves.SelectMany(w => w.Sources ?? []).ToList();
        var periodCodes = sources.Select(s => s.Period?.Trim() ?? string.Empty).Distinct().ToList();
        var tables = sources.Select(s => s.SourceTable?.Trim() ?? string.Empty).Distinct().ToList();
        var periods = (await observations.Periods.Where(p => periodCodes.Contains(p.Code)).Select(p => p.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var knownTables = (await catalogue.SourceKeys.Where(m => tables.Contains(m.SourceTable)).Select(m => m.SourceTable).Distinct().ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < waves.Count; i++)
        {
            var list = waves[i].Sources ?? [];
            for (var j = 0; j < list.Count; j++)
            {
                var (table, period) = (list[j].SourceTable?.Trim() ?? string.Empty, list[j].Period?.Trim() ?? string.Empty);
                if (table.Length > 0 && !knownTables.Contains(table))
                {
                    problems.Add(Problem.Invalid($"waves[{i}].sources[{j}].sourceTable", ProgrammeProblems.SourceUnknown, table));
                }

                if (period.Length > 0 && !periods.Contains(period))
                {
                    problems.Add(Problem.Invalid($"waves[{i}].sources[{j}].period", ProgrammeProblems.PeriodUnknown, period));
                }
            }
        }
    }

    private static List<AreaCode> ParseCodes(IReadOnlyList<string> texts, string field, List<Problem> problems)
    {
        var codes = new List<AreaCode>();
        for (var i = 0; i < texts.Count; i++)
        {
            var parsed = AreaCode.Parse(texts[i]);
            if (parsed.IsSuccess)
            {
                codes.Add(parsed.Value);
            }
            else
            {
                problems.Add(Problem.Invalid($"{field}[{i}]", parsed.Error!.Code, texts[i]));
            }
        }

        return codes;
    }

    /// <summary>Which of <paramref name="codes"/> are in the register, each with its parent (a gemeente's provincie).</summary>
    private async Task<Dictionary<AreaCode, AreaCode?>> KnownAreasAsync(List<AreaCode> codes, CancellationToken ct)
    {
        if (codes.Count == 0)
        {
            return [];
        }

        var distinct = codes.Distinct().ToList();
        var rows = await register.Areas.Where(a => distinct.Contains(a.Code)).Select(a => new { a.Code, a.ParentCode }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Code, r => r.ParentCode);
    }
}
