using System.Text;

namespace Wijkpeil.App.Tests.Architecture;

/// <summary>
/// The module rules of docs/architecture.md ("Modules"), checked on the compiled Wijkpeil.App assembly. Today's
/// breaches are listed in allowed-violations.txt, which may only shrink: a new breach fails, and so does a listed
/// one that no longer occurs (delete its line).
/// </summary>
public sealed class ModuleBoundaryTests
{
    internal const string AllowListFile = "tests/Wijkpeil.App.Tests/Architecture/allowed-violations.txt";
    private const string GraphBegin = "<!-- module-graph:begin -->";
    private const string GraphEnd = "<!-- module-graph:end -->";

    private static readonly Lazy<BoundaryCheck> App = new(() => new BoundaryCheck(
        ModuleMap.App,
        TypeReferences.Read(Path.Combine(AppContext.BaseDirectory, "Wijkpeil.App.dll"), ModuleMap.App.Root)));

    [Fact]
    public void AppNamespaces_EachBelongToAModule()
    {
        Assert.Empty(App.Value.Unmapped());
    }

    [Fact]
    public void AppModules_UseEachOtherOnlyThroughContracts_ExceptTheAllowList()
    {
        var message = AllowList.Compare(App.Value.Reaches(), AllowList.Read(RepositoryFile(AllowListFile)), BoundaryCheck.ReachRules);

        Assert.True(message is null, message);
    }

    [Fact]
    public void AppModulesAndKernelNamespaces_HaveNoCycles_ExceptTheAllowList()
    {
        var message = AllowList.Compare(App.Value.Cycles(), AllowList.Read(RepositoryFile(AllowListFile)), BoundaryCheck.CycleRules);

        Assert.True(message is null, message);
    }

    [Fact]
    public void ArchitectureDoc_ModuleGraph_MatchesTheCode()
    {
        var path = RepositoryFile("docs/architecture.md");
        var document = File.ReadAllText(path);
        var begin = document.IndexOf(GraphBegin, StringComparison.Ordinal);
        var end = document.IndexOf(GraphEnd, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/architecture.md has no {GraphBegin} … {GraphEnd} block.");

        var expected = ModuleGraph.Mermaid(App.Value.ModuleEdges());
        var actual = document[(begin + GraphBegin.Length)..end].Trim('\n');
        if (actual != expected && Environment.GetEnvironmentVariable("WIJKPEIL_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, document[..(begin + GraphBegin.Length)] + "\n" + expected + "\n" + document[end..]);
            return;
        }

        Assert.True(
            actual == expected,
            $"The module graph in docs/architecture.md is stale (run with WIJKPEIL_UPDATE_DOCS=1 to rewrite it). Expected:\n{GraphBegin}\n{expected}\n{GraphEnd}");
    }

    internal static string RepositoryFile(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Wijkpeil.slnx")))
            {
                return Path.Combine(directory.FullName, relative);
            }
        }

        throw new DirectoryNotFoundException($"No Wijkpeil.slnx above {AppContext.BaseDirectory}.");
    }
}

/// <summary>The allow-list file: one <c>rule from -> to</c> per line, <c>#</c> starts a comment.</summary>
internal static class AllowList
{
    public static IReadOnlySet<Finding> Read(string path) =>
        File.ReadLines(path)
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.Length > 0)
            .Select(Finding.Parse)
            .ToHashSet();

    /// <summary>Null when the findings of <paramref name="rules"/> are exactly the allowed ones; else what to fix.</summary>
    public static string? Compare(IReadOnlySet<Finding> found, IReadOnlySet<Finding> allowed, IReadOnlyCollection<string> rules)
    {
        var relevant = allowed.Where(f => rules.Contains(f.Rule)).ToHashSet();
        var added = found.Except(relevant).Order(Comparer).ToList();
        var gone = relevant.Except(found).Order(Comparer).ToList();
        if (added.Count == 0 && gone.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        if (added.Count > 0)
        {
            message.AppendLine(added.Count + " new breach(es) of the module rules (docs/architecture.md, \"Modules\"); use a contract instead:");
            added.ForEach(f => message.AppendLine(f.ToString()));
        }

        if (gone.Count > 0)
        {
            message.AppendLine(gone.Count + " allowed breach(es) no longer occur: delete these lines from allowed-violations.txt:");
            gone.ForEach(f => message.AppendLine(f.ToString()));
        }

        return message.ToString();
    }

    private static readonly Comparer<Finding> Comparer = Comparer<Finding>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));
}

/// <summary>The module graph as Mermaid: solid where only contracts are used, dashed where a use still reaches past them.</summary>
internal static class ModuleGraph
{
    public static string Mermaid(IReadOnlyDictionary<(string From, string To), bool> edges)
    {
        var lines = new List<string> { "```mermaid", "flowchart LR" };
        var shown = edges
            .Where(e => e.Key.From != ModuleMap.Host && e.Key.To != ModuleMap.Host && e.Key.To != ModuleMap.Kernel)
            .OrderBy(e => e.Key.From, StringComparer.Ordinal)
            .ThenBy(e => e.Key.To, StringComparer.Ordinal)
            .ToList();
        var modules = edges.Keys.SelectMany(e => new[] { e.From, e.To })
            .Where(m => m != ModuleMap.Host)
            .Distinct()
            .Order(StringComparer.Ordinal);
        lines.AddRange(modules.Select(m => "    " + m));
        lines.AddRange(shown.Select(e => $"    {e.Key.From} {(e.Value ? "-->" : "-.->")} {e.Key.To}"));
        lines.Add("```");
        return string.Join('\n', lines);
    }
}
