using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.App.Tests.Import.Parsers;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Tests.Import;

/// <summary>
/// Values no area can have (issue 9, point 9) are refused by the importer with row, column, value and what was
/// expected for the indicator's kind and unit, and nothing is stored.
/// </summary>
public sealed class ImplausibleValuesTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_ImplausibleValues_RefusedNamingRowValueAndExpectationAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ParserPipeline.SeedAsync(
            database,
            new Area(AreaCode.From("GM0344"), "Utrecht", null, [2024]),
            new Area(AreaCode.From("GM0363"), "Amsterdam", null, [2024]),
            Indicator.Create("AantalInwonersTest", "Aantal inwoners", "Inhabitants", IndicatorKind.Count, Polarity.Neutral, "aantal").Value,
            Indicator.Create("AfstandTest", "Afstand tot huisarts", "Distance to GP", IndicatorKind.Mean, Polarity.HigherIsWorse, "km").Value);
        var before = await ParserPipeline.CountAsync(database);
        const string File = """
            area_code,indicator_code,period,value
            GM0344,AantalInwonersTest,2024,-5
            GM0363,AantalInwonersTest,2024,1e15
            GM0344,AantalInwonersTest,2023,374238.5
            GM0344,AfstandTest,2024,-0.4
            GM0363,AfstandTest,2024,0.7
            """;

        var outcome = await ParserPipeline.ImportTextAsync(database, new ObservationsCsvParser(), "onzin.csv", File);

        Assert.False(outcome.Succeeded);
        Assert.Equal([2, 3, 4, 5], outcome.Issues.Select(i => i.Row));
        Assert.All(outcome.Issues, i => Assert.Equal("value", i.Column));
        Assert.Equal(["-5", "1000000000000000", "374238.5", "-0.4"], outcome.Issues.Select(i => i.Value));
        Assert.Contains("negatief", outcome.Issues[0].Expected, StringComparison.Ordinal);
        Assert.Contains("10^12", outcome.Issues[1].Expected, StringComparison.Ordinal);
        Assert.Contains("geheel getal", outcome.Issues[2].Expected, StringComparison.Ordinal);
        Assert.Contains("'km'", outcome.Issues[3].Expected, StringComparison.Ordinal);
        Assert.Equal(before, await ParserPipeline.CountAsync(database));
    }
}
