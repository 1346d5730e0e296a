using System.Globalization;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Import;

/// <summary>
/// How a file's codes map onto the register, worked out without writing anything: every area, measure, period and
/// breakdown the file names is matched to a stored one or planned as a new one. Planned rows get provisional ids
/// (above the highest id of their table in the snapshot), so the validator can key and check every value before
/// anything is stored; <see cref="RegisterWrites"/> adds them inside the write transaction and maps the
/// provisional ids to the stored ones. A draft never gets that far: it keeps its values by code.
/// </summary>
internal sealed class ImportPlan
{
    private ImportPlan(RegisterStamp stamp)
    {
        Stamp = stamp;
    }

    /// <summary>The register the plan was made on; a different stamp at write time means it must be made again.</summary>
    public RegisterStamp Stamp { get; }

    /// <summary>The file's area codes to stored or provisional ids.</summary>
    public Dictionary<string, int> AreaIds { get; } = new(StringComparer.Ordinal);

    /// <summary>The file's measure keys to stored indicators or provisional new ones (whose ids are provisional).</summary>
    public Dictionary<string, IndicatorMatch> Indicators { get; } = new(StringComparer.Ordinal);

    /// <summary>The file's period codes (both spellings of a year) to stored or provisional ids.</summary>
    public Dictionary<string, int> PeriodIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> BreakdownIds { get; } = new(StringComparer.Ordinal);

    public List<PlannedArea> NewAreas { get; } = [];

    /// <summary>Stored areas the file uses in a layout year they do not have yet, with their new list of years.</summary>
    public List<(int AreaId, IReadOnlyList<int> LayoutYears)> LayoutExtensions { get; } = [];

    public List<PlannedIndicator> NewIndicators { get; } = [];

    /// <summary>Source mappings to add (the file's table and key) for stored or new indicators.</summary>
    public List<PlannedMapping> NewMappings { get; } = [];

    public List<PlannedPeriod> NewPeriods { get; } = [];

    public List<PlannedBreakdown> NewBreakdowns { get; } = [];

    /// <summary>Ids of stored indicators, periods and breakdowns the file uses: only these can have stored values to compare with.</summary>
    public HashSet<int> StoredIndicatorIds { get; } = [];

    public HashSet<int> StoredPeriodIds { get; } = [];

    public HashSet<int> StoredBreakdownIds { get; } = [];

    /// <summary>Whether writing the file adds or changes anything in the register itself.</summary>
    public bool ChangesRegister =>
        NewAreas.Count + LayoutExtensions.Count + NewIndicators.Count + NewMappings.Count + NewPeriods.Count + NewBreakdowns.Count > 0;

    /// <summary>
    /// Matches the file against the register. <paramref name="gemeenten"/>, when given, are the only gemeenten
    /// (GMnnnn) whose areas the file may name: an AreaEditor's scope.
    /// </summary>
    public static (ImportPlan? Plan, List<ImportIssue> Issues) Resolve(ParsedDataset dataset, DatasetCodes codes, Register register, IReadOnlySet<string>? gemeenten, int maxIssues)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(register);
        var plan = new ImportPlan(register.Stamp);
        var issues = new List<ImportIssue>();
        void AddIssue(ImportIssue issue)
        {
            if (issues.Count < maxIssues)
            {
                issues.Add(issue);
            }
        }

        plan.ResolveAreas(dataset, codes, register, gemeenten, AddIssue);
        plan.ResolveIndicators(dataset, codes, register, AddIssue);
        if (issues.Count > 0)
        {
            return (null, issues);
        }

        plan.ResolvePeriods(dataset, codes, register, AddIssue);
        plan.ResolveBreakdowns(dataset, codes, register);
        return issues.Count > 0 ? (null, issues) : (plan, issues);
    }

    private void ResolveAreas(ParsedDataset dataset, DatasetCodes codes, Register register, IReadOnlySet<string>? gemeenten, Action<ImportIssue> addIssue)
    {
        var nextId = register.AreaIds.Count == 0 ? 1 : register.AreaIds.Values.Max() + 1;
        var unknown = new List<string>();
        foreach (var code in codes.Areas)
        {
            var stored = register.AreaIds.TryGetValue(code, out var id);
            if (!stored && !AreaCode.TryParse(code, out _))
            {
                addIssue(new ImportIssue(dataset.FileName, FirstRow(dataset, o => o.AreaCode == code), null, code, "verwacht een CBS-gebiedscode (NL00, PVnn, GMnnnn, WKnnnnnn of BUnnnnnnnn)."));
                continue;
            }

            if (gemeenten is not null && !IsWithin(code, gemeenten))
            {
                var first = dataset.Observations.First(o => o.AreaCode == code);
                addIssue(new ImportIssue(
                    dataset.FileName,
                    first.Row,
                    dataset.AreaColumn ?? first.Column,
                    code,
                    gemeenten.Count == 0
                        ? "uw account als gebiedsredacteur heeft geen gemeenten, dus u kunt geen cijfers inlezen; vraag de beheerder uw gemeente(n) toe te voegen."
                        : $"dit gebied ligt buiten uw gemeente(n) {string.Join(", ", gemeenten.Order(StringComparer.Ordinal))}: als gebiedsredacteur leest u alleen cijfers in over die gemeente(n) en hun wijken en buurten (GMnnnn, WKnnnnxx en BUnnnnxxxx met dezelfde vier cijfers)."));
                continue;
            }

            if (stored)
            {
                AreaIds[code] = id;

                // A code the file uses exists in the file's layout too: the register records every layout it is valid in.
                var fileLayout = dataset.Areas.GetValueOrDefault(code)?.LayoutYear ?? dataset.LayoutYear;
                var years = register.AreaLayoutYears[id];
                if (fileLayout is { } year && !years.Contains(year))
                {
                    LayoutExtensions.Add((id, [.. years.Append(year).Order()]));
                }

                continue;
            }

            var areaCode = AreaCode.From(code);
            if (dataset.Areas.TryGetValue(code, out var named) && !string.IsNullOrWhiteSpace(named.Name))
            {
                var area = new PlannedArea(nextId++, areaCode, named.Name, named.LayoutYear ?? dataset.LayoutYear);
                NewAreas.Add(area);
                AreaIds[code] = area.ProvisionalId;
            }
            else
            {
                unknown.Add(code);
            }
        }

        if (unknown.Count > 0)
        {
            var list = string.Join(", ", unknown.Order(StringComparer.Ordinal).Take(20));
            var more = unknown.Count > 20 ? string.Create(CultureInfo.InvariantCulture, $" en {unknown.Count - 20} meer") : string.Empty;
            var unknownSet = unknown.ToHashSet(StringComparer.Ordinal);
            addIssue(new ImportIssue(
                dataset.FileName,
                FirstRow(dataset, o => unknownSet.Contains(o.AreaCode)),
                null,
                null,
                string.Create(CultureInfo.InvariantCulture, $"{unknown.Count} onbekende gebiedscode(s) die niet in het gebiedenregister staan en waarvoor het bestand geen naam geeft: {list}{more}. Lees eerst de CBS-gebiedenlijst in (wijkpeil import regions).")));
        }
    }

    /// <summary>Whether a code is one of the gemeenten, or a wijk or buurt in one (the gemeente's four digits follow the prefix).</summary>
    public static bool IsWithin(string code, IReadOnlySet<string> gemeenten)
    {
        ArgumentNullException.ThrowIfNull(gemeenten);
        return AreaCode.TryParse(code, out var areaCode) && areaCode.Municipality is { } gemeente && gemeenten.Contains(gemeente.Value);
    }

    private void ResolveIndicators(ParsedDataset dataset, DatasetCodes codes, Register register, Action<ImportIssue> addIssue)
    {
        var all = register.Indicators;
        var byCode = new Dictionary<string, IndicatorMatch>(StringComparer.Ordinal);
        var byTableKey = new Dictionary<(string Table, string Key), IndicatorMatch>();
        var byKey = new Dictionary<string, IndicatorMatch>(StringComparer.Ordinal);
        foreach (var indicator in all)
        {
            byCode[indicator.Code] = indicator;
            foreach (var mapping in indicator.SourceKeys)
            {
                byTableKey.TryAdd((mapping.Table, mapping.Key), indicator);
                byKey.TryAdd(mapping.Key, indicator);
            }
        }

        var nextId = all.Count == 0 ? 1 : all.Max(i => i.Id) + 1;
        var table = dataset.SourceTable?.Trim();
        foreach (var key in codes.Measures)
        {
            // Statistical tables name measures (resolved through source mappings); the generic format names
            // indicator codes, which must win over a mapping that happens to use the same key.
            IndicatorMatch? mapped = null;
            if (!dataset.MayCreateIndicators)
            {
                mapped = byCode.GetValueOrDefault(key);
            }

            if (mapped is null && table is not null)
            {
                mapped = byTableKey.GetValueOrDefault((table, key));
            }

            mapped ??= byKey.GetValueOrDefault(key) ?? byCode.GetValueOrDefault(key);
            if (mapped is null)
            {
                if (!dataset.MayCreateIndicators)
                {
                    var first = dataset.Observations.First(o => o.MeasureKey == key);
                    addIssue(new ImportIssue(dataset.FileName, first.Row, dataset.IndicatorColumn ?? first.Column, key, "onbekende indicatorcode: verwacht een code uit de indicatorcatalogus (wijkpeil indicators list)."));
                    continue;
                }

                var info = dataset.Measures.GetValueOrDefault(key);
                var kind = KindFromUnit(info?.Unit);
                // A planned indicator is validated under its provisional id, so that two new measures never share a key.
                var planned = new NewIndicator(nextId, key, info?.Title ?? key, kind, info?.Unit);
                if (planned.Problem is { } error)
                {
                    var first = dataset.Observations.First(o => o.MeasureKey == key);
                    addIssue(new ImportIssue(dataset.FileName, first.Row, first.Column, key, error.Message));
                    continue;
                }

                nextId++;
                mapped = new IndicatorMatch(planned.ProvisionalId, key.Trim(), kind, info?.Unit?.Trim() ?? string.Empty, []);
                NewIndicators.Add(new PlannedIndicator(planned.ProvisionalId, key, planned.Title, info?.Unit, kind));
                byCode[key] = mapped;
            }
            else
            {
                StoredIndicatorIds.Add(mapped.Id);
            }

            // Every key a table uses is remembered, so the next file of the table finds its indicator by mapping;
            // never a mapping that another indicator already has (the pair is unique).
            if (table is { Length: > 0 } && !string.IsNullOrWhiteSpace(key) && byTableKey.TryAdd((table, key.Trim()), mapped))
            {
                NewMappings.Add(new PlannedMapping(mapped.Id, table, key.Trim()));
            }

            Indicators[key] = mapped;
        }
    }

    private static IndicatorKind KindFromUnit(string? unit) => unit?.Trim().ToUpperInvariant() switch
    {
        "%" or "PERCENTAGE" or "PROCENT" => IndicatorKind.Percentage,
        "AANTAL" or "COUNT" => IndicatorKind.Count,
        _ => IndicatorKind.Score,
    };

    private void ResolvePeriods(ParsedDataset dataset, DatasetCodes codes, Register register, Action<ImportIssue> addIssue)
    {
        var known = register.Periods;
        var nextId = known.Count == 0 ? 1 : known.Values.Max(p => p.Id) + 1;
        var newByYear = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in codes.Periods)
        {
            if (known.TryGetValue(code, out var stored))
            {
                PeriodIds[code] = stored.Id;
                StoredPeriodIds.Add(stored.Id);
                continue;
            }

            var year = Period.ParseCode(code);
            if (year.Error is { } error)
            {
                addIssue(new ImportIssue(dataset.FileName, FirstRow(dataset, o => o.PeriodCode == code), null, code, error.Message + " Een meetmoment moet eerst als periode bestaan."));
                continue;
            }

            // "2020JJ00" and "2020" are one period.
            if (known.TryGetValue(year.Value, out var sameYear))
            {
                PeriodIds[code] = sameYear.Id;
                StoredPeriodIds.Add(sameYear.Id);
            }
            else if (newByYear.TryGetValue(year.Value, out var planned))
            {
                PeriodIds[code] = planned;
            }
            else
            {
                var period = new PlannedPeriod(nextId++, int.Parse(year.Value, CultureInfo.InvariantCulture));
                NewPeriods.Add(period);
                newByYear[year.Value] = period.ProvisionalId;
                PeriodIds[code] = period.ProvisionalId;
            }
        }
    }

    private void ResolveBreakdowns(ParsedDataset dataset, DatasetCodes codes, Register register)
    {
        var known = register.Breakdowns;
        var nextId = known.Count == 0 ? 1 : known.Values.Max(b => b.Id) + 1;
        foreach (var code in codes.Breakdowns)
        {
            if (known.TryGetValue(code, out var stored))
            {
                BreakdownIds[code] = stored.Id;
                StoredBreakdownIds.Add(stored.Id);
            }
            else
            {
                var named = dataset.Breakdowns.GetValueOrDefault(code);
                var breakdown = new PlannedBreakdown(nextId++, code, named?.NameNl ?? code, named?.NameEn ?? named?.NameNl ?? code);
                NewBreakdowns.Add(breakdown);
                BreakdownIds[code] = breakdown.ProvisionalId;
            }
        }
    }

    private static int? FirstRow(ParsedDataset dataset, Func<ParsedObservation, bool> predicate)
    {
        foreach (var observation in dataset.Observations)
        {
            if (predicate(observation))
            {
                return observation.Row;
            }
        }

        return null;
    }
}

/// <summary>An area the file names that the register lacks, to be added with the name the file gives.</summary>
internal sealed record PlannedArea(int ProvisionalId, AreaCode Code, string Name, int? LayoutYear);

/// <summary>A measure the catalogue lacks, to become an uncurated indicator named after the source's title.</summary>
internal sealed record PlannedIndicator(int ProvisionalId, string Key, string Title, string? Unit, IndicatorKind Kind);

/// <summary>A source mapping to add; <paramref name="IndicatorId"/> is provisional for a new indicator.</summary>
internal sealed record PlannedMapping(int IndicatorId, string SourceTable, string MeasureKey);

internal sealed record PlannedPeriod(int ProvisionalId, int Year);

internal sealed record PlannedBreakdown(int ProvisionalId, string Code, string NameNl, string NameEn);
