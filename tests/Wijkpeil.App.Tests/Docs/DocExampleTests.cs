using System.Text.RegularExpressions;
using Wijkpeil.App.DefaultData;

namespace Wijkpeil.App.Tests.Docs;

/// <summary>
/// The indicator codes in the example commands, addresses and files of README.md and docs/*.md exist in the bundled
/// catalogue, so an example works when copied (issue 9, point 9: the docs used <c>bev_dich</c>, a kwb column name).
/// </summary>
public sealed partial class DocExampleTests
{
    [Fact]
    public void Docs_IndicatorCodesInExamples_ExistInTheBundledCatalogue()
    {
        var catalogue = Kernset.Entries.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var root = RepositoryRoot();
        var files = Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Append(Path.Combine(root, "README.md")).Order(StringComparer.Ordinal).ToList();

        var found = new List<(string Where, string Code)>();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(root, file);
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                found.AddRange(CodesIn(lines[i]).Select(code => ($"{name}:{i + 1}", code)));
            }

            found.AddRange(CsvExampleCodes(lines).Select(c => ($"{name}:{c.Line}", c.Code)));
        }

        var unknown = found.Where(f => !catalogue.Contains(f.Code)).Select(f => $"{f.Where}: '{f.Code}'").ToList();
        Assert.True(found.Count >= 5, $"Only {found.Count} example codes found: the patterns no longer match the docs.");
        Assert.True(unknown.Count == 0, "Indicator codes in the docs that the bundled catalogue does not have:\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void CodesIn_TheFormsExamplesUse_FindsEachCode()
    {
        Assert.Equal(["A1"], CodesIn("curl \"http://x/api/v1/observations?area=WK034403&indicator=A1\""));
        Assert.Equal(["B2"], CodesIn("http://x/indicatoren/B2?gebied=WK034403"));
        Assert.Equal(["C3", "D4"], CodesIn("  \"indicators\": [\"C3\", \"D4\"],"));
        Assert.Equal(["E5"], CodesIn("wijkpeil export observations --indicator E5 --format csv"));
        Assert.Empty(CodesIn("/indicatoren/{code}/kaart.geojson"));
        Assert.Equal([(3, "F6")], CsvExampleCodes(["```csv", "area_code;indicator_code;period", "WK034403;F6;2020", "```"]));
    }

    private static IEnumerable<string> CodesIn(string line) =>
        QueryOrPath().Matches(line).Select(m => m.Groups["code"].Value)
            .Concat(JsonArray().Matches(line).SelectMany(m => QuotedCode().Matches(m.Groups["items"].Value).Select(q => q.Groups[1].Value)));

    /// <summary>Rows of example CSV blocks in the generic format: the column under <c>indicator_code</c>.</summary>
    private static IEnumerable<(int Line, string Code)> CsvExampleCodes(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var header = lines[i].Trim();
            var separator = header.Contains(';', StringComparison.Ordinal) ? ';' : ',';
            var columns = header.Split(separator);
            var column = Array.IndexOf(columns, "indicator_code");
            if (column < 0 || !header.StartsWith("area_code", StringComparison.Ordinal))
            {
                continue;
            }

            for (var j = i + 1; j < lines.Length && !lines[j].StartsWith("```", StringComparison.Ordinal); j++)
            {
                var cells = lines[j].Split(separator);
                if (cells.Length > column)
                {
                    yield return (j + 1, cells[column].Trim());
                }
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Wijkpeil.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Wijkpeil.slnx above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"(?:[?&]indicator=|/indicatoren/|--indicator\s+)(?<code>[A-Za-z][A-Za-z0-9_]*)")]
    private static partial Regex QueryOrPath();

    [GeneratedRegex("\"indicators\"\\s*:\\s*\\[(?<items>[^\\]]*)\\]")]
    private static partial Regex JsonArray();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedCode();
}
