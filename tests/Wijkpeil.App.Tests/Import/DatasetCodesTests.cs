using Wijkpeil.App.Modules.Measurements.Import;

namespace Wijkpeil.App.Tests.Import;

/// <summary>The importer's per-value bookkeeping: distinct codes, lookups and the duplicate check.</summary>
public sealed class DatasetCodesTests
{
    [Fact]
    public void Of_CodesAsParsersHandThemOver_ListsEachOnceInFirstSeenOrder()
    {
        // Equal text in different string instances (a parser that does not intern) still counts once.
        var overvecht = new string("WK034403".AsSpan());
        List<ParsedObservation> observations =
        [
            Value("WK034403", "a_inw", "2023", "totaal"),
            Value("WK034403", "p_huurw", "2023", "totaal"),
            Value("GM0344", "a_inw", "2024", "18+"),
            Value(overvecht, "a_inw", "2023", "totaal"),
        ];

        var codes = DatasetCodes.Of(observations);

        Assert.Equal(["WK034403", "GM0344"], codes.Areas);
        Assert.Equal(["a_inw", "p_huurw"], codes.Measures);
        Assert.Equal(["2023", "2024"], codes.Periods);
        Assert.Equal(["totaal", "18+"], codes.Breakdowns);
    }

    [Fact]
    public void CodeLookup_EqualTextInAnotherString_FindsTheSameValue()
    {
        var lookup = new CodeLookup<int>(new Dictionary<string, int>(StringComparer.Ordinal) { ["WK034403"] = 7 });

        Assert.Equal(7, lookup["WK034403"]);
        Assert.Equal(7, lookup[new string("WK034403".AsSpan())]);
        Assert.Throws<KeyNotFoundException>(() => lookup["WK034404"]);
    }

    [Fact]
    public void ObservationKeySet_SameKeyTwice_ReportsTheSecond()
    {
        var keys = new ObservationKeySet();

        Assert.True(keys.Add(new ObservationKey(1, 5, 2, 3)));
        Assert.True(keys.Add(new ObservationKey(1, 6, 2, 3)));
        Assert.True(keys.Add(new ObservationKey(2, 5, 2, 3)));
        Assert.True(keys.Add(new ObservationKey(1, 5, 1, 3)));
        Assert.True(keys.Add(new ObservationKey(1, 5, 2, 4)));
        Assert.False(keys.Add(new ObservationKey(1, 5, 2, 3)));
    }

    [Fact]
    public void ObservationKeySet_AreaIdsFarApart_GrowsAndKeepsWhatItHad()
    {
        var keys = new ObservationKeySet();
        Assert.True(keys.Add(new ObservationKey(1, 63, 1, 1)));

        Assert.True(keys.Add(new ObservationKey(1, 100_000, 1, 1)));
        Assert.True(keys.Add(new ObservationKey(1, 64, 1, 1)));
        Assert.False(keys.Add(new ObservationKey(1, 63, 1, 1)));
        Assert.False(keys.Add(new ObservationKey(1, 100_000, 1, 1)));
        Assert.True(keys.Add(new ObservationKey(1, 0, 1, 1)));
    }

    [Fact]
    public void ObservationKeySet_Overlaps_FindsAKeyInBothAndOnlyThen()
    {
        var first = new ObservationKeySet();
        var second = new ObservationKeySet();
        first.Add(new ObservationKey(1, 10, 1, 1));
        first.Add(new ObservationKey(2, 10, 1, 1));
        second.Add(new ObservationKey(1, 11, 1, 1));
        second.Add(new ObservationKey(3, 10, 1, 1));
        second.Add(new ObservationKey(2, 10, 2, 1));
        Assert.False(first.Overlaps(second));

        second.Add(new ObservationKey(2, 10, 1, 1));

        Assert.True(first.Overlaps(second));
        Assert.True(second.Overlaps(first));
    }

    private static ParsedObservation Value(string area, string measure, string period, string breakdown) =>
        new(area, measure, period, breakdown, 1, null, null, null, 2, "B");
}
