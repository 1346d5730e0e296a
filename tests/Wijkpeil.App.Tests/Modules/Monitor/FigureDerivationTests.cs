using Wijkpeil.App.Modules.Monitor;
using Wijkpeil.App.Modules.Monitor.Reading;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.App.Tests.Modules.Monitor;

/// <summary>
/// The derivation engine (issue 11, point 2) without a database: sums need every member, ratios come from summed
/// numerators and denominators (never the mean of the members' ratios), survey estimates are never derived.
/// </summary>
public sealed class FigureDerivationTests
{
    private const int Breakdown = 1;
    private const int Zuid = 10;
    private const int Noord = 11;
    private const int Batau = -1;
    private const int Y2022 = 1;
    private const int Y2023 = 2;

    private static readonly DerivationUnit BatauUnit = new(Batau, [new DerivationMember(Zuid, "Batau Zuid"), new DerivationMember(Noord, "Batau Noord")]);

    private static readonly KernsetIndicator Bijstand = Entry(1, "PersonenPerSoortUitkeringBijstand", IndicatorKind.Count, SourceKind.Register);
    private static readonly KernsetIndicator Inwoners = Entry(2, "AantalInwoners", IndicatorKind.Count, SourceKind.Register);
    private static readonly KernsetIndicator Health = Entry(3, "ErvarenGezondheid", IndicatorKind.Percentage, SourceKind.Survey);
    private static readonly KernsetIndicator PerThousand = Entry(4, "BijstandPer1000Inwoners", IndicatorKind.Rate, SourceKind.Register, new RatioParts(new IndicatorRatio("PersonenPerSoortUitkeringBijstand", "AantalInwoners", 1000), 1, 2));

    [Fact]
    public void Sum_OfEveryMember_IsTheFocusAreasFigureWithTheDerivationInWords()
    {
        var figures = Figures(Row(Bijstand, Zuid, Y2023, 120), Row(Bijstand, Noord, Y2023, 85));

        var notes = FigureDerivation.Derive(figures, [Bijstand], BatauUnit);

        Assert.Equal(205, Assert.Single(figures.Series(Bijstand, Batau)).Value);
        Assert.Equal(DerivationKind.Sum, notes[Bijstand].Kind);
        Assert.Equal("afgeleid: som van Batau Zuid en Batau Noord", notes[Bijstand].TextNl);
        Assert.Equal("derived: sum of Batau Zuid and Batau Noord", notes[Bijstand].TextEn);
        Assert.Equal(["Batau Zuid", "Batau Noord"], notes[Bijstand].Members);
    }

    [Fact]
    public void Sum_WithAMemberMissingThePeriod_GivesNoFigureAndSaysWhichMemberIsMissing()
    {
        var figures = Figures(Row(Bijstand, Zuid, Y2023, 120));

        var notes = FigureDerivation.Derive(figures, [Bijstand], BatauUnit);

        Assert.Empty(figures.Series(Bijstand, Batau));
        Assert.Equal(DerivationKind.Missing, notes[Bijstand].Kind);
        Assert.Equal("geen afgeleid cijfer: ontbreekt voor Batau Noord (2023)", notes[Bijstand].TextNl);
    }

    [Fact]
    public void Sum_WithASuppressedMember_GivesNoFigure()
    {
        var figures = Figures(Row(Bijstand, Zuid, Y2023, 120), Row(Bijstand, Noord, Y2023, 4) with { SampleSize = 4 });

        FigureDerivation.Derive(figures, [Bijstand], BatauUnit);

        Assert.Empty(figures.Series(Bijstand, Batau));
    }

    [Fact]
    public void Ratio_OfAFocusArea_ComesFromTheSummedNumeratorAndDenominator_NotTheMeanOfTheMembersRates()
    {
        // Zuid 10 of 500 = 20 per 1.000, Noord 60 of 1.500 = 40 per 1.000: the mean of the rates would be 30, the
        // ratio of the sums is 70 of 2.000 = 35.
        var figures = Figures(
            Row(Bijstand, Zuid, Y2023, 10), Row(Inwoners, Zuid, Y2023, 500),
            Row(Bijstand, Noord, Y2023, 60), Row(Inwoners, Noord, Y2023, 1500));

        var notes = FigureDerivation.Derive(figures, [PerThousand], BatauUnit);

        Assert.Equal(35, Assert.Single(figures.Series(PerThousand, Batau)).Value, 9);
        Assert.Equal("afgeleid: 1.000 × PersonenPerSoortUitkeringBijstand / AantalInwoners, som van Batau Zuid en Batau Noord", notes[PerThousand].TextNl);
        Assert.Equal("derived: 1,000 × PersonenPerSoortUitkeringBijstand / AantalInwoners, sum of Batau Zuid and Batau Noord", notes[PerThousand].TextEn);
    }

    [Fact]
    public void Ratio_OfTheBriefsExample_Is20Not30()
    {
        // 10/500 = 20 and 30/1500 = 20 per 1.000; with 10/1000 and 30/1000 the mean of rates (20) would equal the ratio of sums.
        var figures = Figures(
            Row(Bijstand, Zuid, Y2023, 10), Row(Inwoners, Zuid, Y2023, 500),
            Row(Bijstand, Noord, Y2023, 30), Row(Inwoners, Noord, Y2023, 1500));

        FigureDerivation.Derive(figures, [PerThousand], BatauUnit);

        Assert.Equal(20, Assert.Single(figures.Series(PerThousand, Batau)).Value, 9);
    }

    [Fact]
    public void Ratio_ForASingleArea_IsDerivedForEachPeriodWithBothParts()
    {
        var figures = Figures(
            Row(Bijstand, Zuid, Y2022, 12), Row(Inwoners, Zuid, Y2022, 600),
            Row(Bijstand, Zuid, Y2023, 15));

        var notes = FigureDerivation.Derive(figures, [PerThousand], DerivationUnit.Single(Zuid, "Batau Zuid"));

        var row = Assert.Single(figures.Series(PerThousand, Zuid));
        Assert.Equal((Y2022, 20.0), (row.PeriodId, row.Value));
        Assert.StartsWith("afgeleid: 1.000 × PersonenPerSoortUitkeringBijstand / AantalInwoners; Batau Zuid (2023): ontbreekt", notes[PerThousand].TextNl, StringComparison.Ordinal);
    }

    [Fact]
    public void SurveyPercentage_IsNeverDerived_TheMembersStandSideBySide()
    {
        var figures = Figures(Row(Health, Zuid, Y2023, 60), Row(Health, Noord, Y2023, 70));

        var notes = FigureDerivation.Derive(figures, [Health], BatauUnit);

        Assert.Empty(figures.Series(Health, Batau));
        Assert.Equal(DerivationKind.SideBySide, notes[Health].Kind);
        Assert.False(notes[Health].IsDerived);
        Assert.StartsWith("geen afgeleid cijfer: een schatting uit een steekproef", notes[Health].TextNl, StringComparison.Ordinal);
    }

    [Fact]
    public void SumOfBuurten_SaysThatBuurtenWithoutACodeAreMissing_AndTakesAnIndicatorsOwnRemark()
    {
        var wijk = new DerivationUnit(99, [new DerivationMember(Zuid, "Buurt A"), new DerivationMember(Noord, "Buurt B")], MembersAreBuurten: true);
        var figures = Figures(Row(Bijstand, Zuid, Y2023, 3), Row(Bijstand, Noord, Y2023, 4));

        var notes = FigureDerivation.Derive(figures, [Bijstand], wijk, _ => ("misdrijven met buurt onbekend ontbreken", "crimes without a known buurt are missing"));

        Assert.Equal(7, Assert.Single(figures.Series(Bijstand, 99)).Value);
        Assert.Equal("afgeleid: som van Buurt A en Buurt B; wat niet aan een buurt is toegekend (zoals ‘buurt onbekend’) ontbreekt; misdrijven met buurt onbekend ontbreken", notes[Bijstand].TextNl);
    }

    [Fact]
    public void SumOfMoreThanThreeBuurten_CountsThem_InTheWordingTheIndicatorPageUsesToo()
    {
        var members = Enumerable.Range(0, 4).Select(i => new DerivationMember(20 + i, $"Buurt {i}")).ToList();
        var figures = Figures([.. members.Select(m => Row(Bijstand, m.AreaId, Y2023, 1))]);

        var notes = FigureDerivation.Derive(figures, [Bijstand], new DerivationUnit(99, members, MembersAreBuurten: true));

        Assert.Equal(("som van de 4 buurten", "sum of the 4 neighbourhoods"), FigureDerivation.SumOfBuurten(4));
        Assert.StartsWith("afgeleid: " + FigureDerivation.SumOfBuurten(4).Nl + "; ", notes[Bijstand].TextNl, StringComparison.Ordinal);
        Assert.StartsWith("derived: " + FigureDerivation.SumOfBuurten(4).En + "; ", notes[Bijstand].TextEn, StringComparison.Ordinal);
        Assert.Equal(("som van de 1.024 buurten", "sum of the 1,024 neighbourhoods"), FigureDerivation.SumOfBuurten(1024));
        Assert.Equal(("het cijfer van de enige buurt", "the figure of its only neighbourhood"), FigureDerivation.SumOfBuurten(1));
    }

    [Fact]
    public void AnAreasOwnFigure_IsNeverReplacedByADerivedOne()
    {
        var wijk = new DerivationUnit(99, [new DerivationMember(Zuid, "Buurt A"), new DerivationMember(Noord, "Buurt B")], MembersAreBuurten: true);
        var figures = Figures(Row(Bijstand, 99, Y2023, 50), Row(Bijstand, Zuid, Y2023, 3), Row(Bijstand, Noord, Y2023, 4));

        FigureDerivation.Derive(figures, [Bijstand], wijk);

        Assert.Equal(50, Assert.Single(figures.Series(Bijstand, 99)).Value);
    }

    private static KernsetIndicator Entry(int id, string code, IndicatorKind kind, SourceKind sourceKind, RatioParts? ratio = null) =>
        new(3, new IndicatorInfo(id, new IndicatorSummary(code, code, code, "", "", "", kind, Polarity.Neutral, "", "", sourceKind), [], ratio), "totaal", Breakdown);

    private static ObservationRow Row(KernsetIndicator entry, int area, int period, double value) =>
        new(entry.Indicator.Id, period, Breakdown, area, value, null, null, null, 1);

    private static FigureSet Figures(params ObservationRow[] rows) => new(
        rows,
        new Dictionary<int, BatchInfo> { [1] = new(1, "kwb", DateTimeOffset.UnixEpoch) },
        new PeriodCatalogue([new PeriodInfo(Y2022, "2022", 2022, "2022", 0), new PeriodInfo(Y2023, "2023", 2023, "2023", 1)]),
        new SmallNumberPolicy(10));
}
