using Wijkpeil.App.Modules.Measurements.Import;

namespace Wijkpeil.App.Tests.Import;

/// <summary>An AreaEditor's scope: a gemeente, and the wijken and buurten whose codes carry its four digits.</summary>
public sealed class ImportPlanTests
{
    private static readonly HashSet<string> Utrecht = ["GM0344"];

    [Theory]
    [InlineData("GM0344")]
    [InlineData("WK034403")]
    [InlineData("BU03440301")]
    public void IsWithin_TheGemeenteOrItsWijkOrBuurt_IsTrue(string code) =>
        Assert.True(ImportPlan.IsWithin(code, Utrecht));

    [Theory]
    [InlineData("GM0363")] // Amsterdam, the reproduction
    [InlineData("WK036301")]
    [InlineData("BU03630000")]
    [InlineData("GM3440")] // the digits elsewhere in the code do not count
    [InlineData("PV26")] // the province around it is not the gemeente's either
    [InlineData("NL00")]
    [InlineData("")]
    public void IsWithin_AnyOtherCode_IsFalse(string code) =>
        Assert.False(ImportPlan.IsWithin(code, Utrecht));
}
