using System.Globalization;
using System.Text.RegularExpressions;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Import.Parsers;

/// <summary>
/// Reads a CBS StatLine "UntypedDataSet" table as downloaded (xlsx with any sheet name, or CSV with the same
/// columns), such as RIVM's health-by-neighbourhood table 50090NED.
/// </summary>
/// <remarks>
/// <para>
/// In an untyped dataset every dimension column is named by its bare key (<c>WijkenEnBuurten</c>,
/// <c>Perioden</c>, <c>Marges</c>, <c>Leeftijd</c>, <c>Geslacht</c>) and every topic column carries a numeric
/// suffix (<c>Gemeentenaam_1</c>, <c>ErvarenGezondheidGoedZeerGoed_4</c>). That rule decides the layout: bare
/// names other than ID, region, period and margin are breakdown dimensions; suffixed names are measures
/// whose key is the name without the suffix, except the known region attributes (names, kind, code).
/// A StatLine "TypedDataSet" CSV (such as Politie/CBS 47018NED) has the same columns and is read the same way.
/// </para>
/// <para>
/// A breakdown dimension's value code becomes the observation's breakdown code; known age and sex codes are
/// mapped to the catalogue's codes (18+, vrouw, totaal), every other code of any dimension is kept as it is
/// (SoortMisdrijf 0.0.0) and named by its label where one is verified, else by dimension and code. So a new
/// dimension needs no code here.
/// </para>
/// <para>
/// Marges rows for one region, period and breakdown are combined: MW00000 is the value, MOG0095 and
/// MBG0095 the bounds of its 95% interval. A value is stored with an interval only when both bounds are
/// there; bounds without a value are no figure and are left out.
/// </para>
/// <para>
/// Regions the register lacks are added from the file's own Gemeentenaam and SoortRegio columns (a wijk
/// or buurt gets "Wijk WK034403 (Utrecht)": the file has no area names), tagged with the layout year:
/// the one known for the table (50090NED: 2020), else the period year of the region's rows. Without a
/// Gemeentenaam column the file names no regions and unknown codes are rejected. The source table id
/// comes from the import options, else a 12345ABC pattern in the sheet name, else in the file name.
/// </para>
/// </remarks>
public sealed partial class StatLineParser : IDatasetParser
{
    public const string FormatName = ObservationFormats.StatLine;

    private const string StatLineCountry = "NL01";

    private const string RegisterCountry = "NL00";

    private const string ExpectedAreaCode = "een CBS-gebiedscode (NL00, NL01, PVnn, GMnnnn, WKnnnnnn of BUnnnnnnnn).";

    private static readonly HashSet<string> RegionDimensions = new(["WijkenEnBuurten", "RegioS", "Regio"], StringComparer.OrdinalIgnoreCase);

    // Topic columns that describe the region rather than measure anything.
    private static readonly HashSet<string> RegionAttributes = new(
        ["Gemeentenaam", "SoortRegio", "Codering", "IndelingswijzigingWijkenEnBuurten", "MeestVoorkomendePostcode"],
        StringComparer.OrdinalIgnoreCase);

    // Verified CBS dimension codes. Codes not listed are kept as they are, so nothing is lost; totals map to the
    // total breakdown so a table with an explicit total lines up with tables that have none.
    private static readonly Dictionary<string, Dictionary<string, string>> BreakdownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Leeftijd"] = new(StringComparer.Ordinal)
        {
            ["10000"] = Breakdown.TotalCode,
            ["20300"] = "18+",
            ["53115"] = "18-64",
            ["80200"] = "65+",
        },
        ["Geslacht"] = new(StringComparer.Ordinal)
        {
            ["T001038"] = Breakdown.TotalCode,
            ["3000"] = "man",
            ["4000"] = "vrouw",
        },
    };

    // Verified labels of dimension codes that stay codes (the file has only the code). Any other code of a dimension
    // not listed here is named by its dimension and code ("Geslacht 9999"), so a new dimension imports as it is.
    private static readonly Dictionary<(string Dimension, string Code), (string Nl, string En)> BreakdownLabels = new()
    {
        [("SoortMisdrijf", "0.0.0")] = ("Totaal misdrijven", "All crimes"),
    };

    // What the file itself does not say about tables we know. 50090NED publishes percentages only, and its
    // regions are in the CBS 2020 layout for every period (the 2016 figures were re-estimated on it), so the
    // period year would be the wrong layout year for its 2016 file.
    private static readonly Dictionary<string, KnownTable> KnownTables = new(StringComparer.Ordinal)
    {
        ["50090NED"] = new KnownTable(LayoutYear: 2020, Unit: "%"),

        // Politie/CBS registered crimes: counts, every period on the buurtindeling 2024.
        ["47018NED"] = new KnownTable(LayoutYear: 2024, Unit: "aantal"),
    };

    public string Format => FormatName;

    public ParseResult Parse(Stream stream, string fileName, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);

        var issues = new IssueCollector(fileName);
        using var file = TabularFile.Open(stream, fileName, issues);
        if (file is null)
        {
            return ParseResult.Failure(issues.ToList());
        }

        try
        {
            var dataset = Read(file, fileName, options, issues);
            return dataset is null || issues.HasIssues ? ParseResult.Failure(issues.ToList()) : ParseResult.Success(dataset);
        }
        catch (InvalidDataException ex)
        {
            issues.AddUnreadable(ex, file.RowNumber, file.Unreadable);
            return ParseResult.Failure(issues.ToList());
        }
    }

    /// <summary>The source table id: the one the user gave, else one in the sheet name, else one in the file name.</summary>
    internal static string? FindSourceTable(string? given, string? sheetName, string fileName)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given.Trim().ToUpperInvariant();
        }

        foreach (var text in new[] { sheetName, Path.GetFileNameWithoutExtension(fileName) })
        {
            var match = text is null ? Match.Empty : TableIdPattern().Match(text);
            if (match.Success)
            {
                return match.Value.ToUpperInvariant();
            }
        }

        return null;
    }

    private static ParsedDataset? Read(TabularFile file, string fileName, ImportOptions options, IssueCollector issues)
    {
        if (file.Header.Count == 0)
        {
            issues.Add(null, null, null, "het werkblad is leeg: geen kopregel met kolomnamen gevonden.");
            return null;
        }

        var layout = Layout.FromHeader(file.Header);
        if (!CheckLayout(layout, file, options, issues))
        {
            return null;
        }

        var sourceTable = FindSourceTable(options.SourceTable, file.SheetName, fileName);
        var known = sourceTable is null ? null : KnownTables.GetValueOrDefault(sourceTable);
        var dataset = new ParsedDataset(FormatName, fileName)
        {
            SourceTable = sourceTable,
            MayCreateIndicators = true,
        };

        var reader = new RowReader(file, layout, options, known, dataset, issues);
        while (!issues.IsFull && file.ReadRow())
        {
            reader.Read();
        }

        if (issues.HasIssues)
        {
            return null;
        }

        dataset.LayoutYear = known?.LayoutYear ?? reader.SinglePeriodYear;
        if (known?.Unit is { } unit)
        {
            foreach (var key in layout.MeasureKeys)
            {
                dataset.Measures[key] = new MeasureInfo(key, key, unit, null);
            }
        }

        reader.Emit();
        reader.NameBreakdowns();
        return dataset;
    }

    private static bool CheckLayout(Layout layout, TabularFile file, ImportOptions options, IssueCollector issues)
    {
        if (layout.RegionColumn < 0)
        {
            // Without a region column this is some other sheet; listing what else it lacks would only distract.
            issues.Add(file.HeaderRow, null, null, "kolom WijkenEnBuurten of Codering ontbreekt; dit lijkt geen StatLine-tabel (UntypedDataSet).");
            return false;
        }

        if (layout.PeriodColumn < 0 && options.Year is null)
        {
            issues.Add(file.HeaderRow, null, null, "kolom Perioden ontbreekt: geef het jaar op (--year) of gebruik een StatLine-tabel met Perioden.");
        }

        if (layout.MeasureColumns.Length == 0)
        {
            issues.Add(file.HeaderRow, null, null, "geen kolommen met meetwaarden gevonden (zoals ErvarenGezondheidGoedZeerGoed_4); dit lijkt geen StatLine-tabel (UntypedDataSet).");
        }

        foreach (var (key, first, second) in layout.DuplicateKeys)
        {
            issues.Add(
                file.HeaderRow,
                TabularFile.ColumnLabel(file.Header[second], second),
                key,
                $"dezelfde meetwaarde als kolom {TabularFile.ColumnLabel(file.Header[first], first)}; elke meetwaarde mag één keer voorkomen.");
        }

        return !issues.HasIssues;
    }

    /// <summary>The bare key and whether the header had a numeric suffix: ErvarenGezondheidGoedZeerGoed_4 is (ErvarenGezondheidGoedZeerGoed, true).</summary>
    private static (string Key, bool Suffixed) SplitSuffix(string header)
    {
        var underscore = header.LastIndexOf('_');
        if (underscore > 0 && underscore < header.Length - 1 && !header.AsSpan(underscore + 1).ContainsAnyExceptInRange('0', '9'))
        {
            return (header[..underscore], true);
        }

        return (header, false);
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{5}[A-Z]{3}(?![A-Za-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TableIdPattern();

    private sealed record KnownTable(int? LayoutYear, string? Unit);

    private enum Margin
    {
        Value,
        Lower,
        Upper,
    }

    /// <summary>Which column holds what, decided once from the header.</summary>
    private sealed class Layout
    {
        public int RegionColumn { get; private set; } = -1;

        public int PeriodColumn { get; private set; } = -1;

        public int MarginColumn { get; private set; } = -1;

        public int MunicipalityNameColumn { get; private set; } = -1;

        public int RegionKindColumn { get; private set; } = -1;

        public int[] BreakdownColumns { get; private set; } = [];

        public string[] BreakdownDimensions { get; private set; } = [];

        public int[] MeasureColumns { get; private set; } = [];

        public string[] MeasureKeys { get; private set; } = [];

        public string[] MeasureLabels { get; private set; } = [];

        public List<(string Key, int First, int Second)> DuplicateKeys { get; } = [];

        public string[] Labels { get; private set; } = [];

        public static Layout FromHeader(IReadOnlyList<string> header)
        {
            var layout = new Layout();
            var codeColumn = -1;
            var breakdowns = new List<int>();
            var measures = new List<int>();
            var keys = new List<string>();
            var firstByKey = new Dictionary<string, int>(StringComparer.Ordinal);
            var labels = new string[header.Count];
            for (var column = 0; column < header.Count; column++)
            {
                var name = header[column].Trim();
                labels[column] = TabularFile.ColumnLabel(name, column);
                if (name.Length == 0)
                {
                    continue;
                }

                var (key, suffixed) = SplitSuffix(name);
                if (!suffixed && !RegionAttributes.Contains(key))
                {
                    if (key.Equals("ID", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    if (RegionDimensions.Contains(key))
                    {
                        layout.RegionColumn = layout.RegionColumn < 0 ? column : layout.RegionColumn;
                    }
                    else if (key.Equals("Perioden", StringComparison.OrdinalIgnoreCase))
                    {
                        layout.PeriodColumn = column;
                    }
                    else if (key.Equals("Marges", StringComparison.OrdinalIgnoreCase))
                    {
                        layout.MarginColumn = column;
                    }
                    else
                    {
                        breakdowns.Add(column);
                    }

                    continue;
                }

                if (RegionAttributes.Contains(key))
                {
                    if (key.Equals("Gemeentenaam", StringComparison.OrdinalIgnoreCase))
                    {
                        layout.MunicipalityNameColumn = column;
                    }
                    else if (key.Equals("SoortRegio", StringComparison.OrdinalIgnoreCase))
                    {
                        layout.RegionKindColumn = column;
                    }
                    else if (key.Equals("Codering", StringComparison.OrdinalIgnoreCase))
                    {
                        codeColumn = column;
                    }

                    continue;
                }

                if (firstByKey.TryGetValue(key, out var first))
                {
                    layout.DuplicateKeys.Add((key, first, column));
                    continue;
                }

                firstByKey.Add(key, column);
                measures.Add(column);
                keys.Add(string.Intern(key));
            }

            // The dimension is the table's own region key; Codering repeats it as an attribute and serves
            // when a user dropped the dimension column.
            if (layout.RegionColumn < 0)
            {
                layout.RegionColumn = codeColumn;
            }

            layout.BreakdownColumns = [.. breakdowns];
            layout.BreakdownDimensions = [.. breakdowns.Select(c => header[c].Trim())];
            layout.MeasureColumns = [.. measures];
            layout.MeasureKeys = [.. keys];
            layout.MeasureLabels = [.. measures.Select(c => labels[c])];
            layout.Labels = labels;
            return layout;
        }
    }

    /// <summary>The Marges rows (value, lower, upper) of one region, period and breakdown.</summary>
    private sealed class RowGroup(string area, string period, string breakdown)
    {
        public string Area { get; } = area;

        public string Period { get; } = period;

        public string Breakdown { get; } = breakdown;

        public double[]? Values { get; set; }

        public double[]? Lower { get; set; }

        public double[]? Upper { get; set; }

        public int ValueRow { get; set; }

        public int LowerRow { get; set; }

        public int UpperRow { get; set; }
    }

    /// <summary>The per-row work: reads cells into groups, then turns the groups into observations.</summary>
    private sealed class RowReader(TabularFile file, Layout layout, ImportOptions options, KnownTable? known, ParsedDataset dataset, IssueCollector issues)
    {
        private readonly StringInterner _strings = new();
        private readonly Dictionary<string, (string Code, int Year)?> _periods = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>[] _breakdowns = [.. layout.BreakdownColumns.Select(_ => new Dictionary<string, string>(StringComparer.Ordinal))];
        private readonly Dictionary<string, (string Nl, string En)> _partNames = new(StringComparer.Ordinal);
        private readonly HashSet<string> _combined = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Area, string Period, string Breakdown), RowGroup> _groups = [];
        private readonly List<RowGroup> _order = [];
        private readonly HashSet<string> _areasSeen = new(StringComparer.Ordinal);
        private readonly HashSet<int> _years = [];
        private (string Code, int Year)? _fixedPeriod;
        private int _valueCount;

        /// <summary>The period year when the file covers exactly one, else null.</summary>
        public int? SinglePeriodYear => _years.Count == 1 ? _years.First() : null;

        public void Read()
        {
            var row = file.RowNumber;
            var area = ReadArea(row);
            var period = ReadPeriod(row);
            var margin = ReadMargin(row);
            var breakdown = ReadBreakdown();
            var values = ReadValues(row, margin == Margin.Value);
            if (area is null || period is not { } p || margin is not { } m || values is null)
            {
                return;
            }

            if (_areasSeen.Add(area))
            {
                AddArea(area, known?.LayoutYear ?? p.Year);
            }

            var key = (area, p.Code, breakdown);
            if (!_groups.TryGetValue(key, out var group))
            {
                group = new RowGroup(area, p.Code, breakdown);
                _groups.Add(key, group);
                _order.Add(group);
            }

            var earlier = m switch
            {
                Margin.Value => group.Values is null ? 0 : group.ValueRow,
                Margin.Lower => group.Lower is null ? 0 : group.LowerRow,
                _ => group.Upper is null ? 0 : group.UpperRow,
            };
            if (earlier > 0)
            {
                issues.Add(
                    row,
                    layout.Labels[layout.RegionColumn],
                    area,
                    string.Create(CultureInfo.InvariantCulture, $"dubbele rij: {area} / {p.Code} / {breakdown}{MarginSuffix(m)} staat ook in rij {earlier}."));
                return;
            }

            switch (m)
            {
                case Margin.Value:
                    group.Values = values;
                    group.ValueRow = row;
                    break;
                case Margin.Lower:
                    group.Lower = values;
                    group.LowerRow = row;
                    break;
                default:
                    group.Upper = values;
                    group.UpperRow = row;
                    break;
            }
        }

        /// <summary>Adds the observations of all groups, in file order; call once, after the last row.</summary>
        public void Emit()
        {
            dataset.Observations.EnsureCapacity(_valueCount);
            var keys = layout.MeasureKeys;
            var labels = layout.MeasureLabels;
            foreach (var group in _order)
            {
                if (group.Values is not { } values)
                {
                    continue;
                }

                var lower = group.Lower;
                var upper = group.Upper;
                for (var m = 0; m < values.Length; m++)
                {
                    var value = values[m];
                    if (double.IsNaN(value))
                    {
                        continue;
                    }

                    double? low = null;
                    double? high = null;
                    if (lower is not null && upper is not null && !double.IsNaN(lower[m]) && !double.IsNaN(upper[m]))
                    {
                        low = lower[m];
                        high = upper[m];
                    }

                    dataset.Observations.Add(new ParsedObservation(group.Area, keys[m], group.Period, group.Breakdown, value, low, high, null, group.ValueRow, labels[m]));
                }
            }
        }

        private static string MarginSuffix(Margin margin) => margin switch
        {
            Margin.Lower => " (ondergrens)",
            Margin.Upper => " (bovengrens)",
            _ => string.Empty,
        };

        private string? ReadArea(int row)
        {
            var text = file[layout.RegionColumn];
            if (text is null || ValueParsing.IsMissing(text))
            {
                issues.Add(row, layout.Labels[layout.RegionColumn], text, "de gebiedscode ontbreekt; verwacht " + ExpectedAreaCode);
                return null;
            }

            var code = _strings.InternTrimmed(text);
            if (code == StatLineCountry)
            {
                // StatLine region tables call the Netherlands NL01, the CBS region list (and so the register)
                // NL00; one country keeps "wijk against Nederland" comparisons working.
                return RegisterCountry;
            }

            if (!_areasSeen.Contains(code) && !AreaCode.IsValid(code))
            {
                issues.Add(row, layout.Labels[layout.RegionColumn], code, "verwacht " + ExpectedAreaCode);
                return null;
            }

            return code;
        }

        private (string Code, int Year)? ReadPeriod(int row)
        {
            if (layout.PeriodColumn < 0)
            {
                _fixedPeriod ??= (options.Year!.Value.ToString(CultureInfo.InvariantCulture), options.Year.Value);
                _years.Add(_fixedPeriod.Value.Year);
                return _fixedPeriod;
            }

            var text = file[layout.PeriodColumn] ?? string.Empty;
            if (!_periods.TryGetValue(text, out var period))
            {
                var parsed = Period.ParseCode(text);
                period = parsed.Error is null ? (_strings.Intern(parsed.Value), int.Parse(parsed.Value, CultureInfo.InvariantCulture)) : null;
                _periods.Add(text, period);
            }

            if (period is not { } found)
            {
                issues.Add(row, layout.Labels[layout.PeriodColumn], text.Trim(), "een jaar als StatLine-periode (2020JJ00) of jaartal (2020).");
                return null;
            }

            _years.Add(found.Year);
            return found;
        }

        private Margin? ReadMargin(int row)
        {
            if (layout.MarginColumn < 0)
            {
                return Margin.Value;
            }

            var text = file[layout.MarginColumn];
            var trimmed = text.AsSpan().Trim();
            if (trimmed.IsEmpty || trimmed is "MW00000")
            {
                return Margin.Value;
            }

            if (trimmed is "MOG0095")
            {
                return Margin.Lower;
            }

            if (trimmed is "MBG0095")
            {
                return Margin.Upper;
            }

            issues.Add(row, layout.Labels[layout.MarginColumn], trimmed.ToString(), "een Marges-code: MW00000 (waarde), MOG0095 (ondergrens 95%-interval) of MBG0095 (bovengrens 95%-interval).");
            return null;
        }

        private string ReadBreakdown()
        {
            var columns = layout.BreakdownColumns;
            if (columns.Length == 0)
            {
                return Breakdown.TotalCode;
            }

            if (columns.Length == 1)
            {
                return MapBreakdown(0);
            }

            var parts = new List<string>(columns.Length);
            for (var i = 0; i < columns.Length; i++)
            {
                var code = MapBreakdown(i);
                if (code != Breakdown.TotalCode)
                {
                    parts.Add(code);
                }
            }

            if (parts.Count == 0)
            {
                return Breakdown.TotalCode;
            }

            var combined = _strings.Intern(string.Join('/', parts));
            _combined.Add(combined);
            return combined;
        }

        /// <summary>Names the breakdown codes this file introduces that are not a catalogue code themselves; call once, after the last row.</summary>
        public void NameBreakdowns()
        {
            foreach (var (code, (nl, en)) in _partNames)
            {
                dataset.Breakdowns[code] = new BreakdownInfo(code, nl, en);
            }

            foreach (var code in _combined)
            {
                var parts = code.Split('/');
                if (parts.Any(_partNames.ContainsKey))
                {
                    var names = parts.Select(p => _partNames.TryGetValue(p, out var n) ? n : (p, p)).ToList();
                    dataset.Breakdowns[code] = new BreakdownInfo(code, string.Join(" / ", names.Select(n => n.Item1)), string.Join(" / ", names.Select(n => n.Item2)));
                }
            }
        }

        private string MapBreakdown(int index)
        {
            var text = file[layout.BreakdownColumns[index]] ?? string.Empty;
            var cache = _breakdowns[index];
            if (cache.TryGetValue(text, out var code))
            {
                return code;
            }

            var trimmed = text.Trim();
            if (trimmed.Length == 0)
            {
                code = Breakdown.TotalCode;
            }
            else if (BreakdownNames.TryGetValue(layout.BreakdownDimensions[index], out var names) && names.TryGetValue(trimmed, out var name))
            {
                code = name;
            }
            else
            {
                code = trimmed;
                var dimension = layout.BreakdownDimensions[index];
                _partNames.TryAdd(code, BreakdownLabels.TryGetValue((dimension, trimmed), out var label) ? label : ($"{dimension} {trimmed}", $"{dimension} {trimmed}"));
            }

            code = _strings.Intern(code);
            cache.Add(text, code);
            return code;
        }

        /// <summary>The row's measures, NaN where unknown; null when a cell is not a number.</summary>
        private double[]? ReadValues(int row, bool counts)
        {
            var columns = layout.MeasureColumns;
            var values = new double[columns.Length];
            var valid = true;
            for (var m = 0; m < columns.Length; m++)
            {
                var text = file[columns[m]];
                if (text is null)
                {
                    values[m] = double.NaN;
                    continue;
                }

                switch (ValueParsing.ParseDecimalPoint(text, out var value))
                {
                    case CellNumber.Number:
                        values[m] = value;
                        _valueCount += counts ? 1 : 0;
                        break;
                    case CellNumber.Missing:
                        values[m] = double.NaN;
                        break;
                    default:
                        issues.Add(row, layout.MeasureLabels[m], text.Trim(), ValueParsing.ExpectedDecimalPoint);
                        valid = false;
                        break;
                }
            }

            return valid ? values : null;
        }

        private void AddArea(string code, int? layoutYear)
        {
            if (layout.MunicipalityNameColumn < 0)
            {
                return;
            }

            var municipality = file[layout.MunicipalityNameColumn]?.Trim();
            var areaCode = AreaCode.From(code);
            string? name;
            if (areaCode.Level is AreaLevel.District or AreaLevel.Neighbourhood)
            {
                // Untyped datasets name a wijk or buurt only in the table's metadata; the file has just its
                // gemeente. Until the region list is imported, "Wijk WK034403 (Utrecht)" says what it is.
                var kind = layout.RegionKindColumn >= 0 ? file[layout.RegionKindColumn]?.Trim() : null;
                kind = string.IsNullOrEmpty(kind) ? (areaCode.Level == AreaLevel.District ? "Wijk" : "Buurt") : kind;
                name = string.IsNullOrEmpty(municipality) ? $"{kind} {code}" : $"{kind} {code} ({municipality})";
            }
            else
            {
                name = string.IsNullOrEmpty(municipality) ? null : municipality;
            }

            if (name is not null)
            {
                dataset.Areas[code] = new ParsedArea(code, name, layoutYear);
            }
        }
    }
}
