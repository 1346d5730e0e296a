using System.Globalization;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Areas.ImportRegions;

/// <summary>A region as the CBS region list gives it, with the line it came from.</summary>
internal sealed record RegionRow(AreaCode Code, string Name, int Line);

/// <summary>A gemeente's province as the municipality/province list gives it.</summary>
internal sealed record ProvinceAssignment(AreaCode Municipality, AreaCode Province, string ProvinceName, int Line);

/// <summary>
/// Reads the two CSV files of a region import into rows, collecting every problem with file, line,
/// column, value and expectation. Does no database work.
/// </summary>
internal static class RegionFileReader
{
    public const int MaxIssues = IssueCollector.Limit;

    private const string KeyColumn = "Key";
    private const string TitleColumn = "Title";
    private const string MunicipalityIdColumn = "municipality_id";
    private const string ProvinceColumn = "province_lab";

    /// <summary>Reads a CBS region list (StatLine dimension export: Key, Title, ...).</summary>
    public static List<RegionRow> ReadRegions(string path, List<ImportIssue> issues)
    {
        var fileName = Path.GetFileName(path);
        var rows = new List<RegionRow>();
        Read(path, issues, reader =>
        {
            var key = FindColumn(reader, fileName, KeyColumn, issues);
            var title = FindColumn(reader, fileName, TitleColumn, issues);
            if (key < 0 || title < 0)
            {
                return;
            }

            var firstLine = new Dictionary<AreaCode, int>();
            while (reader.ReadRow())
            {
                var line = reader.LineNumber;
                var codeText = Field(reader, key);
                var name = Field(reader, title).Trim();
                if (!AreaCode.TryParse(codeText, out var code))
                {
                    Add(issues, new ImportIssue(fileName, line, KeyColumn, codeText.Trim(), "verwacht een CBS-gebiedscode (NL00, PVnn, GMnnnn, WKnnnnnn of BUnnnnnnnn)."));
                    continue;
                }

                if (name.Length == 0)
                {
                    Add(issues, new ImportIssue(fileName, line, TitleColumn, string.Empty, $"verwacht de naam van gebied {code}; de cel is leeg."));
                    continue;
                }

                if (firstLine.TryGetValue(code, out var earlier))
                {
                    Add(issues, new ImportIssue(fileName, line, KeyColumn, code.Value, string.Create(CultureInfo.InvariantCulture, $"dubbele gebiedscode: {code} staat ook op rij {earlier}.")));
                    continue;
                }

                firstLine.Add(code, line);
                rows.Add(new RegionRow(code, name, line));
            }

            if (rows.Count == 0 && issues.Count == 0)
            {
                Add(issues, new ImportIssue(fileName, null, null, null, "het bestand bevat na de kopregel geen enkel gebied."));
            }
        });
        return rows;
    }

    /// <summary>Reads the municipality-to-province list (municipality_id without GM, province_lab a province name).</summary>
    public static List<ProvinceAssignment> ReadProvinceAssignments(string path, List<ImportIssue> issues)
    {
        var fileName = Path.GetFileName(path);
        var rows = new List<ProvinceAssignment>();
        Read(path, issues, reader =>
        {
            var idColumn = FindColumn(reader, fileName, MunicipalityIdColumn, issues);
            var provinceColumn = FindColumn(reader, fileName, ProvinceColumn, issues);
            if (idColumn < 0 || provinceColumn < 0)
            {
                return;
            }

            var firstLine = new Dictionary<AreaCode, int>();
            while (reader.ReadRow())
            {
                var line = reader.LineNumber;
                var idText = Field(reader, idColumn).Trim();
                var provinceText = Field(reader, provinceColumn).Trim();
                if (!TryMunicipality(idText, out var municipality))
                {
                    Add(issues, new ImportIssue(fileName, line, MunicipalityIdColumn, idText, "verwacht een gemeentenummer van vier cijfers, zoals 0344 (met of zonder GM ervoor)."));
                    continue;
                }

                if (!Provinces.TryFind(provinceText, out var province, out var officialName))
                {
                    Add(issues, new ImportIssue(fileName, line, ProvinceColumn, provinceText, $"onbekende provincie: verwacht een van {Provinces.ExpectedNames} (of een code PV20 tot en met PV31)."));
                    continue;
                }

                if (firstLine.TryGetValue(municipality, out var earlier))
                {
                    Add(issues, new ImportIssue(fileName, line, MunicipalityIdColumn, idText, string.Create(CultureInfo.InvariantCulture, $"gemeente {municipality} staat ook op rij {earlier}; een gemeente ligt in één provincie.")));
                    continue;
                }

                firstLine.Add(municipality, line);
                rows.Add(new ProvinceAssignment(municipality, province, officialName, line));
            }
        });
        return rows;
    }

    private static void Read(string path, List<ImportIssue> issues, Action<DelimitedReader> read)
    {
        var fileName = Path.GetFileName(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            Add(issues, new ImportIssue(fileName, null, null, null, $"het bestand '{path}' bestaat niet."));
            return;
        }

        if (file.Length == 0)
        {
            Add(issues, new ImportIssue(fileName, null, null, null, "het bestand is leeg (0 bytes)."));
            return;
        }

        DelimitedReader? reader = null;
        try
        {
            reader = DelimitedReader.Open(file.OpenRead(), fileName);
            read(reader);
        }
        catch (InvalidDataException ex)
        {
            // The reader's own message is English; users get the Dutch one the statistical parsers give too, or
            // the reader's precise Dutch refusal (a line over the limit, a byte that is not UTF-8).
            var line = reader?.LineNumber is > 0 ? reader.LineNumber : (int?)null;
            Add(issues, InputRefusedException.Find(ex) is { } refused
                ? new ImportIssue(fileName, refused.Row ?? line, refused.Column, null, refused.Reason)
                : new ImportIssue(fileName, line, null, null, TabularFile.UnreadableCsv));
        }
        finally
        {
            reader?.Dispose();
        }
    }

    private static int FindColumn(DelimitedReader reader, string fileName, string column, List<ImportIssue> issues)
    {
        for (var i = 0; i < reader.Header.Count; i++)
        {
            if (string.Equals(reader.Header[i].Trim(), column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        var found = string.Join(", ", reader.Header.Take(10).Select(h => InputText.Shorten(h.Trim(), 40)));
        Add(issues, new ImportIssue(fileName, 1, column, null, $"de kolom {column} ontbreekt in de kopregel (gevonden: {found})."));
        return -1;
    }

    private static string Field(DelimitedReader reader, int index) => index < reader.FieldCount ? reader[index] : string.Empty;

    private static bool TryMunicipality(string text, out AreaCode code)
    {
        var digits = text.StartsWith("GM", StringComparison.Ordinal) ? text[2..] : text;

        // Spreadsheets drop leading zeros ("344" for 0344); put them back.
        if (digits.Length is >= 1 and <= 4 && digits.All(char.IsAsciiDigit))
        {
            return AreaCode.TryParse("GM" + digits.PadLeft(4, '0'), out code);
        }

        code = default;
        return false;
    }


    private static void Add(List<ImportIssue> issues, ImportIssue issue)
    {
        if (issues.Count < MaxIssues)
        {
            issues.Add(issue);
        }
    }
}
