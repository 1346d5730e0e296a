using Wijkpeil.Domain.Common;

namespace Wijkpeil.BrowserTests.Infrastructure;

/// <summary>The amounts of the test subsidy scheme (<see cref="WijkpeilServer.AddTestSubsidySchemeAsync"/>).</summary>
public static class TestScheme
{
    /// <summary>The scheme's plafond.</summary>
    public static Money Plafond { get; } = Money.FromCents(10_000_00);

    /// <summary>The most one application may ask.</summary>
    public static Money Maximum { get; } = Money.FromCents(5_000_00);
}
