using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Tests.Import;

/// <summary>
/// The checks on files large enough to be validated in two halves on two threads (100,000 values and up):
/// what one half cannot see alone must still be found.
/// </summary>
public sealed class ObservationValidatorTests
{
    private const int Size = 120_000;

    [Fact]
    public async Task ValidateAsync_LargeValidFile_KeepsEveryRowInFileOrder()
    {
        var dataset = Dataset(Size);

        var (rows, issues) = await Validator(dataset).ValidateAsync();

        Assert.Empty(issues);
        Assert.Equal(Size, rows.Count);
        Assert.Equal(Enumerable.Range(0, Size), rows.Select(r => r.Key.AreaId));
        Assert.Equal(50.5, rows[^1].Measurement.Value);
    }

    [Fact]
    public async Task ValidateAsync_DuplicateOneInEachHalf_NamesTheFirstRow()
    {
        var dataset = Dataset(Size);
        dataset.Observations[Size - 1] = dataset.Observations[Size - 1] with { AreaCode = "A7" };

        var (_, issues) = await Validator(dataset).ValidateAsync();

        var issue = Assert.Single(issues);
        Assert.Equal(Size + 1, issue.Row);
        Assert.Equal("dubbele rij: A7 / perc / 2020 / totaal staat ook in rij 9.", issue.Expected);
    }

    [Fact]
    public async Task ValidateAsync_BadValuesInBothHalves_ReportsThemInFileOrder()
    {
        var dataset = Dataset(Size);
        dataset.Observations[10] = dataset.Observations[10] with { Value = 140 };
        dataset.Observations[Size - 10] = dataset.Observations[Size - 10] with { Value = -1 };

        var (_, issues) = await Validator(dataset).ValidateAsync();

        Assert.Equal([12, Size - 8], issues.Select(i => i.Row));
        Assert.All(issues, i => Assert.Contains("(indicator perc, gebied A", i.Expected, StringComparison.Ordinal));
    }

    private static ObservationValidator Validator(ParsedDataset dataset) => new(
        dataset,
        new Dictionary<string, IndicatorMatch> { ["perc"] = new IndicatorMatch(0, "perc", IndicatorKind.Percentage, "%", []) },
        Enumerable.Range(0, Size).ToDictionary(i => "A" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), i => i),
        new Dictionary<string, int> { ["2020"] = 1 },
        new Dictionary<string, int> { ["totaal"] = 1 },
        maxIssues: 50);

    /// <summary>One value per area A0..A(n-1), on file rows 2 onwards.</summary>
    private static ParsedDataset Dataset(int count)
    {
        var dataset = new ParsedDataset("observations", "groot.csv");
        for (var i = 0; i < count; i++)
        {
            dataset.Observations.Add(new ParsedObservation("A" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "perc", "2020", "totaal", 50.5, null, null, null, i + 2, "value"));
        }

        return dataset;
    }
}
