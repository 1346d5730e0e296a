namespace Wijkpeil.App.Tests.Architecture;

/// <summary>
/// One broken rule, as the allow-list writes it: <c>rule from -> to</c>. Rules: <c>reach</c> (a namespace uses
/// another module's type that is not a contract), <c>kernel</c> (a kernel namespace uses a module),
/// <c>module-cycle</c> (a module edge inside a cycle of modules), <c>kernel-cycle</c> (a namespace edge inside a
/// cycle of kernel namespaces). Names are relative to the checked root.
/// </summary>
internal sealed record Finding(string Rule, string From, string To)
{
    public override string ToString() => $"{Rule} {From} -> {To}";

    public static Finding Parse(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts is [var rule, var from, "->", var to]
            ? new Finding(rule, from, to)
            : throw new FormatException($"Not 'rule from -> to': {line}");
    }
}

/// <summary>The module rules over the type references of one namespace root.</summary>
internal sealed class BoundaryCheck(ModuleMap map, IReadOnlySet<TypeUse> uses)
{
    public static readonly string[] ReachRules = ["reach", "kernel"];
    public static readonly string[] CycleRules = ["module-cycle", "kernel-cycle"];

    /// <summary>Namespaces whose types no module claims (each must be mapped).</summary>
    public IReadOnlyList<string> Unmapped() =>
        uses.SelectMany(u => new[] { u.From, u.To })
            .Where(t => map.ModuleOf(t) is null)
            .Select(t => map.Relative(TypeReferences.NamespaceOf(t)))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// A module uses another only through its contracts (the host also through each <c>XModule</c>); everyone
    /// may use the kernel; the kernel uses no module.
    /// </summary>
    public IReadOnlySet<Finding> Reaches() =>
        CrossModule()
            .Where(u => !Allowed(u))
            .Select(u => new Finding(
                map.ModuleOf(u.From) == ModuleMap.Kernel ? "kernel" : "reach",
                map.Relative(TypeReferences.NamespaceOf(u.From)),
                map.Relative(u.To)))
            .ToHashSet();

    /// <summary>Every edge between modules (the kernel aside) that lies on a cycle of modules, and every kernel namespace edge on a cycle of kernel namespaces.</summary>
    public IReadOnlySet<Finding> Cycles()
    {
        // The kernel is left out: a cycle through it needs a kernel use of a module, which the kernel rule reports.
        var modules = CrossModule()
            .Select(u => (map.ModuleOf(u.From)!, map.ModuleOf(u.To)!))
            .Where(e => e.Item1 != ModuleMap.Kernel && e.Item2 != ModuleMap.Kernel)
            .ToHashSet();
        var kernel = uses
            .Where(u => map.ModuleOf(u.From) == ModuleMap.Kernel && map.ModuleOf(u.To) == ModuleMap.Kernel)
            .Select(u => (map.Relative(TypeReferences.NamespaceOf(u.From)), map.Relative(TypeReferences.NamespaceOf(u.To))))
            .Where(e => e.Item1 != e.Item2)
            .ToHashSet();
        return EdgesOnCycles(modules).Select(e => new Finding("module-cycle", e.From, e.To))
            .Concat(EdgesOnCycles(kernel).Select(e => new Finding("kernel-cycle", e.From, e.To)))
            .ToHashSet();
    }

    /// <summary>Module-to-module edges: whether every use goes through contracts (or the front door).</summary>
    public IReadOnlyDictionary<(string From, string To), bool> ModuleEdges() =>
        CrossModule()
            .GroupBy(u => (map.ModuleOf(u.From)!, map.ModuleOf(u.To)!))
            .ToDictionary(g => g.Key, g => g.All(Allowed));

    private bool Allowed(TypeUse use)
    {
        var (from, to) = (map.ModuleOf(use.From), map.ModuleOf(use.To));
        return to == ModuleMap.Kernel
            || (from != ModuleMap.Kernel && (map.IsContract(use.To) || (from == ModuleMap.Host && map.IsFrontDoor(use.To))));
    }

    private IEnumerable<TypeUse> CrossModule() =>
        uses.Where(u => map.ModuleOf(u.From) is { } from && map.ModuleOf(u.To) is { } to && from != to);

    /// <summary>Edges whose two ends are in the same strongly connected component (Tarjan).</summary>
    private static IEnumerable<(string From, string To)> EdgesOnCycles(IReadOnlySet<(string From, string To)> edges)
    {
        var next = edges.ToLookup(e => e.From, e => e.To);
        var nodes = edges.SelectMany(e => new[] { e.From, e.To }).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var component = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var target in next[node])
            {
                if (!index.TryGetValue(target, out var seen))
                {
                    Visit(target);
                    low[node] = Math.Min(low[node], low[target]);
                }
                else if (onStack.Contains(target))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }

            if (low[node] == index[node])
            {
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component[member] = index[node];
                }
                while (member != node);
            }
        }

        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return edges.Where(e => component[e.From] == component[e.To]);
    }
}
