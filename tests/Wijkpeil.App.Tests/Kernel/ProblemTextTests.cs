using System.Globalization;
using System.Text.RegularExpressions;
using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Tests.Kernel;

/// <summary>
/// Every code the write side (agenda, stories, import review and upload, and the domain rules they call) can produce
/// has a message in Dutch and in English, and no source file decides anything on an exception's message text.
/// </summary>
public sealed partial class ProblemTextTests
{
    // The folders whose failures are mapped by the kernel mapper (each module's texts registered with ProblemTexts).
    // Not here: the import parsers (their issues are messages for the person who supplied the file) and the domain rules
    // outside the write side (indicator and measurement checks of the importer).
    private static readonly string[] Scope =
    [
        "src/Wijkpeil.Domain/Agenda", "src/Wijkpeil.Domain/Stories", "src/Wijkpeil.Domain/Subsidies", "src/Wijkpeil.Domain/Common/Money.cs", "src/Wijkpeil.Domain/Observations/ImportBatch.cs",
        "src/Wijkpeil.Domain/Observations/Percentage.cs", "src/Wijkpeil.Domain/Observations/Period.cs",
        "src/Wijkpeil.App/Modules/Agenda", "src/Wijkpeil.App/Modules/Stories", "src/Wijkpeil.App/Modules/Subsidies", "src/Wijkpeil.App/Modules/Measurements/Approval",
        "src/Wijkpeil.App/Modules/Areas", "src/Wijkpeil.App/Modules/Audit", "src/Wijkpeil.App/Modules/Programmes", "src/Wijkpeil.Domain/Programmes",
        "src/Wijkpeil.App/Modules/Monitor", "src/Wijkpeil.App/Modules/Accounts", "src/Wijkpeil.App/Modules/Measurements/Observations",
        "src/Wijkpeil.App/Data/Backup",
        "src/Wijkpeil.Domain/Learning/CommunityEvent.Registrations.cs", "src/Wijkpeil.App/Modules/Events/RegisterForEvent",
        "src/Wijkpeil.App/Modules/Events/ManageRegistration",
        "src/Wijkpeil.Domain/Learning/CommunityEvent.cs", "src/Wijkpeil.App/Modules/Events/ManageEvents",
        "src/Wijkpeil.Domain/Lessons", "src/Wijkpeil.App/Modules/Lessons/ManageLessons",
        "src/Wijkpeil.Domain/Opportunities", "src/Wijkpeil.App/Modules/Opportunities",
        // The kernel without FileImport: import issues are messages for the person who supplied the file, not codes.
        "src/Wijkpeil.App/Kernel/Caching", "src/Wijkpeil.App/Kernel/Outcomes", "src/Wijkpeil.App/Kernel/Persistence",
        "src/Wijkpeil.App/Kernel/Text", "src/Wijkpeil.App/Kernel/Ui", "src/Wijkpeil.App/Kernel/Web", "src/Wijkpeil.App/Kernel/Pdf",
    ];

    [Fact]
    public void EveryProducedCode_HasDutchAndEnglishText()
    {
        var codes = ProducedCodes();
        Assert.True(codes.Count > 80, $"only {codes.Count} codes found: the scan no longer sees the code sites");
        var dutch = ProblemMessages.Codes("nl");
        var english = ProblemMessages.Codes("en");
        Assert.Empty(codes.Where(c => !dutch.Contains(c)).Select(c => "nl: " + c).Concat(codes.Where(c => !english.Contains(c)).Select(c => "en: " + c)));
        Assert.Empty(dutch.Except(english));
    }

    [Fact]
    public void For_SameProblem_DutchAndEnglishTextWithArguments()
    {
        var problem = Problem.Invalid("title", "project.title.too_long", 250, 200);
        Assert.Equal("De titel is te lang: 250 tekens, maximaal 200.", ProblemMessages.For(problem, CultureInfo.GetCultureInfo("nl-NL")));
        Assert.Equal("The title is too long: 250 characters, at most 200.", ProblemMessages.For(problem, CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void SourceFiles_NeverInspectAnExceptionMessage()
    {
        var offenders = SourceFiles(["src"])
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => MessageInspection().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void MessageInspectionPattern_CatchesTheOldJsonParsing()
    {
        Assert.Matches(MessageInspection(), """var unmapped = exception.Message.Contains("could not be mapped", StringComparison.Ordinal);""");
        Assert.Matches(MessageInspection(), """if (ex.Message.StartsWith("SQLite"))""");
        Assert.DoesNotMatch(MessageInspection(), """session.WriteError($"lezen mislukt: {ex.Message}");""");
    }

    private static HashSet<string> ProducedCodes()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in SourceFiles(Scope).Select(File.ReadAllText))
        {
            foreach (Match m in LiteralCode().Matches(text))
            {
                codes.Add(m.Groups["code"].Value);
            }

            // TextRules builds "{prefix}.required" and "{prefix}.too_long"; only required texts can be missing.
            foreach (Match m in TextRule().Matches(text))
            {
                codes.Add(m.Groups["prefix"].Value + ".too_long");
                if (m.Groups["rule"].Value == "Required")
                {
                    codes.Add(m.Groups["prefix"].Value + ".required");
                }
            }
        }

        // Funding amounts: $"funding.{code}.negative" over budget, committed and spent.
        codes.Remove("funding.{code}.negative");
        codes.UnionWith(["funding.budget.negative", "funding.committed.negative", "funding.spent.negative"]);
        return codes;
    }

    private static IEnumerable<string> SourceFiles(IEnumerable<string> roots)
    {
        var repository = Repository();
        foreach (var root in roots.Select(r => Path.Combine(repository, r)))
        {
            var files = File.Exists(root) ? [root] : Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories);
            foreach (var file in files.Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                yield return file;
            }
        }
    }

    private static string Repository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Wijkpeil.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Wijkpeil.slnx not found above " + AppContext.BaseDirectory);
    }

    // The code of a failure: Failure("x.y", ...), new DomainError("x.y", ...), Problem.NotFound/Forbidden/Unavailable/Failed/TooMany("x.y"),
    // Problem.Invalid/Conflict(field, "x.y"), and a story check's Refuse(field, "x.y").
    [GeneratedRegex(@"(?:Failure\(\s*\$?|DomainError\(\s*|new\(\s*|Problem\.(?:NotFound|Forbidden|Unavailable|Failed|TooMany)\(\s*|(?:Problem\.(?:Invalid|Conflict)|Refuse)\([^,;]*,\s*)""(?<code>[a-z_]+(?:\.[a-z_{}-]+)+)""")]
    private static partial Regex LiteralCode();

    [GeneratedRegex(@"TextRules\.(?<rule>Required|Optional|OptionalRaw)\([^;]*?""(?<prefix>[a-z_]+(?:\.[a-z_]+)+)""")]
    private static partial Regex TextRule();

    // Branching on an exception's text: .Message followed by a string test, or compared with ==.
    [GeneratedRegex("""\.Message\s*(?:\.(?:Contains|StartsWith|EndsWith|IndexOf|Equals)\(|==|!=)""")]
    private static partial Regex MessageInspection();
}
