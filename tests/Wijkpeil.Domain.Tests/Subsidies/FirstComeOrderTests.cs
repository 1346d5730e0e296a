using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.Domain.Tests.Subsidies;

public sealed class FirstComeOrderTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Compare_EarlierComplete_ComesFirst()
    {
        Assert.True(FirstComeOrder.Compare(Noon, "2026-0009", Noon.AddSeconds(1), "2026-0001") < 0);
        Assert.True(FirstComeOrder.Compare(Noon.AddSeconds(1), "2026-0001", Noon, "2026-0009") > 0);
    }

    [Fact]
    public void Compare_SameMomentInOtherOffset_FallsBackToReference()
    {
        var sameMomentUtc = Noon.ToUniversalTime();

        Assert.True(FirstComeOrder.Compare(Noon, "2026-0002", sameMomentUtc, "2026-0001") > 0);
        Assert.Equal(0, FirstComeOrder.Compare(Noon, "2026-0002", sameMomentUtc, "2026-0002"));
    }

    [Fact]
    public void Order_Items_ByMomentThenReference()
    {
        var items = new[] { (At: Noon, Ref: "2026-0003"), (At: Noon.AddMinutes(-5), Ref: "2026-0009"), (At: Noon, Ref: "2026-0001") };

        var ordered = FirstComeOrder.Order(items, i => i.At, i => i.Ref);

        Assert.Equal(["2026-0009", "2026-0001", "2026-0003"], ordered.Select(i => i.Ref));
    }

    [Fact]
    public void Candidates_Comparer_SortsTenderCandidates()
    {
        var late = new TenderCandidate(1, "2026-0001", 4m, Money.FromCents(100), Noon.AddHours(1));
        var early = new TenderCandidate(2, "2026-0002", 3m, Money.FromCents(100), Noon);

        List<TenderCandidate> list = [late, early];
        list.Sort(FirstComeOrder.Candidates);

        Assert.Equal([early, late], list);
    }
}
