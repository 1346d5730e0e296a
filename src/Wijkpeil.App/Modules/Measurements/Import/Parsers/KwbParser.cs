using System.Globalization;
using System.Text.RegularExpressions;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Import.Parsers;

/// <summary>
/// Reads CBS's downloadable "Kerncijfers wijken en buurten" file (kwb-YYYY.xlsx, or the same table as CSV):
/// one row per region, one column per measure under CBS's short names (<c>a_inw</c>, <c>p_huurw</c>, ...),
/// which are the measure keys. The file holds one year, taken from the import options or the file name.
/// </summary>
/// <remarks>
/// Numbers are often stored as text and, depending on the year, written with a decimal point or a decimal
/// comma; kwb never groups thousands, so a single separator of either kind is the decimal separator.
/// The file has no units, so created indicators get none until someone curates them.
/// </remarks>
public sealed partial class KwbParser : IDatasetParser
{
    public const string FormatName = ObservationFormats.Kwb;

    /// <summary>
    /// The source id for indicator mappings. CBS keeps the short names the same every year, so one id for all
    /// kwb files maps a_inw of 2022 and of 2023 to the same indicator.
    /// </summary>
    public const string DefaultSourceTable = "kwb";

    private const string ExpectedAreaCode = "een CBS-gebiedscode (NL00, GMnnnn, WKnnnnnn of BUnnnnnnnn).";

    private static readonly string[] RegionCodeColumns = ["gwb_code_10", "gwb_code"];

    // Columns that identify or describe the region (codes, names, level, the "indeling changed" flag, the
    // most common postcode, the all-water flag of older years): not measures.
    private static readonly HashSet<string> Attributes = new(
        ["gwb_code_10", "gwb_code_8", "gwb_code", "regio", "gm_naam", "gm_code", "recs", "ind_wbi", "water", "pst_mvp"],
        StringComparer.OrdinalIgnoreCase);

    public string Format => FormatName;

    public ParseResult Parse(Stream stream, string fileName, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);

        var issues = new IssueCollector(fileName);
        var year = options.Year ?? YearFromFileName(fileName);
        if (year is not { } y)
        {
            issues.Add(null, null, null, "het jaar van de cijfers is onbekend: geef het op met --year of gebruik de CBS-bestandsnaam (kwb-2023.xlsx).");
            return ParseResult.Failure(issues.ToList());
        }

        if (y is < 1900 or > 2200)
        {
            issues.Add(null, null, y.ToString(CultureInfo.InvariantCulture), "een jaartal tussen 1900 en 2200.");
            return ParseResult.Failure(issues.ToList());
        }

        using var file = TabularFile.Open(stream, fileName, issues);
        if (file is null)
        {
            return ParseResult.Failure(issues.ToList());
        }

        try
        {
            var dataset = Read(file, fileName, y, options, issues);
            return dataset is null || issues.HasIssues ? ParseResult.Failure(issues.ToList()) : ParseResult.Success(dataset);
        }
        catch (InvalidDataException ex)
        {
            issues.AddUnreadable(ex, file.RowNumber, file.Unreadable);
            return ParseResult.Failure(issues.ToList());
        }
    }

    /// <summary>The year in a CBS file name such as kwb-2023.xlsx or kwb-2023-gemeente-utrecht.xlsx.</summary>
    internal static int? YearFromFileName(string fileName)
    {
        var match = YearPattern().Match(Path.GetFileName(fileName));
        return match.Success ? int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture) : null;
    }

    private static ParsedDataset? Read(TabularFile file, string fileName, int year, ImportOptions options, IssueCollector issues)
    {
        if (file.Header.Count == 0)
        {
            issues.Add(null, null, null, "het werkblad is leeg: geen kopregel met kolomnamen gevonden.");
            return null;
        }

        var header = file.Header.Select(h => h.Trim()).ToArray();
        var labels = header.Select(TabularFile.ColumnLabel).ToArray();
        var codeColumn = RegionCodeColumns.Select(name => Array.FindIndex(header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(i => i >= 0, -1);
        var nameColumn = Array.FindIndex(header, h => h.Equals("regio", StringComparison.OrdinalIgnoreCase));
        var measures = new List<int>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var column = 0; column < header.Length; column++)
        {
            if (header[column].Length == 0 || Attributes.Contains(header[column]))
            {
                continue;
            }

            if (seen.TryGetValue(header[column], out var first))
            {
                issues.Add(file.HeaderRow, labels[column], header[column], $"dezelfde kolomnaam als kolom {labels[first]}; elke meetwaarde mag één keer voorkomen.");
                continue;
            }

            seen.Add(header[column], column);
            measures.Add(column);
        }

        if (codeColumn < 0)
        {
            issues.Add(file.HeaderRow, null, null, "kolom gwb_code_10 of gwb_code ontbreekt; dit lijkt geen CBS-bestand Kerncijfers wijken en buurten (kwb).");
        }
        else if (measures.Count == 0)
        {
            issues.Add(file.HeaderRow, null, null, "geen kolommen met meetwaarden gevonden (zoals a_inw); dit lijkt geen CBS-bestand Kerncijfers wijken en buurten (kwb).");
        }

        if (issues.HasIssues)
        {
            return null;
        }

        var dataset = new ParsedDataset(FormatName, fileName)
        {
            SourceTable = string.IsNullOrWhiteSpace(options.SourceTable) ? DefaultSourceTable : options.SourceTable.Trim(),
            LayoutYear = year,
            MayCreateIndicators = true,
        };
        var period = year.ToString(CultureInfo.InvariantCulture);
        var keys = measures.Select(c => string.Intern(header[c])).ToArray();
        var measureLabels = measures.Select(c => labels[c]).ToArray();
        var strings = new StringInterner();
        var rowOfArea = new Dictionary<string, int>(StringComparer.Ordinal);
        while (!issues.IsFull && file.ReadRow())
        {
            var row = file.RowNumber;
            var codeText = file[codeColumn];
            string? area = null;
            if (codeText is null || ValueParsing.IsMissing(codeText))
            {
                issues.Add(row, labels[codeColumn], codeText, "de gebiedscode ontbreekt; verwacht " + ExpectedAreaCode);
            }
            else if (!AreaCode.IsValid(codeText.Trim()))
            {
                issues.Add(row, labels[codeColumn], codeText.Trim(), "verwacht " + ExpectedAreaCode);
            }
            else
            {
                area = strings.InternTrimmed(codeText);
                if (rowOfArea.TryGetValue(area, out var earlier))
                {
                    issues.Add(row, labels[codeColumn], area, string.Create(CultureInfo.InvariantCulture, $"dubbele rij: {area} staat ook in rij {earlier}."));
                    area = null;
                }
                else
                {
                    rowOfArea.Add(area, row);
                    var name = nameColumn >= 0 ? file[nameColumn]?.Trim() : null;
                    if (!string.IsNullOrEmpty(name))
                    {
                        dataset.Areas[area] = new ParsedArea(area, name, year);
                    }
                }
            }

            for (var m = 0; m < measures.Count; m++)
            {
                var text = file[measures[m]];
                if (text is null)
                {
                    continue;
                }

                switch (ValueParsing.ParseDecimalPointOrComma(text, out var value))
                {
                    case CellNumber.Number when area is not null:
                        dataset.Observations.Add(new ParsedObservation(area, keys[m], period, Breakdown.TotalCode, value, null, null, null, row, measureLabels[m]));
                        break;
                    case CellNumber.Invalid:
                        issues.Add(row, measureLabels[m], text.Trim(), ValueParsing.ExpectedDecimalPointOrComma);
                        break;
                    default:
                        break;
                }
            }
        }

        return issues.HasIssues ? null : dataset;
    }

    [GeneratedRegex(@"kwb[-_ ]?(?<year>(19|20)[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearPattern();
}
