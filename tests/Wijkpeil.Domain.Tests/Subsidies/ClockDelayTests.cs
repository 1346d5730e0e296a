using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.Domain.Tests.Subsidies.Dates;

namespace Wijkpeil.Domain.Tests.Subsidies;

public sealed class ClockDelayTests
{
    [Fact]
    public void Create_Valid_HoldsDatesAndTrimmedReason()
    {
        var delay = ClockDelay.Create(D("2026-04-20"), D("2026-04-27"), D("2026-05-25"), "  Advies van de wijkraad nodig. ").Value;

        Assert.Equal(D("2026-04-20"), delay.AnnouncedOn);
        Assert.Equal(D("2026-05-25"), delay.NewDeadline);
        Assert.Equal("Advies van de wijkraad nodig.", delay.Reason);
    }

    [Fact]
    public void Create_OnTheDeadlineItself_Succeeds()
    {
        Assert.True(ClockDelay.Create(D("2026-04-27"), D("2026-04-27"), D("2026-05-25"), "Reden").IsSuccess);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_NoReason_ReturnsReasonRequired(string? reason)
    {
        var result = ClockDelay.Create(D("2026-04-20"), D("2026-04-27"), D("2026-05-25"), reason);

        Assert.Equal("subsidy.clock.delay_reason_required", result.Error?.Code);
        Assert.Equal("reason", result.Error?.Field);
    }

    [Fact]
    public void Create_ReasonTooLong_ReturnsReasonTooLong()
    {
        var result = ClockDelay.Create(D("2026-04-20"), D("2026-04-27"), D("2026-05-25"), new string('r', ClockDelay.ReasonMaxLength + 1));

        Assert.Equal("subsidy.clock.delay_reason_too_long", result.Error?.Code);
        Assert.Equal([2001, 2000], result.Error?.Arguments);
    }

    [Fact]
    public void Create_ReasonOfMaxLength_Succeeds()
    {
        Assert.True(ClockDelay.Create(D("2026-04-20"), D("2026-04-27"), D("2026-05-25"), new string('r', ClockDelay.ReasonMaxLength)).IsSuccess);
    }

    [Fact]
    public void Create_AfterTheDeadline_ReturnsDelayTooLate()
    {
        var result = ClockDelay.Create(D("2026-04-28"), D("2026-04-27"), D("2026-05-25"), "Reden");

        Assert.Equal("subsidy.clock.delay_too_late", result.Error?.Code);
        Assert.Equal("announcedOn", result.Error?.Field);
        Assert.Equal([D("2026-04-27"), D("2026-04-28")], result.Error?.Arguments);
    }

    [Theory]
    [InlineData("2026-04-27")]
    [InlineData("2026-04-20")]
    public void Create_NewDeadlineNotLater_ReturnsDelayNotLater(string newDeadline)
    {
        var result = ClockDelay.Create(D("2026-04-20"), D("2026-04-27"), D(newDeadline), "Reden");

        Assert.Equal("subsidy.clock.delay_not_later", result.Error?.Code);
        Assert.Equal("newDeadline", result.Error?.Field);
    }

    [Fact]
    public void Constructor_StoredDelay_Restores()
    {
        var delay = new ClockDelay(D("2026-04-20"), D("2026-05-25"), "Advies nodig");

        Assert.Equal(ClockDelay.Create(D("2026-04-20"), D("2026-04-27"), D("2026-05-25"), "Advies nodig").Value, delay);
    }

    [Fact]
    public void Constructor_BlankOrOverlongReason_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => new ClockDelay(D("2026-04-20"), D("2026-05-25"), " "));
        Assert.Throws<ArgumentException>(() => new ClockDelay(D("2026-04-20"), D("2026-05-25"), new string('r', 2001)));
    }
}
