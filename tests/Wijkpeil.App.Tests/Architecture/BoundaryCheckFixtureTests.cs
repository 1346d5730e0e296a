namespace Wijkpeil.App.Tests.Architecture;

/// <summary>The checker of ModuleBoundaryTests, pointed at a deliberately broken fixture (Fixture/FixtureModules.cs).</summary>
public sealed class BoundaryCheckFixtureTests
{
    private static readonly ModuleMap Map = new(
        "Wijkpeil.App.Tests.Architecture.Fixture",
        new Dictionary<string, string> { ["Host"] = ModuleMap.Host });

    private static readonly Lazy<BoundaryCheck> Fixture = new(() => new BoundaryCheck(
        Map,
        TypeReferences.Read(typeof(BoundaryCheckFixtureTests).Assembly.Location, Map.Root)));

    [Fact]
    public void Reaches_NonContractUseAndKernelUsingAModule_AreReported()
    {
        Assert.Equal(
            [
                new Finding("kernel", "Kernel.Web", "Modules.A.Contracts.AContract"),
                new Finding("reach", "Modules.A", "Modules.B.Internal.BSecret"),
                new Finding("reach", "Modules.C", "Modules.B.BService"),
            ],
            Fixture.Value.Reaches().OrderBy(f => f.ToString(), StringComparer.Ordinal));
    }

    [Fact]
    public void Cycles_BetweenModulesAndBetweenKernelNamespaces_AreReported()
    {
        Assert.Equal(
            [
                new Finding("kernel-cycle", "Kernel.Text", "Kernel.Web"),
                new Finding("kernel-cycle", "Kernel.Web", "Kernel.Text"),
                new Finding("module-cycle", "A", "B"),
                new Finding("module-cycle", "B", "A"),
            ],
            Fixture.Value.Cycles().OrderBy(f => f.ToString(), StringComparer.Ordinal));
    }

    [Fact]
    public void AllowList_NewBreachAndStaleEntry_BothFail()
    {
        var allowed = new HashSet<Finding>
        {
            new("reach", "Modules.A", "Modules.B.Internal.BSecret"),
            new("reach", "Modules.A", "Modules.B.Internal.Gone"),
        };

        var message = AllowList.Compare(Fixture.Value.Reaches(), allowed, BoundaryCheck.ReachRules);

        Assert.NotNull(message);
        Assert.Contains("2 new breach(es)", message, StringComparison.Ordinal);
        Assert.Contains("reach Modules.C -> Modules.B.BService", message, StringComparison.Ordinal);
        Assert.Contains("delete these lines from allowed-violations.txt:\nreach Modules.A -> Modules.B.Internal.Gone", message.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void ModuleGraph_ContractOnlyEdgesSolid_ReachingEdgesDashed()
    {
        var graph = ModuleGraph.Mermaid(Fixture.Value.ModuleEdges());

        Assert.Equal(
            string.Join('\n', "```mermaid", "flowchart LR", "    A", "    B", "    C", "    Kernel", "    A -.-> B", "    B --> A", "    C -.-> B", "    Kernel -.-> A", "```"),
            graph);
    }
}
